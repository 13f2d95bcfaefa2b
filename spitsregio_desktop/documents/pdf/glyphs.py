"""Which embedded font draws each character, and right-to-left text in visual order.

reportlab draws one font per run and prints an empty box for a character its font lacks;
it neither reorders right-to-left text nor joins Arabic letters. So before a typed text
becomes Paragraph markup: Arabic letters are shaped (arabic-reshaper: the joined
presentation forms), each line is put in visual order (python-bidi, the Unicode bidi
algorithm), and every run of characters Carlito lacks is wrapped in a <font> of the first
fallback that has them: DejaVu Sans (Hebrew, Arabic, symbols), then Symbola (emoji, in one
colour). Invisible joiners and selectors no font draws are dropped; anything else no font
has becomes U+FFFD, a visible sign instead of an empty box.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...storage.paths import resources_dir
from .styles import FALLBACK, FONT, register_fallback_fonts, register_fonts

EMOJI = "Symbola"
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


@lru_cache(maxsize=1)
def _register_emoji() -> None:
    pdfmetrics.registerFont(TTFont(EMOJI, str(resources_dir() / "fonts" / f"{EMOJI}.ttf")))


@lru_cache(maxsize=4)
def coverage(name: str) -> frozenset[str]:
    """The characters a registered font has a glyph for."""
    register_fonts()
    if name != FONT:  # the fallbacks are read only when a text needs them
        register_fallback_fonts()
    if name == EMOJI:
        _register_emoji()
    font = pdfmetrics.getFont(name)
    return frozenset(chr(c) for c, g in font.face.charToGlyph.items() if g)


def font_for(ch: str) -> str | None:
    """The first font, main font first, that draws `ch`; None when none does."""
    for name in (FONT, FALLBACK, EMOJI):
        if ch in coverage(name):
            return name
    return None


def visual(line: str) -> str:
    """One line with its right-to-left runs shaped and in the order they are drawn."""
    if not _RTL.search(line):
        return line
    if _ARABIC.search(line):
        import arabic_reshaper

        line = arabic_reshaper.reshape(line)
    from bidi import get_display

    return get_display(line, base_dir="L")


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cf", "Mn", "Me") or "\ufe00" <= ch <= "\ufe0f"


# Skin-tone modifiers colour the emoji before them; in one colour Symbola draws them as a
# swatch square after it, which reads as an empty box: they are left out.
_SKIN_TONES = re.compile("[\U0001f3fb-\U0001f3ff]")


def markup(line: str) -> str:
    """One line of cleaned text as Paragraph markup: escaped, each run in a font that has it."""
    main = coverage(FONT)
    if set(line) <= main:  # the usual case: nothing to do but escape
        return escape(line)
    out: list[str] = []
    current: str | None = FONT
    run: list[str] = []

    def flush() -> None:
        if run:
            text = escape("".join(run))
            out.append(text if current == FONT else f'<font name="{current}">{text}</font>')
            run.clear()

    for ch in visual(_SKIN_TONES.sub("", line)):
        name = font_for(ch)
        if name is None:
            if _invisible(ch):
                continue
            ch, name = "\ufffd", FALLBACK
        if name != current:
            flush()
            current = name
        run.append(ch)
    flush()
    return "".join(out)
