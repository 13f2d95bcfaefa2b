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
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from ...storage.paths import resources_dir
from .. import emblem
from ..model import EU_LINES, PUBLIC_MARK, Block, Bullets, Frame, Gap, Heading, Para, Table
from ..text import for_docx, one_line
from .lists import add_list
from .parts import (
    ACCENT,
    GREY,
    RED,
    STYLE_FOR,
    add_field,
    ensure_styles,
    no_borders,
    open_cell,
    repeat_header,
    row_cells,
    set_language,
    styled_paragraph,
    table_look,
)

TEXT_WIDTH = Mm(170)  # A4 minus 2 × 20 mm
TEMPLATE = resources_dir() / "template.docx"  # our own: resources/make_template.py makes it
EMBLEM_ALT = "Embleem van de Europese Unie"


def _setup(document, frame: Frame) -> None:  # noqa: ANN001
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
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
    props.comments = one_line(f"{frame.title} van {frame.subtitle}")[:250]
    props.keywords = one_line(frame.keywords or frame.title.lower())[:250]
    props.category = one_line(frame.title)[:250]
    props.revision = 1
    if frame.esf:  # the EU emblem and its line on the first page, as in the PDF
        section.different_first_page_header_footer = True
        _header(section.first_page_header, frame, first=True)
        _footer(section.first_page_footer, frame, first=True)
    _header(section.header, frame)
    _footer(section.footer, frame)


def _widths(table, widths: tuple[int, ...]) -> None:  # noqa: ANN001
    """Word reads the cells' widths, LibreOffice the grid's: set both."""
    table.autofit = False
    for col, width in zip(table.columns, widths, strict=True):
        col.width = width
    for cell, width in zip(row_cells(table, 0), widths, strict=True):
        cell.width = width


def _picture(paragraph, source, height, alt: str) -> None:  # noqa: ANN001
    """An inline picture with its alternative text (read aloud, shown when it cannot load)."""
    shape = paragraph.add_run().add_picture(source, height=height)
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", alt)
    doc_pr.set("title", alt)
    doc_pr.set("name", alt[:60])


def _header(header, frame: Frame, first: bool = False) -> None:  # noqa: ANN001
    header.is_linked_to_previous = False
    lh = frame.letterhead
    eu = first and frame.esf
    table = header.add_table(1, 3 if eu else 2, TEXT_WIDTH)
    no_borders(table)
    _widths(table, (Mm(112), Mm(20), Mm(38)) if eu else (Mm(130), Mm(40)))
    left, *_ = cells = row_cells(table, 0)
    right = cells[-1]
    p = left.paragraphs[0]
    if lh.logo_path:
        try:
            _picture(p, lh.logo_path, Mm(14), f"Logo van {one_line(lh.secretariat_name)}")
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
    mark.paragraph_format.space_after = Pt(0)
    if eu:  # EU visibility rules: the emblem at least 1 cm high, the statement beside it
        emblem_cell = cells[1]
        emblem_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _picture(emblem_cell.paragraphs[0], io.BytesIO(emblem.png_bytes()), Mm(11), EMBLEM_ALT)
        emblem_cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        emblem_cell.paragraphs[0].paragraph_format.space_after = Pt(0)
        mark.alignment = WD_ALIGN_PARAGRAPH.LEFT
        label = mark.add_run("\n".join(EU_LINES))
        label.bold = True
        label.font.size = Pt(8.5)
    if frame.concept:
        if eu:
            mark = right.add_paragraph()
            mark.alignment = WD_ALIGN_PARAGRAPH.LEFT
            mark.paragraph_format.space_after = Pt(0)
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


def _footer(footer, frame: Frame, first: bool = False) -> None:  # noqa: ANN001
    footer.is_linked_to_previous = False
    line = footer.paragraphs[0]
    line.paragraph_format.space_after = Pt(2)
    # the body's co-funding line once, on the emblem's page; else the document's title
    text = frame.cofunding if first and frame.esf else f"{frame.title} – {frame.subtitle}"
    title = line.add_run(for_docx(one_line(text)))
    title.font.size = Pt(8.5)
    title.font.color.rgb = GREY
    numbers = footer.add_paragraph()
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    numbers.paragraph_format.space_after = Pt(0)
    numbers.add_run("Pagina ")
    add_field(numbers, "PAGE")
    numbers.add_run(" van ")
    add_field(numbers, "NUMPAGES")
    for run in numbers.runs:  # 9 pt grey, as in the PDF
        run.font.size = Pt(9)
        run.font.color.rgb = GREY


def _paragraph(document, block: Para, label: bool = False) -> None:  # noqa: ANN001
    p = styled_paragraph(document, "", STYLE_FOR.get(block.style, "Normal"))
    if block.lead:
        p.add_run(for_docx(block.lead)).bold = True
    run = p.add_run(for_docx(block.text))
    if block.style == "strong":
        run.bold = True
    if label:  # a label stays on the page of what it introduces, as in the PDF
        p.paragraph_format.keep_with_next = True


def _table(document, block: Table) -> None:  # noqa: ANN001
    n_cols = len(block.widths)
    widths = [int(TEXT_WIDTH * f) for f in block.widths]
    rows = list(block.rows)
    head = 0
    if not block.plain:
        rows.insert(0, block.header)
        head = 1
    if block.caption and not block.plain:
        rows.insert(0, (block.caption,))
        head = 2
    table = document.add_table(rows=len(rows), cols=n_cols)
    table.autofit = False
    if block.plain:
        table_look(table, header=False)
    else:
        table.style = document.styles["Light Grid Accent 1"]
        table_look(table, header=True)
        for r in range(head):  # Word repeats these rows at the top of every page
            repeat_header(table, r)
    for col, width in zip(table.columns, widths, strict=True):
        col.width = width
    if head == 2:
        caption = row_cells(table, 0)
        caption[0].merge(caption[-1])
    marked = {i + head for i in block.marked}
    for r, values in enumerate(rows):
        if head == 2 and r == 0:
            cell = table.rows[0].cells[0]
            cell.width = sum(widths)
            open_cell(cell)
            run = cell.paragraphs[0].add_run(for_docx(block.caption))
            run.bold = True
            run.font.size = Pt(13)
            run.font.color.rgb = ACCENT
            continue
        cells = row_cells(table, r)
        for c, (cell, value) in enumerate(zip(cells, values, strict=False)):
            cell.width = widths[c]
            para = cell.paragraphs[0]
            run = para.add_run(for_docx(value))
            if not block.plain:
                run.font.size = Pt(10)
                run.bold = True if head == 2 and r == 1 else None  # the style bolds row 0
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
    document = Document(str(TEMPLATE))
    _setup(document, frame)
    # The default template starts with no body paragraphs; the first heading opens the text.
    for n, block in enumerate(blocks):
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 2)
            styled_paragraph(document, for_docx(block.text), f"Heading {level}")
        elif isinstance(block, Para):
            after = blocks[n + 1] if n + 1 < len(blocks) else None
            label = block.style == "strong" and isinstance(after, (Bullets, Table))
            _paragraph(document, block, label)
        elif isinstance(block, Bullets):
            add_list(document, block)
        elif isinstance(block, Table):
            _table(document, block)
        elif isinstance(block, Gap):
            document.add_paragraph()
    document.save(str(target) if isinstance(target, Path) else target)
