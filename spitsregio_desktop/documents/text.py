"""Cleaning of typed text for each output format.

Exports never fail on what a person typed: the formats refuse some characters (XML 1.0
forbids most C0 controls and lone surrogates; reportlab's Paragraph reads markup), so each
renderer passes user text through the matching function here. Nothing else is changed.
"""

from __future__ import annotations

import re

# Characters XML 1.0 cannot hold: C0 controls except tab/newline/CR, surrogates (a Python str
# can carry them, UTF-8 cannot), and the two non-characters U+FFFE / U+FFFF.
_XML_INVALID = re.compile("[\x00-\x08\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# DEL and the C1 controls are valid XML but no font has a glyph for them: a PDF would show
# an empty box (and its text layer a NUL), so they go too.
_NO_GLYPH = re.compile("[\x7f-\x9f]")


def clean(text: object) -> str:
    """Text as typed, minus what no format can hold.

    Word's Shift+Enter arrives as vertical tab (\\x0b) in pasted text: it is a line break.
    Windows and old Mac line ends become \\n.
    """
    if text is None:
        return ""
    s = str(text)
    if not s:
        return s
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    return _XML_INVALID.sub("", s)


def for_docx(text: object) -> str:
    """For python-docx `add_run(text)`: it turns \\n into <w:br/> and \\t into <w:tab/>."""
    return clean(text)


def pdf_text(text: object) -> str:
    """Cleaned text without the characters no font draws: what a PDF shows of it."""
    return _NO_GLYPH.sub("", clean(text))


def for_pdf(text: object) -> str:
    """For a reportlab Paragraph: markup escaped, line breaks kept.

    A word wider than its column (a pasted URL) is broken by the style's splitLongWords,
    also inside narrow table cells. Characters the main font lacks get a fallback font and
    right-to-left runs their visual order (pdf/glyphs.py).
    """
    s = pdf_text(text)
    if not s:
        return ""
    from .pdf.glyphs import markup  # reportlab loads on the first PDF only

    s = s.replace("\t", "    ")
    return "<br/>".join(markup(line) for line in s.split("\n"))


def one_line(text: object) -> str:
    """For places that hold one line (page headers, core properties): collapse whitespace."""
    return " ".join(_NO_GLYPH.sub("", clean(text)).split())


def sentence(text: str) -> str:
    """Capitalise the first letter (Babel gives 'donderdag 10 december 2026')."""
    return text[:1].upper() + text[1:] if text else text
