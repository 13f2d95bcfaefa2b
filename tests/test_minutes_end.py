"""Minutes a mayor reads to the end: the follow-up, the closing block, the length; and no
document or e-mail of a fresh database with a made-up secretariat address."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from spitsregio_desktop.documents.export import export_document
from spitsregio_desktop.documents.mail import export_mail
from spitsregio_desktop.services import actions, agenda, attendance, minutes
from spitsregio_desktop.services.demo import generate_demo
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import (
    MeetingInput,
    close_meeting,
    create_meeting,
    list_meetings,
)
from spitsregio_desktop.services.package import import_package
from spitsregio_desktop.services.roll_call import unrecorded_people
from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.storage.enums import Role
from spitsregio_desktop.storage.models import Body, Membership, Person
from tests.test_cli import PACKAGE, one_line_error, run

D = dt.date


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        raw = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    else:
        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                parts += [c.text for c in row.cells]
        raw = "\n".join(parts)
    return " ".join(raw.split())


def _appoint(session, body: str, name: str, role: Role) -> None:
    membership = session.scalar(
        select(Membership)
        .join(Body, Membership.body_id == Body.id)
        .join(Person, Membership.person_id == Person.id)
        .where(Body.short == body, Person.name == name)
    )
    membership.role = role
    session.commit()


def _held_meeting(session, date: str) -> int:
    mid = create_meeting(
        session,
        MeetingInput(
            body="TF", date=date, start_time="14:00", end_time="16:00", location="VDAB, Leuven"
        ),
    )
    attendance.invite_members(session, mid)
    for person in unrecorded_people(session, mid):
        attendance.set_presence(session, mid, person.person_id, "present")
    return mid


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_closing_block_and_signatures_once_approved(session, tmp_path: Path, fmt: str) -> None:
    _appoint(session, "TF", "Vertegenwoordiger Provincie", Role.CHAIR)
    mid = _held_meeting(session, "2027-01-12")
    later = create_meeting(
        session,
        MeetingInput(body="TF", date="2027-02-09", start_time="14:00", location="VDAB, Leuven"),
    )
    close_meeting(session, mid, dt.time(16, 5))
    draft = _text(export_document(session, mid, "minutes", fmt, tmp_path / f"d.{fmt}"))
    end = draft[draft.index("Sluiting") :]
    assert "De vergadering wordt gesloten om 16:05." in end
    assert "Volgende vergadering: dinsdag 9 februari 2027 om 14:00, VDAB, Leuven" in end
    assert "Verslag: Vertegenwoordiger ERSV, secretaris" in end
    assert "De voorzitter" not in end  # signatures only on approved minutes
    minutes.approve(session, mid, at_meeting_id=later, on=D(2027, 2, 9))
    final = _text(export_document(session, mid, "minutes", fmt, tmp_path / f"a.{fmt}"))
    end = final[final.index("Sluiting") :]
    assert "De voorzitter" in end and "De secretaris" in end
    assert "Vertegenwoordiger Provincie voorzitter" in end
    assert "Vertegenwoordiger ERSV secretaris" in end


def test_without_a_chair_the_signature_line_is_left_to_fill_in(session, tmp_path: Path) -> None:
    mid = _held_meeting(session, "2027-01-12")
    close_meeting(session, mid, dt.time(16, 5))
    minutes.approve(session, mid)
    text = _text(export_document(session, mid, "minutes", "docx", tmp_path / "m.docx"))
    assert "De voorzitter" in text and "Naam: ……" in text


def test_follow_up_lists_what_is_due_and_counts_the_rest(session, tmp_path: Path) -> None:
    first = _held_meeting(session, "2026-11-10")
    item = agenda.add_item(session, first, "Jobbeurs")
    due = actions.add_action(
        session, item, "Zaal reserveren", owner_text="VDAB", due_date="2026-12-01"
    )
    actions.add_progress(session, due, "Offerte gevraagd bij drie zalen", on_date=D(2026, 11, 20))
    actions.add_action(session, item, "Affiche drukken", due_date="2027-03-01")
    actions.add_action(session, item, "Sprekers zoeken")  # no due date
    second = _held_meeting(session, "2026-12-08")
    for fmt in ("docx", "pdf"):
        text = _text(export_document(session, second, "minutes", fmt, tmp_path / f"m.{fmt}"))
        part = text[text.index("Opvolging actiepunten") : text.index("Varia")]
        assert "Zaal reserveren – VDAB – 01/12/2026 – Offerte gevraagd bij drie zalen" in part
        assert "Affiche drukken" not in text and "Sprekers zoeken" not in text
        assert "2 andere openstaande actiepunten hebben een latere of geen termijn" in part
        assert "zie de actielijst" in part
        assert text.count("Zaal reserveren") == 1  # listed once, not again at the end


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path, backup_on_start=False)
    with db.session() as s:
        generate_demo(s, years=2, today=D(2026, 11, 27))
    yield db
    db.close()


def _held_meetings(session, body: str) -> list:
    """The body's held meetings, latest first (the latest follow up the most actions)."""
    held = ("minutes_draft", "minutes_approved")
    return [m for m in list_meetings(session, body=body) if m.status in held]


@pytest.fixture(scope="module")
def demo_pages(demo, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[int, int]]:
    """Per body: the page count of every held meeting's minutes PDF, latest first."""
    folder = tmp_path_factory.mktemp("minutes")
    out: dict[str, dict[int, int]] = {}
    with demo.session() as s:
        for body in ("BO", "TF"):
            pages = out[body] = {}
            for m in _held_meetings(s, body):
                path = export_document(s, m.id, "minutes", "pdf", folder / f"{m.id}.pdf")
                pages[m.id] = len(PdfReader(str(path)).pages)
                if len(pages) <= 3:
                    text = _text(path)
                    assert "Actiepunten met een termijn tot en met deze vergadering" in text
                    assert "Sluiting" in text and "De vergadering wordt gesloten om" in text
    return out


@pytest.mark.parametrize("body", ["BO", "TF"])
def test_minutes_of_every_demo_meeting_fit_in_six_pages(demo_pages, body: str) -> None:
    pages = demo_pages[body]
    # Before: 20 to 24 pages (every open action of the past in full, twice), then up to 8
    # (11 pt body, generous spacing, a label line above each item's actions, the pointer to
    # the actions a section of its own); the demo's meetings have up to 18 items and
    # 40 people, and its latest follow up some 35 actions.
    assert len(pages) > 30 and max(pages.values()) <= 6, pages


def test_word_minutes_of_the_longest_demo_meetings_fit_in_six_pages(
    demo, demo_pages, tmp_path: Path
) -> None:
    """The Word file as LibreOffice lays it out (Carlito for Calibri, as Word has it): the
    three latest meetings of each body and each body's longest PDF."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    match = subprocess.run(["fc-match", "Calibri"], capture_output=True, text=True).stdout
    assert "Carlito" in match, "install fonts-crosextra-carlito (.ci/run does)"
    chosen: set[int] = set()
    for pdf in demo_pages.values():
        chosen |= set(list(pdf)[:3]) | {max(pdf, key=lambda mid: pdf[mid])}
    with demo.session() as s:
        sources = [
            export_document(s, mid, "minutes", "docx", tmp_path / f"{mid}.docx")
            for mid in sorted(chosen)
        ]
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "word"),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pages = {}
    for source in sources:
        converted = tmp_path / "word" / f"{source.stem}.pdf"
        assert "De vergadering wordt gesloten om" in _text(converted)
        pages[source.stem] = len(PdfReader(str(converted)).pages)
    assert len(pages) >= 6 and max(pages.values()) <= 6, pages


def test_fresh_database_asks_for_the_secretariat_first(fresh_database, tmp_path: Path) -> None:
    with fresh_database.session() as s:
        mid = import_package(s, PACKAGE)
        for kind, fmt in (
            ("minutes", "pdf"),
            ("invitation", "docx"),
            ("agenda", "docx"),
            ("invitation", "eml"),
            ("invitation", "ics"),
            ("minutes", "eml"),
        ):
            with pytest.raises(ValidationError) as caught:
                if fmt in ("pdf", "docx"):
                    export_document(s, mid, kind, fmt, tmp_path / f"x.{fmt}")
                else:
                    export_mail(s, mid, kind, fmt, tmp_path / f"x.{fmt}", attachments_dir=tmp_path)
            assert "secretariaat" in caught.value.message
            assert not (tmp_path / f"x.{fmt}").exists()


def test_no_placeholder_address_is_ever_printed(database, tmp_path: Path) -> None:
    with database.session() as s:
        mid = import_package(s, PACKAGE)
        for kind in ("minutes", "invitation", "agenda"):
            text = _text(export_document(s, mid, kind, "pdf", tmp_path / f"{kind}.pdf"))
            assert "spitsregio.example" not in text
            assert "secretariaat@example.be" in text  # what was filled in


def test_cli_export_on_a_fresh_database_says_so_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "nieuw.sqlite"
    package = tmp_path / "vergadering.json"
    package.write_text(json.dumps(PACKAGE, ensure_ascii=False), encoding="utf-8")
    meeting = run("import", str(package), "--db", str(db)).stdout.split()[-1]
    out = tmp_path / "verslag.pdf"
    line = one_line_error(
        run(
            "export",
            meeting,
            "--db",
            str(db),
            "--kind",
            "minutes",
            "--format",
            "pdf",
            "--out",
            str(out),
        )
    )
    assert "Vul eerst de gegevens van het secretariaat in bij Instellingen" in line
    assert not out.exists()


def test_words_termijn_concept_and_lower_case_weekdays(session, tmp_path: Path) -> None:
    from spitsregio_desktop.services import labels
    from spitsregio_desktop.storage.enums import MeetingStatus, MinutesStatus

    first = _held_meeting(session, "2026-11-10")
    item = agenda.add_item(session, first, "Jobbeurs")
    actions.add_action(session, item, "Zaal reserveren", owner_text="VDAB", due_date="2026-12-01")
    create_meeting(session, MeetingInput(body="TF", date="2026-12-08", start_time="14:00"))
    for fmt in ("docx", "pdf"):
        listing = _text(export_document(session, first, "actions", fmt, tmp_path / f"l.{fmt}"))
        assert "Termijn" in listing and "Tegen" not in listing
        text = _text(export_document(session, first, "minutes", fmt, tmp_path / f"m.{fmt}"))
        assert "ontwerp" not in text.lower()
        assert "Zaal reserveren – VDAB – termijn 01/12/2026" in text
        assert "Volgende vergadering: dinsdag 8 december 2026 om 14:00" in text
    assert labels.MINUTES_STATUS[MinutesStatus.DRAFT] == "concept"
    assert labels.MEETING_STATUS[MeetingStatus.MINUTES_DRAFT] == "conceptverslag"


def test_first_steps_are_ticked_off(fresh_database) -> None:
    from spitsregio_desktop.services.first_start import first_steps, is_first_start
    from spitsregio_desktop.services.people import list_persons, save_person
    from spitsregio_desktop.services.settings import save_settings

    with fresh_database.session() as s:
        assert [(x.key, x.done) for x in first_steps(s)] == [
            ("secretariat", False),
            ("members", False),
            ("meeting", False),
        ]
        save_settings(s, secretariat_email="secretariaat@spitsregio-leuven.example")
        leuven = next(p for p in list_persons(s) if p.name == "Burgemeester Leuven")
        save_person(s, leuven.id, name="Mohamed Ridouani", email="burgemeester@leuven.example")
        assert [x.done for x in first_steps(s)] == [True, True, False]
        assert is_first_start(s)
        create_meeting(s, MeetingInput(body="BO", date="2027-01-14"))
        assert not is_first_start(s)
