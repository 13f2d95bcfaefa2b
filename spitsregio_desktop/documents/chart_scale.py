"""Axis arithmetic shared by the charts in the window (QPainter) and in the PDFs (reportlab).

Plain Python, no Qt and no reportlab: both renderers ask the same questions (which round
numbers on the value axis, which dates on the time axis, how a number is written) and so
draw the same chart.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def number(value: float | None, decimals: int = 1) -> str:
    """12.0 → "12", 12.5 → "12,5", 1250 → "1 250" (Belgian decimal comma)."""
    if value is None:
        return ""
    if float(value).is_integer():
        text = f"{value:,.0f}"
    else:
        text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",")


def percent(share: float | None) -> str:
    return "" if share is None else f"{round(share * 100)} %"


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values covering low..high, about `count` of them (1, 2, 2.5 or 5 × 10ⁿ apart)."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return [0.0, 1.0]
    if high < low:
        low, high = high, low
    if high == low:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / max(1, count - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    ticks = []
    n = 0
    while first + n * step <= last + step * 1e-9:
        ticks.append(round(first + n * step, 10))
        n += 1
    return ticks


@dataclass(frozen=True)
class DateTick:
    day: dt.date
    label: str


def date_ticks(
    start: dt.date,
    end: dt.date,
    max_ticks: int = 8,
    months: tuple[str, ...] = MONTHS_NL,
) -> list[DateTick]:
    """First days of years, half years, quarters or months between start and end.

    The coarsest step that still gives a few ticks: a five-year plan shows years, the first
    year of measuring shows quarters ("jan 2026", "apr 2026"). `months`: the twelve short
    month names (the window passes its locale's).
    """
    if end < start:
        start, end = end, start
    for step in (1, 3, 6, 12, 24, 60):
        ticks = _month_ticks(start, end, step)
        if len(ticks) <= max_ticks:
            break
    return [
        DateTick(d, str(d.year) if step >= 12 else f"{months[d.month - 1]} {d.year}") for d in ticks
    ]


def _month_ticks(start: dt.date, end: dt.date, months: int) -> list[dt.date]:
    index = start.year * 12 + start.month - 1
    index += -index % months  # the first boundary on or after start's month
    days = []
    while True:
        day = dt.date(index // 12, index % 12 + 1, 1)
        if day > end:
            return days
        if day >= start:
            days.append(day)
        index += months


def day_span(points: list[dt.date | None]) -> tuple[dt.date, dt.date]:
    """The first and last date, widened to at least a month so one point has room."""
    days = [d for d in points if d is not None] or [dt.date.today()]
    first, last = min(days), max(days)
    if (last - first).days < 31:
        first -= dt.timedelta(days=15)
        last += dt.timedelta(days=16)
    return first, last
