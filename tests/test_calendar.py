"""Calendar invitations (.ics) read back with icalendar, as a calendar client would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from spitsregio_desktop.documents.calendar import build_ics
from spitsregio_desktop.documents.mail import export_mail
from spitsregio_desktop.services import agenda, attendance, people
from spitsregio_desktop.services.meetings import (
    MeetingInput,
    cancel_meeting,
    create_meeting,
    meeting_detail,
    update_meeting,
)
from spitsregio_desktop.services.settings import load_settings, save_settings
from spitsregio_desktop.storage.database import open_database

COMMA_QUOTES = 'De Smet, Jan "Jef"'
ACCENTS = "Émile Çelik"
SECRET = "GEHEIMDOSSIER grondaankoop"


@pytest.fixture
def world(tmp_path: Path):
    db = open_database(tmp_path / "x.sqlite", backup_on_start=False)
    with db.session() as s:  # a new database asks for these first
        save_settings(s, secretariat_email="secretariaat@spitsregio-leuven.example")
    with db.session() as s:
        meeting = create_meeting(
            s,
            MeetingInput(
                body="TF",
                date="2026-12-10",
                start_time="09:00",
                end_time="11:00",
                location="Provinciehuis, Provincieplein 1, 3010 Leuven",
            ),
        )
        ids = [
            people.save_person(s, None, name=COMMA_QUOTES, email="jan.desmet@leuven.example"),
            people.save_person(s, None, name=ACCENTS, email="emile@vdab.example"),
            people.save_person(s, None, name="Zonder Adres"),
        ]
        attendance.invite_members(s, meeting, ids)
        agenda.add_item(
            s, meeting, "Jobbeurs Spitsregio", presenter="VDAB", internal_notes="INTERNENOTITIE"
        )
        agenda.add_item(s, meeting, SECRET, confidential=True)
    try:
        yield db, meeting, tmp_path
    finally:
        db.close()


def ics_of(session, meeting_id: int) -> Calendar:
    data = build_ics(meeting_detail(session, meeting_id), load_settings(session))
    return Calendar.from_ical(data)


def event_of(cal: Calendar):
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    return events[0]


def test_request_with_timezone_attendees_and_agenda(world):
    db, meeting, _ = world
    with db.session() as s:
        cal = ics_of(s, meeting)
    assert str(cal["METHOD"]) == "REQUEST"
    assert str(cal["VERSION"]) == "2.0"
    assert "PRODID" in cal
    ev = event_of(cal)
    assert "RRULE" not in ev and "RDATE" not in ev
    assert int(ev["SEQUENCE"]) == 0
    assert str(ev["STATUS"]) == "CONFIRMED"
    assert ev["DTSTART"].params["TZID"] == "Europe/Brussels"
    start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
    assert (start.hour, start.minute, end.hour) == (9, 0, 11)
    assert start.utcoffset() == dt.timedelta(hours=1)  # CET in December
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Brussels"]
    assert not cal.get_missing_tzids()
    assert str(ev["SUMMARY"]).startswith("Taskforce Spitsregio Leuven")
    assert str(ev["LOCATION"]) == "Provinciehuis, Provincieplein 1, 3010 Leuven"
    organizer = ev["ORGANIZER"]
    assert str(organizer) == "mailto:secretariaat@spitsregio-leuven.example"
    assert organizer.params["CN"].startswith("Secretariaat")
    attendees = ev["ATTENDEE"]
    assert {a.params["CN"] for a in attendees} == {COMMA_QUOTES, ACCENTS}
    for a in attendees:
        assert a.params["ROLE"] == "REQ-PARTICIPANT"
        assert a.params["PARTSTAT"] == "NEEDS-ACTION"
        assert a.params["RSVP"] == "TRUE"
    assert {str(a) for a in attendees} == {
        "mailto:jan.desmet@leuven.example",
        "mailto:emile@vdab.example",
    }
    text = str(ev["DESCRIPTION"])
    assert "Jobbeurs Spitsregio (VDAB)" in text
    assert "Vertrouwelijk punt" in text
    assert SECRET not in text and "INTERNENOTITIE" not in text


def test_uid_stable_sequence_up_and_cancel(world):
    db, meeting, tmp = world
    with db.session() as s:
        first = event_of(ics_of(s, meeting))
        again = event_of(ics_of(s, meeting))
        assert first["UID"] == again["UID"]
        assert int(again["SEQUENCE"]) == 0
        attendance.mark_invitations_sent(s, meeting, on=dt.date(2026, 11, 20))
        update_meeting(s, meeting, date="2026-12-17")
        moved = event_of(ics_of(s, meeting))
        assert moved["UID"] == first["UID"]
        assert int(moved["SEQUENCE"]) == 1
        assert moved.decoded("DTSTART").date() == dt.date(2026, 12, 17)
        update_meeting(s, meeting, location="Stadhuis Leuven")
        assert int(event_of(ics_of(s, meeting))["SEQUENCE"]) == 2
        cancel_meeting(s, meeting)
        out = export_mail(
            s,
            meeting,
            "invitation",
            "ics",
            tmp / "afgelast.ics",
            attachments_dir=tmp / "attachments",
            warn=None,
        )
    cal = Calendar.from_ical(out.read_bytes())
    ev = event_of(cal)
    assert str(cal["METHOD"]) == "CANCEL"
    assert str(ev["STATUS"]) == "CANCELLED"
    assert ev["UID"] == first["UID"]
    assert int(ev["SEQUENCE"]) == 3
    assert len(ev["ATTENDEE"]) == 2


def test_all_day_and_default_length(world):
    db, _, _ = world
    with db.session() as s:
        no_hours = create_meeting(s, MeetingInput(body="BO", date="2026-06-04"))
        no_end = create_meeting(s, MeetingInput(body="BO", date="2026-06-11", start_time="14:30"))
        ev = event_of(ics_of(s, no_hours))
        assert ev.decoded("DTSTART") == dt.date(2026, 6, 4)
        assert ev.decoded("DTEND") == dt.date(2026, 6, 5)
        ev = event_of(ics_of(s, no_end))
        start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
        assert (start.hour, start.minute) == (14, 30)
        assert end - start == dt.timedelta(hours=2)
        assert start.utcoffset() == dt.timedelta(hours=2)  # CEST in June
        assert "ATTENDEE" not in ev  # nobody invited yet: still a valid file


def test_public_leaves_confidential_items_out(world):
    db, meeting, _ = world
    with db.session() as s:
        data = build_ics(meeting_detail(s, meeting), load_settings(s), public=True)
    text = str(event_of(Calendar.from_ical(data))["DESCRIPTION"])
    assert "Vertrouwelijk" not in text and SECRET not in text
    assert "Jobbeurs Spitsregio" in text


def test_typed_text_survives(world):
    db, meeting, _ = world
    with db.session() as s:
        update_meeting(s, meeting, location="Zaal A; 1e verdieping, \\ achteraan\x01")
        agenda.add_item(s, meeting, "Emoji 🚆, komma; puntkomma \\ en\nnieuwe regel")
        ev = event_of(ics_of(s, meeting))
    assert str(ev["LOCATION"]) == "Zaal A; 1e verdieping, \\ achteraan"
    assert "Emoji 🚆, komma; puntkomma \\ en nieuwe regel" in str(ev["DESCRIPTION"])
