"""The agenda at the side: the current item marked, done items ticked and greyed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...services.views import AgendaItemRow

_Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 10


class AgendaModel(QAbstractTableModel):
    """Columns: marker (▶ current, ✓ done), number, title (wrapped under itself)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[AgendaItemRow] = []
        self.current_id: int | None = None

    def set_items(self, items: list[AgendaItemRow], current_id: int | None) -> None:
        self.beginResetModel()
        try:
            self.items, self.current_id = list(items), current_id
        finally:
            self.endResetModel()

    def set_current(self, item_id: int | None) -> None:
        self.current_id = item_id
        if self.items:  # only fonts and markers change: no reset, the selection stays
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 2))

    def row_of(self, item_id: int | None) -> int:
        return next((i for i, r in enumerate(self.items) if r.id == item_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        current = item.id == self.current_id
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return "▶" if current else ("✓" if item.done else "")
            if column == 1:
                return item.number
            return "    " * item.depth + item.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column < 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.done and not current:
            return QBrush(QColor("#7a7a7a"))
        if role == ITEM_ID_ROLE:
            return item.id
        return None


class AgendaList(QTableView):
    """Read-only list; clicking an item jumps to it (the keyboard uses Ctrl+PgUp/PgDown)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.agenda = AgendaModel(self)
        self.setModel(self.agenda)
        self.setObjectName("liveAgenda")
        self.setAccessibleName(self.tr("Agenda"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.horizontalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays between notes and entries
        self.setStyleSheet("QTableView::item { padding: 3px 2px; }")

    def show_current(self, item_id: int | None) -> None:
        self.agenda.set_current(item_id)
        row = self.agenda.row_of(item_id)
        if row >= 0:
            index = self.agenda.index(row, 2)
            self.setCurrentIndex(index)
            self.scrollTo(index)
