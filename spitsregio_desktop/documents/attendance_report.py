"""Attendance per organisation over a period: CSV or XLSX (for Excel), a PDF with a chart,
or a Word table.

The CSV is what a Belgian Excel opens with a double-click: UTF-8 with a byte order mark
(else "Liège" arrives garbled), `;` between fields and a decimal comma. Spreadsheet cells
never hold a formula from data (documents.spreadsheet).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from ..services.errors import ValidationError
from ..services.meetings import list_bodies
from ..services.settings import load_settings
from ..services.statistics import AttendanceSummary, attendance_summary
from .all_bodies import ALL, all_frame, names_text
from .build import find_body, frame, period_text
from .chart_scale import percent
from .files import write_atomically
from .list_sheets import attendance_sheet
from .model import Block, Frame, Heading, Para
from .model import Table as BlockTable
from .pdf.styles import FONT, GREY, HEADER_FILL, INK, RULE, styles, table_font_commands
from .report_pdf import CONTENT_WIDTH, render_pdf
from .spreadsheet import write_sheet
from .text import for_pdf, one_line, sentence

BAR = HexColor("#2F6DB5")
AVERAGE = HexColor("#B35C00")
GRID = HexColor("#DDE3EA")
FORMATS = ("csv", "xlsx", "pdf", "docx")


def write_csv(summary: AttendanceSummary, fh: BinaryIO) -> None:
    write_sheet(attendance_sheet(summary), "csv", fh)


def bar_chart(summary: AttendanceSummary, width: float = CONTENT_WIDTH) -> Drawing:
    size, row = 8.5, 13.0
    rates = summary.rates
    names = [one_line(r.organisation) for r in rates]
    label_w = min(max(stringWidth(n, FONT, size) for n in names) + 8, width * 0.4)
    right = width - stringWidth("100 %", FONT, size) - 6
    top_axis = 14
    height = top_axis + row * len(rates) + 4
    drawing = Drawing(width, height)
    span = right - label_w

    for step in range(5):
        x = label_w + span * step / 4
        drawing.add(Line(x, 2, x, height - top_axis + 2, strokeColor=GRID, strokeWidth=0.6))
        drawing.add(
            String(
                x,
                height - 9,
                percent(step / 4),
                fontName=FONT,
                fontSize=size,
                fillColor=GREY,
                textAnchor="middle",
            )
        )
    for n, (name, r) in enumerate(zip(names, rates, strict=True)):
        y = height - top_axis - (n + 1) * row + 2
        while name and stringWidth(name, FONT, size) > label_w - 6:
            name = name[:-2] + "…"
        drawing.add(
            String(
                label_w - 4,
                y + 2.5,
                name,
                fontName=FONT,
                fontSize=size,
                fillColor=INK,
                textAnchor="end",
            )
        )
        drawing.add(Rect(label_w, y, span * r.rate, row - 4, fillColor=BAR, strokeColor=None))
        drawing.add(
            String(
                label_w + span * r.rate + 3,
                y + 2.5,
                percent(r.rate),
                fontName=FONT,
                fontSize=size,
                fillColor=INK,
            )
        )
    if summary.average is not None:
        x = label_w + span * summary.average
        drawing.add(
            Line(
                x,
                2,
                x,
                height - top_axis + 2,
                strokeColor=AVERAGE,
                strokeWidth=1.2,
                strokeDashArray=[4, 3],
            )
        )
    return drawing


def _table(summary: AttendanceSummary) -> Table:
    st = styles()
    head = ["Organisatie", "Verg.", "Aanw.", "Verv.", "Veront.", "Afw.", "Graad"]
    data = [[Paragraph(h, st["cell_head"]) for h in head]]
    for r in summary.rates:
        data.append(
            [
                Paragraph(for_pdf(r.organisation), st["cell"]),
                *(
                    Paragraph(str(v), st["cell"])
                    for v in (r.meetings, r.present, r.substituted, r.excused, r.absent)
                ),
                Paragraph(percent(r.rate), st["cell"]),
            ]
        )
    widths = [CONTENT_WIDTH * f for f in (0.32, 0.11, 0.11, 0.11, 0.13, 0.10, 0.12)]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *table_font_commands(),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def render_attendance_pdf(
    session: Session,
    summary: AttendanceSummary | list[AttendanceSummary],
    target: Path | BinaryIO,
    public: bool = False,
) -> None:
    """One body's attendance, or (a list) one section per body under one letterhead."""
    st = styles()
    summaries = summary if isinstance(summary, list) else [summary]
    fr, intro = _frame_and_intro(session, summaries, public)
    story: list[Flowable] = [Paragraph("Aanwezigheden per organisatie", st["h1"])]
    if intro:
        story.append(Paragraph(for_pdf(intro), st["body"]))
    for one in summaries:
        if len(summaries) > 1:
            story.append(Paragraph(for_pdf(one.body_name), st["h2"]))
        text = _intro(one)
        if one.average is not None:
            text = text[:-1] + " (stippellijn)."
        story.append(Paragraph(for_pdf(text), st["body"]))
        if one.rates:
            story += [Spacer(1, 3 * mm), bar_chart(one), Spacer(1, 5 * mm), _table(one)]
        else:
            story.append(
                Paragraph("Geen vergaderingen met aanwezigheden in deze periode.", st["quiet"])
            )
    render_pdf(fr, story, target)


def _intro(summary: AttendanceSummary) -> str:
    scope = period_text(summary.start, summary.end)
    intro = (
        f"{summary.body_name}, {scope}: {summary.meetings} vergadering"
        f"{'en' if summary.meetings != 1 else ''}. Per organisatie het aandeel van de "
        "vergaderingen waarop ze verwacht werd en vertegenwoordigd was (zelf aanwezig of "
        "vervangen)."
    )
    if summary.average is not None:
        intro += f" Gemiddeld: {percent(summary.average)}."
    return sentence(intro)


def _frame_and_intro(
    session: Session, summaries: list[AttendanceSummary], public: bool
) -> tuple[Frame, str]:
    """The page frame, and for every body at once a line that says how it is split."""
    scope = period_text(summaries[0].start, summaries[0].end)
    if len(summaries) == 1:
        info = find_body(session, summaries[0].body_short)
        return frame(
            info,
            load_settings(session),
            "attendance",
            "Aanwezigheden",
            f"{info.name} – {scope}",
            public=public,
        ), ""
    bodies = list_bodies(session)
    fr = all_frame(session, bodies, "attendance", "Aanwezigheden", f"{ALL} – {scope}", public)
    return fr, f"Alle overlegorganen, {scope}, elk apart: {names_text(bodies)}."


def render_attendance_docx(
    session: Session,
    summary: AttendanceSummary | list[AttendanceSummary],
    target: Path | BinaryIO,
    public: bool = False,
) -> None:
    """The Word version: the same figures as the PDF, as a table (no chart)."""
    from .docx.render import render

    summaries = summary if isinstance(summary, list) else [summary]
    fr, intro = _frame_and_intro(session, summaries, public)
    blocks: list[Block] = [Heading("Aanwezigheden per organisatie")]
    if intro:
        blocks.append(Para(intro))
    for one in summaries:
        if len(summaries) > 1:
            blocks.append(Heading(one.body_name, 2))
        blocks.append(Para(_intro(one)))
        rows = tuple(
            (
                r.organisation,
                str(r.meetings),
                str(r.present),
                str(r.substituted),
                str(r.excused),
                str(r.absent),
                percent(r.rate),
            )
            for r in one.rates
        )
        if rows:
            blocks.append(
                BlockTable(
                    ("Organisatie", "Verg.", "Aanw.", "Verv.", "Veront.", "Afw.", "Graad"),
                    rows,
                    (0.32, 0.11, 0.11, 0.11, 0.13, 0.10, 0.12),
                )
            )
        else:
            blocks.append(
                Para("Geen vergaderingen met aanwezigheden in deze periode.", style="quiet")
            )
    render(fr, blocks, target)


def export_attendance(
    session: Session,
    body: str | None,
    start: dt.date | None,
    end: dt.date | None,
    fmt: str,
    out: Path,
    *,
    public: bool = False,
) -> Path:
    """Write the attendance of `body` in the period (bounds inclusive) as csv, xlsx, pdf or
    docx; without a body every body's, one after the other (a spreadsheet gets a column
    "Overlegorgaan"). `public`: for anyone to read (the file is not kept owner-only)."""
    fmt = (fmt or "").strip().lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValidationError(f"onbekend formaat '{fmt}'; kies {', '.join(FORMATS)}", "format")
    if body:
        summary: AttendanceSummary | list[AttendanceSummary] = attendance_summary(
            session, body, start, end
        )
    else:
        summary = [attendance_summary(session, b.short, start, end) for b in list_bodies(session)]
    if fmt in ("csv", "xlsx"):
        sheet = attendance_sheet(summary)
        return write_atomically(
            Path(out), fmt, lambda fh: write_sheet(sheet, fmt, fh), public=public
        )
    if fmt == "docx":
        return write_atomically(
            Path(out),
            fmt,
            lambda fh: render_attendance_docx(session, summary, fh, public),
            public=public,
        )
    return write_atomically(
        Path(out),
        fmt,
        lambda fh: render_attendance_pdf(session, summary, fh, public),
        public=public,
    )


__all__ = ["export_attendance", "write_csv"]
