"""Charts painted with QPainter (QtCharts is not part of PySide6-Essentials).

`ProgressChart`: an objective's measured values over time against its baseline and target,
with the planned straight path between them. `BarChart`: horizontal bars of shares
(attendance rates), one row per organisation. Both use the widget's own font, so they
follow the user's font size, and the axis arithmetic of documents/chart_scale.py, so the
window and the PDF draw the same chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...documents.chart_scale import date_ticks, day_span, nice_ticks, number, percent


def ink() -> QColor:
    """Text and axes in the window's text colour: readable in light, dark, high contrast."""
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


def grey() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def grid() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.Midlight)


MEASURED = QColor("#1f5fa8")
TARGET = QColor("#1b6e20")
BASELINE = QColor("#7a7a7a")
PLANNED = QColor("#9aa7b5")
BAR = QColor("#2f6db5")
AVERAGE = QColor("#b35c00")


@dataclass(frozen=True)
class ProgressSeries:
    unit: str
    baseline: float
    baseline_date: dt.date | None
    target: float
    target_date: dt.date | None
    points: tuple[tuple[dt.date, float], ...] = field(default_factory=tuple)


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def short_months() -> tuple[str, ...]:
    locale = QLocale()
    return tuple(
        locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat).rstrip(".")
        for m in range(1, 13)
    )


class ProgressChart(QWidget):
    """Measured values (line with points) between the baseline and target lines."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series: ProgressSeries | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(560, 320)

    def set_series(self, series: ProgressSeries | None) -> None:
        self.series = series
        self.update()

    # the geometry is computed apart from painting so tests can check where things land
    def layout_for(self, width: int, height: int) -> _ProgressLayout | None:
        if self.series is None:
            return None
        return _ProgressLayout(self.series, QFontMetrics(self.font()), width, height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        layout = self.layout_for(self.width(), self.height())
        if layout is None:
            painter.setPen(grey())
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Select an objective to see its progress."),
            )
            return
        layout.paint(painter, self)


class _ProgressLayout:
    def __init__(self, s: ProgressSeries, fm: QFontMetrics, width: int, height: int):
        self.s, self.fm = s, fm
        values = [s.baseline, s.target, *(v for _, v in s.points)]
        self.yticks = nice_ticks(min(values), max(values), 5)
        self.first, self.last = day_span(
            [s.baseline_date, s.target_date, *(d for d, _ in s.points)]
        )
        line = fm.height()
        left = max(fm.horizontalAdvance(number(t)) for t in self.yticks) + 14
        # room above for the legend and the unit, below for the dates
        self.plot = QRectF(left, line * 2 + 14, width - left - 18, height - line * 4 - 22)
        label_width = fm.horizontalAdvance("mmm 0000") + 16
        self.xticks = date_ticks(
            self.first, self.last, max(2, int(self.plot.width() // label_width)), short_months()
        )

    def x(self, day: dt.date) -> float:
        span = max(1, (self.last - self.first).days)
        return self.plot.left() + self.plot.width() * (day - self.first).days / span

    def y(self, value: float) -> float:
        low, high = self.yticks[0], self.yticks[-1]
        return self.plot.bottom() - self.plot.height() * (value - low) / ((high - low) or 1)

    def paint(self, p: QPainter, widget: QWidget) -> None:
        s, fm, plot = self.s, self.fm, self.plot
        # grid and value axis
        for tick in self.yticks:
            y = self.y(tick)
            p.setPen(QPen(grid(), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(grey())
            p.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 8, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number(tick),
            )
        if s.unit:
            p.drawText(QPointF(4, plot.top() - 8), s.unit)
        # time axis
        p.setPen(QPen(grey(), 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for tick in self.xticks:
            x = self.x(tick.day)
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            w = fm.horizontalAdvance(tick.label)
            left = min(max(x - w / 2, plot.left() - 8), plot.right() + 14 - w)
            p.drawText(QPointF(left, plot.bottom() + 6 + fm.ascent()), tick.label)
        # baseline, target and the planned path between them
        self._level(
            p,
            s.baseline,
            BASELINE,
            tr("Baseline %1").replace("%1", _with_unit(s.baseline, s.unit)),
            below=s.target > s.baseline,
        )
        self._level(
            p,
            s.target,
            TARGET,
            tr("Target %1").replace("%1", _with_unit(s.target, s.unit)),
            below=s.target < s.baseline,
        )
        if s.baseline_date and s.target_date:
            pen = QPen(PLANNED, 1.5, Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.drawLine(
                QPointF(self.x(s.baseline_date), self.y(s.baseline)),
                QPointF(self.x(s.target_date), self.y(s.target)),
            )
        # measured values
        points = [QPointF(self.x(d), self.y(v)) for d, v in s.points]
        if points:
            p.setPen(QPen(MEASURED, 2.5))
            p.drawPolyline(points)
            p.setBrush(MEASURED)
            for point in points:
                p.drawEllipse(point, 4.5, 4.5)
            p.setBrush(Qt.BrushStyle.NoBrush)
            bold = QFont(widget.font())
            bold.setBold(True)
            p.setFont(bold)
            last = points[-1]
            text = number(s.points[-1][1])
            w = QFontMetrics(bold).horizontalAdvance(text)
            x = last.x() + 8 if last.x() + 8 + w < plot.right() else last.x() - 8 - w
            p.setPen(MEASURED)
            p.drawText(QPointF(x, last.y() - 8), text)
            p.setFont(widget.font())
        else:
            p.setPen(grey())
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, tr("No measured values yet"))
        self._legend(p, widget)

    def _level(self, p: QPainter, value: float, colour: QColor, label: str, below: bool) -> None:
        y = self.y(value)
        p.setPen(QPen(colour, 1.8, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(self.plot.left(), y), QPointF(self.plot.right(), y))
        p.setPen(colour)
        w = self.fm.horizontalAdvance(label)
        # the label on the side away from the other line, so the two never overlap, but
        # never over the dates under the plot or the legend above it
        room_below = y + self.fm.height() + 3 <= self.plot.bottom()
        room_above = y - self.fm.height() - 3 >= self.plot.top() - self.fm.height()
        below = (below and room_below) or not room_above
        ty = y + self.fm.ascent() + 3 if below else y - 5
        p.drawText(QPointF(self.plot.right() - w - 4, ty), label)

    def _legend(self, p: QPainter, widget: QWidget) -> None:
        x, y = self.plot.left(), self.fm.ascent() + 4
        for colour, style, text in (
            (MEASURED, Qt.PenStyle.SolidLine, tr("Measured")),
            (TARGET, Qt.PenStyle.DashLine, tr("Target")),
            (BASELINE, Qt.PenStyle.DashLine, tr("Baseline")),
            (PLANNED, Qt.PenStyle.DotLine, tr("Planned path")),
        ):
            p.setPen(QPen(colour, 2.5, style))
            mid = y - self.fm.ascent() / 2 + 2
            p.drawLine(QPointF(x, mid), QPointF(x + 24, mid))
            p.setPen(ink())
            p.drawText(QPointF(x + 30, y), text)
            x += 30 + self.fm.horizontalAdvance(text) + 22


def _with_unit(value: float, unit: str) -> str:
    return f"{number(value)} {unit}".strip()


@dataclass(frozen=True)
class Bar:
    label: str
    share: float  # 0.0 – 1.0
    detail: str = ""  # e.g. "9 of 12"


class BarChart(QWidget):
    """Horizontal bars from 0 to 100 %, one row per label, with an optional average line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.average: float | None = None
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: Sequence[Bar], average: float | None = None) -> None:
        self.bars, self.average = list(bars), average
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _row(self) -> int:
        return self.fontMetrics().height() + 10

    def _height(self) -> int:
        return self._top() + max(1, len(self.bars)) * self._row() + 8

    def _top(self) -> int:
        return self.fontMetrics().height() * 2 + 10

    def sizeHint(self) -> QSize:
        return QSize(480, self._height())

    def bar_rect(self, index: int) -> QRectF:
        """Where bar `index` is drawn (full length = 100 %); for tests and tooltips."""
        fm = self.fontMetrics()
        labels = max((fm.horizontalAdvance(b.label) for b in self.bars), default=0)
        left = min(labels + 16, int(self.width() * 0.36))
        right = (
            self.width()
            - fm.horizontalAdvance("100 %  (00/00)" if self.show_detail() else "100 %")
            - 12
        )
        top = self._top() + index * self._row() + 4
        return QRectF(left, top, max(40, right - left), self._row() - 8)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            row = int((event.pos().y() - self._top()) // self._row())
            if 0 <= row < len(self.bars) and event.pos().y() >= self._top():
                bar = self.bars[row]
                QToolTip.showText(
                    event.globalPos(),
                    f"{bar.label}: {percent(bar.share)}"
                    + (f" ({bar.detail})" if bar.detail else ""),
                    self,
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def show_detail(self) -> bool:
        """The counts beside each bar only when the bars keep enough length."""
        return self.width() >= 52 * self.fontMetrics().horizontalAdvance("0")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        if not self.bars:
            p.setPen(grey())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        full = self.bar_rect(0)
        bottom = self.bar_rect(len(self.bars) - 1).bottom() + 4
        # the scale on top: 0, 25, 50, 75, 100 %
        for step in range(5):
            share = step / 4
            x = full.left() + full.width() * share
            p.setPen(QPen(grid(), 1))
            p.drawLine(QPointF(x, self._top() - 2), QPointF(x, bottom))
            p.setPen(grey())
            text = percent(share)
            p.drawText(QPointF(x - fm.horizontalAdvance(text) / 2, self._top() - 8), text)
        for index, bar in enumerate(self.bars):
            rect = self.bar_rect(index)
            label_rect = QRectF(0, rect.top() - 4, rect.left() - 10, self._row())
            p.setPen(ink())
            p.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_rect.width())),
            )
            filled = QRectF(
                rect.left(), rect.top(), rect.width() * max(0.0, min(1.0, bar.share)), rect.height()
            )
            p.fillRect(filled, BAR)
            detail = bar.detail and self.show_detail()
            text = percent(bar.share) + (f"  ({bar.detail})" if detail else "")
            p.drawText(QPointF(filled.right() + 6, rect.center().y() + fm.ascent() / 2 - 1), text)
        if self.average is not None:
            x = full.left() + full.width() * self.average
            p.setPen(QPen(AVERAGE, 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, self._top() - 2), QPointF(x, bottom))
            label = self.tr("average %1").replace("%1", percent(self.average))
            p.setPen(AVERAGE)
            p.drawText(
                QPointF(
                    min(x + 4, self.width() - fm.horizontalAdvance(label) - 4), fm.ascent() + 2
                ),
                label,
            )
