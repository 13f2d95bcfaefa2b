"""The copy off the laptop, made without asking: at start, daily, after a meeting is closed.

The work is in services/offsite.py; this only decides when, runs it off the UI thread,
and keeps a warning in the status bar while the last copy is more than a week old.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from ..services.offsite import (
    closed_meetings,
    make_offsite_backup,
    offsite_due,
    offsite_status,
    record_offsite_backup,
)
from .context import AppContext

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
        with ctx.session() as session:
            self._closed = closed_meetings(session)
        ctx.hub.meetings_changed.connect(self._meetings_changed)
        ctx.hub.settings_changed.connect(self.show_status)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)
        self.show_status()

    def check(self) -> None:
        """Make the daily copy when none reached the folder in the last day."""
        with self.ctx.session() as session:
            folder = offsite_due(session)
        if folder is not None:
            self.run(folder)

    def _meetings_changed(self) -> None:
        with self.ctx.session() as session:
            closed = closed_meetings(session)
            folder = offsite_status(session).folder
        just_closed = closed - self._closed
        self._closed = closed
        if just_closed and folder:
            self.run(Path(folder))

    def run(self, folder: Path) -> None:
        if self.running:
            return
        self.running = True
        path = self.ctx.db.path
        self.ctx.tasks.run(lambda: make_offsite_backup(path, folder), self._done, self._failed)

    def _done(self, target: Path) -> None:
        self.running = False
        with self.ctx.session() as session:
            record_offsite_backup(session)
        self.ctx.hub.status_message.emit(
            tr("Backup copied off this laptop: %1").replace("%1", str(target))
        )
        self.show_status()

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.ctx.hub.status_message.emit(
            tr("The copy off this laptop failed: %1").replace("%1", str(exc))
        )
        self.show_status()

    def show_status(self) -> None:
        with self.ctx.session() as session:
            status = offsite_status(session)
        self.warning.setText(status.text() if status.overdue else "")
