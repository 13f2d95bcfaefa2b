"""Whatever a person types renders to DOCX and PDF without an exception and can be found back.

Hypothesis drives the document models directly (no database), so it can also try text a
database could never hold (lone surrogates).
"""

from __future__ import annotations

import io
import re

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from spitsregio_desktop.documents.export import render_document
from spitsregio_desktop.documents.model import (
    ActionGroup,
    ActionLine,
    ActionListDoc,
    AgendaDoc,
    AgendaLine,
    AttendanceSheetDoc,
    DecisionGroup,
    DecisionLine,
    DecisionListDoc,
    Frame,
    InvitationDoc,
    Letterhead,
    MeetingInfo,
    MinutesDoc,
    MinutesItem,
    SheetRow,
)
from spitsregio_desktop.documents.text import clean, for_docx, for_pdf

FAST = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def frame(text: str, esf: bool = True) -> Frame:
    return Frame(
        "minutes",
        "Verslag",
        f"Subtitel {text}",
        Letterhead(f"Orgaan {text}", "Secretariaat", ("Adres 1",)),
        "Medegefinancierd door ESF" if esf else None,
        concept=True,
        author=text,
    )


def all_docs(text: str, notes: str | None = None, items: int = 2, head: str | None = None) -> list:
    """Every document kind with `text` in every place a person can type."""
    f = frame(text if head is None else head)
    info = MeetingInfo(text, "Vergadering 1", "Donderdag 10 december 2026", "09:00", text)
    action = ActionLine(text, text, "31/01/2027", "open", overdue=True, origin=text)
    decision = DecisionLine("Besluit 1", text, "Stemming: 1 voor", text)
    line = AgendaLine("1", text, presenter=text, time="09:00 – 09:10", attachments=(text,))
    minutes = MinutesDoc(
        f,
        info,
        "Concept",
        (text,),
        (text,),
        (text,),
        tuple(
            MinutesItem(
                str(n),
                text,
                notes=notes if notes is not None else text,
                decisions=(decision,),
                actions=(action,),
                left_room=(text,),
                arrived=(text,),
                adjourned_to=text,
            )
            for n in range(1, items + 1)
        ),
        (action,),
        (action,),
        text,
    )
    return [
        minutes,
        InvitationDoc(f, info, text, text, (line,) * items, text, text, text),
        AgendaDoc(f, info, (line,) * items),
        AttendanceSheetDoc(f, info, (SheetRow(text, text, text),) * items),
        DecisionListDoc(f, text, (DecisionGroup(text, (decision,)),)),
        ActionListDoc(f, text, (ActionGroup(text, (action,)),)),
    ]


def docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    header = d.sections[0].header
    parts += [c.text for t in header.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def render(doc: object, fmt: str) -> bytes:
    out = io.BytesIO()
    render_document(doc, fmt, out)  # type: ignore[arg-type]
    return out.getvalue()


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


PAGE_LINES = re.compile(
    r"^(CONCEPT|Orgaan Kop|Secretariaat|Adres 1|Pagina \d+ van \d+|"
    r"Medegefinancierd door .*)$",
    re.MULTILINE,
)


def body_text(pdf: bytes) -> str:
    """The PDF's text without the lines every page repeats, so a long text reads on."""
    return squeeze(PAGE_LINES.sub("", pdf_text(pdf)))


# Characters DejaVu Sans holds and pypdf extracts one to one, in logical order.
SAFE = st.text(
    alphabet=st.one_of(
        st.characters(
            min_codepoint=0x21,
            max_codepoint=0x24F,
            categories=("Lu", "Ll", "Nd", "Po", "Ps", "Pe", "Pd", "Sm", "Sc"),
        ),
        st.sampled_from("<>&\"'€ \n"),
    ),
    max_size=60,
)


@FAST
@given(st.text(max_size=80))
def test_any_text_renders_to_docx_and_is_found_back(text: str) -> None:
    for doc in all_docs(text):
        found = docx_text(render(doc, "docx"))
        for word in clean(text).split():
            assert word in found


@FAST
@given(st.text(max_size=80))
def test_any_text_renders_to_pdf(text: str) -> None:
    for doc in all_docs(text):
        assert render(doc, "pdf").startswith(b"%PDF")


@FAST
@given(SAFE)
def test_pdf_text_is_found_back(text: str) -> None:
    for doc in all_docs(text)[:2]:
        found = squeeze(pdf_text(render(doc, "pdf")))
        assert squeeze(text) in found


HOSTILE = {
    "controls": "a\x00b\x01c\x08d\x0be\x0cf\x1fg\x7fh\ufffei\uffffj\tk\r\nl",
    "surrogates": "vóór\ud800na\udfffeinde\ud83d",
    "emoji": "Akkoord 👍🏽 met 🚲 en 🇧🇪",
    "rtl": "שלום עולם مرحبا بالعالم mixed עם Latin",
    "markup": "<b>a<b & R&D </para> <br/> &amp; &lt; <font color=red>x</font>",
    "long word": "x" * 5000,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text(name: str) -> None:
    text = HOSTILE[name]
    cleaned = clean(text)
    assert for_docx(text) == cleaned
    for doc in all_docs(text, head="Kop"):
        found = docx_text(render(doc, "docx"))
        for word in cleaned.split():
            assert word in found
        pdf = render(doc, "pdf")
        if name in ("markup", "long word", "controls"):
            assert squeeze(cleaned).replace("\x7f", "") in body_text(pdf)


def test_clean_keeps_what_can_be_held() -> None:
    assert clean("a\x0bb") == "a\nb"  # Word's Shift+Enter
    assert clean("a\r\nb\rc") == "a\nb\nc"
    assert clean("a\x00\x1f\ud800\uffffb") == "ab"
    assert clean("é € ł ő ğ 👍 שלום") == "é € ł ő ğ 👍 שלום"
    assert for_pdf("<b>a<b & R&D\nx") == "&lt;b&gt;a&lt;b &amp; R&amp;D<br/>x"


def test_huge_notes_and_long_agenda() -> None:
    words = [f"woord{n}" for n in range(14_000)]
    notes = " ".join(words)[:100_000]
    assert len(notes) >= 99_000
    docs = all_docs("Punt", notes=notes, items=1)
    found_docx = docx_text(render(docs[0], "docx"))
    found_pdf = pdf_text(render(docs[0], "pdf"))
    last = notes.split()[-2]
    for found in (found_docx, found_pdf):
        assert "woord0 " in found and last in found
    agenda = AgendaDoc(
        frame("x", esf=False),
        MeetingInfo("B", "Vergadering 1", "Donderdag", "09:00", "Leuven"),
        tuple(AgendaLine(str(n), f"Agendapunt nummer {n}") for n in range(1, 101)),
    )
    for fmt in ("docx", "pdf"):
        data = render(agenda, fmt)
        found = docx_text(data) if fmt == "docx" else pdf_text(data)
        assert "Agendapunt nummer 100" in found
