"""One way to make a meeting and one way to refuse a missing row."""

from __future__ import annotations

import copy

import pytest

from spitsregio_desktop.services.actions import get_action
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting, get_meeting
from spitsregio_desktop.services.package import import_package
from spitsregio_desktop.storage.enums import MinutesStatus
from spitsregio_desktop.storage.models import Meeting, MinutesVersion
from tests.test_package import PACKAGE

TASKFORCE = PACKAGE["body"]


def _draft_minutes(session, meeting_id: int) -> list[tuple[int, MinutesStatus]]:
    return [
        (v.version, v.status)
        for v in session.query(MinutesVersion).filter_by(meeting_id=meeting_id)
    ]


def test_planning_and_a_package_number_meetings_alike_and_both_get_draft_minutes(session):
    planned = create_meeting(session, MeetingInput(TASKFORCE, "2026-11-05"))
    package = copy.deepcopy(PACKAGE)
    package["title"] = ""
    imported = import_package(session, package)
    again = create_meeting(session, MeetingInput(TASKFORCE, "2027-01-07"))
    numbers = [session.get(Meeting, m).number for m in (planned, imported, again)]
    assert numbers[1] == numbers[0] + 1 and numbers[2] == numbers[1] + 1
    # a package without a title gets the same default title as a planned meeting
    assert session.get(Meeting, imported).title == f"{TASKFORCE} – vergadering {numbers[1]}"
    for meeting_id in (planned, imported, again):
        assert _draft_minutes(session, meeting_id) == [(1, MinutesStatus.DRAFT)]


@pytest.mark.parametrize(
    ("fetch", "message", "field"),
    [
        (get_meeting, "er is geen vergadering met nummer 4242", "meeting"),
        (get_action, "er is geen actiepunt met nummer 4242", "action"),
    ],
)
def test_a_missing_row_is_refused_in_dutch_naming_the_field(session, fetch, message, field):
    with pytest.raises(ValidationError) as refused:
        fetch(session, 4242)
    assert refused.value.message == message
    assert refused.value.field == field
