"""Decisions (besluiten): the register of every body, newest first, filtered as you type.

All decisions load in one service call; body, theme, period (a year or from–to) and search
filter in the proxy. "Export decision list…" writes the list of a body and period as PDF
or Word, off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.decisions import list_decisions
from ...services.views import DecisionRow
from ..common.list_export import ExportBar, ExportDialog, date_edit, typed_period
from ..common.lists import (
    AsyncLoader,
    body_combo,
    fill_combo,
    make_table,
    remember_header,
    search_edit,
    set_widths,
)
from ..common.table_model import Column, DataclassTableModel, RowFilterProxy, SearchIndex
from ..context import AppContext, Topic
from ..look import set_icon


def votes_text(row: DecisionRow) -> str:
    """ "12 – 0 – 1" (for – against – abstaining), empty for a decision by consensus."""
    if not row.has_votes:
        return ""
    return " – ".join(str(v or 0) for v in (row.votes_for, row.votes_against, row.votes_abstain))


class DecisionsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.body = body_combo(ctx, self.tr("All bodies"))
        # the long body names would push the period's dates off a 1366 window
        self.body.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.body.setMinimumContentsLength(12)
        self.theme = QComboBox()
        self.theme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year = QComboBox()
        today = dt.date.today()
        self.start = date_edit(today.replace(month=1, day=1))
        self.end = date_edit(today)
        # the period as last typed in full: an impossible bound stays marked under its
        # field and leaves the list as it was
        self._typed_period = (today.replace(month=1, day=1), today)
        self.start.setAccessibleName(self.tr("Period from"))
        self.end.setAccessibleName(self.tr("Period to"))
        self.to_label = QLabel(self.tr("to"))
        self.search = search_edit(self.tr("Search decisions…"))
        self.export_button = QPushButton(self.tr("Export decision list…"))
        set_icon(self.export_button, "export")
        self.export_button.setToolTip(
            self.tr("The decisions of a body in a period, as PDF or Word")
        )
        self.exporter = ExportBar(ctx)
        self.dialog: Any = None
        self.count = QLabel()
        columns = [
            Column(self.tr("Body"), lambda r: r.body_short),
            Column(self.tr("Date"), lambda r: r.meeting_date),
            Column(self.tr("Meeting"), lambda r: r.meeting_number, align_right=True),
            Column(
                self.tr("Item"),
                lambda r: f"{r.item_number}. {r.item_title}",
                tooltip=lambda r: r.item_title,
            ),
            Column(self.tr("No."), lambda r: r.number, align_right=True),
            Column(
                self.tr("Decision"), lambda r: " ".join(r.text.split()), tooltip=lambda r: r.text
            ),
            Column(
                self.tr("Votes"),
                votes_text,
                tooltip=lambda r: self.tr("for – against – abstaining"),
            ),
        ]
        self.model: DataclassTableModel[DecisionRow] = DataclassTableModel(columns, self)
        self.proxy = RowFilterProxy(self)
        self.table = make_table(self.model, self.proxy)
        set_widths(self.table, [5, 10, 8, 34, 4, 0, 9], stretch=5)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # newest first
        remember_header(self.table, ctx.qsettings, "decisions/header")
        self.table.activated.connect(  # double-click or Enter
            self._open_meeting
        )
        self.index = SearchIndex(columns)
        self.loader = AsyncLoader(ctx, list_decisions, self._show_rows)
        self._filter: tuple = (None, None, None, "", None)
        self.proxy.set_extra_filter(self._accept)

        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("Body:"), self.body),
            (self.tr("Theme:"), self.theme),
            (self.tr("Period:"), self.year),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        for widget in (self.start, self.to_label, self.end):
            bar.addWidget(widget)
            widget.hide()
        bar.addStretch(1)
        bar.addWidget(self.search)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.exporter)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(QLabel(self.tr("Double-click a decision to open its meeting.")))
        layout.addLayout(footer)

        for combo in (self.body, self.theme, self.year):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.start.changed.connect(self._period_typed)
        self.end.changed.connect(self._period_typed)
        self.export_button.clicked.connect(self.export)
        ctx.hub.subscribe((Topic.DECISIONS, Topic.MEETINGS), self.refresh)

    def refresh(self) -> None:
        """One service call for the whole register, off the UI thread."""
        self.loader.load()

    def _show_rows(self, rows: list[DecisionRow]) -> None:
        self.index.reset(rows)
        fill_combo(self.theme, self.tr("All themes"), sorted({r.theme for r in rows if r.theme}))
        years = sorted({r.meeting_date.year for r in rows}, reverse=True)
        fill_combo(self.year, self.tr("All years"), years)
        self.year.addItem(self.tr("From – to…"), "custom")
        if self._filter and self._filter[2] == "custom":
            self.year.setCurrentIndex(self.year.count() - 1)
        self._filter = self._current_filter()  # a choice that no longer exists fell back to all
        self.model.set_rows(rows)
        self._update_count()

    def _current_filter(self) -> tuple:
        custom = self.year.currentData() == "custom"
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(custom)
        return (
            self.body.currentData(),
            self.theme.currentData(),
            self.year.currentData(),
            self.search.text().strip().casefold(),
            self.period(),
        )

    def period(self) -> tuple[dt.date, dt.date] | None:
        """The chosen period as dates (a year: 1 January – 31 December), None for all."""
        choice = self.year.currentData()
        if choice == "custom":
            return self._typed_period
        if isinstance(choice, int):
            return dt.date(choice, 1, 1), dt.date(choice, 12, 31)
        return None

    def _period_typed(self) -> None:
        typed = typed_period(self.start, self.end)
        if typed is not None:
            self._typed_period = typed
            self._apply_filter()

    def _apply_filter(self, *_: object) -> None:
        self._filter = self._current_filter()
        self.proxy.set_extra_filter(self._accept)
        self._update_count()

    def _accept(self, row: DecisionRow) -> bool:
        body, theme, _year, needle, period = self._filter
        return (
            (body is None or row.body_short == body)
            and (theme is None or row.theme == theme)
            and (period is None or period[0] <= row.meeting_date <= period[1])
            and self.index.matches(row, needle)
        )

    def _update_count(self) -> None:
        total = self.model.rowCount()
        text = self.tr("%1 of 1 decision") if total == 1 else self.tr("%1 of %2 decisions")
        self.count.setText(text.replace("%1", str(self.proxy.rowCount())).replace("%2", str(total)))

    def _open_meeting(self, index: QModelIndex) -> None:
        row = self.proxy.entity(index)
        if row is not None:
            self.ctx.hub.open_meeting.emit(row.meeting_id)

    # ------------------------------------------------------------ export

    def export(self) -> None:
        body = self.body.currentData()
        if body is None:
            row = self.proxy.entity(self.table.currentIndex())
            body = row.body_short if row is not None else None
        period = self.period()
        if period is None:
            dates = [r.meeting_date for r in self.model.rows] or [dt.date.today()]
            period = (min(dates), max(dates))
        self.dialog = ExportDialog(self.ctx, self.tr("Export decision list"), body, period, self)
        self.dialog.accepted.connect(self._export_chosen)
        self.dialog.open()

    def _export_chosen(self) -> None:
        dialog: ExportDialog = self.dialog
        body, fmt = dialog.body.currentData(), dialog.fmt()
        start, end = dialog.period()
        name = f"{body} besluitenlijst {start:%Y-%m-%d} tot {end:%Y-%m-%d}.{fmt}"
        out = self.exporter.ask_path(name, fmt)
        if out is None:
            return

        def make(session: Any) -> Any:
            from ...documents.export import export_document  # renderers load on first use

            return export_document(
                session, None, "decisions", fmt, out, body=body, start=start, end=end
            )

        self.exporter.run(make, out)
