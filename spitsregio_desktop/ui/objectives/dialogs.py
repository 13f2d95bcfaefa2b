"""Dialogs of the objectives screen: the objective itself, a measured value, linking actions.

Each dialog saves through the services on OK; a refused value keeps it open with the
Dutch message under the field, and nothing is saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...documents.chart_scale import number
from ...services.meetings import list_bodies
from ...services.objectives import (
    ObjectiveDetail,
    ObjectiveInput,
    ValueRow,
    add_value,
    create_objective,
    link_action,
    linkable_actions,
    update_objective,
    update_value,
)
from ...services.views import ActionRow
from ..common.date_entry import DateEntry
from ..common.form_dialog import FormDialog
from ..common.lists import (
    ACTION_STATUS,
    error_label,
    make_table,
    search_edit,
    set_widths,
    show_validation,
    word,
)
from ..common.table_model import Column, DataclassTableModel, RowFilterProxy, SearchIndex
from ..context import AppContext, Topic
from ..ops import checked


def _date_line(value: dt.date | None, field: str) -> DateEntry:
    """An optional date, typed the Dutch way and read back (it may be left empty)."""
    edit = DateEntry(optional=True, field=field, day=value)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00/00/0000") * 3)
    return edit


class ObjectiveDialog(FormDialog):
    """A new objective for a body, or the fields of an existing one."""

    def __init__(
        self,
        ctx: AppContext,
        detail: ObjectiveDetail | None = None,
        body: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        self.saved_id: int | None = detail.row.id if detail else None
        self.setWindowTitle(self.tr("Edit objective") if detail else self.tr("New objective"))
        self.setMinimumWidth(560)
        row = detail.row if detail else None
        bodies = ctx.ops.run(list_bodies).inline(self).value or []
        self.body = QComboBox()
        for b in bodies:
            self.body.addItem(f"{b.short} — {b.name}", b.short)
        chosen = row.body_short if row else body
        if chosen and self.body.findData(chosen) >= 0:
            self.body.setCurrentIndex(self.body.findData(chosen))
        self.body.setEnabled(detail is None)  # an objective stays with its body
        self.themes = {b.short: b.themes for b in bodies}
        self.title = QLineEdit(row.title if row else "")
        self.theme = QComboBox()
        self.theme.setEditable(True)
        self._fill_themes()
        self.theme.setCurrentText(row.theme if row else "")
        self.body.currentIndexChanged.connect(self._fill_themes)
        self.indicator = QLineEdit(row.indicator if row else "")
        self.indicator.setPlaceholderText(self.tr("What is measured, e.g. unemployment rate"))
        self.unit = QLineEdit(row.unit if row else "")
        self.unit.setPlaceholderText(self.tr("e.g. %, minutes, jobs"))
        self.unit.setMaximumWidth(180)
        self.baseline = QLineEdit(number(row.baseline, 4) if row else "")
        self.baseline_date = _date_line(row.baseline_date if row else None, "baseline_date")
        self.target = QLineEdit(number(row.target, 4) if row else "")
        self.target_date = _date_line(row.target_date if row else None, "target_date")
        for edit in (self.baseline, self.target):
            edit.setMaximumWidth(140)
        self.description = QPlainTextEdit(detail.description if detail else "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().height() * 5)

        form = QFormLayout()
        self.add_row(form, self.tr("Body:"), self.body, "body")
        self.add_row(form, self.tr("Title:"), self.title, "title")
        self.add_row(form, self.tr("Theme:"), self.theme, "theme")
        self.add_row(form, self.tr("Indicator:"), self.indicator, "indicator")
        self.add_row(form, self.tr("Unit:"), self.unit, "unit")
        self.add_row(form, self.tr("Baseline:"), self.baseline, "baseline")
        self.add_row(form, self.tr("Baseline date:"), self.baseline_date, "baseline_date")
        self.add_row(form, self.tr("Target:"), self.target, "target")
        self.add_row(form, self.tr("Target date:"), self.target_date, "target_date")
        self.add_row(form, self.tr("Description:"), self.description, "description")
        self.lay_out(form)
        self.title.setFocus()

    def _fill_themes(self, *_: object) -> None:
        text = self.theme.currentText()
        self.theme.clear()
        self.theme.addItems(list(self.themes.get(self.body.currentData(), ())))
        self.theme.setCurrentText(text)

    def data(self) -> ObjectiveInput:
        return ObjectiveInput(
            body=self.body.currentData(),
            title=self.title.text(),
            description=self.description.toPlainText(),
            theme=self.theme.currentText(),
            indicator=self.indicator.text(),
            unit=self.unit.text(),
            baseline=self.baseline.text(),
            baseline_date=self.baseline_date.date(),
            target=self.target.text(),
            target_date=self.target_date.date(),
        )

    def save(self) -> None:
        typed = checked(self.data)  # an impossible date is refused before the program
        if not typed:
            self.show_error(typed)
            return
        data: ObjectiveInput = typed.value  # type: ignore[assignment]
        if self.detail is None:
            operation = self.ctx.ops.run(create_objective, data)
        else:
            operation = self.ctx.ops.run(update_objective, self.detail.row.id, data)
        if self.saving(operation.changes(Topic.OBJECTIVES)):
            if self.detail is None:
                self.saved_id = self.result_value  # type: ignore[assignment]
            self.accept()


class ValueDialog(FormDialog):
    """A value measured on a date, with an optional note (source, remark)."""

    def __init__(
        self,
        ctx: AppContext,
        objective_id: int,
        unit: str,
        value: ValueRow | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.objective_id, self.value = ctx, objective_id, value
        self.setWindowTitle(
            self.tr("Edit measured value") if value else self.tr("New measured value")
        )
        self.setMinimumWidth(440)
        self.measured_on = DateEntry(
            field="measured_on", past=True, day=value.measured_on if value else dt.date.today()
        )
        self.measured_on.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/0000") * 3)
        self.amount = QLineEdit(number(value.value, 4) if value else "")
        self.amount.setMaximumWidth(140)
        self.amount.setPlaceholderText(unit)
        self.note = QLineEdit(value.note if value else "")
        self.note.setPlaceholderText(self.tr("Source or remark (optional)"))
        form = QFormLayout()
        self.add_row(form, self.tr("Measured on:"), self.measured_on, "measured_on")
        self.add_row(
            form,
            self.tr("Value (%1):").replace("%1", unit) if unit else self.tr("Value:"),
            self.amount,
            "value",
        )
        self.add_row(form, self.tr("Note:"), self.note, "note")
        self.lay_out(form)
        self.amount.setFocus()

    def save(self) -> None:
        typed = checked(self.measured_on.date)  # an impossible date is refused here
        if not typed:
            self.show_error(typed)
            return
        day = typed.value
        amount, note = self.amount.text(), self.note.text()
        if self.value is None:
            operation = self.ctx.ops.run(add_value, self.objective_id, day, amount, note)
        else:
            operation = self.ctx.ops.run(update_value, self.value.id, day, amount, note)
        if self.saving(operation.changes(Topic.OBJECTIVES)):
            self.accept()


class LinkActionsDialog(QDialog):
    """Pick one of the body's open actions to serve the objective."""

    def __init__(self, ctx: AppContext, objective_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.objective_id = ctx, objective_id
        self.linked: int | None = None
        self.setWindowTitle(self.tr("Link an action"))
        self.resize(820, 480)
        rows = ctx.ops.run(linkable_actions, objective_id).inline(self).value or []
        columns = [
            Column(self.tr("Meeting"), lambda r: r.meeting_date),
            Column(
                self.tr("Action"),
                lambda r: r.description.strip().splitlines()[0] if r.description.strip() else "",
                tooltip=lambda r: r.description,
            ),
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Due"), lambda r: r.due_date),
            Column(self.tr("Status"), lambda r: word(ACTION_STATUS, r.status)),
        ]
        self.model: DataclassTableModel[ActionRow] = DataclassTableModel(columns, self)
        self.proxy = RowFilterProxy(self)
        self.table = make_table(self.model, self.proxy)
        set_widths(self.table, [10, 0, 20, 10, 10], stretch=1)
        self.index = SearchIndex(columns)
        self.index.reset(rows)
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        if rows:
            self.table.selectRow(0)
        self.search = search_edit(self.tr("Search actions…"))
        self.search.textChanged.connect(self._filter)
        self.table.activated.connect(lambda _index: self.save())
        self.error = error_label()
        hint = QLabel(
            self.tr("The open actions of this body that do not serve the objective yet.")
            if rows
            else self.tr("This body has no other open actions.")
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        self.proxy.set_extra_filter(lambda r: self.index.matches(r, needle))
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def save(self) -> None:
        row = self.proxy.entity(self.table.currentIndex())
        if row is None:
            self.reject()
            return
        if (
            not self.ctx.ops.run(link_action, self.objective_id, row.id)
            .changes(Topic.OBJECTIVES, Topic.ACTIONS)
            .refused(lambda refusal: show_validation({"": self.error}, refusal, ""))
            .inline(self)
        ):
            return
        self.linked = row.id
        self.accept()
