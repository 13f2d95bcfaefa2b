"""Render blocks to an A4 PDF/A with reportlab platypus (pdf/archive.py makes it PDF/A).

Every page: the letterhead at the top, a CONCEPT watermark (drawn as outlines, not text)
while the minutes are a draft, and at the bottom the document's title and "Pagina X van Y"
(the NumberedCanvas recipe: remember each page, draw totals in save()). For an ESF body
the first page carries the EU emblem (11 mm high) with "Medegefinancierd door de Europese
Unie" beside it in the header, and the body's co-funding line once, in its footer.
The text frame has no padding, so tables sized to its width end exactly at the margins.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable
from reportlab.platypus.frames import Frame as RLFrame

from .. import emblem
from ..model import EU_LINES, PUBLIC_MARK, Block, Bullets, Frame, Gap, Heading, Para, Table
from ..text import clean, for_pdf, one_line, pdf_text
from .archive import ArchiveInfo, archive
from .outline import draw_outline
from .plain import plain_paragraph, stacked
from .styles import (
    BOLD,
    FONT,
    GREY,
    HEADER_FILL,
    INK,
    OVERDUE_FILL,
    RULE,
    styles,
    table_font_commands,
)

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
TOP = 30 * mm  # room for the letterhead
BOTTOM = 20 * mm  # room for the footer: its rule at 16 mm, its line at 10 mm
# 12 % of the red over white, as a solid colour: no transparency in an archival file
WATERMARK = Color(0.97, 0.88, 0.88)
EMBLEM_H = 11 * mm  # the EU's visibility rules ask at least 1 cm


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a header/footer line to one line's width (the canvas does not wrap)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(1, len(text) * 9 // 10 - 1)] if len(text) > 200 else text[:-1]
    return text + "…"


def _draw_eu_block(canvas: Canvas, right: float, top: float) -> float:
    """The emblem with the EU line beside it (two lines), right-aligned; returns its left."""
    size = 8.5
    lines = EU_LINES
    left = right - max(stringWidth(x, BOLD, size) for x in lines) - 2.5 * mm - EMBLEM_H * 1.5
    bottom = top - EMBLEM_H
    renderPDF.draw(emblem.drawing(EMBLEM_H), canvas, left, bottom)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, size)
    x = left + EMBLEM_H * 1.5 + 2.5 * mm
    middle = bottom + EMBLEM_H / 2
    canvas.drawString(x, middle + 1.5, lines[0])
    canvas.drawString(x, middle - size + 0.5, lines[1])
    return left


def _draw_watermark(canvas: Canvas) -> None:
    """The CONCEPT mark as outlines, drawn once into a form and placed on every page."""
    if not getattr(canvas, "_watermark_done", False):
        canvas.beginForm("concept")
        canvas.setFillColor(WATERMARK)
        canvas.translate(PAGE_W / 2, PAGE_H / 2)
        canvas.rotate(45)
        draw_outline(canvas, "CONCEPT", 0, -38, 110)
        canvas.endForm()
        canvas._watermark_done = True
    canvas.doForm("concept")


def _draw_page(canvas: Canvas, frame: Frame, first: bool = False) -> None:
    """Letterhead and watermark: drawn first on each page, so they sit under the content."""
    canvas.saveState()
    if frame.concept:
        _draw_watermark(canvas)
    lh = frame.letterhead
    x = MARGIN_X
    top = PAGE_H - 12 * mm
    if lh.logo_path:
        try:
            canvas.drawImage(
                lh.logo_path,
                x,
                top - 13 * mm,
                width=26 * mm,
                height=14 * mm,
                preserveAspectRatio=True,
                anchor="sw",
                mask="auto",
            )
            x += 30 * mm
        except Exception:  # noqa: BLE001 - a missing or broken logo must not stop an export
            pass
    right = PAGE_W - MARGIN_X
    rule_end = right
    if first and frame.esf:
        right = _draw_eu_block(canvas, right, top + 2) - 4 * mm
    reserve = 30 * mm if frame.concept else 0
    if frame.public:
        reserve = max(reserve, stringWidth(PUBLIC_MARK, BOLD, 10) + 4 * mm)
    canvas.setFillColor(INK)
    name, room = one_line(lh.body_name), right - x - reserve
    # a long name (a list over every body) gets smaller before it loses its end
    size = next((z for z in (11.5, 10.5, 9.5) if stringWidth(name, BOLD, z) <= room), 8.5)
    canvas.setFont(BOLD, size)
    canvas.drawString(x, top - 3, _fit(name, BOLD, size, room))
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(GREY)
    lines = [lh.secretariat_name, " · ".join(lh.secretariat_lines)]
    for i, line in enumerate(filter(None, lines)):
        width = right - x - (reserve if i == 0 or frame.public else 0)
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
    canvas.line(MARGIN_X, PAGE_H - TOP + 6 * mm, rule_end, PAGE_H - TOP + 6 * mm)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, frame: Frame, page: int, total: int) -> None:
    canvas.saveState()
    right = PAGE_W - MARGIN_X
    y = 10 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, BOTTOM - 4 * mm, right, BOTTOM - 4 * mm)
    number = f"Pagina {page} van {total}"
    canvas.setFont(FONT, 9)
    canvas.setFillColor(GREY)
    canvas.drawRightString(right, y, number)
    width = right - stringWidth(number, FONT, 9) - 6 * mm - MARGIN_X
    if frame.esf and page == 1:  # the co-funding line once, under the emblem's page
        line = one_line(frame.cofunding)
    else:
        line = one_line(f"{frame.title} – {frame.subtitle}")
    canvas.setFont(FONT, 8.5)
    canvas.drawString(MARGIN_X, y, _fit(line, FONT, 8.5, width))
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


FRAME_H = PAGE_H - TOP - BOTTOM
CAPTION_MAX = 150  # a table's caption repeats on every page only while it is short


class _Table(RLTable):
    """A table that splits between rows, and inside a row only when the row needs it.

    reportlab first splits between rows, then tries the rest (its header repeated) in the
    space left on the same page, where a tall row is split inside: the header row then
    stands mid-page. Here a row is split inside only when it is taller than a page, and
    then at once where the page has room, so the repeated header opens the next page.
    """

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        self._calc(availWidth, availHeight)
        room = FRAME_H - sum(self._rowHeights[: self.repeatRows])
        parts = self._splitRows(availHeight, doInRowSplit=False)
        if parts:
            n = len(parts[0]._cellvalues)  # the first row that goes to the next page
            if n < len(self._rowHeights) and self._rowHeights[n] > room:
                return self._splitRows(availHeight, doInRowSplit=True) or parts
            return parts
        if len(self._rowHeights) > self.repeatRows and self._rowHeights[self.repeatRows] > room:
            return self._splitRows(availHeight, doInRowSplit=True)
        return []  # the next row fits on the next page: the table continues there


def _para(block: Para, width: float) -> Flowable:
    st = styles()
    style = st.get(block.style, st["body"])
    # plain text (nearly all of a long register) as text lines: Paragraph costs ~0.3 ms each
    plain = plain_paragraph(pdf_text(block.text), one_line(block.lead), style, width)
    if plain is not None:
        return plain
    text = for_pdf(block.text)
    if block.lead:
        text = f"<b>{escape(one_line(block.lead))}</b> {text}"
    return Paragraph(text, style)


def _cell(text: str, style: ParagraphStyle) -> Paragraph | list[Paragraph]:
    """A cell's text; one paragraph per line, so a row split inside starts at a line."""
    lines = clean(text).split("\n")
    if len(lines) == 1:
        return Paragraph(for_pdf(lines[0]), style)
    return [Paragraph(for_pdf(line), style) for line in lines]


def _table(block: Table, width: float) -> RLTable:
    st = styles()
    widths = [width * f for f in block.widths]
    data: list[list] = []
    if block.plain:
        for row in block.rows:
            data.append(
                [_cell(row[0], st["cell_label"]), *(_cell(c, st["cell_value"]) for c in row[1:])]
            )
        table = _Table(data, colWidths=widths, splitInRow=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *table_font_commands(),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table
    marked = set(block.marked)
    names = set(block.names)
    head = 1
    if block.caption:
        data.append(
            [Paragraph(for_pdf(block.caption), st["cell_caption"])] + [""] * (len(widths) - 1)
        )
        head = 2
    data.append([Paragraph(for_pdf(h), st["cell_head"]) for h in block.header])
    for i, row in enumerate(block.rows):
        red = "_overdue" if i in marked else ""
        data.append(
            [_cell(c, st[("cell_name" if n in names else "cell") + red]) for n, c in enumerate(row)]
        )
    commands = [
        *table_font_commands(),
        ("GRID", (0, head - 1), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, head - 1), (-1, head - 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if block.caption:
        commands += [
            ("SPAN", (0, 0), (-1, 0)),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 8),
        ]
    if block.tall:  # room to sign
        commands.append(("BOTTOMPADDING", (0, head), (-1, -1), 16))
        commands.append(("TOPPADDING", (0, head), (-1, -1), 8))
    for i in marked:
        commands.append(("BACKGROUND", (0, i + head), (-1, i + head), OVERDUE_FILL))
    table = _Table(data, colWidths=widths, repeatRows=head, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def flowables(blocks: list[Block], width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for n, block in enumerate(blocks):
        if isinstance(block, Heading):
            if n:  # a heading never sits alone at the bottom of a page: it keeps room
                # for itself and two lines (an item's heading, its kind and presenter)
                out.append(CondPageBreak(32 * mm if block.level == 1 else 24 * mm))
            out.append(_para(Para(block.text, style="h1" if block.level == 1 else "h2"), width))
        elif isinstance(block, Para):
            after = blocks[n + 1] if n + 1 < len(blocks) else None
            if isinstance(after, Table):
                out.append(CondPageBreak(30 * mm))  # a label stays with its table's first rows
            elif isinstance(after, Bullets) and block.style == "strong":
                out.append(CondPageBreak(18 * mm))  # … and with its list's first lines
            out.append(_para(block, width))
        elif isinstance(block, Bullets):
            for i, item in enumerate(block.items, start=1):
                out.append(
                    Paragraph(
                        for_pdf(item),
                        st["bullet"],
                        bulletText=f"{block.start + i - 1}." if block.numbered else "•",
                    )
                )
        elif isinstance(block, Table):
            if len(block.caption) > CAPTION_MAX:  # too long to repeat: a heading, once
                out.append(Paragraph(for_pdf(block.caption), st["h2"]))
                block = replace(block, caption="")
            out.append(_table(block, width))
            out.append(Spacer(1, 3 * mm))
        elif isinstance(block, Gap):
            out.append(Spacer(1, 3 * mm))
    return out


def render(frame: Frame, blocks: list[Block], target: Path | BinaryIO) -> None:
    styles()  # registers the fonts
    # runs of plain paragraphs as one flowable each: the frame's bookkeeping per flowable
    # cost as much as drawing a 30-year register's 11 000 paragraphs (pdf/plain.py)
    build_pdf(frame, lambda width: stacked(flowables(blocks, width)), target)


def archive_info(frame: Frame) -> ArchiveInfo:
    return ArchiveInfo(
        title=one_line(f"{frame.title} – {frame.subtitle}"),
        creator=one_line(frame.author) or one_line(frame.letterhead.secretariat_name),
        subject=one_line(frame.letterhead.body_name),
        description=one_line(f"{frame.title} van {frame.subtitle}"),
        keywords=one_line(frame.keywords),
        approved_text=frame.approved_text,
    )


def build_pdf(
    frame: Frame,
    story: Callable[[float], list[Flowable]],
    target: Path | BinaryIO,
) -> None:
    """An A4 PDF/A with the letterhead, footer and "Pagina X van Y" on every page.

    `story(width)` gives the flowables for the frame's text width. Every PDF of the program
    (documents and reports) is built here, so they all look alike and are all archival.
    """
    raw = io.BytesIO()
    doc = BaseDocTemplate(
        raw,
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
        initialFontName=FONT,
        initialFontSize=11,
    )

    def text_frame() -> RLFrame:
        # no padding: a table as wide as the text ends exactly at the right margin
        return RLFrame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="text",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [text_frame()],
                autoNextPageTemplate="later",
                onPage=lambda canvas, _doc: _draw_page(canvas, frame, first=True),
            ),
            PageTemplate(
                "later", [text_frame()], onPage=lambda canvas, _doc: _draw_page(canvas, frame)
            ),
        ]
    )
    doc.build(story(doc.width), canvasmaker=_canvas_class(frame))
    if isinstance(target, Path):
        with open(target, "wb") as fh:
            archive(raw.getvalue(), archive_info(frame), fh)
    else:
        archive(raw.getvalue(), archive_info(frame), target)
