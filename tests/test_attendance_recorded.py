"""Attendance is recorded, never assumed: read back through services, documents and packages."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from spitsregio_desktop.documents.export import export_document
from spitsregio_desktop.services import attendance, minutes
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import (
    MeetingInput,
    close_meeting,
    create_meeting,
    meeting_detail,
)
from spitsregio_desktop.services.package import export_package, import_package
from spitsregio_desktop.services.people import list_persons
from spitsregio_desktop.services.roll_call import unrecorded_people
from spitsregio_desktop.storage import migrate
from spitsregio_desktop.storage.enums import Answer, MeetingStatus, Presence


def _meeting(session, date: str = "2026-12-10") -> int:
    mid = create_meeting(
        session,
        MeetingInput(body="BO", date=date, start_time="09:00", end_time="11:00", location="Leuven"),
    )
    attendance.invite_members(session, mid)
    return mid


def _pid(session, name: str) -> int:
    return next(p.id for p in list_persons(session) if p.name == name)


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_fill_from_answers_records_only_what_was_answered(session) -> None:
    mid = _meeting(session)
    leuven, tienen, diest = (
        _pid(session, f"Burgemeester {n}") for n in ("Leuven", "Tienen", "Diest")
    )
    attendance.set_answer(session, mid, leuven, "coming")
    attendance.set_answer(session, mid, tienen, "excused")
    attendance.set_answer(session, mid, diest, "substituted", substitute_name="Schepen Janssens")
    assert attendance.fill_from_answers(session, mid) == 3
    d = meeting_detail(session, mid)
    by_name = {a.name: a for a in d.attendance}
    assert by_name["Burgemeester Leuven"].presence == Presence.PRESENT
    assert by_name["Burgemeester Tienen"].presence == Presence.EXCUSED
    assert by_name["Burgemeester Diest"].presence == Presence.SUBSTITUTED
    assert by_name["Burgemeester Diest"].substitute_name == "Schepen Janssens"
    assert len(d.attendance) == 3  # nobody else was assumed anything
    assert len(d.unrecorded) == 27 == len(unrecorded_people(session, mid))
    assert all(a.presence != Presence.ABSENT for a in d.attendance)


def test_the_answer_substituted_needs_a_name(session) -> None:
    mid = _meeting(session)
    leuven = _pid(session, "Burgemeester Leuven")
    with pytest.raises(ValidationError, match="door wie"):
        attendance.set_answer(session, mid, leuven, "substituted")
    attendance.set_answer(session, mid, leuven, "substituted", substitute_name="Schepen Peeters")
    inv = meeting_detail(session, mid).invitations
    row = next(i for i in inv if i.person_id == leuven)
    assert row.answer == Answer.SUBSTITUTED and row.substitute_name == "Schepen Peeters"
    attendance.set_answer(session, mid, leuven, "coming")  # the name goes with the answer
    row = next(i for i in meeting_detail(session, mid).invitations if i.person_id == leuven)
    assert row.substitute_name == ""


def test_arrival_or_leaving_records_present_and_clearing_undoes(session) -> None:
    mid = _meeting(session)
    leuven = _pid(session, "Burgemeester Leuven")
    attendance.mark_departure(session, mid, leuven, "10:30")
    assert meeting_detail(session, mid).attendance[0].presence == Presence.PRESENT
    attendance.clear_presence(session, mid, leuven)
    d = meeting_detail(session, mid)
    assert d.attendance == () and leuven in {i.person_id for i in d.unrecorded}


def _record_all_but(session, mid: int, keep: int) -> None:
    for person in unrecorded_people(session, mid)[keep:]:
        attendance.set_presence(session, mid, person.person_id, "present")


def test_closing_with_unrecorded_people_asks_first(session) -> None:
    mid = _meeting(session)
    _record_all_but(session, mid, keep=2)
    with pytest.raises(ValidationError) as caught:
        close_meeting(session, mid, dt.time(11, 5))
    assert "Van 2 personen is de aanwezigheid nog niet geregistreerd" in caught.value.message
    assert meeting_detail(session, mid).status == MeetingStatus.PLANNED  # nothing changed
    close_meeting(session, mid, dt.time(11, 5), allow_unrecorded=True)  # "sluit toch"
    assert meeting_detail(session, mid).status == MeetingStatus.MINUTES_DRAFT


def test_minutes_cannot_be_sent_or_approved_while_anyone_is_unrecorded(session) -> None:
    mid = _meeting(session)
    _record_all_but(session, mid, keep=1)
    with pytest.raises(ValidationError, match="Van 1 persoon is de aanwezigheid nog niet"):
        minutes.send_for_remarks(session, mid)
    with pytest.raises(ValidationError, match="voor u het verslag goedkeurt"):
        minutes.approve(session, mid)
    last = unrecorded_people(session, mid)[0]
    attendance.set_presence(session, mid, last.person_id, "absent")
    minutes.send_for_remarks(session, mid)
    assert minutes.approve(session, mid)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_draft_minutes_list_the_unrecorded_apart(session, tmp_path: Path, fmt: str) -> None:
    mid = _meeting(session)
    attendance.set_answer(session, mid, _pid(session, "Burgemeester Leuven"), "coming")
    attendance.fill_from_answers(session, mid)
    attendance.set_presence(session, mid, _pid(session, "Burgemeester Tienen"), "absent")
    path = export_document(session, mid, "minutes", fmt, tmp_path / f"m.{fmt}")
    text = " ".join((_docx_text(path) if fmt == "docx" else _pdf_text(path)).split())
    assert "Aanwezig: Burgemeester Leuven" in text
    assert "Afwezig: Burgemeester Tienen Aanwezigheid niet geregistreerd:" in text
    unrecorded = text.split("Aanwezigheid niet geregistreerd:")[1]
    assert "Burgemeester Aarschot" in unrecorded and "Burgemeester Zoutleeuw" in unrecorded


def test_package_keeps_not_recorded_and_the_announced_substitute(session) -> None:
    mid = _meeting(session)
    leuven, tienen = _pid(session, "Burgemeester Leuven"), _pid(session, "Burgemeester Tienen")
    attendance.set_answer(session, mid, leuven, "substituted", substitute_name="Schepen Peeters")
    attendance.set_answer(session, mid, tienen, "coming")
    attendance.set_presence(session, mid, tienen, "present")
    first = export_package(session, mid)
    by_name = {p["name"]: p for p in first["participants"]}
    assert "attendance" not in by_name["Burgemeester Leuven"]
    assert by_name["Burgemeester Leuven"]["answer"] == "substituted"
    assert by_name["Burgemeester Leuven"]["substitute"] == "Schepen Peeters"
    assert by_name["Burgemeester Tienen"]["attendance"] == "present"
    assert "attendance" not in by_name["Burgemeester Aarschot"]
    again = import_package(session, first)
    d = meeting_detail(session, again)
    assert len(d.attendance) == 1 and len(d.unrecorded) == 29
    second = export_package(session, again)
    assert second == first
    # filling from the imported answers carries the substitute into attendance
    attendance.fill_from_answers(session, again)
    row = next(
        a for a in meeting_detail(session, again).attendance if a.name == "Burgemeester Leuven"
    )
    assert row.presence == Presence.SUBSTITUTED and row.substitute_name == "Schepen Peeters"


def test_package_answer_substituted_without_a_name_is_refused(session) -> None:
    mid = _meeting(session)
    data = export_package(session, mid)
    data["participants"][0]["answer"] = "substituted"
    with pytest.raises(ValidationError) as caught:
        import_package(session, data)
    assert caught.value.field == "participants[0].substitute"


def _sql(path: Path, query: str, *args) -> list:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(query, args).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


def test_migration_takes_back_only_absences_that_cannot_have_been_seen(tmp_path: Path) -> None:
    from spitsregio_desktop.storage.database import open_database

    path = tmp_path / "old.sqlite"
    migrate.upgrade_via_copy(path, "0003")  # the schema before this change
    _sql(
        path,
        "INSERT INTO bodies (id, name, short, secretariat, members_description, themes, "
        "standard_agenda) VALUES (1, 'B', 'B', '', '', '', '[]')",
    )
    _sql(
        path,
        "INSERT INTO persons (id, name, function, email, phone, active) "
        "VALUES (1, 'P1', '', '', '', 1), (2, 'P2', '', '', '', 1)",
    )
    for mid, status in ((1, "invited"), (2, "minutes_approved")):
        _sql(
            path,
            "INSERT INTO meetings (id, body_id, number, title, date, location, status, "
            "calendar_sequence, created_at) VALUES (?, 1, ?, '', '2026-12-10', '', ?, 0, "
            "'2026-11-01 10:00:00')",
            mid,
            mid,
            status,
        )
        for pid, answer in ((1, "no_answer"), (2, "coming")):
            _sql(
                path,
                "INSERT INTO invitations (meeting_id, person_id, role, answer) "
                "VALUES (?, ?, 'member', ?)",
                mid,
                pid,
                answer,
            )
            _sql(
                path,
                "INSERT INTO attendances (meeting_id, person_id, presence, "
                "substitute_name) VALUES (?, ?, 'absent', '')",
                mid,
                pid,
            )
    db = open_database(path, backup_on_start=False, seed=False)
    db.close()
    rows = _sql(path, "SELECT meeting_id, person_id FROM attendances ORDER BY 1, 2")
    # the not-held meeting's guessed absence is gone; an answered one and the approved
    # meeting's record stay as they were
    assert rows == [(1, 2), (2, 1), (2, 2)]
    assert _sql(path, "SELECT version_num FROM alembic_version") == [(migrate.head_revision(),)]
    _sql(
        path,
        "UPDATE invitations SET answer = 'substituted', substitute_name = 'X' WHERE person_id = 1",
    )  # the new value passes the new CHECK
