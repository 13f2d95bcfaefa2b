"""The progress report of a body's objectives (PDF): an overview table, then per objective
its figures, a chart of the measured values against baseline and target, what needs
attention (no action, no recent measurement) and the actions that serve it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from ..services.objectives import STALE_MONTHS, ObjectiveDetail, list_objectives, objective_detail
from ..services.settings import load_settings
from .build import find_body, frame, long_date, short_date
from .chart_scale import date_ticks, day_span, nice_ticks, number, percent
from .files import write_atomically
from .model import CONFIDENTIAL_MARK
from .pdf.styles import FONT, GREY, HEADER_FILL, OVERDUE, RULE, styles, table_font_commands
from .report_pdf import CONTENT_WIDTH, render_pdf
from .text import for_pdf, sentence

MEASURED = HexColor("#1F5FA8")
TARGET = HexColor("#1B6E20")
BASELINE = HexColor("#7A7A7A")
PLANNED = HexColor("#9AA7B5")
GRID = HexColor("#DDE3EA")
STATUS_NL = {
    "open": "open",
    "in_progress": "lopend",
    "done": "afgerond",
    "cancelled": "geannuleerd",
}


def _amount(value: float | None, unit: str) -> str:
    return f"{number(value)} {unit}".strip() if value is not None else "–"


def flags(d: ObjectiveDetail, stale_months: int = STALE_MONTHS) -> list[str]:
    out = []
    if d.row.no_action:
        out.append("Geen actie gekoppeld")
    if d.row.stale:
        out.append(
            "Nog niet gemeten"
            if d.row.latest_date is None
            else f"Geen meting in de laatste {stale_months} maanden"
        )
    return out


def chart(d: ObjectiveDetail, width: float = CONTENT_WIDTH, height: float = 62 * mm) -> Drawing:
    """The measured values against baseline and target, like the chart in the window."""
    r = d.row
    size = 8.5
    drawing = Drawing(width, height)
    values = [r.baseline, r.target, *(v.value for v in d.values)]
    yticks = nice_ticks(min(values), max(values), 5)
    first, last = day_span([r.baseline_date, r.target_date, *(v.measured_on for v in d.values)])
    left = max(stringWidth(number(t), FONT, size) for t in yticks) + 8
    bottom, top, right = 16, height - 16, width - 6
    xticks = date_ticks(first, last, max(2, int((right - left) // 55)))

    def x(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / max(1, (last - first).days)

    def y(value: float) -> float:
        low, high = yticks[0], yticks[-1]
        return bottom + (top - bottom) * (value - low) / ((high - low) or 1)

    for tick in yticks:
        drawing.add(Line(left, y(tick), right, y(tick), strokeColor=GRID, strokeWidth=0.6))
        drawing.add(
            String(
                left - 4,
                y(tick) - 3,
                number(tick),
                fontName=FONT,
                fontSize=size,
                fillColor=GREY,
                textAnchor="end",
            )
        )
    if r.unit:
        drawing.add(String(0, top + 6, r.unit, fontName=FONT, fontSize=size, fillColor=GREY))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=GREY, strokeWidth=0.8))
    for tick in xticks:
        tx = x(tick.day)
        drawing.add(Line(tx, bottom, tx, bottom - 3, strokeColor=GREY, strokeWidth=0.8))
        drawing.add(
            String(
                tx,
                bottom - 12,
                tick.label,
                fontName=FONT,
                fontSize=size,
                fillColor=GREY,
                textAnchor="middle",
            )
        )
    for value, colour, label, below in (
        (r.baseline, BASELINE, f"Beginwaarde {_amount(r.baseline, r.unit)}", r.target > r.baseline),
        (r.target, TARGET, f"Streefwaarde {_amount(r.target, r.unit)}", r.target < r.baseline),
    ):
        drawing.add(
            Line(
                left,
                y(value),
                right,
                y(value),
                strokeColor=colour,
                strokeWidth=1.2,
                strokeDashArray=[4, 3],
            )
        )
        # the label on the side away from the other line, but never over the date labels
        below = below and y(value) - 10 > bottom + 1 or y(value) + 12 > top + 12
        drawing.add(
            String(
                right - 2,
                y(value) + (-10 if below else 3),
                label,
                fontName=FONT,
                fontSize=size,
                fillColor=colour,
                textAnchor="end",
            )
        )
    if r.baseline_date and r.target_date:
        drawing.add(
            Line(
                x(r.baseline_date),
                y(r.baseline),
                x(r.target_date),
                y(r.target),
                strokeColor=PLANNED,
                strokeWidth=1,
                strokeDashArray=[1, 2],
            )
        )
    points = [(x(v.measured_on), y(v.value)) for v in d.values]
    if points:
        flat = [c for p in points for c in p]
        drawing.add(PolyLine(flat, strokeColor=MEASURED, strokeWidth=2))
        for px, py in points:
            drawing.add(Circle(px, py, 2.6, fillColor=MEASURED, strokeColor=MEASURED))
        lx, ly = points[-1]
        text = number(d.values[-1].value)
        anchor = "start" if lx + 6 + stringWidth(text, FONT, size) < right else "end"
        drawing.add(
            String(
                lx + (5 if anchor == "start" else -5),
                ly + 5,
                text,
                fontName=FONT,
                fontSize=size,
                fillColor=MEASURED,
                textAnchor=anchor,
            )
        )
    else:
        drawing.add(
            String(
                (left + right) / 2,
                (top + bottom) / 2,
                "Nog geen metingen",
                fontName=FONT,
                fontSize=10,
                fillColor=GREY,
                textAnchor="middle",
            )
        )
    return drawing


def _overview(details: list[ObjectiveDetail]) -> Table:
    st = styles()
    head = ["Doelstelling", "Begin", "Streef", "Laatste", "Voortgang", "Aandacht"]
    data = [[Paragraph(h, st["cell_head"]) for h in head]]
    marked = []
    for n, d in enumerate(details, start=1):
        r = d.row
        attention = ", ".join(flags(d)).lower()
        if attention:
            marked.append(n)
        data.append(
            [
                Paragraph(for_pdf(r.title), st["cell"]),
                Paragraph(for_pdf(_amount(r.baseline, r.unit)), st["cell"]),
                Paragraph(for_pdf(_amount(r.target, r.unit)), st["cell"]),
                Paragraph(for_pdf(_amount(r.latest, r.unit)), st["cell"]),
                Paragraph(percent(r.progress) or "–", st["cell"]),
                Paragraph(for_pdf(attention), st["cell_overdue"] if attention else st["cell"]),
            ]
        )
    widths = [f * CONTENT_WIDTH for f in (0.29, 0.12, 0.12, 0.12, 0.15, 0.20)]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *table_font_commands(),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _section(d: ObjectiveDetail) -> list[Flowable]:
    st = styles()
    r = d.row
    goal = f"van {_amount(r.baseline, r.unit)} naar {_amount(r.target, r.unit)}"
    if r.target_date:
        goal += f" tegen {short_date(r.target_date)}"
    if r.baseline_date:
        goal += f" (beginwaarde van {short_date(r.baseline_date)})"
    meta = " · ".join(
        x
        for x in (
            r.theme and f"Thema: {r.theme}",
            r.indicator and f"Indicator: {r.indicator}",
            sentence(goal),
        )
        if x
    )
    out: list[Flowable] = [
        CondPageBreak(110 * mm),
        Paragraph(for_pdf(r.title), st["h2"]),
        Paragraph(for_pdf(meta), st["meta"]),
    ]
    if d.description:
        out.append(Paragraph(for_pdf(d.description), st["body"]))
    out += [Spacer(1, 2 * mm), chart(d), Spacer(1, 3 * mm)]
    if r.latest is not None and r.latest_date is not None:
        text = (
            f"Laatste meting: <b>{for_pdf(_amount(r.latest, r.unit))}</b> op "
            f"{short_date(r.latest_date)}"
        )
        if r.progress is not None:
            text += f", {percent(r.progress)} van de weg naar de streefwaarde"
        out.append(Paragraph(text + ".", st["body"]))
    for flag in flags(d):
        out.append(Paragraph(for_pdf(flag) + ".", _flag_style()))
    if d.actions:
        out.append(Paragraph("Acties die bijdragen:", st["strong"]))
        # what still runs first, then what was done, each by due date
        far = dt.date.max
        for a in sorted(d.actions, key=lambda a: (not a.is_open, a.due_date or far, a.id)):
            bits = [a.owner, STATUS_NL.get(str(a.status), str(a.status))]
            if a.confidential:  # this report is a full version: say so, as the lists do
                bits.insert(0, CONFIDENTIAL_MARK)
            if a.due_date:
                bits.append(f"tegen {short_date(a.due_date)}")
            line = (
                f"{for_pdf(a.description.strip().splitlines()[0])} "
                f"<font color='#5A5A5A'>({for_pdf(', '.join(b for b in bits if b))})</font>"
            )
            out.append(Paragraph(line, st["bullet"], bulletText="•"))
    return out


@lru_cache(maxsize=1)
def _flag_style() -> ParagraphStyle:
    """A flag line: the overdue colour of the action lists, in body size."""
    return ParagraphStyle("flag", parent=styles()["body"], textColor=OVERDUE)


def render_objectives_report(
    session: Session, body: str, target: Path | BinaryIO, today: dt.date | None = None
) -> int:
    """Write the report; returns the number of objectives in it."""
    today = today or dt.date.today()
    info = find_body(session, body)
    details = [
        objective_detail(session, r.id, today=today)
        for r in list_objectives(session, info.short, today=today)
    ]
    st = styles()
    fr = frame(
        info,
        load_settings(session),
        "objectives",
        "Voortgangsrapport doelstellingen",
        f"{info.name} – stand op {short_date(today)}",
    )
    attention = sum(1 for d in details if flags(d))
    story: list[Flowable] = [
        Paragraph("Voortgang van de doelstellingen", st["h1"]),
        Paragraph(
            for_pdf(
                f"{info.name}. Stand op {long_date(today)}: {len(details)} "
                f"doelstelling{'en' if len(details) != 1 else ''}, waarvan "
                f"{attention} aandacht vragen (geen actie gekoppeld of geen meting "
                f"in de laatste {STALE_MONTHS} maanden)."
            ),
            st["body"],
        ),
    ]
    if details:
        story += [Spacer(1, 2 * mm), _overview(details)]
        for d in details:
            story += _section(d)
    else:
        story.append(Paragraph("Dit overlegorgaan heeft nog geen doelstellingen.", st["quiet"]))
    render_pdf(fr, story, target)
    return len(details)


def export_objectives_report(
    session: Session, body: str, out: Path, today: dt.date | None = None
) -> Path:
    return write_atomically(
        Path(out), "pdf", lambda fh: render_objectives_report(session, body, fh, today)
    )
