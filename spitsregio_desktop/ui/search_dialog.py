"""The search window (Ctrl+F): one field over agenda items, notes, decisions, actions and
attachment names of every meeting, results as you type, the matching words in bold.

Non-modal, and kept by the main window: Ctrl+F again brings back the last search. Each
query runs in a fresh short session, so a word typed in the notes a second ago is found
(in WAL mode an old read transaction would still see the database as it was).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..services.search import MARK_END, MARK_START, SearchHit, search
from .common.lists import make_table, set_widths
from .common.table_model import ENTITY_ROLE, Column, DataclassTableModel, RowFilterProxy
from .context import AppContext

DEBOUNCE_MS = 200
LIMIT = 100

KIND = {
    "item": QT_TRANSLATE_NOOP("SearchDialog", "Agenda item"),
    "decision": QT_TRANSLATE_NOOP("SearchDialog", "Decision"),
    "action": QT_TRANSLATE_NOOP("SearchDialog", "Action"),
    "attachment": QT_TRANSLATE_NOOP("SearchDialog", "Attachment"),
}


def kind_word(kind: str) -> str:
    source = KIND.get(kind)
    return QCoreApplication.translate("SearchDialog", source) if source else kind


def marked_html(snippet: str) -> str:
    """« and » around the matching words become bold; everything else is escaped text."""
    out, bold = [], False
    for part in snippet.replace(MARK_END, MARK_START).split(MARK_START):
        if part:
            out.append(f"<b>{escape(part)}</b>" if bold else escape(part))
        bold = not bold
    return "".join(out)


def lead_in(snippet: str, words: int = 5) -> str:
    """At most `words` words before the first match, so the match shows in a narrow cell."""
    start = snippet.find(MARK_START)
    if start < 0:
        return snippet
    before = snippet[:start].split()
    if len(before) <= words:
        return snippet
    return "… " + " ".join(before[-words:]) + " " + snippet[start:]


def plain(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


class SnippetDelegate(QStyledItemDelegate):
    """Draws a snippet's « » marks as bold text on one line, elided at the cell's end."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = option  # a copy made with QStyleOptionViewItem(option) loses the state here
        self.initStyleOption(opt, index)
        hit = index.data(ENTITY_ROLE)
        html = marked_html(lead_in(hit.snippet)) if isinstance(hit, SearchHit) else escape(opt.text)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(f'<span style="color:{colour.name()}; white-space:pre">{html}</span>')
        rect = opt.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left(), rect.top() + (rect.height() - doc.size().height()) / 2)
        doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.restore()


class SearchDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Search"))
        self.setModal(False)
        self.resize(1060, 560)
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr("Search agenda items, notes, decisions, actions and attachments…")
        )
        self.field.setClearButtonEnabled(True)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.field.setFont(font)
        self.status = QLabel()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.installEventFilter(self)

        columns = [
            Column(self.tr("Kind"), lambda h: kind_word(h.kind)),
            Column(self.tr("Body"), lambda h: h.body_short),
            Column(self.tr("Date"), lambda h: h.meeting_date),
            Column(self.tr("Item"), lambda h: h.title, tooltip=lambda h: h.title),
            Column(
                self.tr("Found"),
                lambda h: plain(h.snippet),
                sort=lambda h: h.rank,
                tooltip=lambda h: plain(h.snippet),
            ),
        ]
        self.model: DataclassTableModel[SearchHit] = DataclassTableModel(columns, self)
        self.proxy = RowFilterProxy(self)
        self.table = make_table(self.model, self.proxy)
        self.table.setSortingEnabled(False)  # best match first, as ranked by the index
        set_widths(self.table, [11, 5, 10, 30, 0], stretch=4)
        self.table.setItemDelegateForColumn(4, SnippetDelegate(self.table))
        self.table.activated.connect(self.open_hit)

        hint = QLabel(
            self.tr(
                "Type a few letters of each word. Enter or double-click opens "
                "the meeting at that agenda item."
            )
        )
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.hits: list[SearchHit] = []

    def start(self) -> None:
        """Show (again) with the field focused and its text selected, to type over it."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()
        if self.field.text().strip():
            self.run_search()  # the database may have changed since

    def run_search(self) -> None:
        self.timer.stop()
        text = self.field.text()
        self.hits = self.ctx.ops.run(search, text, limit=LIMIT).inline(self).value or []
        self.model.set_rows(self.hits)
        if self.hits:
            self.table.setCurrentIndex(self.proxy.index(0, 3))
        if not text.strip():
            self.status.setText("")
        elif not self.hits:
            self.status.setText(
                self.tr("Nothing found for \u201c%1\u201d").replace("%1", text.strip())
            )
        elif len(self.hits) >= LIMIT:
            self.status.setText(self.tr("The best %1 results").replace("%1", str(LIMIT)))
        else:
            count = len(self.hits)
            self.status.setText(
                self.tr("1 result")
                if count == 1
                else self.tr("%1 results").replace("%1", str(count))
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """In the field, Down goes to the results and Enter opens the current one."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.proxy.rowCount():
                self.table.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.run_search()
                self.open_hit(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def open_hit(self, index: QModelIndex) -> None:
        hit = self.proxy.entity(index)
        if hit is None or hit.meeting_id is None:
            return
        if hit.item_id is not None:
            self.ctx.hub.open_item.emit(hit.meeting_id, hit.item_id)
        else:
            self.ctx.hub.open_meeting.emit(hit.meeting_id)
        self.hide()  # the meeting is behind; Ctrl+F brings these results back
