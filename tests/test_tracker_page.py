"""The tracker's first screenful (services/tracker_page.py) on SQLite and PostgreSQL: the
same rows, in the same order, as the top of the whole list sorted as the tracker sorts it
(by due date, stably, an action without one before every date)."""

from __future__ import annotations

import datetime as dt

import pytest

from spitsregio_desktop.services import actions, agenda
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
from spitsregio_desktop.services.tracker_page import first_screen
from spitsregio_desktop.storage.enums import ActionStatus

DUES = [
    "2026-12-01",
    None,
    "2026-11-10",
    "2026-12-01",
    None,
    "2027-02-01",
    "2026-11-10",
    "2026-12-01",
    "2026-10-01",
    None,
    "2027-01-15",
    "2026-11-10",
]
OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


@pytest.fixture
def tracked(session) -> None:
    meeting = create_meeting(session, MeetingInput(body="BO", date="2026-09-01"))
    item = agenda.add_item(session, meeting, "Fietsroutes")
    for n, due in enumerate(DUES):
        action = actions.add_action(
            session, item, f"Actie {n + 1:02d}", owner_text="VDAB", due_date=due
        )
        if n % 3 == 1:
            actions.set_status(session, action, ActionStatus.DONE, on_date=dt.date(2026, 11, 1))


def tracker_order(rows: list, latest_first: bool) -> list:
    """The tracker model's sort by due date: stable, no due date as the smallest key."""
    return sorted(
        rows, key=lambda r: r.due_date.isoformat() if r.due_date else "", reverse=latest_first
    )


@pytest.mark.parametrize("latest_first", [False, True])
@pytest.mark.parametrize("statuses", [None, OPEN], ids=["all", "open"])
@pytest.mark.parametrize("count", [1, 4, 7, 50])
def test_first_screen_is_the_top_of_the_whole_list(session, tracked, latest_first, statuses, count):
    whole = [r for r in actions.list_actions(session) if statuses is None or r.status in statuses]
    expected = [r.description for r in tracker_order(whole, latest_first)][:count]

    page = first_screen(session, statuses, count, latest_first)
    # the tracker sorts what it gets: the same stable sort over the page
    assert [r.description for r in tracker_order(page, latest_first)] == expected
    assert len(page) == min(count, len(whole))
