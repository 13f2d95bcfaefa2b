"""Plain paragraphs are drawn as text lines (documents/pdf/plain.py: the 30-year decision
register's ~11 000 paragraphs, issue 18) and must look exactly as reportlab's Paragraph
lays them out: the same words on the same lines, the same page breaks (no lone first line
at a page's bottom), the same pixels. Text that needs Paragraph still gets it."""

from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader
from reportlab.platypus import CondPageBreak, Paragraph

from spitsregio_desktop.documents.model import Frame, Heading, Letterhead, Para
from spitsregio_desktop.documents.pdf.plain import (
    PlainParagraph,
    PlainStack,
    plain_paragraph,
    stacked,
)
from spitsregio_desktop.documents.pdf.render import build_pdf, flowables
from spitsregio_desktop.documents.pdf.styles import styles

FRAME = Frame(
    "decisions",
    "Besluitenlijst",
    "Burgemeestersoverleg – alle vergaderingen",
    Letterhead("Burgemeestersoverleg Oost-Brabant", "Secretariaat", ("Adres 1",)),
    "",
    author="Secretariaat",
)
WORDS = (
    "het burgemeestersoverleg geeft een gunstig advies over de verdeling van kosten voor "
    "fietssnelweg F3 Leuven–Brussel mits gemaakte opmerkingen; intergemeentelijke "
    "samenwerking (Interleuven) vraagt secretariaat voorstel uit te werken tegen volgende "
    "vergadering à 12,5% Ørsted café Zaventem-Kortenberg"
).split()


def _texts(seed: int, count: int) -> list[tuple[str, str, str]]:
    """(style, lead, text) of a register's kind: short and long, with and without a lead."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.choice((3, 8, 14, 22, 40, 75)))]
        kind = n % 5
        if kind == 0:
            out.append(("meta", "", f"Punt {n}: " + " ".join(words[:9])))
        elif kind == 3:
            out.append(("h2", "", f"Vergadering {n} – donderdag {n % 28 + 1} mei 2001"))
        elif kind == 4:  # an italic style's lead is bold italic, as Paragraph's <b> makes it
            out.append(("note", "Aanwezig vanaf dit punt:", " ".join(words[:12])))
        else:
            out.append(("body", f"Besluit {n}:" if kind == 1 else "", " ".join(words)))
    return out


def _pdf(story: list) -> bytes:
    out = io.BytesIO()
    build_pdf(FRAME, lambda _width: story, out)
    return out.getvalue()


def _both(texts: list[tuple[str, str, str]], stack: bool = False) -> tuple[bytes, bytes]:
    """The same paragraphs as reportlab Paragraphs and as PlainParagraphs (with `stack`:
    each run of them one PlainStack, as the documents draw them)."""
    st = styles()
    width = 481.89  # A4 minus the margins, as the documents' text frame
    paragraphs, plain = [], []
    for style, lead, text in texts:
        if style == "h2":
            paragraphs.append(CondPageBreak(30))
            plain.append(CondPageBreak(30))
        markup = f"<b>{escape(lead)}</b> {escape(text)}" if lead else escape(text)
        paragraphs.append(Paragraph(markup, st[style]))
        fast = plain_paragraph(text, lead, st[style], width)
        assert isinstance(fast, PlainParagraph), text
        plain.append(fast)
    if stack:
        plain = stacked(plain)
        assert sum(isinstance(f, PlainStack) for f in plain) > 10
    return _pdf(paragraphs), _pdf(plain)


def _pages(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("stack", [False, True], ids=["paragraphs", "stacked"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_lines_and_page_breaks_as_paragraph(seed: int, stack: bool) -> None:
    slow, fast = _both(_texts(seed, 260), stack)
    slow_pages, fast_pages = _pages(slow), _pages(fast)
    assert len(fast_pages) >= 8  # long enough to split paragraphs at many page bottoms
    assert fast_pages == slow_pages  # every line, every page: the same words


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
@pytest.mark.parametrize("stack", [False, True], ids=["paragraphs", "stacked"])
def test_same_pixels_as_paragraph(tmp_path: Path, stack: bool) -> None:
    slow, fast = _both(_texts(7, 120), stack)
    shots = {}
    for name, data in (("slow", slow), ("fast", fast)):
        (tmp_path / f"{name}.pdf").write_bytes(data)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "3",
                str(tmp_path / f"{name}.pdf"),
                str(tmp_path / name),
            ],
            check=True,
        )
        shots[name] = sorted(tmp_path.glob(f"{name}-*.png"))
    assert len(shots["fast"]) == 3
    for a, b in zip(shots["slow"], shots["fast"], strict=True):
        first, second = Image.open(a).convert("RGB"), Image.open(b).convert("RGB")
        assert ImageChops.difference(first, second).getbbox() is None, b.name
        assert first.convert("L").getextrema()[0] < 100  # there is dark text on the page


@pytest.mark.parametrize(
    "text",
    [
        "Tekst in het Hebreeuws: שלום en verder",  # a fallback font, right to left
        "Eerste regel\nTweede regel",  # a line break
        "Zie https://example.org/" + "heel-lang-pad-" * 12 + " voor meer",  # too wide a word
        "100\xa0km en 3\u00ad4",  # no-break and soft hyphen: Paragraph's rules
        "Tab\tin de tekst",
    ],
)
def test_text_that_needs_paragraph_keeps_it(text: str) -> None:
    st = styles()
    assert plain_paragraph(text, "", st["body"], 481.89) is None
    story = flowables([Heading("Besluitenlijst"), Para(text, lead="Besluit 1:")], 481.89)
    assert all(not isinstance(f, PlainParagraph) for f in story[1:])
    shown = " ".join(_pages(_pdf(story)))
    first_word = text.split()[0]
    assert "Besluit 1:" in shown and first_word in shown


def test_plain_paragraphs_are_used_for_plain_text() -> None:
    story = flowables(
        [
            Heading("Besluitenlijst"),
            Heading("Vergadering 3 – donderdag 1 juli 1999", 2),
            Para("Punt 2: Goedkeuring verslag", style="meta"),
            Para("Het verslag wordt goedgekeurd.", lead="Besluit 1:"),
        ],
        481.89,
    )
    drawn = [f for f in story if not isinstance(f, CondPageBreak)]
    assert all(isinstance(f, PlainParagraph) for f in drawn)
    text = " ".join(_pages(_pdf(story)))
    assert "Besluit 1: Het verslag wordt goedgekeurd." in text
    assert "Punt 2: Goedkeuring verslag" in text


def test_fast_subset_encoding_writes_reportlabs_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """pdf/ttf.py encodes text it has seen in C: the PDF must be byte for byte the one
    reportlab's own per-character loop writes (new characters mid-document, a no-break
    space, a fallback font, characters past the first 256 of a subset)."""
    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTFont

    from spitsregio_desktop.documents.pdf import render
    from spitsregio_desktop.documents.pdf.ttf import FastTTFont

    # Latin Extended-A, Greek, Cyrillic: more than a subset's 256 codes
    many = "".join(
        chr(c) for c in (*range(0x100, 0x17F), *range(0x391, 0x3CA), *range(0x410, 0x450))
    )
    blocks = [Heading("Besluitenlijst")]
    for n, (_style, lead, text) in enumerate(_texts(5, 80)):
        extra = (" Ærø ĳzer café", " 10\xa0km", " שלום", " " + many[n * 7 % 300 :][:40])[n % 4]
        blocks.append(Para(text + extra, lead=lead))
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids in the file
    monkeypatch.setattr(render, "archive", lambda raw, _info, fh: fh.write(raw))

    def raw_pdf() -> bytes:
        out = io.BytesIO()
        render.render(FRAME, blocks, out)
        return out.getvalue()

    fast = raw_pdf()
    assert re.search(rb"/F\d+\+1 ", fast)  # a font's second subset was needed
    monkeypatch.setattr(FastTTFont, "splitString", TTFont.splitString)
    slow = raw_pdf()
    assert len(fast) > 20_000
    assert fast == slow
