"""The "Backups" group of the settings: make one now, see the list, restore, open the folder."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ... import APP_NAME
from ...services.offsite import (
    choose_offsite_folder,
    make_offsite_backup,
    offsite_status,
    record_offsite_backup,
)
from ...storage.backup import backup_database, list_backups
from ...storage.paths import backup_dir_for
from ..common.lists import make_table, set_widths
from ..common.table_model import Column, DataclassTableModel, RowFilterProxy, selected_entities
from ..context import AppContext, Topic
from ..ops import Outcome

KINDS = {
    "manual": QT_TRANSLATE_NOOP("BackupsBox", "made by hand"),
    "start": QT_TRANSLATE_NOOP("BackupsBox", "at start"),
    "before-migration": QT_TRANSLATE_NOOP("BackupsBox", "before an update"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsBox", "before a restore"),
    "before-recovery": QT_TRANSLATE_NOOP("BackupsBox", "damaged file, before a recovery"),
}
_REASON = re.compile(r"-\d{8}-\d{6}(?:-\d+)?-(?P<reason>[a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupRow:
    path: Path
    when: dt.datetime
    reason: str
    size: int


def size_text(size: int) -> str:
    """1 234 567 bytes → "1,2 MB" (Belgian decimal comma)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def backup_rows(db_path: Path) -> list[BackupRow]:
    rows = []
    for path in list_backups(db_path):
        stat = path.stat()
        match = _REASON.search(path.name)
        rows.append(
            BackupRow(
                path,
                dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0),
                match["reason"] if match else "",
                stat.st_size,
            )
        )
    return rows


class BackupsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.ctx = ctx
        self.backup_button = QPushButton(self.tr("Make a backup now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.folder_button = QPushButton(self.tr("Open the backup folder"))
        # copies made before a restore, update or recovery stay until deleted here
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        # the second folder off the laptop (services/offsite.py makes the copies)
        self.offsite_folder = QLineEdit()
        self.offsite_folder.setReadOnly(True)
        self.offsite_folder.setPlaceholderText(self.tr("USB stick, OneDrive or network folder"))
        self.offsite_button = QPushButton(self.tr("Choose…"))
        self.offsite_status = QLabel()
        self.offsite_status.setWordWrap(True)
        columns = [
            Column(self.tr("Date"), lambda r: r.when),
            Column(
                self.tr("Kind"),
                lambda r: (
                    QCoreApplication.translate("BackupsBox", KINDS[r.reason])
                    if r.reason in KINDS
                    else r.reason
                ),
            ),
            Column(
                self.tr("Size"),
                lambda r: size_text(r.size),
                sort=lambda r: r.size,
                align_right=True,
            ),
            Column(self.tr("File"), lambda r: r.path.name, tooltip=lambda r: str(r.path)),
        ]
        self.model: DataclassTableModel[BackupRow] = DataclassTableModel(columns, self)
        self.table = make_table(self.model, RowFilterProxy(self))
        set_widths(self.table, [16, 12, 7, 0], stretch=3)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(200)
        note = QLabel(
            self.tr(
                "A backup is also made automatically each time the program "
                "starts. Copy backups to a USB stick or a network drive to keep "
                "them safe."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        below = QHBoxLayout()
        below.addWidget(self.status, 1)
        below.addWidget(self.delete_button)
        layout.addLayout(below)
        offsite = QHBoxLayout()
        offsite.addWidget(QLabel(self.tr("Second backup folder:")))
        offsite.addWidget(self.offsite_folder, 1)
        offsite.addWidget(self.offsite_button)
        layout.addLayout(offsite)
        layout.addWidget(self.offsite_status)
        layout.addWidget(note)
        self.offsite_button.clicked.connect(self.choose_offsite_folder)
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.restore)
        self.folder_button.clicked.connect(self.open_folder)
        self.delete_button.clicked.connect(self.delete_selected)

    def refresh(self) -> None:
        self.model.set_rows(backup_rows(self.ctx.db.path))
        status = self.ctx.ops.run(offsite_status).silently().inline(self)
        if status:
            self.offsite_folder.setText(status.value.folder)
            self.offsite_status.setText(status.value.text())
            self.offsite_status.setStyleSheet("color: #b00020;" if status.value.overdue else "")

    def choose_offsite_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Second backup folder"), self.offsite_folder.text() or str(Path.home())
        )
        if not folder:
            return
        if not self.ctx.ops.run(choose_offsite_folder, folder).inline(self):
            return
        self.offsite_status.setText(self.tr("Making a backup…"))
        self.ctx.ops.task(make_offsite_backup, self.ctx.db.path, Path(folder)).then(
            self._offsite_done
        ).refused(self._offsite_failed).failing_as(self.tr("The backup failed: %1")).disabling(
            self.offsite_button
        ).in_background(self, progress=self.tr("Making a backup…"))

    def _offsite_failed(self, refusal: Outcome) -> None:
        self._backup_failed(refusal)
        self.refresh()

    def _offsite_done(self, _target: Path) -> None:
        self.ctx.ops.run(record_offsite_backup).changes(Topic.SETTINGS).quietly().inline(self)
        self.refresh()

    def make_backup(self) -> None:
        self.status.setText(self.tr("Making a backup…"))
        self.ctx.ops.task(backup_database, self.ctx.db.path, reason="manual").then(
            self._backup_done
        ).refused(self._backup_failed).failing_as(self.tr("The backup failed: %1")).disabling(
            self.backup_button
        ).in_background(self, progress=self.tr("Making a backup…"))

    def _backup_done(self, target: Path) -> None:
        message = self.tr("Backup saved: %1").replace("%1", Path(target).name)
        self.status.setText(message)
        self.ctx.hub.status_message.emit(message)
        self.refresh()

    def _backup_failed(self, refusal: Outcome) -> None:
        self.status.setText("")
        QMessageBox.warning(self, APP_NAME, refusal.message)

    def restore(self) -> None:
        """The main window owns restoring: it closes and reopens the database for all views."""
        restore = getattr(self.window(), "restore_backup", None)
        if restore is None:
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr("Restore a backup from the main window: File ▸ Restore a backup…"),
            )
            return
        restore()
        self.refresh()

    def delete_selected(self) -> None:
        rows = selected_entities(self.table)
        if not rows:
            QMessageBox.information(self, APP_NAME, self.tr("Select a backup first."))
            return
        answer = QMessageBox.question(
            self, APP_NAME, self.tr("Delete %n backup(s)? This cannot be undone.", "", len(rows))
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for row in rows:
            row.path.unlink(missing_ok=True)
        self.refresh()

    def open_folder(self) -> None:
        folder = backup_dir_for(self.ctx.db.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
