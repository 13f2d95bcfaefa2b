"""Fonts and paragraph styles of the PDFs: Carlito embedded, sizes for phones.

Carlito is metric-compatible with Calibri, which the Word files name: the same text breaks
into the same lines in Word and in the PDF. Characters Carlito lacks come from DejaVu Sans
(Hebrew, Arabic, most symbols) or Symbola (emoji, drawn in one colour): see glyphs.py.
Every style and table names an embedded font, so the PDF names no font it does not embed
(reportlab falls back to its unembedded Helvetica wherever no font is given).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from ...storage.paths import resources_dir
from .ttf import FastTTFont  # reportlab's TTFont, with text it knows encoded in C

FONT = "Carlito"
BOLD = "Carlito-Bold"
ITALIC = "Carlito-Italic"
BOLD_ITALIC = "Carlito-BoldItalic"
FALLBACK = "DejaVuSans"
FALLBACK_FACES = (FALLBACK, "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique")

INK = HexColor("#1A1A1A")
ACCENT = HexColor("#1F3A5F")
GREY = HexColor("#5A5A5A")
RULE = HexColor("#B8C2CC")
HEADER_FILL = HexColor("#E8EEF4")
OVERDUE = HexColor("#B00020")
OVERDUE_FILL = HexColor("#FCE8EA")

HYPHENATION = "nl_NL"  # pyphen's Dutch dictionary (the Belgian spelling is the same)


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register Carlito once; registerFontFamily makes <b> and <i> pick the faces."""
    folder = resources_dir() / "fonts"
    files = {FONT: "Carlito-Regular", BOLD: BOLD, ITALIC: ITALIC, BOLD_ITALIC: BOLD_ITALIC}
    for name, stem in files.items():
        pdfmetrics.registerFont(FastTTFont(name, str(folder / f"{stem}.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    # Drawings (the EU emblem, the charts) start from reportlab's graphics state, whose
    # font is the unembedded Helvetica: the PDF would name it even if no text used it.
    from reportlab import rl_config
    from reportlab.graphics import shapes

    rl_config.useA85 = 0  # binary streams: smaller, and ASCII85 in pure Python is slow

    shapes.STATE_DEFAULTS["fontName"] = FONT


@lru_cache(maxsize=1)
def register_fallback_fonts() -> None:
    """DejaVu Sans, when a text first needs a character Carlito lacks (glyphs.coverage):
    reading its four faces cost every PDF ~30 ms, and most never use it."""
    register_fonts()
    folder = resources_dir() / "fonts"
    for name in FALLBACK_FACES:
        pdfmetrics.registerFont(FastTTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(
        FALLBACK,
        normal=FALLBACK_FACES[0],
        bold=FALLBACK_FACES[1],
        italic=FALLBACK_FACES[2],
        boldItalic=FALLBACK_FACES[3],
    )


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # A 10.5 pt body on A4 stays readable when a mayor zooms a page to a phone's width;
    # with tight spacing an ordinary meeting's minutes fit in six pages (issue 14).
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=3,
        splitLongWords=1,
    )
    # Table cells are narrow: Dutch words break at their syllables, with a hyphen.
    cell = ParagraphStyle(
        "cell",
        parent=body,
        fontSize=10,
        leading=13,
        spaceAfter=0,
        hyphenationLang=HYPHENATION,
        embeddedHyphenation=2,
        uriWasteReduce=0.3,
        hyphenationMinWordLength=7,
    )
    return {
        "body": body,
        "strong": ParagraphStyle("strong", parent=body, fontName=BOLD),
        "meta": ParagraphStyle(
            "meta", parent=body, fontSize=10, leading=12.5, textColor=GREY, spaceAfter=2
        ),
        "note": ParagraphStyle("note", parent=body, fontName=ITALIC),
        "quiet": ParagraphStyle("quiet", parent=body, fontName=ITALIC, textColor=GREY),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=7,
            spaceAfter=1.5,
        ),
        "bullet": ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=16,
            bulletIndent=4,
            spaceAfter=1.5,
            bulletFontName=FONT,
        ),
        "cell": cell,
        # names of people and organisations break only at spaces and their own hyphens
        "cell_name": ParagraphStyle("cell_name", parent=cell, hyphenationLang=""),
        "cell_head": ParagraphStyle("cell_head", parent=cell, fontName=BOLD),
        "cell_caption": ParagraphStyle(
            "cell_caption",
            parent=cell,
            fontName=BOLD,
            fontSize=13.5,
            leading=18,
            textColor=ACCENT,
            hyphenationLang="",
        ),
        "cell_label": ParagraphStyle(
            "cell_label", parent=cell, fontName=BOLD, fontSize=10.5, leading=14, textColor=GREY
        ),
        "cell_value": ParagraphStyle("cell_value", parent=cell, fontSize=10.5, leading=14),
        "cell_overdue": ParagraphStyle("cell_overdue", parent=cell, textColor=OVERDUE),
        "cell_name_overdue": ParagraphStyle(
            "cell_name_overdue", parent=cell, hyphenationLang="", textColor=OVERDUE
        ),
    }


def table_font_commands() -> list[tuple]:
    """The font every table cell starts from: without it reportlab names Helvetica."""
    return [("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 10)]
