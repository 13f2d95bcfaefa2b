"""Small helpers the meeting screens share: dates and times, compact people tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableView,
    QTimeEdit,
    QWidget,
)

from ..common.forms import error_label, set_error  # noqa: F401  (used by the tabs)
from ..common.table_model import DataclassTableModel, RowFilterProxy
from ..look import readable

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


def for_each_person(
    session: Session, fn: Callable[..., object], meeting_id: int, person_ids: list[int], *args: Any
) -> None:
    """One operation for the selected people: `fn(session, meeting_id, person_id, *args)`
    for each, in order; a refusal stops at that person and is said."""
    for person_id in person_ids:
        fn(session, meeting_id, person_id, *args)


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def date_in_words(value: dt.date) -> str:
    """ "donderdag 10 december 2026" in a Dutch window (QLocale default is nl_BE)."""
    return QLocale().toString(qdate(value), "dddd d MMMM yyyy")


def hours_text(start: dt.time | None, end: dt.time | None) -> str:
    if start and end:
        return f"{start:%H:%M}–{end:%H:%M}"
    return f"{start:%H:%M}" if start else ""


def ask_time(parent: QWidget, title: str, label: str, default: dt.time) -> dt.time | None:
    """A small dialog with one HH:mm field; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = QTimeEdit(qtime(default))
    edit.setDisplayFormat("HH:mm")
    form = QFormLayout(dialog)
    form.addRow(label, edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return pytime(edit.time())


def now_minute() -> dt.time:
    return dt.datetime.now().time().replace(second=0, microsecond=0)


# secondary text in the palette's placeholder colour: readable in light, dark and high
# contrast (palette(mid) is too faint, a fixed grey vanishes on a dark window)
HINT_STYLE = "color: palette(placeholder-text);"


class TintedColumnModel(DataclassTableModel[T]):
    """Colours one column (an answer, a presence) instead of the whole row."""

    def __init__(self, columns, tint_column: int, tint: Callable[[T], QColor | None], parent=None):
        super().__init__(columns, parent)
        self.tint_column, self.tint = tint_column, tint

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.tint_column
        ):
            colour = readable(self.tint(self.rows[index.row()]))
            return QBrush(colour) if colour else None
        return super().data(index, role)


def people_table(
    parent: QWidget, model: DataclassTableModel, stretch_column: int
) -> tuple[RowFilterProxy, QTableView]:
    """A compact, read-only list of people where several can be selected at once."""
    proxy = RowFilterProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    compact_table(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # ~30 rows: cheap
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return proxy, table


def compact_table(table: QTableView) -> None:
    """Rows as high as the text needs: 30 mayors fit on a laptop screen."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
