"""Render blocks to an A4 PDF with reportlab platypus.

Every page: the letterhead at the top, a CONCEPT watermark while the minutes are a draft,
and at the bottom the document's title, for an ESF body the EU emblem with its lines, and
"Pagina X van Y" (the NumberedCanvas recipe: remember each page, draw totals in save()).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from .. import emblem
from ..model import EU_LINE, PUBLIC_MARK, Block, Bullets, Frame, Gap, Heading, Para, Table
from ..text import for_pdf, one_line
from .styles import (
    BOLD,
    FONT,
    GREY,
    HEADER_FILL,
    INK,
    OVERDUE_FILL,
    RULE,
    styles,
)

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
TOP = 30 * mm  # room for the letterhead
BOTTOM = 24 * mm  # room for the footer with the emblem
WATERMARK = Color(0.75, 0.1, 0.1, alpha=0.10)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a header/footer line to one line's width (the canvas does not wrap)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(1, len(text) * 9 // 10 - 1)] if len(text) > 200 else text[:-1]
    return text + "…"


def _draw_page(canvas: Canvas, frame: Frame) -> None:
    """Letterhead and watermark: drawn first on each page, so they sit under the content."""
    canvas.saveState()
    if frame.concept:
        canvas.setFillColor(WATERMARK)
        canvas.setFont(BOLD, 110)
        canvas.translate(PAGE_W / 2, PAGE_H / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -38, "CONCEPT")
        canvas.rotate(-45)
        canvas.translate(-PAGE_W / 2, -PAGE_H / 2)
    lh = frame.letterhead
    x = MARGIN_X
    top = PAGE_H - 12 * mm
    if lh.logo_path:
        try:
            canvas.drawImage(lh.logo_path, x, top - 13 * mm, width=26 * mm, height=14 * mm,
                             preserveAspectRatio=True, anchor="sw", mask="auto")
            x += 30 * mm
        except Exception:  # noqa: BLE001 - a missing or broken logo must not stop an export
            pass
    right = PAGE_W - MARGIN_X
    reserve = 30 * mm if frame.concept else 0
    if frame.public:
        reserve = max(reserve, stringWidth(PUBLIC_MARK, BOLD, 10) + 4 * mm)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 11.5)
    canvas.drawString(x, top - 3, _fit(one_line(lh.body_name), BOLD, 11.5, right - x - reserve))
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(GREY)
    lines = [lh.secretariat_name, " · ".join(lh.secretariat_lines)]
    for i, line in enumerate(filter(None, lines)):
        width = right - x - (reserve if frame.public else 0)
        canvas.drawString(x, top - 14 - 10 * i, _fit(one_line(line), FONT, 8.5, width))
    if frame.concept:
        canvas.setFillColor(HexColor("#B00020"))
        canvas.setFont(BOLD, 12)
        canvas.drawRightString(right, top - 3, "CONCEPT")
    if frame.public:
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 10)
        canvas.drawRightString(right, top - (17 if frame.concept else 3), PUBLIC_MARK)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, PAGE_H - TOP + 6 * mm, right, PAGE_H - TOP + 6 * mm)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, frame: Frame, page: int, total: int) -> None:
    canvas.saveState()
    right = PAGE_W - MARGIN_X
    y = 12 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, BOTTOM - 4 * mm, right, BOTTOM - 4 * mm)
    number = f"Pagina {page} van {total}"
    canvas.setFont(FONT, 9)
    canvas.setFillColor(GREY)
    canvas.drawRightString(right, y, number)
    x = MARGIN_X
    text_right = right - stringWidth(number, FONT, 9) - 6 * mm
    if frame.esf:
        h = 9 * mm
        renderPDF.draw(emblem.drawing(h), canvas, x, y - 2.5 * mm)
        x += h * 1.5 + 3 * mm
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 8.5)
        canvas.drawString(x, y + 2.5 * mm, EU_LINE)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(x, y - 1 * mm, _fit(one_line(frame.cofunding), FONT, 7.5,
                                               text_right - x))
    else:
        title = one_line(f"{frame.title} – {frame.subtitle}")
        canvas.setFont(FONT, 8.5)
        canvas.drawString(x, y, _fit(title, FONT, 8.5, text_right - x))
    canvas.restoreState()


def _canvas_class(frame: Frame) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps every page until save(), when the total page count is known."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, frame, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _para(block: Para) -> Paragraph:
    st = styles()
    text = for_pdf(block.text)
    if block.lead:
        text = f"<b>{escape(one_line(block.lead))}</b> {text}"
    return Paragraph(text, st.get(block.style, st["body"]))


def _table(block: Table, width: float) -> RLTable:
    st = styles()
    widths = [width * f for f in block.widths]
    data: list[list[Paragraph]] = []
    if block.plain:
        for row in block.rows:
            data.append([Paragraph(for_pdf(row[0]), st["cell_label"]),
                         *(Paragraph(for_pdf(c), st["cell_value"]) for c in row[1:])])
        table = RLTable(data, colWidths=widths, splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
        ]))
        return table
    marked = set(block.marked)
    data.append([Paragraph(for_pdf(h), st["cell_head"]) for h in block.header])
    for i, row in enumerate(block.rows):
        cell = st["cell_overdue"] if i in marked else st["cell"]
        data.append([Paragraph(for_pdf(c), cell) for c in row])
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if block.tall:  # room to sign
        commands.append(("BOTTOMPADDING", (0, 1), (-1, -1), 16))
        commands.append(("TOPPADDING", (0, 1), (-1, -1), 8))
    for i in marked:
        commands.append(("BACKGROUND", (0, i + 1), (-1, i + 1), OVERDUE_FILL))
    table = RLTable(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def flowables(blocks: list[Block], width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for n, block in enumerate(blocks):
        if isinstance(block, Heading):
            if n:  # a heading never sits alone at the bottom of a page
                out.append(CondPageBreak(40 * mm if block.level == 1 else 30 * mm))
            out.append(Paragraph(for_pdf(block.text), st["h1" if block.level == 1 else "h2"]))
        elif isinstance(block, Para):
            out.append(_para(block))
        elif isinstance(block, Bullets):
            for i, item in enumerate(block.items, start=1):
                out.append(Paragraph(for_pdf(item), st["bullet"],
                                     bulletText=f"{i}." if block.numbered else "•"))
        elif isinstance(block, Table):
            out.append(_table(block, width))
            out.append(Spacer(1, 3 * mm))
        elif isinstance(block, Gap):
            out.append(Spacer(1, 3 * mm))
    return out


def render(frame: Frame, blocks: list[Block], target: Path | BinaryIO) -> None:
    styles()  # registers the fonts
    build_pdf(frame, lambda width: flowables(blocks, width), target)


def build_pdf(
    frame: Frame,
    story: Callable[[float], list[Flowable]],
    target: Path | BinaryIO,
) -> None:
    """An A4 document with the letterhead, footer and "Pagina X van Y" on every page.

    `story(width)` gives the flowables for the frame's text width. Every PDF of the program
    (documents and reports) is built here, so they all look alike.
    """
    out = str(target) if isinstance(target, Path) else target
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=one_line(f"{frame.title} – {frame.subtitle}"),
        author=one_line(frame.author),
        subject=one_line(frame.letterhead.body_name),
        creator="Spitsregio Desktop",
        lang="nl-BE",
    )

    def on_page(canvas: Canvas, _doc: object) -> None:
        _draw_page(canvas, frame)

    doc.build(story(doc.width), onFirstPage=on_page, onLaterPages=on_page,
              canvasmaker=_canvas_class(frame))
