"""Everyone recorded by service, for tests about something after the roll call (live
panels, closing, minutes). The roll call itself is driven by keys in test_roll_call.py,
test_meeting_day.py and test_live_start.py."""

from __future__ import annotations

from spitsregio_desktop.services import attendance
from spitsregio_desktop.services.roll_call import unrecorded_people


def record_everyone(session, meeting_id: int, presence: str = "present") -> int:
    """Record every invitee not recorded yet; returns how many."""
    people = unrecorded_people(session, meeting_id)
    for person in people:
        attendance.set_presence(session, meeting_id, person.person_id, presence)
    return len(people)
