"""Actions (actiepunten): the tracker of every action of every meeting, and their follow-up.

All actions load in one service call off the UI thread and every filter runs in the proxy
on the loaded rows, so changing a filter never goes back to the database and 6 000 rows
stay instant. The pane on the right shows the selected action's dated history; its buttons
record progress, closing, cancelling, reassigning and postponing through the services
(follow_up.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services import actions as action_service
from ...services.tracker_page import first_screen
from ...services.views import ActionRow
from ...storage.enums import ActionStatus
from ..common.list_export import ExportBar, ExportDialog, date_edit, typed_period
from ..common.lists import (
    ACTION_STATUS,
    AsyncLoader,
    body_combo,
    fill_combo,
    make_table,
    remember_header,
    search_edit,
    set_widths,
    word,
)
from ..common.table_model import Column, DataclassTableModel, RowFilterProxy, SearchIndex
from ..context import AppContext, Topic
from ..look import set_icon
from .detail import ActionDetail
from .follow_up import ActionFollowUp, first_line

OVERDUE = QColor("#b00020")
DUE_SOON = QColor("#a15c00")  # amber that stays readable on white
SOON_DAYS = 7
DUE_COLUMN = 5
FIRST_SCREEN = 100  # rows read before the whole list: more than a screen holds

# status filter: (source text, statuses shown or None for all)
STATUS_FILTERS = (
    (QT_TRANSLATE_NOOP("ActionsView", "Open"), (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
    (QT_TRANSLATE_NOOP("ActionsView", "Done"), (ActionStatus.DONE,)),
    (QT_TRANSLATE_NOOP("ActionsView", "Cancelled"), (ActionStatus.CANCELLED,)),
    (QT_TRANSLATE_NOOP("ActionsView", "All"), None),
)
DUE_FILTERS = (
    ("all", QT_TRANSLATE_NOOP("ActionsView", "Any time")),
    ("overdue", QT_TRANSLATE_NOOP("ActionsView", "Overdue")),
    ("week", QT_TRANSLATE_NOOP("ActionsView", "This week")),
    ("month", QT_TRANSLATE_NOOP("ActionsView", "This month")),
    ("quarter", QT_TRANSLATE_NOOP("ActionsView", "Next 3 months")),
    ("custom", QT_TRANSLATE_NOOP("ActionsView", "From – to…")),
)


def due_range(
    key: str, today: dt.date, start: dt.date, end: dt.date
) -> tuple[dt.date, dt.date] | None:
    """The due dates a period filter keeps (inclusive), None for no bound."""
    if key == "week":
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if key == "month":
        first = today.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    if key == "quarter":
        return today, today + dt.timedelta(days=91)
    if key == "custom":
        return start, end
    return None


class ActionsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today: Callable[[], dt.date] = dt.date.today  # tests pin the date
        self.dialog: Any = None  # the open follow-up dialog, if any
        self._selected_id: int | None = None

        self.body = body_combo(ctx, self.tr("All bodies"))
        # the long body names would push the filters off a 1280 window: the short one shows
        self.body.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.body.setMinimumContentsLength(12)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.setMinimumContentsLength(16)
        self.owner.lineEdit().setPlaceholderText(self.tr("All owners"))
        self.owner.lineEdit().setClearButtonEnabled(True)
        completer = self.owner.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.theme = QComboBox()
        self.theme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status = QComboBox()
        for text, statuses in STATUS_FILTERS:
            self.status.addItem(QCoreApplication.translate("ActionsView", text), statuses)
        self.due = QComboBox()
        for key, text in DUE_FILTERS:
            self.due.addItem(QCoreApplication.translate("ActionsView", text), key)
        today = dt.date.today()
        self.due_from = date_edit(today)
        self.due_to = date_edit(today + dt.timedelta(days=30))
        # the custom period as last typed in full: an impossible bound is marked under its
        # field and leaves the list as it was
        self._typed_period = (today, today + dt.timedelta(days=30))
        self.overdue_only = QCheckBox(self.tr("Only overdue"))
        self.search = search_edit(self.tr("Search description, owner, item…"))
        self.export_button = QPushButton(self.tr("Export action list…"))
        set_icon(self.export_button, "export")
        self.export_button.setToolTip(
            self.tr("The open actions of a body, by owner, as PDF or Word")
        )
        self.count = QLabel()

        columns = [
            Column(self.tr("Body"), lambda r: r.body_short),
            Column(self.tr("Meeting"), lambda r: r.meeting_date),
            Column(self.tr("Item"), lambda r: r.item_number, sort=_item_key),
            Column(
                self.tr("Description"),
                lambda r: first_line(r.description),
                tooltip=lambda r: r.description,
            ),
            Column(self.tr("Owner"), lambda r: r.owner, tooltip=lambda r: r.owner),
            Column(self.tr("Due"), lambda r: r.due_date),
            Column(
                self.tr("Status"),
                lambda r: word(ACTION_STATUS, r.status),
                sort=lambda r: list(ActionStatus).index(r.status),
            ),
        ]
        self.model: DataclassTableModel[ActionRow] = DataclassTableModel(columns, self)
        self.model.highlight = self._colour
        self.proxy = RowFilterProxy(self)
        self.table = make_table(self.model, self.proxy)
        set_widths(self.table, [4, 10, 4, 0, 14, 10, 8], stretch=3)
        self.table.sortByColumn(DUE_COLUMN, Qt.SortOrder.AscendingOrder)  # soonest due first
        remember_header(self.table, ctx.qsettings, "actions/header")
        self.table.activated.connect(self._open_meeting)  # double-click or Enter
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.index = SearchIndex(columns)
        self.loader = AsyncLoader(
            ctx,
            lambda s: action_service.list_actions(s, today=self.today()),
            self._show_rows,
            first=self._first_screen,
        )
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.loader.repage)
        self._filter: tuple = ()
        self.detail = ActionDetail()
        self.detail.requested.connect(self._follow_up)
        self.follow_up = ActionFollowUp(ctx, self)
        self.exporter = ExportBar(ctx)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([960, 320])  # the list first: its description readable
        state = ctx.qsettings.value("actions/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: ctx.qsettings.setValue("actions/splitter", self.splitter.saveState())
        )
        self._build_layout()

        for combo in (self.body, self.theme, self.status, self.due):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.owner.currentTextChanged.connect(self._apply_filter)
        self.due_from.changed.connect(self._period_typed)
        self.due_to.changed.connect(self._period_typed)
        self.overdue_only.toggled.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.export_button.clicked.connect(self.export)
        self._apply_filter()
        ctx.hub.subscribe((Topic.ACTIONS, Topic.OBJECTIVES, Topic.MEETINGS), self.refresh)

    def _build_layout(self) -> None:
        first = QHBoxLayout()
        for label, widget in (
            (self.tr("Body:"), self.body),
            (self.tr("Owner:"), self.owner),
            (self.tr("Theme:"), self.theme),
        ):
            first.addWidget(QLabel(label))
            first.addWidget(widget)
        first.addStretch(1)
        first.addWidget(self.search)
        second = QHBoxLayout()
        for label, widget in ((self.tr("Status:"), self.status), (self.tr("Due:"), self.due)):
            second.addWidget(QLabel(label))
            second.addWidget(widget)
        second.addWidget(self.due_from, 0, Qt.AlignmentFlag.AlignTop)
        self.to_label = QLabel(self.tr("to"))
        second.addWidget(self.to_label)
        second.addWidget(self.due_to, 0, Qt.AlignmentFlag.AlignTop)
        second.addWidget(self.overdue_only)
        second.addStretch(1)
        second.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.exporter)
        hint = QHBoxLayout()
        hint.addWidget(self.count)
        hint.addStretch(1)
        legend = QLabel(
            self.tr(
                "<span style='color:#b00020'>Red</span>: overdue · "
                "<span style='color:#a15c00'>amber</span>: due within a week"
            )
        )
        hint.addWidget(legend)
        layout.addLayout(hint)

    # ------------------------------------------------------------ loading and filtering

    def refresh(self) -> None:
        """One service call for the whole list, off the UI thread; filters run in the proxy."""
        self.loader.load()

    def _first_screen(self) -> Callable[[Any], list[ActionRow]] | None:
        """The query of the first screenful while the whole list loads: when only the status
        filter is set and the list is sorted by due date (so at the first opening)."""
        body, _exact, owner, theme, statuses, overdue, period, needle = self._filter
        if (
            any((body, owner, theme, overdue, period, needle))
            or self.model.sort_column != DUE_COLUMN
        ):
            return None
        latest = self.model.sort_order == Qt.SortOrder.DescendingOrder
        today = self.today()
        return lambda s: first_screen(s, statuses, FIRST_SCREEN, latest, today)

    def _show_rows(self, rows: list[ActionRow]) -> None:
        self.index.reset(rows)
        fill_combo(self.theme, self.tr("All themes"), sorted({r.theme for r in rows if r.theme}))
        owners = sorted({r.owner for r in rows if r.owner}, key=str.casefold)
        text = self.owner.currentText()
        self.owner.blockSignals(True)
        try:
            self.owner.clear()
            self.owner.addItems(owners)
            self.owner.setCurrentIndex(-1)
            self.owner.setEditText(text)
        finally:
            self.owner.blockSignals(False)
        self._filter = self._current_filter()
        self.model.set_rows(rows)  # the proxy filters the new rows with the current filter
        self._reselect()
        self._update_count()

    def _current_filter(self) -> tuple:
        custom = self.due.currentData() == "custom"
        for widget in (self.due_from, self.to_label, self.due_to):
            widget.setVisible(custom)
        owner = self.owner.currentText().strip()
        exact = owner if self.owner.findText(owner) >= 0 else None
        period = due_range(self.due.currentData(), self.today(), *self._typed_period)
        return (
            self.body.currentData(),
            exact,
            owner.casefold(),
            self.theme.currentData(),
            self.status.currentData(),
            self.due.currentData() == "overdue" or self.overdue_only.isChecked(),
            period,
            self.search.text().strip().casefold(),
        )

    def _period_typed(self) -> None:
        typed = typed_period(self.due_from, self.due_to)
        if typed is not None:
            self._typed_period = typed
            self._apply_filter()

    def _apply_filter(self, *_: object) -> None:
        self._filter = self._current_filter()
        self.proxy.set_extra_filter(self._accept)
        self.loader.repage()
        self._update_count()

    def _accept(self, row: ActionRow) -> bool:
        body, exact, owner, theme, statuses, overdue, period, needle = self._filter
        if period is not None and (
            row.due_date is None or not period[0] <= row.due_date <= period[1]
        ):
            return False
        return (
            (body is None or row.body_short == body)
            and (
                not owner
                or (row.owner == exact if exact is not None else owner in row.owner.casefold())
            )
            and (theme is None or row.theme == theme)
            and (statuses is None or row.status in statuses)
            and (not overdue or row.overdue)
            and self.index.matches(row, needle)
        )

    def _colour(self, row: ActionRow) -> QColor | None:
        if row.overdue:
            return OVERDUE
        if (
            row.is_open
            and row.due_date is not None
            and row.due_date <= self.today() + dt.timedelta(days=SOON_DAYS)
        ):
            return DUE_SOON
        return None

    def _update_count(self) -> None:
        if not self.loader.complete:  # the first screen shows; the whole list is coming
            self.count.setText(self.tr("Loading all actions…"))
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        late = sum(1 for r in self.model.rows if r.overdue)
        text = (
            self.tr("%1 of 1 action · %3 overdue")
            if total == 1
            else self.tr("%1 of %2 actions · %3 overdue")
        )
        self.count.setText(
            text.replace("%1", str(shown)).replace("%2", str(total)).replace("%3", str(late))
        )

    # ------------------------------------------------------------ selection and detail

    def selected(self) -> ActionRow | None:
        return self.proxy.entity(self.table.currentIndex())

    def select_action(self, action_id: int) -> bool:
        for n, row in enumerate(self.model.rows):
            if row.id == action_id:
                index = self.proxy.mapFromSource(self.model.index(n, 3))
                if index.isValid():
                    self.table.setCurrentIndex(index)
                    self.table.scrollTo(index)
                    return True
        return False

    def _reselect(self) -> None:
        wanted = self._selected_id
        if wanted is None or not self.select_action(wanted):
            self._show_detail(self.selected())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.entity(current)
        if row is not None:
            self._selected_id = row.id
        self._show_detail(row)

    def _show_detail(self, row: ActionRow | None) -> None:
        events: tuple = ()
        if row is not None:  # deleted meanwhile: the reload that follows drops the row
            events = (
                self.ctx.ops.run(action_service.action_history, row.id).silently().inline().value
                or ()
            )
        self.detail.show_action(row, events)

    def _open_meeting(self, index: QModelIndex) -> None:
        row = self.proxy.entity(index)
        if row is not None and row.meeting_id is not None:
            self.ctx.hub.open_meeting.emit(row.meeting_id)

    # ------------------------------------------------------------ follow-up

    def _follow_up(self, what: str) -> None:
        row = self.detail.row
        if row is None:
            return
        if what == "open":
            if row.meeting_id is not None:
                self.ctx.hub.open_meeting.emit(row.meeting_id)
            return
        dialog = self.follow_up.start(what, row, self.today())
        if dialog is not None:
            self.dialog = dialog
            self.dialog.open()  # window-modal, without a nested event loop

    # ------------------------------------------------------------ export

    def export(self) -> None:
        body = self.body.currentData()
        if body is None and self.selected() is not None:
            body = self.selected().body_short
        self.dialog = ExportDialog(self.ctx, self.tr("Export action list"), body, None, self)
        self.dialog.accepted.connect(self._export_chosen)
        self.dialog.open()

    def _export_chosen(self) -> None:
        dialog: ExportDialog = self.dialog
        body, fmt = dialog.body.currentData(), dialog.fmt()
        name = f"{self.today():%Y-%m-%d} {body} actielijst.{fmt}"
        out = self.exporter.ask_path(name, fmt)
        if out is None:
            return

        def make(session: Any) -> Any:
            from ...documents.export import export_document  # renderers load on first use

            return export_document(session, None, "actions", fmt, out, body=body)

        self.exporter.run(make, out)


def _item_key(row: ActionRow) -> str:
    """ "3.10" after "3.2": item numbers sort as numbers, within their meeting."""
    parts = ".".join(p.zfill(3) for p in row.item_number.split("."))
    return f"{(row.meeting_date or dt.date.min).isoformat()} {parts}"


__all__ = ["ActionsView", "due_range"]
