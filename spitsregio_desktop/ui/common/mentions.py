"""Names at hand in a notes field: type "@" and a few letters, pick with ↓ and Enter.

The list is live mode's owner list (services.mentions reuses services.live's candidates and
matching: accents and case do not matter, word starts first); the pick replaces "@leuv" by
the name as the minutes write it ("Burgemeester Leuven"). Escape, a space after "@" alone, or
no match closes the list and leaves the text as typed. One call: `enable_mentions(edit, ctx,
meeting_id)`; the candidates are read once, when the "@" is first used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCompleter, QPlainTextEdit, QTextEdit

from ...services.live import OwnerCandidate
from ...services.mentions import Mentions, mention_candidates
from .utf16 import from_qt, to_qt

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ..context import AppContext

TextEdit = QTextEdit | QPlainTextEdit
TRIGGER = "@"
MAX_TYPED = 40  # "@" further back than this is not a name being typed


class MentionCompleter(QObject):
    """Watches one editor's typing; shows and applies the name list."""

    def __init__(self, edit: TextEdit, source: Callable[[], Mentions]):
        super().__init__(edit)
        self.edit = edit
        self._source = source
        self._mentions: Mentions | None = None
        self.shown: list[OwnerCandidate] = []
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(edit)
        # the matching is services.live's: the completer only shows the list
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(8)
        self.completer.activated[str].connect(self._chosen)
        edit.textChanged.connect(self._update)
        # while the list is open it has the keyboard; QCompleter hands Enter to the editor's
        # event() directly (no filter sees it there), so the choice is made on the popup
        self.completer.popup().installEventFilter(self)

    @property
    def mentions(self) -> Mentions:
        if self._mentions is None:
            self._mentions = self._source()
        return self._mentions

    def typed(self) -> tuple[int, str] | None:
        """(position of "@", letters after it) when the cursor ends a "@name" being typed."""
        cursor = self.edit.textCursor()
        block_text = cursor.block().text()
        text = block_text[: from_qt(block_text, cursor.positionInBlock())]
        at = text.rfind(TRIGGER, max(0, len(text) - MAX_TYPED))
        if at < 0 or (at > 0 and text[at - 1].isalnum()):
            return None  # no "@", or an e-mail address (an "@" glued to a word)
        after = text[at + 1 :]
        if not after or after[0].isspace() or "\n" in after:
            return None
        return cursor.block().position() + to_qt(text, at), after

    def popup_visible(self) -> bool:
        return self.completer.popup().isVisible()

    def _update(self) -> None:
        try:
            self._show_matches()
        except Exception:  # noqa: BLE001 - typing must go on whatever the list does
            log.exception("name list failed")

    def _show_matches(self) -> None:
        found = self.typed()
        if found is None:
            self.completer.popup().hide()
            return
        self.shown = self.mentions.match(found[1])
        if not self.shown:
            self.completer.popup().hide()
            return
        self.model.setStringList([c.label for c in self.shown])
        rect = self.edit.cursorRect()
        rect.setWidth(max(320, self.completer.popup().sizeHintForColumn(0) + 24))
        self.completer.complete(rect)
        self.completer.popup().setCurrentIndex(self.model.index(0, 0))

    def _chosen(self, label: str) -> None:
        candidate = next((c for c in self.shown if c.label == label), None)
        found = self.typed()
        if candidate is None or found is None:
            return
        start, _after = found
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(self.mentions.written.get(candidate, candidate.label))
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)
        self.completer.popup().hide()

    def choose_current(self) -> bool:
        """Apply the highlighted entry of the open list (Enter/Tab); False when none is open."""
        if not self.popup_visible():
            return False
        index = self.completer.popup().currentIndex()
        row = index.row() if index.isValid() else 0
        if 0 <= row < len(self.shown):
            self._chosen(self.shown[row].label)
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        try:
            return self._filter(event)
        except Exception:  # noqa: BLE001 - an exception escaping an event filter kills Qt
            log.exception("name list failed; the key is typed as is")
            return False

    def _filter(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.popup_visible():
            key = QKeyEvent.key(event)  # type: ignore[arg-type]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                return self.choose_current()
            if key == Qt.Key.Key_Escape:
                self.completer.popup().hide()
                return True
        return False


def enable_mentions(
    edit: TextEdit, ctx: AppContext, meeting_id: int | Callable[[], int | None] | None = None
) -> MentionCompleter:
    """ "@" + letters in `edit` offers the people and organisations (this meeting's first)."""

    def source() -> Mentions:
        meeting = meeting_id() if callable(meeting_id) else meeting_id
        found = ctx.ops.run(mention_candidates, meeting).silently().inline(None)
        return found.value if found else Mentions([], {})

    return MentionCompleter(edit, source)
