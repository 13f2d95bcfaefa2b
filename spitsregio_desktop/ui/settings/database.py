"""The "Database" group of the settings: this computer's file, or the secretariat's server.

The choice is kept per user by Qt (QSettings "database/location"), never a password:
a URL typed with one hands it to the operating system's credential store first
(storage.location.store_password). The program opens the chosen database at its next
start; trying it first (off the UI thread) means a typo is said now, not then.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...storage.location import db_location
from ..common.lists import error_label, set_error
from ..context import AppContext

SETTING = "database/location"


def chosen_location(qsettings) -> str:
    """The database chosen in the settings, or "" for the file in the user's data folder."""
    return str(qsettings.value(SETTING, "") or "")


class DatabaseBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Database"))
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.current = QLabel(self.tr("Now open: %1").replace("%1", ctx.db.label))
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        self.location = QLineEdit(chosen_location(ctx.qsettings))
        self.location.setPlaceholderText(
            self.tr("A file on this computer, or a server: postgresql://user@server/database")
        )
        layout.addWidget(self.location)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.use_button = QPushButton(self.tr("Use from the next start"))
        self.local_button = QPushButton(self.tr("The file on this computer"))
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        note = QLabel(
            self.tr("A password is kept in the computer's credential store, never in the settings.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.use_button.clicked.connect(self.use)
        self.local_button.clicked.connect(self.use_local)

    def use(self) -> None:
        text = self.location.text().strip()
        if not text:
            self.use_local()
            return
        location = db_location(text)
        set_error(self.error, "")
        self.use_button.setEnabled(False)

        from ...services.checkout import try_location

        self.ctx.ops.task(try_location, location).then(self._chosen).refused(
            lambda outcome: self._failed(outcome.message)
        ).in_background(self)

    def use_local(self) -> None:
        self.ctx.qsettings.remove(SETTING)
        self.location.clear()
        self._said(self.tr("The file on this computer"))

    def _chosen(self, kept: str) -> None:
        self.use_button.setEnabled(True)
        self.ctx.qsettings.setValue(SETTING, kept)
        self.location.setText(kept)
        self._said(kept)

    def _said(self, what: str) -> None:
        set_error(self.error, "")
        self.current.setText(
            self.tr("The program opens %1 from the next start.").replace("%1", what)
        )

    def _failed(self, message: str) -> None:
        self.use_button.setEnabled(True)
        set_error(self.error, message)
