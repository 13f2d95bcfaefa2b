"""Actions (actiepunten): every action of every meeting in one list, filtered as you type.

A first list; the follow-up issue adds editing, progress notes and the owner views. All
actions load in one service call and every filter runs in the proxy, so changing a filter
never goes back to the database and 6 000 rows stay instant.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...services.actions import list_actions
from ...services.views import ActionRow
from ...storage.enums import ActionStatus
from ..context import AppContext
from ..table_model import Column, DataclassTableModel, RowFilterProxy, SearchIndex
from .list_helpers import (
    ACTION_STATUS,
    AsyncLoader,
    body_combo,
    make_table,
    remember_header,
    search_edit,
    set_widths,
    word,
)

OVERDUE = QColor("#b00020")

# status filter: (source text, statuses shown or None for all)
STATUS_FILTERS = (
    (QT_TRANSLATE_NOOP("ActionsView", "Open"), (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
    (QT_TRANSLATE_NOOP("ActionsView", "Done"), (ActionStatus.DONE,)),
    (QT_TRANSLATE_NOOP("ActionsView", "Cancelled"), (ActionStatus.CANCELLED,)),
    (QT_TRANSLATE_NOOP("ActionsView", "All"), None),
)


class ActionsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.body = body_combo(ctx, self.tr("All bodies"))
        self.status = QComboBox()
        for text, statuses in STATUS_FILTERS:
            self.status.addItem(QCoreApplication.translate("ActionsView", text), statuses)
        self.overdue_only = QCheckBox(self.tr("Only overdue"))
        self.search = search_edit(self.tr("Search description, owner, item…"))
        self.count = QLabel()

        columns = [
            Column(self.tr("Body"), lambda r: r.body_short),
            Column(self.tr("Meeting"), lambda r: r.meeting_date),
            Column(self.tr("Item"), lambda r: r.item_number, sort=_item_key),
            Column(self.tr("Description"), lambda r: _first_line(r.description),
                   tooltip=lambda r: r.description),
            Column(self.tr("Owner"), lambda r: r.owner, tooltip=lambda r: r.owner),
            Column(self.tr("Due"), lambda r: r.due_date),
            Column(self.tr("Status"), lambda r: word(ACTION_STATUS, r.status),
                   sort=lambda r: list(ActionStatus).index(r.status)),
        ]
        self.model: DataclassTableModel[ActionRow] = DataclassTableModel(columns, self)
        self.model.highlight = lambda r: OVERDUE if r.overdue else None
        self.proxy = RowFilterProxy(self)
        self.table = make_table(self.model, self.proxy)
        set_widths(self.table, [5, 10, 5, 0, 26, 10, 10], stretch=3)
        self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # soonest due first
        remember_header(self.table, ctx.qsettings, "actions/header")
        self.table.activated.connect(  # double-click or Enter
            self._open_meeting)
        self.index = SearchIndex(columns)
        self.loader = AsyncLoader(ctx, list_actions, self._show_rows)
        self._filter: tuple = (None, None, False, "")
        self.proxy.set_extra_filter(self._accept)

        bar = QHBoxLayout()
        for label, widget in ((self.tr("Body:"), self.body), (self.tr("Status:"), self.status)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.overdue_only)
        bar.addStretch(1)
        bar.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        hint = QHBoxLayout()
        hint.addWidget(self.count)
        hint.addStretch(1)
        hint.addWidget(QLabel(self.tr("Overdue actions are shown in red. "
                                      "Double-click an action to open its meeting.")))
        layout.addLayout(hint)

        self.body.currentIndexChanged.connect(self._apply_filter)
        self.status.currentIndexChanged.connect(self._apply_filter)
        self.overdue_only.toggled.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self._apply_filter()
        ctx.hub.followup_changed.connect(self.refresh)
        ctx.hub.meetings_changed.connect(self.refresh)

    def refresh(self) -> None:
        """One service call for the whole list, off the UI thread; filters run in the proxy."""
        self.loader.load()

    def _show_rows(self, rows: list[ActionRow]) -> None:
        self.index.reset(rows)
        self.model.set_rows(rows)  # the proxy filters the new rows with the current filter
        self._update_count()

    def _apply_filter(self, *_: object) -> None:
        self._filter = (self.body.currentData(), self.status.currentData(),
                        self.overdue_only.isChecked(), self.search.text().strip().casefold())
        self.proxy.set_extra_filter(self._accept)
        self._update_count()

    def _accept(self, row: ActionRow) -> bool:
        body, statuses, overdue, needle = self._filter
        return ((body is None or row.body_short == body)
                and (statuses is None or row.status in statuses)
                and (not overdue or row.overdue)
                and self.index.matches(row, needle))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        late = sum(1 for r in self.model.rows if r.overdue)
        self.count.setText(self.tr("%1 of %2 actions · %3 overdue")
                           .replace("%1", str(shown)).replace("%2", str(total))
                           .replace("%3", str(late)))

    def selected(self) -> ActionRow | None:
        return self.proxy.entity(self.table.currentIndex())

    def _open_meeting(self, index: QModelIndex) -> None:
        row = self.proxy.entity(index)
        if row is not None and row.meeting_id is not None:
            self.ctx.hub.open_meeting.emit(row.meeting_id)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _item_key(row: ActionRow) -> str:
    """"3.10" after "3.2": item numbers sort as numbers, within their meeting."""
    parts = ".".join(p.zfill(3) for p in row.item_number.split("."))
    return f"{(row.meeting_date or dt.date.min).isoformat()} {parts}"


__all__ = ["ActionsView"]
