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
from ..table_model import Column, DataclassTableModel, RowFilterProxy
from .list_helpers import (
    ACTION_STATUS,
    body_combo,
    haystacks,
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
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Due"), lambda r: r.due_date),
            Column(self.tr("Status"), lambda r: word(ACTION_STATUS, r.status),
                   sort=lambda r: list(ActionStatus).index(r.status)),
        ]
        self.model: DataclassTableModel[ActionRow] = DataclassTableModel(columns, self)
        self.model.highlight = lambda r: OVERDUE if r.overdue else None
        self.proxy = RowFilterProxy(self)
        self.table = make_table(self.model, self.proxy)
        set_widths(self.table, [6, 11, 6, 70, 28, 11, 10])
        self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # soonest due first
        remember_header(self.table, ctx.qsettings, "actions/header")
        self.table.doubleClicked.connect(self._open_meeting)
        self._haystack: dict[int, str] = {}

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
        ctx.hub.followup_changed.connect(self.refresh)
        ctx.hub.meetings_changed.connect(self.refresh)

    def refresh(self) -> None:
        """One service call for the whole list, then the current filters in the proxy."""
        with self.ctx.session() as session:
            rows = list_actions(session)
        self._haystack = haystacks(rows, self.model.columns, lambda r: r.id)
        self.model.set_rows(rows)
        self._apply_filter()

    def _apply_filter(self, *_: object) -> None:
        body = self.body.currentData()
        statuses = self.status.currentData()
        overdue = self.overdue_only.isChecked()
        needle = self.search.text().strip().casefold()
        hay = self._haystack

        def accept(row: ActionRow) -> bool:
            return ((body is None or row.body_short == body)
                    and (statuses is None or row.status in statuses)
                    and (not overdue or row.overdue)
                    and (not needle or needle in hay.get(row.id, "")))

        self.proxy.set_extra_filter(accept)
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
