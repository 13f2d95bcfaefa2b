"""Render blocks to a DOCX with python-docx, using real Word styles.

Headings are Heading 1/2, tables use "Light Grid Accent 1", lists "List Bullet"; the
letterhead and CONCEPT sit in the header, the EU emblem (ESF) and "Pagina X van Y" as
PAGE/NUMPAGES fields in the footer, so Word and LibreOffice number the pages themselves.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from .. import emblem
from ..model import EU_LINE, PUBLIC_MARK, Block, Bullets, Frame, Gap, Heading, Para, Table
from ..text import for_docx, one_line
from .parts import (
    GREY,
    RED,
    STYLE_FOR,
    add_field,
    ensure_styles,
    no_borders,
    repeat_header,
    row_cells,
    set_language,
    table_look,
)

TEXT_WIDTH = Mm(170)  # A4 minus 2 × 20 mm


def _setup(document, frame: Frame) -> None:  # noqa: ANN001
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # the template is Letter
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    section.header_distance, section.footer_distance = Mm(8), Mm(8)
    ensure_styles(document)
    set_language(document)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props = document.core_properties
    props.title = one_line(f"{frame.title} – {frame.subtitle}")[:250]
    props.subject = one_line(frame.letterhead.body_name)[:250]
    props.author = props.last_modified_by = one_line(frame.author)[:250] or "Spitsregio Desktop"
    props.created = props.modified = now
    props.language = "nl-BE"
    props.comments = ""
    props.keywords = frame.kind
    props.revision = 1
    _header(section, frame)
    _footer(section, frame)


def _widths(table, widths: tuple[int, ...]) -> None:  # noqa: ANN001
    """Word reads the cells' widths, LibreOffice the grid's: set both."""
    table.autofit = False
    for col, width in zip(table.columns, widths, strict=True):
        col.width = width
    for cell, width in zip(row_cells(table, 0), widths, strict=True):
        cell.width = width


def _header(section, frame: Frame) -> None:  # noqa: ANN001
    header = section.header
    lh = frame.letterhead
    table = header.add_table(1, 2, TEXT_WIDTH)
    no_borders(table)
    _widths(table, (Mm(130), Mm(40)))
    left, right = row_cells(table, 0)
    p = left.paragraphs[0]
    if lh.logo_path:
        try:
            p.add_run().add_picture(lh.logo_path, height=Mm(14))
            p = left.add_paragraph()
        except Exception:  # noqa: BLE001 - a missing or broken logo must not stop an export
            pass
    run = p.add_run(for_docx(one_line(lh.body_name)))
    run.bold = True
    run.font.size = Pt(11.5)
    for line in filter(None, (lh.secretariat_name, " · ".join(lh.secretariat_lines))):
        small = left.add_paragraph().add_run(for_docx(one_line(line)))
        small.font.size = Pt(8.5)
        small.font.color.rgb = GREY
    for para in left.paragraphs:
        para.paragraph_format.space_after = Pt(0)
    mark = right.paragraphs[0]
    mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if frame.concept:
        run = mark.add_run("CONCEPT")
        run.bold = True
        run.font.size = Pt(16)
        run.font.color.rgb = RED
    if frame.public:
        if frame.concept:
            mark = right.add_paragraph()
            mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = mark.add_run(PUBLIC_MARK)
        run.bold = True
        run.font.size = Pt(10)
    header.paragraphs[0].paragraph_format.space_after = Pt(0)


def _footer(section, frame: Frame) -> None:  # noqa: ANN001
    footer = section.footer
    first = footer.paragraphs[0]
    first.paragraph_format.space_after = Pt(2)
    if frame.esf:
        table = footer.add_table(1, 2, TEXT_WIDTH)
        no_borders(table)
        _widths(table, (Mm(17), Mm(153)))
        pic, text = row_cells(table, 0)
        pic.paragraphs[0].add_run().add_picture(io.BytesIO(emblem.png_bytes()), height=Mm(9))
        eu = text.paragraphs[0].add_run(EU_LINE)
        eu.bold = True
        eu.font.size = Pt(8.5)
        line = text.add_paragraph().add_run(for_docx(one_line(frame.cofunding)))
        line.font.size = Pt(7.5)
        line.font.color.rgb = GREY
        for para in (*pic.paragraphs, *text.paragraphs):
            para.paragraph_format.space_after = Pt(0)
    else:
        title = first.add_run(for_docx(one_line(f"{frame.title} – {frame.subtitle}")))
        title.font.size = Pt(8.5)
        title.font.color.rgb = GREY
    numbers = footer.add_paragraph()
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    numbers.paragraph_format.space_after = Pt(0)
    numbers.add_run("Pagina ")
    add_field(numbers, "PAGE")
    numbers.add_run(" van ")
    add_field(numbers, "NUMPAGES")


def _paragraph(document, block: Para) -> None:  # noqa: ANN001
    p = document.add_paragraph(style=STYLE_FOR.get(block.style, "Normal"))
    if block.lead:
        p.add_run(for_docx(block.lead)).bold = True
    run = p.add_run(for_docx(block.text))
    if block.style == "strong":
        run.bold = True


def _table(document, block: Table) -> None:  # noqa: ANN001
    n_cols = len(block.widths)
    widths = [int(TEXT_WIDTH * f) for f in block.widths]
    rows = list(block.rows)
    if not block.plain:
        rows.insert(0, block.header)
    table = document.add_table(rows=len(rows), cols=n_cols)
    table.autofit = False
    if block.plain:
        table_look(table, header=False)
    else:
        table.style = document.styles["Light Grid Accent 1"]
        table_look(table, header=True)
        repeat_header(table)
    for col, width in zip(table.columns, widths, strict=True):
        col.width = width
    marked = {i + (0 if block.plain else 1) for i in block.marked}
    for r, values in enumerate(rows):
        cells = row_cells(table, r)
        for c, (cell, value) in enumerate(zip(cells, values, strict=False)):
            cell.width = widths[c]
            para = cell.paragraphs[0]
            run = para.add_run(for_docx(value))
            if not block.plain:
                run.font.size = Pt(10)
            if block.plain and c == 0:
                run.bold = True
                run.font.color.rgb = GREY
            elif r in marked:
                run.font.color.rgb = RED
        if block.tall and r > 0:
            tr = table.rows[r]
            tr.height = Mm(12)
            tr.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    document.add_paragraph()  # Word glues consecutive tables together without a paragraph


def render(frame: Frame, blocks: list[Block], target: Path | BinaryIO) -> None:
    document = Document()
    _setup(document, frame)
    # The default template starts with no body paragraphs; the first heading opens the text.
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(for_docx(block.text), level=min(max(block.level, 1), 2))
        elif isinstance(block, Para):
            _paragraph(document, block)
        elif isinstance(block, Bullets):
            style = "List Number" if block.numbered else "List Bullet"
            for item in block.items:
                document.add_paragraph(for_docx(item), style=style)
        elif isinstance(block, Table):
            _table(document, block)
        elif isinstance(block, Gap):
            document.add_paragraph()
    document.save(str(target) if isinstance(target, Path) else target)
