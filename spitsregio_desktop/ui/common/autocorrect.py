"""Auto-correct of the obvious, only where Word does it by default: TWo INitial CApitals.

Word's default AutoCorrect turns "DIt" into "Dit" when the word is finished (a space, a
punctuation mark, Enter). Word does not fix a double space by default, so neither do we.
As in Word, the correction is its own undo step right after the typed separator: one Ctrl+Z
gives back "DIt " exactly as typed. Words in capitals ("VDAB"), words of two letters and
mixed forms such as "CDs" or "KMOs" (a plural of an abbreviation) stay as typed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from .utf16 import from_qt, to_qt

log = logging.getLogger(__name__)

TextEdit = QTextEdit | QPlainTextEdit
SEPARATORS = set(" .,;:!?)]}\"'’”»…\t")


def two_initial_capitals(word: str) -> str | None:
    """The corrected word ("DIt" → "Dit"), or None when it is to stay as typed."""
    if len(word) < 3 or not word.isalpha():
        return None
    if not (word[0].isupper() and word[1].isupper()):
        return None
    rest = word[2:]
    if not rest.islower() or (len(rest) == 1 and rest == "s"):
        return None  # "VDAB", "CDs": abbreviations
    return word[0] + word[1:].lower()


def _word_before(cursor: QTextCursor) -> QTextCursor | None:
    block = cursor.block()
    before = block.text()[: from_qt(block.text(), cursor.positionInBlock())]
    start = len(before)
    while start > 0 and before[start - 1].isalpha():
        start -= 1
    if start == len(before):
        return None
    if start > 0 and (before[start - 1].isalnum() or before[start - 1] in "-_@/"):
        return None  # part of something else ("e-MAil", an address)
    word = QTextCursor(block)
    word.setPosition(block.position() + to_qt(before, start))
    word.setPosition(cursor.position(), QTextCursor.MoveMode.KeepAnchor)
    return word


class AutoCorrect(QObject):
    """Event filter of one editor: corrects the word just finished."""

    def __init__(self, edit: TextEdit):
        super().__init__(edit)
        self.edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        try:
            return self._filter(watched, event)
        except Exception:  # noqa: BLE001 - an exception escaping an event filter kills Qt
            log.exception("auto-correct failed; the key is typed as is")
            return False

    def _filter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or watched is not self.edit
            or self.edit.isReadOnly()
        ):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        text = key_event.text()
        enter = key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not enter and (len(text) != 1 or text not in SEPARATORS):
            return False
        if key_event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        cursor = self.edit.textCursor()
        if cursor.hasSelection():
            return False
        word = _word_before(cursor)
        fixed = two_initial_capitals(word.selectedText()) if word is not None else None
        if fixed is None:
            return False
        if enter:  # the new paragraph is Qt's to make: correct first, then let Enter through
            self._correct(word, fixed)
            return False
        start, end = word.selectionStart(), word.selectionEnd()
        cursor.insertText(text)  # the separator as typed, then the correction on its own
        self.edit.setTextCursor(cursor)
        word = QTextCursor(self.edit.document())  # the old one grew over the separator
        word.setPosition(start)
        word.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._correct(word, fixed)
        return True

    @staticmethod
    def _correct(word: QTextCursor, fixed: str) -> None:
        word.beginEditBlock()
        word.insertText(fixed)
        word.endEditBlock()


def enable_autocorrect(edit: TextEdit) -> AutoCorrect:
    existing = edit.findChild(AutoCorrect)
    return existing if existing is not None else AutoCorrect(edit)
