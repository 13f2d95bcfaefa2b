"""Notes with "- " and "1. " lines come out as lists in the minutes, DOCX and PDF alike.

The DOCX is read back with python-docx (paragraph styles "List Bullet" / "List Number", and
each numbered list on a numbering of its own that starts at 1), the PDF with pypdf (the
bullet glyph, the numbers, and the items indented to the right of the body text). The
stored notes stay the plain text that was typed.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from bench.meetings import make_bench_meeting
from spitsregio_desktop.documents.export import export_document
from spitsregio_desktop.documents.model import Bullets, Para
from spitsregio_desktop.documents.note_lists import note_blocks
from spitsregio_desktop.services import agenda
from spitsregio_desktop.services.meetings import meeting_detail
from spitsregio_desktop.storage.database import open_database

NOTES = (
    "Interleuven licht de stand van zaken toe.\n"
    "\n"
    "- Zes busassen zijn uitgetekend\n"
    "- Twee fietsostrades in aanbesteding\n"
    "• Parkeerbeleid volgt\n"
    "\n"
    "Afspraken voor de volgende stappen:\n"
    "1. Herent bezorgt de plannen\n"
    "2. Kortenberg stemt af met De Lijn\n"
    "3. Leuven rapporteert in maart\n"
    "\n"
    "Na de pauze nog twee punten:\n"
    "1. Timing van de werken\n"
    "2. Communicatie naar de inwoners\n"
)
BULLETS = [
    "Zes busassen zijn uitgetekend",
    "Twee fietsostrades in aanbesteding",
    "Parkeerbeleid volgt",
]
FIRST = [
    "Herent bezorgt de plannen",
    "Kortenberg stemt af met De Lijn",
    "Leuven rapporteert in maart",
]
SECOND = ["Timing van de werken", "Communicatie naar de inwoners"]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("lists")
    db = open_database(tmp / "x.sqlite", backup_on_start=False)
    try:
        with db.session() as s:
            meeting = make_bench_meeting(s, "BO", dt.date(2026, 12, 10))
            item = meeting_detail(s, meeting).items[4]
            agenda.save_notes(s, item.id, NOTES)
            out = {
                fmt: export_document(s, meeting, "minutes", fmt, tmp / f"verslag.{fmt}")
                for fmt in ("docx", "pdf")
            }
            out["stored"] = next(
                i for i in meeting_detail(s, meeting).items if i.id == item.id
            ).notes
    finally:
        db.close()
    return out


def test_stored_notes_stay_as_typed(exported: dict) -> None:
    assert exported["stored"] == NOTES


def test_rules_of_the_list_lines() -> None:
    blocks = note_blocks(NOTES)
    assert blocks == [
        Para("Interleuven licht de stand van zaken toe."),
        Bullets(tuple(BULLETS)),
        Para("Afspraken voor de volgende stappen:"),
        Bullets(tuple(FIRST), numbered=True),
        Para("Na de pauze nog twee punten:"),
        Bullets(tuple(SECOND), numbered=True),
    ]
    # not lists: a negative number, a year, a dash without a space
    assert note_blocks("-5 graden\n2026. was een goed jaar\n-geen lijst") == [
        Para("-5 graden\n2026. was een goed jaar\n-geen lijst")
    ]
    # a blank line inside a numbered list keeps one list; a typed start number is kept
    assert note_blocks("1. a\n\n2. b\n1. c") == [Bullets(("a", "b"), True), Bullets(("c",), True)]
    assert note_blocks("Verder:\n3. derde") == [Para("Verder:"), Bullets(("derde",), True, 3)]


def _num_id(paragraph) -> int | None:
    num = paragraph._p.find(qn("w:pPr") + "/" + qn("w:numPr") + "/" + qn("w:numId"))
    return int(num.get(qn("w:val"))) if num is not None else None


def test_docx_has_word_list_paragraphs_and_numbering_restarts(exported: dict) -> None:
    document = docx.Document(str(exported["docx"]))
    paragraphs = document.paragraphs
    by_style: dict[str, list] = {}
    for p in paragraphs:
        by_style.setdefault(p.style.name, []).append(p)
    # the item's new actions are bullets too ("Actie 1: … – Trekker – termijn …")
    notes_bullets = [p.text for p in by_style["List Bullet"] if " – termijn " not in p.text]
    assert notes_bullets == BULLETS
    numbered = by_style["List Number"]
    assert [p.text for p in numbered] == FIRST + SECOND
    typed = ("- Zes", "- Twee", "• Parkeer", "1. Herent", "1. Timing")  # no typed markers
    assert not any(p.text.startswith(typed) for p in paragraphs)
    first_ids = {_num_id(p) for p in numbered[:3]}
    second_ids = {_num_id(p) for p in numbered[3:]}
    assert len(first_ids) == 1 and len(second_ids) == 1 and first_ids != second_ids
    numbering = document.part.numbering_part.element
    for num_id in first_ids | second_ids:
        num = next(n for n in numbering.num_lst if n.numId == num_id)
        start = num.find(qn("w:lvlOverride") + "/" + qn("w:startOverride"))
        assert start is not None and start.get(qn("w:val")) == "1"


def _pdf_lines(path: Path) -> list[tuple[float, str]]:
    """(x, text) of each piece of text drawn, in drawing order."""
    found: list[tuple[float, str]] = []

    def visit(text, cm, tm, _font, _size):  # noqa: ANN001
        if text.strip():
            found.append((round(tm[4] * cm[0] + cm[4], 1), text.strip()))

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_pdf_shows_indented_bullets_and_restarted_numbers(exported: dict) -> None:
    lines = _pdf_lines(exported["pdf"])
    x_of = {text: x for x, text in lines}
    body_x = x_of["Interleuven licht de stand van zaken toe."]
    for item in BULLETS + FIRST + SECOND:
        assert x_of[item] > body_x + 8, item  # indented to the right of the body text
    texts = [text for _x, text in lines]
    start = texts.index("Afspraken voor de volgende stappen:")
    numbers = [t for t in texts[start:] if t in ("1.", "2.", "3.")][:5]
    assert numbers == ["1.", "2.", "3.", "1.", "2."]
    for number in ("1.", "2.", "3."):  # the numbers hang left of their items
        assert body_x < min(x for x, t in lines[start:] if t == number) < x_of[FIRST[0]]
    assert "- Zes busassen" not in " ".join(texts)


def test_pdf_bullet_glyph_as_poppler_reads_it(exported: dict) -> None:
    # pypdf decodes the subset font's bullet as \x7f; poppler maps it back to "•"
    layout = subprocess.run(
        ["pdftotext", "-layout", str(exported["pdf"]), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    body = next(line for line in layout if "Interleuven licht de stand" in line)
    body_indent = len(body) - len(body.lstrip())
    for item in BULLETS:
        line = next(line for line in layout if item in line)
        assert line.lstrip().startswith("• " + item)
        assert len(line) - len(line.lstrip()) > body_indent  # indented under the text
