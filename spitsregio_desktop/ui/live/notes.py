"""The notes field of the current item and its autosave.

Typing goes to the Autosaver (debounced); because a secretary may type for minutes without
a pause, a save is also forced when an edit has waited MAX_WAIT_MS, so a crash loses at most
about a second. A save never touches the editor: no reload, no cursor move.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QTextOption
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QWidget

from ..common.autosave import Autosaver
from ..common.conflict import ShownRow

MAX_WAIT_MS = 800  # with the save itself, within the one-second promise
NOTES_POINT_SIZE = 13


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveNotes", text)


class NotesEditor(QPlainTextEdit):
    """A large, calm text field; tells when focus leaves so pending text is written."""

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("liveNotes")
        font = QFont(self.font())
        font.setPointSize(NOTES_POINT_SIZE)
        self.setFont(font)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().setDocumentMargin(12)
        self.setTabChangesFocus(True)  # Tab leaves for the next field, like a form
        self.setPlaceholderText(tr("Type the notes of this item…"))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class NotesSaver(QObject):
    """Autosave of one editor whose item changes; reports "Saving…", "Saved" or the error."""

    state_changed = Signal(str, str)  # "pending" | "saved" | "error", Dutch message

    def __init__(
        self, editor: NotesEditor, save: Callable[[int, str], None], parent: QObject | None = None
    ):
        super().__init__(parent)
        self.editor = editor
        self.item_id: int | None = None
        self._loading = False
        self._pending_since: float | None = None
        self.last_error = ""
        # per item: the row_version loaded and the notes shown (another's newer save wins)
        self.shown: dict[int, ShownRow] = {}
        self.autosaver = Autosaver(lambda key, value: save(key, value), self)  # type: ignore[arg-type]
        self.autosaver.pending.connect(lambda: self.state_changed.emit("pending", ""))
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._failed)
        editor.textChanged.connect(self._changed)
        editor.focus_left.connect(self.flush)

    def load(self, item_id: int | None, text: str, version: int | None = None) -> None:
        """Show another item's notes (after flush()), cursor at the end, ready to type;
        `version`: the item's row_version they were read at."""
        if item_id is not None:
            self.shown[item_id] = ShownRow(version, notes=text)
        self._loading = True
        try:
            self.item_id = item_id
            self.editor.setPlainText(text)
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        finally:
            self._loading = False

    def versioning(self, item_id: int) -> tuple[ShownRow, Callable[[dict], None]]:
        """For the gateway's versioned(): what was shown of the item, and how to show the
        other person's notes when they saved first."""

        def take_over(theirs: dict) -> None:
            if item_id == self.item_id and "notes" in theirs:
                self.load(item_id, theirs["notes"], self.shown[item_id].version)
                self.shown[item_id].seen(notes=theirs["notes"])

        return self.shown.setdefault(item_id, ShownRow()), take_over

    def _changed(self) -> None:
        if self._loading or self.item_id is None:
            return
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        self.autosaver.edited(self.item_id, self.editor.toPlainText())
        if (now - self._pending_since) * 1000 >= MAX_WAIT_MS:
            self.autosaver.flush()  # long stretch of typing without a pause

    def _saved(self) -> None:
        self._pending_since = None
        self.last_error = ""
        self.state_changed.emit("saved", "")

    def _failed(self, message: str) -> None:
        self._pending_since = None
        self.last_error = message
        self.state_changed.emit("error", message)

    def flush(self) -> bool:
        """Write what is pending; False while the last save was refused."""
        if self.autosaver.has_pending():
            return self.autosaver.flush()
        return not self.last_error


class SaveIndicator(QLabel):
    """ "Saved" / "Saving…" / the Dutch error, discreet unless something is wrong."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveIndicator")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.show_state("saved", "")

    def show_state(self, state: str, message: str) -> None:
        if (state, message) == getattr(self, "_shown", None):
            return  # called on every keystroke: restyling costs more than the check
        self._shown = (state, message)
        if state == "error":
            self.setText(tr("Not saved: %1").replace("%1", message))
            self.setStyleSheet("color: #c62828; font-weight: 600;")
        elif state == "pending":
            self.setText(tr("Saving…"))
            self.setStyleSheet("color: palette(mid);")
        else:
            self.setText(tr("Saved"))
            self.setStyleSheet("color: #2e7d32;")
