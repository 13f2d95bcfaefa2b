"""The PDF's layout holds: tables within the margins, split between rows, labels kept with
their tables, the owner on every page of the action list, Dutch hyphenation in narrow
columns and names broken only where they may break. Read back from rendered pages."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pyphen
import pytest
from PIL import Image
from pypdf import PdfReader

from spitsregio_desktop.documents.export import render_document
from spitsregio_desktop.documents.model import (
    ActionGroup,
    ActionLine,
    ActionListDoc,
    AgendaDoc,
    AgendaLine,
    Frame,
    Letterhead,
    MeetingInfo,
    MinutesDoc,
    MinutesItem,
    Table,
)
from spitsregio_desktop.documents.pdf.render import MARGIN_X, PAGE_W, render

FRAME = Frame(
    "agenda",
    "Agenda",
    "Taskforce – vergadering 1",
    Letterhead("Taskforce Spitsregio Leuven", "Secretariaat", ("Adres 1",)),
    "Medegefinancierd door ESF",
    author="Secretariaat",
)
INFO = MeetingInfo("Taskforce", "Vergadering 1", "Donderdag 10 december 2026", "09:00", "Leuven")


def pdf_bytes(doc: object) -> bytes:
    out = io.BytesIO()
    render_document(doc, "pdf", out)  # type: ignore[arg-type]
    return out.getvalue()


def pages_text(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def tall_agenda() -> AgendaDoc:
    carried = tuple(
        ActionLine(
            f"Actie {n}: nota opstellen en bezorgen aan de leden", f"Trekker {n % 5}", "31/01/2027"
        )
        for n in range(70)
    )
    lines = [
        AgendaLine(str(n), f"Agendapunt {n}", presenter="Interleuven", time="09:00 – 09:10")
        for n in range(1, 8)
    ]
    lines.insert(3, AgendaLine("4", "Opvolging actiepunten", follow_up=carried))
    return AgendaDoc(FRAME, INFO, tuple(lines))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_tables_end_exactly_at_the_right_margin(tmp_path: Path) -> None:
    path = tmp_path / "agenda.pdf"
    path.write_bytes(pdf_bytes(tall_agenda()))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    width, height = image.size
    px = image.load()
    # the table body region: below the letterhead, above the footer (1 px = 1 pt)
    ink = [
        x
        for y in range(int(height * 0.3), int(height * 0.85))
        for x in range(width)
        if px[x, y] < 235
    ]
    right = PAGE_W - MARGIN_X
    assert max(ink) <= right + 1  # nothing sticks out past the right margin
    assert max(ink) >= right - 1  # and the table's grid does reach it
    assert min(ink) >= MARGIN_X - 1


def test_a_tall_row_splits_inside_without_a_header_mid_page() -> None:
    pages = pages_text(pdf_bytes(tall_agenda()))
    assert len(pages) >= 3
    for text in pages:
        assert text.count("Nr.") == 1  # the header row once, at the top of each page's part
    flat = " ".join(" ".join(pages).split())
    assert "Actie 69: nota" in flat and "Agendapunt 7" in flat


def test_action_list_repeats_the_owner_on_continuation_pages() -> None:
    groups = tuple(
        ActionGroup(
            f"Trekker {g}",
            tuple(
                ActionLine(
                    f"Actie {g}.{n}: nota opstellen en bezorgen",
                    f"Trekker {g}",
                    "31/01/2027",
                    "open",
                    origin="TF 3 (10/12/2026), punt 4",
                )
                for n in range(45 if g == 2 else 3)
            ),
        )
        for g in range(1, 4)
    )
    pages = pages_text(pdf_bytes(ActionListDoc(FRAME, "Stand op vandaag", groups)))
    assert len(pages) >= 2 and "Actie 2." in pages[1]
    for text in pages:
        owners = {int(x) for x in re.findall(r"Actie (\d)\.\d+", text)}
        for owner in owners:  # every page that lists an owner's actions names the owner
            assert f"Trekker {owner}" in text


def test_a_label_never_stands_alone_at_the_foot_of_a_page() -> None:
    action = ActionLine("Nota opstellen", "Trekker 1", "31/01/2027")
    items = tuple(
        MinutesItem(
            str(n),
            f"Punt {n}",
            notes="\n\n".join(["Een alinea tekst."] * n),
            actions=(action, action),
        )
        for n in range(1, 40)
    )
    doc = MinutesDoc(FRAME, INFO, "Concept", ("A",), (), (), items)
    for text in pages_text(pdf_bytes(doc))[:-1]:
        body = [
            line
            for line in text.splitlines()
            if not re.match(r"(Pagina \d+ van \d+|Agenda – .*|Medegefinancierd.*)$", line)
        ]
        assert body[-1].strip() != "Actiepunten"
        # an item's actions carry their label on their own line ("Actie: …", like
        # "Besluit 3: …"): no label line that could be left behind at a page's foot
        assert "Actiepunten" not in body
    lines = [x for text in pages_text(pdf_bytes(doc)) for x in text.splitlines()]
    assert sum(x.startswith("Actie: Nota opstellen – Trekker 1") for x in lines) == 2 * 39


def test_the_follow_up_label_stays_with_its_first_lines() -> None:
    """Wherever the page ends, "Actiepunten met een termijn …" is never its last line."""
    # two lines each, as in a real follow-up: a line is not left alone either
    due = ActionLine(
        "Zaal reserveren voor de jobbeurs van het voorjaar in de regio Leuven",
        "Burgemeester Scherpenheuvel-Zichem",
        "01/12/2026",
        progress="12/11/2026: Offerte gevraagd bij drie zalen",
    )
    label = "Actiepunten met een termijn tot en met deze vergadering"
    # paragraphs (17.5 pt) and lines within one (13.5 pt) move the label down in small steps
    for paras, lines in ((p, x) for p in range(16, 22) for x in range(4)):
        notes = "\n\n".join(["Een regel."] * paras) + "\nNog een regel." * lines
        padding = MinutesItem("1", "Mededelingen", notes=notes)
        follow = MinutesItem(
            "2", "Opvolging actiepunten", kind="ter bespreking", follow_up=(due,) * 6
        )
        doc = MinutesDoc(FRAME, INFO, "Concept", ("A",), (), (), (padding, follow))
        for text in pages_text(pdf_bytes(doc)):
            body = [x for x in text.splitlines() if x.strip()]
            at = [i for i, x in enumerate(body) if x.startswith(label)]
            assert not at or "Zaal reserveren" in body[at[0] + 1], (paras, lines)


LONG = "Vertegenwoordiger Burgemeester Scherpenheuvel-Zichem, ERSV Vlaams-Brabant arbeidsmarkt"


def cell_lines(names: tuple[int, ...], width: float = 0.16) -> list[str]:
    out = io.BytesIO()
    render(FRAME, [Table(("Rol", ""), ((LONG, ""),), (width, 1 - width), names=names)], out)
    lines = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text().splitlines()
    start = lines.index("Rol") + 1
    end = next(i for i, line in enumerate(lines) if line.startswith("Pagina "))
    return lines[start:end]


def rebuild(lines: list[str]) -> tuple[str, list[tuple[str, int]]]:
    """The cell's text from its lines, and the hyphens the text did not have (word, where)."""
    text, added = "", []
    for line in lines:
        if line.endswith("-") and not LONG.startswith(text + line):
            head = line[:-1].split()[-1]
            text += line[:-1]
            added.append((head, len(text)))
        else:
            text += line if line.endswith("-") else line + " "
    return text.strip(), added


def test_dutch_words_break_at_their_syllables_with_a_hyphen() -> None:
    text, added = rebuild([line for line in cell_lines(()) if line.strip()])
    assert text == LONG  # nothing lost, nothing split without a hyphen
    assert added  # the narrow column did need hyphens
    dic = pyphen.Pyphen(lang="nl_NL")
    for head, end in added:
        word = LONG[end - len(head) :].split()[0].rstrip(",")
        piece = word.split("-")[-1] if "-" in head or "-" not in word else word
        allowed = {len(a.replace("-", "")) for a, _ in dic.iterate(piece)}
        assert len(head.split("-")[-1]) in allowed, (head, word)


def test_names_break_only_at_spaces_and_their_own_hyphens() -> None:
    lines = [line for line in cell_lines((0,), width=0.19) if line.strip()]
    text, added = rebuild(lines)
    assert text == LONG and not added
    assert "Scherpenheuvel-" in lines  # broken at the name's own hyphen


def test_line_breaks_in_titles_become_spaces(tmp_path: Path) -> None:
    import datetime as dt

    from spitsregio_desktop.documents.build import build_agenda, build_minutes
    from spitsregio_desktop.services import agenda
    from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details
    from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
    from spitsregio_desktop.storage.database import open_database

    db = open_database(tmp_path / "x.sqlite", backup_on_start=False)
    with db.session() as s:
        demo_secretariat_details(s)
        meeting = create_meeting(s, MeetingInput(body="TF", date=dt.date(2026, 12, 10)))
        agenda.add_item(s, meeting, "Mobiliteit\n\nin de\r\nSpitsregio")
        minutes, agenda_doc = build_minutes(s, meeting), build_agenda(s, meeting)
    db.close()
    assert "Mobiliteit in de Spitsregio" in [i.title for i in minutes.items]
    assert "Mobiliteit in de Spitsregio" in [i.title for i in agenda_doc.items]
    text = " ".join(pages_text(pdf_bytes(minutes)))
    assert "Mobiliteit in de Spitsregio" in text
