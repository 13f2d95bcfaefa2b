"""Spell-check while typing, as in Word: red wavy underlines, suggestions on right-click.

`enable_spellcheck(edit, ctx)` is the one call a text field needs (QTextEdit or
QPlainTextEdit; a QLineEdit cannot draw the underline and is left alone). The words are
judged by services.spelling; this module only draws and offers:

- the dictionary loads once per run, off the UI thread, the first time a field asks for it;
  until then nothing is underlined, afterwards every checked field is redrawn;
- a keystroke re-checks only the paragraph (text block) it changed, with cached word results
  (QSyntaxHighlighter re-highlights the changed block only);
- the word being typed is not underlined until the cursor leaves it (a space, a full stop,
  a click elsewhere), so the secretary is not flashed red in the middle of a word;
- right-click on an underlined word: up to five suggestions, "Toevoegen aan woordenlijst"
  and "Negeren" above the standard menu (cut, copy, paste…).
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from ...services.spelling import WORD, SpellChecker, known_words
from .autocorrect import enable_autocorrect
from .utf16 import all_bmp, from_qt, to_qt

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ..context import AppContext

MISSPELT_COLOR = QColor("#e00000")
TextEdit = QTextEdit | QPlainTextEdit


def tr(text: str) -> str:
    return QCoreApplication.translate("Spellcheck", text)


def misspelt_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(MISSPELT_COLOR)
    return fmt


class _Loaded(QObject):
    done = Signal()


class _LoadJob(QRunnable):
    def __init__(self, checker: SpellChecker, signals: _Loaded):
        super().__init__()
        self.checker, self.signals = checker, signals

    def run(self) -> None:  # worker thread: the dictionary only, no widgets
        self.checker.load()
        self.signals.done.emit()


class SpellService(QObject):
    """The one spell-checker of the program run, and the fields it marks."""

    changed = Signal()  # the dictionary arrived, or a word was added/ignored: redraw

    def __init__(self, checker: SpellChecker | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.checker = checker or SpellChecker()
        self._loading = False
        self._signals = _Loaded(self)
        self._signals.done.connect(self.changed.emit)
        self._names_from: weakref.WeakSet = weakref.WeakSet()
        self._names_stale = True
        self._names_db: int | None = None  # the database the names came from

    def ensure_loaded(self) -> None:
        """Start loading the dictionary in the background (once)."""
        if self._loading or self.checker.loaded:
            return
        self._loading = True
        QThreadPool.globalInstance().start(_LoadJob(self.checker, self._signals))

    def feed_names(self, ctx: AppContext | None) -> None:
        """Names from the database; again after the members or settings changed."""
        if ctx is None:
            return
        hub = getattr(ctx, "hub", None)
        if hub is not None and hub not in self._names_from:
            self._names_from.add(hub)
            for signal in ("people_changed", "settings_changed"):
                if hasattr(hub, signal):
                    getattr(hub, signal).connect(lambda: self._names_need_refresh(ctx))
        database = id(getattr(ctx, "db", ctx))
        if self._names_stale or database != self._names_db:
            names = ctx.ops.run(known_words).silently().inline(None)
            if names:
                self.checker.set_known_names(names.value)
            self._names_stale, self._names_db = False, database

    def _names_need_refresh(self, ctx: AppContext) -> None:
        self._names_stale = True
        self.feed_names(ctx)
        self.changed.emit()

    def add_to_personal(self, word: str) -> None:
        self.checker.add_to_personal(word)
        self.changed.emit()

    def ignore(self, word: str) -> None:
        self.checker.ignore(word)
        self.changed.emit()


_service: SpellService | None = None


def spell_service() -> SpellService:
    global _service
    if _service is None:
        _service = SpellService(parent=QCoreApplication.instance())
    return _service


def use_service(service: SpellService | None) -> None:
    """Replace the program's spell service (tests: a word list in a temporary folder)."""
    global _service
    _service = service


class _StartWhenSeen(QObject):
    """Names and dictionary are fetched when the field is first shown or focused, not when
    it is built: the meeting screen builds its fields at start-up, before anyone types."""

    def __init__(self, edit: TextEdit, service: SpellService, ctx: AppContext | None):
        super().__init__(edit)
        self.service, self.ctx = service, ctx
        edit.installEventFilter(self)
        if edit.isVisible():
            self._start(edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Show, QEvent.Type.FocusIn):
            self._start(watched)
        return False

    def _start(self, edit: QObject) -> None:
        edit.removeEventFilter(self)
        try:
            self.service.feed_names(self.ctx)
        except Exception:  # noqa: BLE001 - no names is no reason to refuse typing
            log.exception("names for the spell-check could not be read")
        self.service.ensure_loaded()


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of each block of one editor's document."""

    def __init__(self, edit: TextEdit, service: SpellService):
        super().__init__(edit.document())
        self.edit = edit
        self.service = service
        self.format = misspelt_format()
        self._cursor_block = -1
        service.changed.connect(self.rehighlight)
        edit.cursorPositionChanged.connect(self._cursor_moved)

    def _typing_at(self, text: str) -> int | None:
        """Index in `text` (this block) just after the cursor, when it is here."""
        if not self.edit.hasFocus():
            return None
        cursor = self.edit.textCursor()
        if cursor.block() != self.currentBlock() or cursor.hasSelection():
            return None
        return from_qt(text, cursor.positionInBlock())

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        try:
            self._mark(text)
        except Exception:  # noqa: BLE001 - an exception escaping a Qt virtual kills Qt
            log.exception("spell-check of a paragraph failed; it stays unmarked")

    def _mark(self, text: str) -> None:
        spans = self.service.checker.misspelt(text)
        if not spans:
            return
        typing_at = self._typing_at(text)
        plain = all_bmp(text)
        for start, length in spans:
            if (
                typing_at is not None
                and start < typing_at <= start + length
                and (typing_at == len(text) or not text[typing_at].isalpha())
            ):
                continue  # still being typed: judged once the cursor leaves it
            if not plain:  # Qt counts an emoji as two
                start, length = to_qt(text, start), to_qt(text, start + length) - to_qt(text, start)
            self.setFormat(start, length, self.format)

    def _cursor_moved(self) -> None:
        block = self.edit.textCursor().block()
        number = block.blockNumber()
        if number != self._cursor_block:
            previous = self.document().findBlockByNumber(self._cursor_block)
            self._cursor_block = number
            if previous.isValid():
                self.rehighlightBlock(previous)  # the word left behind gets its mark


def word_at(edit: TextEdit, pos: QPoint) -> QTextCursor | None:
    """A cursor selecting the word under `pos` (viewport coordinates), or None."""
    cursor = edit.cursorForPosition(pos)
    block = cursor.block()
    text = block.text()
    at = from_qt(text, cursor.positionInBlock())
    for match in WORD.finditer(text):
        if match.start() <= at <= match.end():
            word = QTextCursor(block)
            word.setPosition(block.position() + to_qt(text, match.start()))
            word.setPosition(
                block.position() + to_qt(text, match.end()), QTextCursor.MoveMode.KeepAnchor
            )
            return word
    return None


def spelling_menu(edit: TextEdit, pos: QPoint, service: SpellService | None = None) -> QMenu:
    """The context menu at `pos`: for a misspelt word its suggestions and choices first."""
    service = service or spell_service()
    menu = (
        edit.createStandardContextMenu(edit.viewport().mapToGlobal(pos))
        if isinstance(edit, QTextEdit)
        else edit.createStandardContextMenu()
    )
    menu.setParent(edit, menu.windowFlags())
    word_cursor = word_at(edit, pos)
    if word_cursor is None or edit.isReadOnly():
        return menu
    word = word_cursor.selectedText()
    if service.checker.is_correct(word):
        return menu
    first = menu.actions()[0] if menu.actions() else None
    items = []
    suggestions = service.checker.suggestions(word)
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.setObjectName("spellSuggestion")
        action.triggered.connect(lambda _=False, s=suggestion, c=word_cursor: _replace(edit, c, s))
        items.append(action)
    if not suggestions:
        none = menu.addAction(tr("(no suggestions)"))
        none.setEnabled(False)
        items.append(none)
    add = menu.addAction(tr("Add to dictionary"))
    add.setObjectName("spellAdd")
    add.triggered.connect(lambda: service.add_to_personal(word))
    ignore = menu.addAction(tr("Ignore"))
    ignore.setObjectName("spellIgnore")
    ignore.triggered.connect(lambda: service.ignore(word))
    items += [add, ignore, menu.addSeparator()]
    for action in items:  # addAction appends: move them above the standard entries
        menu.removeAction(action)
        menu.insertAction(first, action)
    return menu


def _replace(edit: TextEdit, cursor: QTextCursor, text: str) -> None:
    cursor.beginEditBlock()  # one Ctrl+Z gives the old word back
    cursor.insertText(text)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


def _show_menu(edit: TextEdit, pos: QPoint) -> None:
    menu = spelling_menu(edit, pos)
    menu.exec(edit.viewport().mapToGlobal(pos))
    menu.deleteLater()


def enable_spellcheck(
    edit: QWidget, ctx: AppContext | None = None, autocorrect: bool = True
) -> QObject | None:
    """Check `edit`'s spelling while typing; names from `ctx`'s database are accepted.

    Also turns on Word's default auto-correct (TWo INitial CApitals) unless told not to.
    Returns the highlighter (kept alive by the document); None for other widgets.
    """
    if not isinstance(edit, QTextEdit | QPlainTextEdit):
        return None  # a QLineEdit cannot draw underlines: its one line is left unchecked
    service = spell_service()
    _StartWhenSeen(edit, service, ctx)
    if autocorrect:
        enable_autocorrect(edit)
    highlighter = SpellHighlighter(edit, service)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    edit.customContextMenuRequested.connect(lambda pos: _show_menu(edit, pos))
    edit.setProperty("spellcheck", True)
    return highlighter


def marked_words(document: QTextDocument) -> list[str]:
    """The underlined words of a document, in order (for tests and the screenshot)."""
    out = []
    block = document.begin()
    while block.isValid():
        text = block.text()
        for fmt_range in block.layout().formats():
            style = fmt_range.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                start = from_qt(text, fmt_range.start)
                end = from_qt(text, fmt_range.start + fmt_range.length)
                out.append(text[start:end])
        block = block.next()
    return out
