"""A new meeting takes the body's habits; an agenda that runs past the end is said so."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from spitsregio_desktop.services import agenda
from spitsregio_desktop.services.agenda_time import meeting_agenda_warning
from spitsregio_desktop.services.demo import generate_demo
from spitsregio_desktop.services.meeting_defaults import meeting_defaults
from spitsregio_desktop.services.meetings import (
    MeetingInput,
    create_meeting,
    list_meetings,
    update_meeting,
)
from spitsregio_desktop.storage.database import open_database

D = dt.date
TODAY = D(2026, 11, 27)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite", backup_on_start=False)
    with db.session() as s:
        generate_demo(s, years=2, today=TODAY)
    yield db
    db.close()


@pytest.mark.parametrize("body", ["BO", "TF"])
def test_new_meeting_follows_the_body_habits(demo, body: str) -> None:
    with demo.session() as s:
        meetings = [m for m in list_meetings(s, body=body) if m.status != "cancelled"]
        got = meeting_defaults(s, body, today=TODAY)
    recent = meetings[:6]
    weekday = Counter(m.date.weekday() for m in recent).most_common(1)[0][0]
    start = Counter(m.start_time for m in recent).most_common(1)[0][0]
    assert got.from_history
    assert got.date.weekday() == weekday
    assert got.date > meetings[0].date  # after the last planned one
    assert got.date - meetings[0].date <= dt.timedelta(days=7)  # the first free such day
    assert got.date not in {m.date for m in meetings}
    assert got.start_time == start
    assert got.end_time > got.start_time
    assert got.location in {m.location for m in recent}
    assert got.location != "Provinciehuis, Provincieplein 1, 3010 Leuven"


def test_demo_values(demo) -> None:
    with demo.session() as s:
        bo, tf = meeting_defaults(s, "BO", today=TODAY), meeting_defaults(s, "TF", today=TODAY)
    assert (bo.date, bo.start_time, bo.location) == (
        D(2027, 1, 14),
        dt.time(8, 0),
        "Stadhuis Leuven",
    )
    assert bo.date.strftime("%A") == "Thursday"
    assert (tf.date, tf.start_time) == (D(2026, 12, 22), dt.time(14, 0))
    assert tf.date.strftime("%A") == "Tuesday"


def test_a_taken_day_is_skipped_and_the_past_is_not_proposed(session) -> None:
    for date in ("2026-10-06", "2026-10-13", "2026-10-20"):  # Tuesdays at 14:00 in Herent
        create_meeting(
            session,
            MeetingInput(
                body="TF",
                date=date,
                start_time="14:00",
                end_time="16:00",
                location="Gemeentehuis Herent",
            ),
        )
    create_meeting(session, MeetingInput(body="BO", date="2026-10-27", start_time="09:00"))
    got = meeting_defaults(session, "TF", today=D(2026, 10, 21))
    assert (got.date, got.start_time, got.end_time, got.location) == (
        D(2026, 10, 27),
        dt.time(14, 0),
        dt.time(16, 0),
        "Gemeentehuis Herent",
    )
    later = meeting_defaults(session, "TF", today=D(2026, 12, 2))  # long after the last one
    assert later.date == D(2026, 12, 8)


def test_without_history_the_settings_hold(session) -> None:
    got = meeting_defaults(session, "BO", today=D(2026, 12, 4))  # a Friday
    assert not got.from_history
    assert got.date == D(2026, 12, 7)  # the next working day
    assert got.start_time == dt.time(9, 0) and got.end_time == dt.time(11, 0)


def test_agenda_past_the_end_is_warned(session) -> None:
    mid = create_meeting(
        session,
        MeetingInput(body="TF", date="2027-01-12", start_time="09:00", end_time="11:30"),
        from_template=False,
    )
    for minutes in (60, 45, 45):
        agenda.add_item(session, mid, f"Punt van {minutes} minuten", duration_minutes=minutes)
    assert meeting_agenda_warning(session, mid) == ""  # 09:00 + 150 min = 11:30: fits
    agenda.add_item(session, mid, "Nog een punt", duration_minutes=68)
    assert meeting_agenda_warning(session, mid) == (
        "De agenda loopt tot 12:38, na het einde van de vergadering (11:30)."
    )
    update_meeting(session, mid, end_time="13:00")
    assert meeting_agenda_warning(session, mid) == ""
    update_meeting(session, mid, end_time="")
    assert meeting_agenda_warning(session, mid) == ""  # no end: nothing to run past
