"""Low-level python-docx helpers: fields, table looks, fast cell access, styles."""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

GREY = RGBColor(0x5A, 0x5A, 0x5A)
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
RED = RGBColor(0xB0, 0x00, 0x20)

# Our own paragraph styles, based on Normal, so a secretary can restyle them in Word.
CUSTOM_STYLES = {
    # name: (size pt, italic, grey)
    "Kenmerk": (10, False, True),
    "Opmerking": (10.5, True, False),
    "Toelichting": (10.5, True, True),
}
STYLE_FOR = {
    "body": "Normal",
    "strong": "Normal",
    "meta": "Kenmerk",
    "note": "Opmerking",
    "quiet": "Toelichting",
}


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """A complex field (PAGE, NUMPAGES): Word and LibreOffice compute it when showing."""

    def run_with(child: OxmlElement) -> None:
        r = OxmlElement("w:r")
        r.append(child)
        paragraph._p.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")  # ask Word to update it on opening
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    text = OxmlElement("w:t")
    text.text = placeholder
    run_with(text)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def set_language(document, tag: str = "nl-BE") -> None:  # noqa: ANN001
    """Spelling and hyphenation in Dutch (Belgium) for all text based on Normal."""
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)


def calibri(style) -> None:  # noqa: ANN001
    """Name Calibri for every script, not the theme's font (the PDFs use its twin Carlito)."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for key in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{key}"), "Calibri")


def ensure_styles(document) -> None:  # noqa: ANN001
    """Our styles: made once into resources/template.docx (make_template.py) and added here
    only when a document lacks them (a template from elsewhere)."""
    styles = document.styles
    names = {s.name for s in styles}
    normal = styles["Normal"]
    calibri(normal)
    # the PDF's measures (pdf/styles.py): 10.5 pt, tight spacing, so the Word minutes of an
    # ordinary meeting fit in six pages as the PDF does (issue 14)
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(3)
    normal.paragraph_format.line_spacing = 1.08
    for name, (size, italic, grey) in CUSTOM_STYLES.items():
        if name in names:
            continue
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.italic = italic
        if grey:
            style.font.color.rgb = GREY
    styles["Kenmerk"].paragraph_format.space_after = Pt(2)  # an item's kind, under its title
    for level, size, before, after in ((1, 16, 12, 4), (2, 12.5, 7, 1.5)):
        heading = styles[f"Heading {level}"]
        calibri(heading)
        heading.font.size = Pt(size)
        heading.font.color.rgb = ACCENT
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(after)


def table_look(table: Table, header: bool) -> None:
    """Header row emphasised by the table style, not the first column; no banding."""
    tbl_pr = table._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        tbl_pr.append(look)
    # The legacy bitmask that LibreOffice reads: 0x20 first row, 0x200 noHBand, 0x400 noVBand.
    look.set(qn("w:val"), "0620" if header else "0600")
    for key, value in (
        ("firstRow", header),
        ("lastRow", False),
        ("firstColumn", False),
        ("lastColumn", False),
        ("noHBand", True),
        ("noVBand", True),
    ):
        look.set(qn(f"w:{key}"), "1" if value else "0")


def repeat_header(table: Table, index: int = 0) -> None:
    tr_pr = table._tbl.tr_lst[index].get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def row_cells(table: Table, index: int) -> list[_Cell]:
    """The cells of one row without python-docx's whole-grid walk (quadratic on big tables)."""
    tr = table._tbl.tr_lst[index]
    return [_Cell(tc, table) for tc in tr.tc_lst]


def no_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr = table._tbl.tblPr
    # The schema fixes the order of tblPr's children; Word calls a file corrupt otherwise.
    for later in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"):
        found = tbl_pr.find(qn(later))
        if found is not None:
            found.addprevious(borders)
            return
    tbl_pr.append(borders)


def open_cell(cell: _Cell) -> None:
    """No border above or beside a cell (a table's caption row stands above its grid)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "none")  # LibreOffice keeps the style's border for "nil"
        el.set(qn("w:sz"), "0")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "auto")
        borders.append(el)
    # tcBorders follows tcW/gridSpan/vMerge in the schema's order
    later = [
        qn(f"w:{n}")
        for n in ("shd", "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")
    ]
    for child in tc_pr:
        if child.tag in later:
            child.addprevious(borders)
            return
    tc_pr.append(borders)


def styled_paragraph(document, text: str, style_name: str) -> Paragraph:  # noqa: ANN001
    """`document.add_paragraph(text, style=style_name)` without python-docx's lookups.

    python-docx resolves a style name on every paragraph by scanning all the template's
    styles, twice (by name, then for the type's default): ~2 ms a paragraph with our
    template, two thirds of a minutes export. The ids are read once per document here and
    set the same way python-docx does (an empty w:pPr for the default style).
    """
    ids = vars(document).get("_spitsregio_style_ids")
    if ids is None:  # kept on the document itself: gone with it, nothing shared by threads
        ids = document._spitsregio_style_ids = _paragraph_style_ids(document)
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().style = ids[style_name]  # None: the default, no w:pStyle
    return paragraph


def _paragraph_style_ids(document) -> dict[str, str | None]:  # noqa: ANN001
    found: dict[str, str | None] = {}
    for style in document.styles:
        if style.type != WD_STYLE_TYPE.PARAGRAPH:
            continue
        default = style.element.get(qn("w:default")) in ("1", "true", "on")
        found[style.name] = None if default else style.style_id
    return found
