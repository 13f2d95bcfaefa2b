"""Objectives (doelstellingen): where each body stands against its measurable targets.

The list on top (progress, latest value, target, what needs attention), the selected
objective below: its chart, its measured values and the actions that serve it. The
progress report of a body's objectives is exported as a PDF from here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...documents.chart_scale import number
from ...services.objectives import (
    ObjectiveDetail,
    ObjectiveRow,
    ValueRow,
    delete_objective,
    delete_value,
    list_objectives,
    objective_detail,
    unlink_action,
)
from ...services.views import ActionRow
from ..common.charts import ProgressChart, ProgressSeries
from ..common.forms import heading_row
from ..common.list_export import ExportBar
from ..common.lists import (
    body_combo,
    make_table,
    remember_header,
    search_edit,
    set_widths,
)
from ..common.table_model import DataclassTableModel, RowFilterProxy, SearchIndex
from ..context import AppContext, Topic
from ..look import set_icon
from .columns import (
    action_colour,
    action_columns,
    objective_colour,
    objective_columns,
    summary,
    value_columns,
)
from .dialogs import LinkActionsDialog, ObjectiveDialog, ValueDialog


class ObjectivesView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ObjectiveDetail | None = None
        self.body = body_combo(ctx, self.tr("All bodies"))
        self.search = search_edit(self.tr("Search objectives…"))
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("&New objective…"))
        set_icon(self.new_button, "new")
        self.new_button.clicked.connect(self.new_objective)
        self.export_button = QPushButton(self.tr("Export progress report (PDF)…"))
        set_icon(self.export_button, "export")
        self.export_button.clicked.connect(self.export_report)

        columns = objective_columns()
        self.model: DataclassTableModel[ObjectiveRow] = DataclassTableModel(columns, self)
        self.model.highlight = objective_colour
        self.proxy = RowFilterProxy(self)
        self.table = make_table(self.model, self.proxy)
        set_widths(self.table, [4, 12, 0, 8, 8, 8, 8, 8, 24], stretch=2)
        # by body; a stable sort keeps the service's theme and title order within a body
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        remember_header(self.table, ctx.qsettings, "objectives/header")
        self.index = SearchIndex(columns)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Body:")))
        bar.addWidget(self.body)
        bar.addWidget(self.search)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.export_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(
            QLabel(
                self.tr(
                    "Progress: the share of the way from baseline to "
                    "target. Reached targets are green."
                )
            )
        )
        top_layout.addLayout(footer)
        self.export_bar = ExportBar(ctx)
        top_layout.addWidget(self.export_bar)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._restore_splitters()

        self.body.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        ctx.hub.subscribe((Topic.OBJECTIVES, Topic.ACTIONS), self.refresh)
        self._show_detail(None)

    # ------------------------------------------------------------ layout

    def _build_detail(self) -> QWidget:
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_objective)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_objective)
        self.chart = ProgressChart()

        self.values_model: DataclassTableModel[ValueRow] = DataclassTableModel(
            value_columns(), self
        )
        self.values_proxy = RowFilterProxy(self)
        self.values_table = make_table(self.values_model, self.values_proxy)
        set_widths(self.values_table, [10, 6, 7, 0], stretch=3)
        self.values_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.values_table.activated.connect(lambda _i: self.edit_value())
        self.add_value_button = QPushButton(self.tr("&Add value…"))
        self.add_value_button.clicked.connect(self.add_value)
        self.edit_value_button = QPushButton(self.tr("Edit…"))
        self.edit_value_button.clicked.connect(self.edit_value)
        self.delete_value_button = QPushButton(self.tr("Delete"))
        self.delete_value_button.clicked.connect(self.delete_value)
        values_page = _page(
            self.values_table,
            self.add_value_button,
            self.edit_value_button,
            self.delete_value_button,
        )

        self.actions_model: DataclassTableModel[ActionRow] = DataclassTableModel(
            action_columns(), self
        )
        self.actions_model.highlight = action_colour
        self.actions_proxy = RowFilterProxy(self)
        self.actions_table = make_table(self.actions_model, self.actions_proxy)
        set_widths(self.actions_table, [0, 16, 10, 10], stretch=0)
        self.actions_table.activated.connect(self._open_action_meeting)
        self.link_button = QPushButton(self.tr("&Link an action…"))
        self.link_button.clicked.connect(self.link_action)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.clicked.connect(self.unlink_action)
        actions_page = _page(self.actions_table, self.link_button, self.unlink_button)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(values_page, self.tr("Measured values"))
        self.tabs.addTab(actions_page, self.tr("Actions"))

        self.detail_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.detail_splitter.addWidget(self.chart)
        self.detail_splitter.addWidget(self.tabs)
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 2)
        self.detail_splitter.setSizes([560, 440])  # room for the note column beside the chart
        self.detail_splitter.setChildrenCollapsible(False)

        head = heading_row(self.heading, self.summary, self.edit_button, self.delete_button)
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 6, 0, 0)
        pane_layout.addLayout(head)
        pane_layout.addWidget(self.detail_splitter, 1)
        return pane

    def _restore_splitters(self) -> None:
        for splitter, key in (
            (self.splitter, "objectives/splitter"),
            (self.detail_splitter, "objectives/detail_splitter"),
        ):
            state = self.ctx.qsettings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
            splitter.splitterMoved.connect(
                lambda *_a, s=splitter, k=key: self.ctx.qsettings.setValue(k, s.saveState())
            )

    # ------------------------------------------------------------ list

    def refresh(self) -> None:
        keep = self.detail.row.id if self.detail else None
        rows = self.ctx.ops.run(list_objectives).inline(self).value or []
        self.index.reset(rows)
        self.model.set_rows(rows)
        self._apply_filter()
        if not self.select(keep) and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 2))

    def select(self, objective_id: int | None) -> bool:
        for row in range(self.proxy.rowCount()):
            entity = self.proxy.entity(self.proxy.index(row, 0))
            if entity is not None and entity.id == objective_id:
                self.table.setCurrentIndex(self.proxy.index(row, 2))
                self._load_detail(objective_id)  # also when it was current already
                return True
        return False

    def _apply_filter(self, *_: object) -> None:
        body = self.body.currentData()
        needle = self.search.text().strip().casefold()
        self.proxy.set_extra_filter(
            lambda r: (body is None or r.body_short == body) and self.index.matches(r, needle)
        )
        rows = [self.proxy.entity(self.proxy.index(i, 0)) for i in range(self.proxy.rowCount())]
        attention = sum(1 for r in rows if r.no_action or r.stale)
        text = (
            self.tr("1 objective · %2 need attention")
            if len(rows) == 1
            else self.tr("%1 objectives · %2 need attention")
        )
        self.count.setText(text.replace("%1", str(len(rows))).replace("%2", str(attention)))
        current = self.proxy.entity(self.table.currentIndex())
        if current is None:
            self._show_detail(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.entity(current)
        self._load_detail(row.id if row else None)

    def _load_detail(self, objective_id: int | None) -> None:
        detail = None
        if objective_id is not None:  # deleted meanwhile: nothing to show
            detail = self.ctx.ops.run(objective_detail, objective_id).silently().inline().value
        self._show_detail(detail)

    def _show_detail(self, detail: ObjectiveDetail | None) -> None:
        self.detail = detail
        for widget in (self.edit_button, self.delete_button, self.tabs):
            widget.setEnabled(detail is not None)
        if detail is None:
            self.heading.setText(self.tr("No objective selected"))
            self.summary.setText(self.tr("Choose an objective in the list, or make a new one."))
            self.chart.set_series(None)
            self.values_model.set_rows([])
            self.actions_model.set_rows([])
            return
        r = detail.row
        self.heading.setText(r.title)
        self.summary.setText(summary(r))
        self.summary.setToolTip(detail.description)
        self.chart.set_series(
            ProgressSeries(
                unit=r.unit,
                baseline=r.baseline,
                baseline_date=r.baseline_date,
                target=r.target,
                target_date=r.target_date,
                points=tuple((v.measured_on, v.value) for v in detail.values),
            )
        )
        self.values_model.set_rows(detail.values)
        self.actions_model.set_rows(detail.actions)
        self.tabs.setTabText(
            0, self.tr("Measured values (%1)").replace("%1", str(len(detail.values)))
        )
        self.tabs.setTabText(1, self.tr("Actions (%1)").replace("%1", str(len(detail.actions))))

    # ------------------------------------------------------------ editing

    def _changed(self, objective_id: int | None) -> None:
        """After an edit (the hub has reloaded the list): select `objective_id`."""
        if objective_id is not None:
            self.select(objective_id)

    def new_objective(self) -> None:
        dialog = ObjectiveDialog(self.ctx, body=self.body.currentData(), parent=self)
        if dialog.exec() == ObjectiveDialog.DialogCode.Accepted:
            if self.body.currentData() not in (None, dialog.body.currentData()):
                self.body.setCurrentIndex(self.body.findData(dialog.body.currentData()))
            self.search.clear()  # the new objective must be in view
            self._changed(dialog.saved_id)

    def edit_objective(self) -> None:
        if self.detail is None:
            return
        dialog = ObjectiveDialog(self.ctx, self.detail, parent=self)
        if dialog.exec() == ObjectiveDialog.DialogCode.Accepted:
            self._changed(self.detail.row.id)

    def delete_objective(self) -> None:
        if self.detail is None:
            return
        r = self.detail.row
        answer = QMessageBox.question(
            self,
            self.tr("Delete objective"),
            self.tr(
                "Delete the objective \u201c%1\u201d with its %2 measured values? "
                "Its actions stay, no longer linked."
            )
            .replace("%1", r.title)
            .replace("%2", str(len(self.detail.values))),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.ops.run(delete_objective, r.id).changes(Topic.OBJECTIVES).inline(self)

    def selected_value(self) -> ValueRow | None:
        return self.values_proxy.entity(self.values_table.currentIndex())

    def add_value(self) -> None:
        self._value_dialog(None)

    def edit_value(self) -> None:
        value = self.selected_value()
        if value is not None:
            self._value_dialog(value)

    def _value_dialog(self, value: ValueRow | None) -> None:
        """A new measured value (None) or a correction of one; its save tells the hub."""
        if self.detail is None:
            return
        dialog = ValueDialog(self.ctx, self.detail.row.id, self.detail.row.unit, value, self)
        if dialog.exec() == ValueDialog.DialogCode.Accepted:
            self._changed(self.detail.row.id)

    def delete_value(self) -> None:
        value = self.selected_value()
        if self.detail is None or value is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete measured value"),
            self.tr("Delete the value %1 measured on %2?")
            .replace("%1", number(value.value))
            .replace("%2", value.measured_on.strftime("%d/%m/%Y")),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.ops.run(delete_value, value.id).changes(Topic.OBJECTIVES).inline(self)

    def link_action(self) -> None:
        if self.detail is None:
            return
        dialog = LinkActionsDialog(self.ctx, self.detail.row.id, self)
        if dialog.exec() == LinkActionsDialog.DialogCode.Accepted:
            self.tabs.setCurrentIndex(1)
            self._changed(self.detail.row.id)

    def unlink_action(self) -> None:
        action = self.actions_proxy.entity(self.actions_table.currentIndex())
        if self.detail is None or action is None:
            return
        self.ctx.ops.run(unlink_action, action.id).changes(Topic.OBJECTIVES, Topic.ACTIONS).inline(
            self
        )

    def _open_action_meeting(self, index: QModelIndex) -> None:
        action = self.actions_proxy.entity(index)
        if action is not None and action.meeting_id is not None:
            self.ctx.hub.open_meeting.emit(action.meeting_id)

    # ------------------------------------------------------------ export

    def export_report(self) -> None:
        """The progress report of one body's objectives, with a chart each, as a PDF."""
        body = self.body.currentData() or (self.detail.row.body_short if self.detail else None)
        if body is None:
            names = [self.body.itemData(i) for i in range(1, self.body.count())]
            body, ok = QInputDialog.getItem(
                self, self.tr("Export progress report"), self.tr("Body:"), names, 0, False
            )
            if not ok:
                return
        name = f"Voortgang doelstellingen {body} {dt.date.today():%Y-%m-%d}.pdf"
        out = self.export_bar.ask_path(name, "pdf")
        if out is None:
            return
        from ...documents.objectives_report import export_objectives_report

        self.export_bar.run(lambda session: export_objectives_report(session, body, out), out)


def _page(table: QWidget, *buttons: QPushButton) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 4, 0, 0)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addWidget(table, 1)
    return page
