"""Attendance statistics: per body and period, how often each organisation took part.

A table (best rate first) beside a bar chart of the same rates; both export as CSV (for
Excel) and PDF, which the ESF reporting asks for.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...documents.chart_scale import percent
from ...services.statistics import AttendanceRate, AttendanceSummary, attendance_summary
from ...services.statistics import meeting_years as service_years
from ..common.charts import Bar, BarChart
from ..common.list_export import DIR_KEY, ExportBar, date_edit
from ..common.lists import body_combo, make_table, remember_header, set_widths
from ..common.table_model import Column, DataclassTableModel, RowFilterProxy
from ..context import AppContext, Topic
from ..look import css
from ..ops import Outcome, checked

CUSTOM = -1  # the period combo's "from … to …" entry


class AttendanceView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.summary: AttendanceSummary | None = None
        self.body = body_combo(ctx, None)
        self.period = QComboBox()
        today = dt.date.today()
        self.start = date_edit(dt.date(today.year, 1, 1))
        self.end = date_edit(dt.date(today.year, 12, 31))
        self.start.setAccessibleName(self.tr("Period from"))
        self.end.setAccessibleName(self.tr("Period to"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.csv_button.setToolTip(self.tr("A file Excel opens directly"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.info = QLabel()
        self.info.setWordWrap(True)

        columns = [
            Column(
                self.tr("Organisation"), lambda r: r.organisation, tooltip=lambda r: r.organisation
            ),
            Column(
                self.tr("Rate"), lambda r: percent(r.rate), sort=lambda r: r.rate, align_right=True
            ),
            Column(self.tr("Meetings"), lambda r: r.meetings, align_right=True),
            Column(self.tr("Present"), lambda r: r.present, align_right=True),
            Column(self.tr("Substituted"), lambda r: r.substituted, align_right=True),
            Column(self.tr("Excused"), lambda r: r.excused, align_right=True),
            Column(self.tr("Absent"), lambda r: r.absent, align_right=True),
        ]
        self.model: DataclassTableModel[AttendanceRate] = DataclassTableModel(columns, self)
        self.proxy = RowFilterProxy(self)
        self.table = make_table(self.model, self.proxy)
        set_widths(self.table, [0, 6, 8, 7, 9, 8, 6], stretch=0)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        remember_header(self.table, ctx.qsettings, "attendance/header")
        self.chart = BarChart()
        self.chart.empty_text = self.tr("No meetings with recorded attendance in this period.")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.export_bar = ExportBar(ctx)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Body:")))
        bar.addWidget(self.body)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period)
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([680, 340])  # every column of the table in view
        state = ctx.qsettings.value("attendance/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: ctx.qsettings.setValue("attendance/splitter", self.splitter.saveState())
        )
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.info)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Rate: the share of the meetings where the organisation was expected and was "
                    "present or substituted. The dashed line is the average."
                )
            )
        )
        layout.addWidget(self.export_bar)

        self._fill_periods()
        self.body.currentIndexChanged.connect(self._body_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.changed.connect(self.refresh)
        self.end.changed.connect(self.refresh)
        ctx.hub.subscribe((Topic.MEETINGS,), self._meetings_changed)

    # ------------------------------------------------------------ filters

    def _fill_periods(self) -> None:
        years = self.ctx.ops.run(service_years, self.body.currentData()).inline(self).value or []
        current = dt.date.today().year
        years = [y for y in years if y <= current] or [current]
        self.period.blockSignals(True)
        try:
            self.period.clear()
            for year in years:
                self.period.addItem(str(year), year)
            self.period.addItem(self.tr("From … to …"), CUSTOM)
            self.period.setCurrentIndex(0)
        finally:
            self.period.blockSignals(False)
        self._period_changed()

    def _body_changed(self, *_: object) -> None:
        self._fill_periods()

    def _meetings_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _period_changed(self, *_: object) -> None:
        year = self.period.currentData()
        custom = year == CUSTOM
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom and year is not None:
            for edit, day in ((self.start, dt.date(year, 1, 1)), (self.end, dt.date(year, 12, 31))):
                edit.blockSignals(True)
                edit.set_date(day)
                edit.blockSignals(False)
        self.refresh()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Choose "from … to …" with these dates (the user's way, for tests and callers)."""
        self.period.setCurrentIndex(self.period.findData(CUSTOM))
        self.start.set_date(start)
        self.end.set_date(end)

    def bounds(self) -> tuple[dt.date, dt.date]:
        """The period typed; a ValidationError (the bound's message) while one is impossible."""
        return self.start.date(), self.end.date()  # type: ignore[return-value] - required

    # ------------------------------------------------------------ data

    def refresh(self) -> None:
        body = self.body.currentData()
        if body is None:
            return
        typed = checked(self.bounds)  # an impossible bound is said above the list
        if not typed:
            self._refused(typed)
            return
        start, end = typed.value  # type: ignore[misc]
        found = (
            self.ctx.ops.run(attendance_summary, body, start, end)
            .refused(self._refused)
            .inline(self)
        )
        if not found:
            return
        summary: AttendanceSummary = found.value  # type: ignore[assignment]
        self.summary = summary
        self.info.setStyleSheet("")
        self.model.set_rows(summary.rates)
        self.chart.set_bars(
            [Bar(r.organisation, r.rate, f"{r.attended}/{r.meetings}") for r in summary.rates],
            summary.average,
        )
        if summary.meetings:
            text = self.tr("%1 meetings from %2 to %3 · %4 organisations · average %5")
            text = (
                text.replace("%1", str(summary.meetings))
                .replace("%2", start.strftime("%d/%m/%Y"))
                .replace("%3", end.strftime("%d/%m/%Y"))
                .replace("%4", str(len(summary.rates)))
                .replace("%5", percent(summary.average))
            )
        else:
            text = (
                self.tr("No meetings with recorded attendance from %1 to %2.")
                .replace("%1", start.strftime("%d/%m/%Y"))
                .replace("%2", end.strftime("%d/%m/%Y"))
            )
        self.info.setText(text)
        self._enable_export(bool(summary.rates))

    def _refused(self, refusal: Outcome) -> None:
        """A period the service refuses (e.g. the end before the start): said above the list."""
        self.summary = None
        self.model.set_rows([])
        self.chart.set_bars([])
        self.info.setText(refusal.message)
        self.info.setStyleSheet(css("error"))
        self._enable_export(False)

    def _enable_export(self, enabled: bool) -> None:
        self.csv_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    # ------------------------------------------------------------ export

    def export(self, fmt: str) -> None:
        if self.summary is None or self.export_bar.busy:
            return
        body = self.body.currentData()
        start, end = self.bounds()
        name = f"Aanwezigheden {body} {start:%Y-%m-%d} tot {end:%Y-%m-%d}.{fmt}"
        out = self.export_bar.ask_path(name, fmt) if fmt == "pdf" else self._ask_csv(name)
        if out is None:
            return
        from ...documents.attendance_report import export_attendance

        self.export_bar.run(lambda s: export_attendance(s, body, start, end, fmt, out), out)

    def _ask_csv(self, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window(),
            self.tr("Save the table"),
            str(self.export_bar.default_dir() / name),
            self.tr("CSV file for Excel (*.csv)"),
        )
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".csv":
            out = out.with_name(out.name + ".csv")
        self.ctx.qsettings.setValue(DIR_KEY, str(out.parent))
        return out
