"""What was just done, said in the status bar with "Undo" for a few seconds.

Closing, cancelling or postponing an action, deleting a decision: the row leaves the
list it was in, so without a word the user wonders where it went. The bar says what
happened and offers to undo it (through the services, by the caller's function).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QPushButton, QStatusBar

from .look import set_icon

SHOWN_MS = 10_000  # long enough to read and reach the button, short enough to not linger


def tr(text: str) -> str:
    return QCoreApplication.translate("UndoBar", text)


class UndoBar(QPushButton):
    def __init__(self, status_bar: QStatusBar):
        super().__init__(tr("Undo"), status_bar)
        set_icon(self, "undo")
        self.setAccessibleName(tr("Undo"))
        self.status_bar = status_bar
        self.undo: Callable[[], object] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.withdraw)
        self.clicked.connect(self.run_undo)
        status_bar.addPermanentWidget(self)
        self.hide()

    def offer(self, text: str, undo: Callable[[], object] | None) -> None:
        """Say `text`; with `undo`, offer the button until the message goes."""
        self.status_bar.showMessage(text, SHOWN_MS)
        self.undo = undo
        self.setToolTip(tr("Undo: %1").replace("%1", text))
        self.setVisible(undo is not None)
        self.timer.start(SHOWN_MS)

    def run_undo(self) -> None:
        undo, self.undo = self.undo, None
        self.withdraw()
        if undo is not None:
            undo()

    def withdraw(self) -> None:
        self.timer.stop()
        self.undo = None
        self.hide()
