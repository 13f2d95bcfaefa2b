"""Fonts and paragraph styles of the PDFs: DejaVu (full Latin, €) embedded, sizes for phones."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...storage.paths import resources_dir

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

INK = HexColor("#1A1A1A")
ACCENT = HexColor("#1F3A5F")
GREY = HexColor("#5A5A5A")
RULE = HexColor("#B8C2CC")
HEADER_FILL = HexColor("#E8EEF4")
OVERDUE = HexColor("#B00020")
OVERDUE_FILL = HexColor("#FCE8EA")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the DejaVu family once; registerFontFamily makes <b> and <i> pick the faces."""
    folder = resources_dir() / "fonts"
    for name in (FONT, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # 11 pt body on A4 stays readable when a mayor zooms a page to a phone's width.
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=15.5, textColor=INK,
                          spaceAfter=5, splitLongWords=1)
    return {
        "body": body,
        "strong": ParagraphStyle("strong", parent=body, fontName=BOLD),
        "meta": ParagraphStyle("meta", parent=body, fontSize=10, leading=13.5, textColor=GREY),
        "note": ParagraphStyle("note", parent=body, fontName=ITALIC, fontSize=10.5,
                               leading=14),
        "quiet": ParagraphStyle("quiet", parent=body, fontName=ITALIC, fontSize=10.5,
                                leading=14, textColor=GREY),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=18, leading=23,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=13.5, leading=18,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=4),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4,
                                 spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=10, leading=13, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=BOLD, fontSize=10,
                                    leading=13, spaceAfter=0),
        "cell_label": ParagraphStyle("cell_label", parent=body, fontName=BOLD, fontSize=10.5,
                                     leading=14, spaceAfter=0, textColor=GREY),
        "cell_value": ParagraphStyle("cell_value", parent=body, fontSize=10.5, leading=14,
                                     spaceAfter=0),
        "cell_overdue": ParagraphStyle("cell_overdue", parent=body, fontSize=10, leading=13,
                                       spaceAfter=0, textColor=OVERDUE),
    }
