"""A table model over a list of frozen dataclasses, with a sort role and an entity role.

Views sort and filter through `RowFilterProxy`; they get the row object back with
`ENTITY_ROLE`, which passes through the proxy untouched (as Vorta does).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its (translated) title, how to show a row, and how to sort it."""

    title: str
    text: Callable[[T], Any]
    sort: Callable[[T], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[T], str] | None = None


def show(value: Any) -> str:
    """Dates and times the Belgian way in lists: 10/12/2026, 14:30."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


class DataclassTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []
        self.highlight: Callable[[T], QColor | None] | None = None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        try:
            self.rows = list(rows)
        finally:
            self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return show(column.text(row))
        if role == SORT_ROLE:
            value = (column.sort or column.text)(row)
            return _sortable(value)
        if role == ENTITY_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.highlight:
            color = self.highlight(row)
            return QBrush(color) if color else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


def _sortable(value: Any) -> Any:
    # Qt compares QVariants; give it strings/numbers that sort the way people expect
    if value is None:
        return ""
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        return value.casefold()
    return value


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; filters case-insensitively over every column's text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.extra_filter: Callable[[Any], bool] | None = None

    def set_extra_filter(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self.extra_filter = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self.extra_filter is not None:
            model = self.sourceModel()
            entity = model.data(model.index(source_row, 0, source_parent), ENTITY_ROLE)
            if not self.extra_filter(entity):
                return False
        return super().filterAcceptsRow(source_row, source_parent)

    def entity(self, proxy_index: _Index) -> Any:
        return proxy_index.data(ENTITY_ROLE) if proxy_index.isValid() else None
