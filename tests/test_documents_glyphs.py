"""No empty boxes: every character of hostile text is drawn with a glyph of an embedded
font (Carlito, else DejaVu Sans, else Symbola), and right-to-left runs come in visual order.

Checked in the written PDF itself: for every embedded font, each character code the text
uses (its /ToUnicode map) has a real glyph in the embedded font program (fontTools).
"""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from spitsregio_desktop.documents.model import Frame, Letterhead, Para, Table
from spitsregio_desktop.documents.pdf.glyphs import coverage, markup, visual
from spitsregio_desktop.documents.pdf.render import render
from spitsregio_desktop.documents.text import clean

HOSTILE = {
    "emoji": "Akkoord 👍🏽 met 🚲 en 🇧🇪 ✅ ☕ 🎉",
    "hebrew": "שלום עולם mixed עם Latin",
    "arabic": "مرحبا بالعالم في لوفين",
    "symbols": "✓ ★ ☎ → ≤ ≥ ∞ € ł ő ğ Ω Ж ½ ™ • …",
    "zwj": "👩‍💻 en ❤️ en e\u0301",
}
FRAME = Frame("agenda", "Agenda", "x", Letterhead("Orgaan", "Secretariaat"), None)


def glyphs_of(data: bytes) -> dict[str, set[str]]:
    """Per character the PDF's fonts map (/ToUnicode), the fonts that have a real glyph for
    it in their embedded program; a font without a program fails at once."""
    found: dict[str, set[str]] = {}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if not (isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"):
                continue
            program = obj.FontDescriptor.get("/FontFile2")
            assert program is not None, obj.BaseFont  # embedded
            font = TTFont(io.BytesIO(program.read_bytes()))
            cmap, notdef = font["cmap"].getcmap(1, 0).cmap, font.getGlyphOrder()[0]
            text = obj.ToUnicode.read_bytes().decode("latin-1")
            for code, uni in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4,})>", text):
                # reportlab writes a code point beyond U+FFFF as it is ("<1F44D>")
                ch = (
                    bytes.fromhex(uni).decode("utf-16-be")
                    if len(uni) % 4 == 0
                    else chr(int(uni, 16))
                )
                if cmap.get(int(code, 16)) not in (None, notdef):
                    found.setdefault(ch, set()).add(str(obj.BaseFont).split("+")[-1])
    return found


@pytest.mark.parametrize("name", HOSTILE)
def test_every_character_has_a_glyph_of_an_embedded_font(name: str) -> None:
    text = HOSTILE[name]
    out = io.BytesIO()
    render(
        FRAME,
        [
            Para(text),
            Para(text, style="strong"),
            Table(("Wat", "Wie"), ((text, text),), (0.5, 0.5)),
        ],
        out,
    )
    every = glyphs_of(out.getvalue())
    shown = visual(re.sub("[\U0001f3fb-\U0001f3ff]", "", clean(text)))
    missing = {
        ch
        for ch in shown
        if not ch.isspace() and ch not in every and not re.match(r"[\u200d\ufe0f\u0301]", ch)
    }
    assert not missing, missing  # every visible character was drawn, with a glyph
    assert "\ufffd" not in every  # nothing needed the replacement sign


def test_runs_are_wrapped_in_a_font_that_has_them() -> None:
    for text in HOSTILE.values():
        for name, run in re.findall(r'<font name="([^"]+)">([^<]*)</font>', markup(text)):
            assert set(run.replace("&amp;", "&")) <= coverage(name), (name, run)
    assert markup("a<b & R&D") == "a&lt;b &amp; R&amp;D"  # the usual case: only escaped


def test_right_to_left_runs_come_in_visual_order() -> None:
    # drawn left to right, so a Hebrew run is stored last letter first: "שלום עולם"
    # (peace world) is drawn as "םלוע םולש", the Latin around it keeps its place
    assert visual("Welkom שלום עולם en x") == "Welkom םלוע םולש en x"
    assert re.sub("<[^>]+>", "", markup("Welkom שלום עולם en")) == "Welkom םלוע םולש en"
    # Arabic letters joined: presentation forms, not the isolated letters
    arabic = visual("مرحبا")
    assert all("\ufe70" <= ch <= "\ufeff" for ch in arabic), arabic
    out = io.BytesIO()
    render(FRAME, [Para("Welkom שלום עולם en مرحبا")], out)
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "Welkom" in text and "ﻣﺮﺣﺒﺎ"[::-1] in text or "ﻣﺮﺣﺒﺎ" in text
