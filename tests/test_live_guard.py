"""Closed means closed: live mode on a closed meeting asks, records, and is never resumed."""

from __future__ import annotations

import datetime as dt

import pytest

from spitsregio_desktop.services import attendance, live_guard, minutes
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import (
    MeetingInput,
    close_meeting,
    create_meeting,
    find_live_meeting,
    meeting_detail,
    set_live_item,
)
from spitsregio_desktop.services.roll_call import unrecorded_people
from spitsregio_desktop.storage.enums import MeetingStatus, MinutesStatus


def _live_meeting(session) -> int:
    mid = create_meeting(session, MeetingInput(body="BO", date="2026-12-10", start_time="09:00"))
    attendance.invite_members(session, mid)
    for person in unrecorded_people(session, mid):
        attendance.set_presence(session, mid, person.person_id, "present")
    set_live_item(session, mid, meeting_detail(session, mid).items[0].id)
    return mid


def test_an_open_meeting_needs_no_question_and_resumes(session) -> None:
    mid = _live_meeting(session)
    assert live_guard.reopen_question(session, mid) == ""
    assert find_live_meeting(session) == mid


def test_a_closed_meeting_is_never_resumed_and_asks_first(session) -> None:
    mid = _live_meeting(session)
    close_meeting(session, mid, dt.time(11, 0))
    assert find_live_meeting(session) is None
    assert "Deze vergadering is gesloten. Heropenen" in live_guard.reopen_question(session, mid)
    # entering live mode anyway (without reopening) still never resumes at start
    set_live_item(session, mid, meeting_detail(session, mid).items[1].id)
    assert find_live_meeting(session) is None
    with pytest.raises(ValidationError, match="reden"):
        live_guard.reopen_for_live(session, mid, " ")
    live_guard.reopen_for_live(session, mid, "besluit 3 aanvullen", on=dt.date(2026, 12, 11))
    d = meeting_detail(session, mid)
    assert d.status == MeetingStatus.HELD
    assert (
        "heropend op 11/12/2026: heropend om verder te notuleren: besluit 3 aanvullen"
        in (d.minutes.history[0])
    )
    assert find_live_meeting(session) == mid


def test_sent_and_approved_minutes_say_so_and_reopen_on_the_record(session) -> None:
    mid = _live_meeting(session)
    close_meeting(session, mid, dt.time(11, 0))
    minutes.send_for_remarks(session, mid)
    assert "ter opmerkingen verstuurd" in live_guard.reopen_question(session, mid)
    minutes.approve(session, mid)
    assert "goedgekeurd" in live_guard.reopen_question(session, mid)
    live_guard.reopen_for_live(session, mid, "naam voorzitter")
    d = meeting_detail(session, mid)
    assert d.status == MeetingStatus.HELD and d.minutes.status == MinutesStatus.DRAFT
    assert d.minutes.version == 2 and "naam voorzitter" in d.minutes.history[0]
