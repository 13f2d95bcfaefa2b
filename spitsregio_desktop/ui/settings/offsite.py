"""The copy off the laptop, made without asking: at start, daily, after a meeting is closed.

The work is in services/offsite.py; this only decides when, runs it off the UI thread,
and keeps a warning in the status bar while the last copy is more than a week old.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from ...services.offsite import (
    closed_meetings,
    make_offsite_backup,
    offsite_due,
    offsite_status,
    record_offsite_backup,
)
from ..context import AppContext, Topic
from ..ops import Outcome

CHECK_EVERY_MS = 30 * 60 * 1000  # a program left open for days still makes its daily copy


def tr(text: str) -> str:
    return QCoreApplication.translate("OffsiteBackups", text)


class OffsiteBackups(QObject):
    def __init__(self, ctx: AppContext, window: QMainWindow):
        super().__init__(window)
        self.ctx = ctx
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b00020;")
        window.statusBar().addPermanentWidget(self.warning)
        self.running = False
        closed = ctx.ops.run(closed_meetings).silently().inline(None)
        self._closed: set[int] = closed.value if closed else set()
        ctx.hub.subscribe([Topic.MEETINGS], self._meetings_changed)
        ctx.hub.subscribe([Topic.SETTINGS], self.show_status)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)
        self.show_status()

    def check(self) -> None:
        """Make the daily copy when none reached the folder in the last day."""
        due = self.ctx.ops.run(offsite_due).silently().inline(None)
        if due and due.value is not None:
            self.run(due.value)

    def _meetings_changed(self) -> None:
        closed_now = self.ctx.ops.run(closed_meetings).silently().inline(None)
        status = self.ctx.ops.run(offsite_status).silently().inline(None)
        if not closed_now or not status:
            return
        closed, folder = closed_now.value, status.value.folder
        just_closed = closed - self._closed
        self._closed = closed
        if just_closed and folder:
            self.run(Path(folder))

    def run(self, folder: Path) -> None:
        if self.running:
            return
        self.running = True
        self.ctx.ops.task(make_offsite_backup, self.ctx.db.path, folder).then(self._done).refused(
            self._failed
        ).in_background(None)

    def _done(self, target: Path) -> None:
        self.running = False
        self.ctx.ops.run(record_offsite_backup).quietly().inline(None)
        self.ctx.hub.status_message.emit(
            tr("Backup copied off this laptop: %1").replace("%1", str(target))
        )
        self.show_status()

    def _failed(self, refusal: Outcome) -> None:
        self.running = False
        self.ctx.hub.status_message.emit(
            tr("The copy off this laptop failed: %1").replace("%1", refusal.message)
        )
        self.show_status()

    def show_status(self) -> None:
        status = self.ctx.ops.run(offsite_status).silently().inline(None)
        self.warning.setText(status.value.text() if status and status.value.overdue else "")
