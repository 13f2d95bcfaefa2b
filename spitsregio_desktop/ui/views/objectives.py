"""Objectives (doelstellingen): where each body stands against its measurable targets.

A first, read-only list; the follow-up issue adds editing and measured values.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...services.objectives import ObjectiveRow, list_objectives
from ..context import AppContext
from ..table_model import Column, DataclassTableModel, RowFilterProxy, SearchIndex
from .list_helpers import (
    body_combo,
    make_table,
    remember_header,
    search_edit,
    set_widths,
)

REACHED = QColor("#1b6e20")


def number(value: float | None) -> str:
    """12.0 → "12", 12.5 → "12,5" (Belgian decimal comma)."""
    if value is None:
        return ""
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",")


class ObjectivesView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.body = body_combo(ctx, self.tr("All bodies"))
        self.search = search_edit(self.tr("Search objectives…"))
        self.count = QLabel()
        columns = [
            Column(self.tr("Body"), lambda r: r.body_short),
            Column(self.tr("Theme"), lambda r: r.theme),
            Column(self.tr("Objective"), lambda r: r.title, tooltip=lambda r: r.indicator),
            Column(self.tr("Indicator"), lambda r: r.indicator),
            Column(self.tr("Baseline"), lambda r: number(r.baseline), sort=lambda r: r.baseline,
                   align_right=True),
            Column(self.tr("Target"), lambda r: number(r.target), sort=lambda r: r.target,
                   align_right=True),
            Column(self.tr("Latest"), lambda r: number(r.latest),
                   sort=lambda r: r.latest if r.latest is not None else float("-inf"),
                   align_right=True, tooltip=self._latest_tip),
            Column(self.tr("Unit"), lambda r: r.unit),
            Column(self.tr("Progress"), _progress, sort=lambda r: r.progress or 0.0,
                   align_right=True),
            Column(self.tr("Target date"), lambda r: r.target_date),
        ]
        self.model: DataclassTableModel[ObjectiveRow] = DataclassTableModel(columns, self)
        self.model.highlight = lambda r: REACHED if (r.progress or 0) >= 1 else None
        self.proxy = RowFilterProxy(self)
        self.table = make_table(self.model, self.proxy)
        set_widths(self.table, [4, 12, 0, 28, 7, 7, 7, 8, 7, 10], stretch=2)
        # by body; a stable sort keeps the service's theme and title order within a body
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        remember_header(self.table, ctx.qsettings, "objectives/header")
        self.index = SearchIndex(columns)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Body:")))
        bar.addWidget(self.body)
        bar.addStretch(1)
        bar.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(QLabel(self.tr("Progress: the share of the way from baseline to target; "
                                        "reached targets are shown in green.")))
        layout.addLayout(footer)
        self.body.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        ctx.hub.followup_changed.connect(self.refresh)

    def refresh(self) -> None:
        with self.ctx.session() as session:
            rows = list_objectives(session)
        self.index.reset(rows)
        self.model.set_rows(rows)
        self._apply_filter()

    def _apply_filter(self, *_: object) -> None:
        body = self.body.currentData()
        needle = self.search.text().strip().casefold()
        self.proxy.set_extra_filter(
            lambda r: (body is None or r.body_short == body)
            and self.index.matches(r, needle)
        )
        self.count.setText(self.tr("%1 objectives").replace("%1", str(self.proxy.rowCount())))

    def _latest_tip(self, row: ObjectiveRow) -> str:
        if row.latest_date is None:
            return self.tr("Not measured yet")
        return self.tr("Measured on %1").replace("%1", row.latest_date.strftime("%d/%m/%Y"))


def _progress(row: ObjectiveRow) -> str:
    return "" if row.progress is None else f"{round(row.progress * 100)} %"
