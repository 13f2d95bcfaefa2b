"""Follow-ups of an action decided on the row as shown: when someone else changed the action
since, the follow-up is refused in Dutch and nothing changes (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from spitsregio_desktop.services import actions, agenda
from spitsregio_desktop.services.errors import ConflictError
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
from spitsregio_desktop.storage.database import Database
from spitsregio_desktop.storage.enums import ActionStatus

DUE = dt.date(2027, 1, 15)
LATER = dt.date(2027, 2, 26)


@pytest.fixture
def action(database: Database) -> int:
    with database.session() as s:
        meeting_id = create_meeting(s, MeetingInput(body="BO", date="2026-12-10"))
        item_id = agenda.add_item(s, meeting_id, "Fietssnelweg F25")
        return actions.add_action(
            s, item_id, "Tracé bezorgen", owner_text="Provincie", due_date=DUE.isoformat()
        )


def _row(database: Database, action_id: int):
    with database.session() as s:
        return actions.get_action_row(s, action_id)


def _history(database: Database, action_id: int) -> list[str]:
    with database.session() as s:
        return [e.text for e in actions.action_history(s, action_id)]


FOLLOW_UPS = {
    "close": lambda s, i, v: actions.set_status(s, i, ActionStatus.DONE, expected_version=v),
    "cancel": lambda s, i, v: actions.set_status(
        s, i, ActionStatus.CANCELLED, "gaat niet door", expected_version=v
    ),
    "reopen": lambda s, i, v: actions.set_status(s, i, ActionStatus.OPEN, expected_version=v),
    "reassign": lambda s, i, v: actions.reassign(s, i, owner_text="Gemeente", expected_version=v),
    "postpone": lambda s, i, v: actions.postpone(s, i, "2027-03-31", expected_version=v),
}


@pytest.mark.parametrize("what", sorted(FOLLOW_UPS))
def test_a_stale_follow_up_is_refused_and_changes_nothing(
    database: Database, action: int, what: str
) -> None:
    if what == "reopen":  # reopening needs a closed action to start from
        with database.session() as s:
            actions.set_status(s, action, ActionStatus.DONE)
    shown = _row(database, action)  # what A's tracker shows
    with database.session() as b:  # B postpones it meanwhile
        actions.postpone(b, action, LATER.isoformat(), "wacht op de gemeente")
    before = _row(database, action)
    history = _history(database, action)
    with database.session() as a, pytest.raises(ConflictError) as refused:
        FOLLOW_UPS[what](a, action, shown.row_version)
    message = str(refused.value)
    assert "Het actiepunt is intussen door iemand anders gewijzigd" in message
    assert "niet bewaard" in message and "beslis opnieuw" in message
    assert "Hieronder staat de huidige tekst" not in message  # there is no text to retype
    assert refused.value.version == before.row_version
    assert refused.value.current["due_date"] == LATER
    after = _row(database, action)
    assert (after.status, after.owner, after.due_date, after.row_version) == (
        before.status,
        before.owner,
        LATER,
        before.row_version,
    )
    assert _history(database, action) == history  # nothing recorded either


@pytest.mark.parametrize("what", sorted(FOLLOW_UPS))
def test_a_follow_up_on_the_current_version_goes_through(
    database: Database, action: int, what: str
) -> None:
    if what == "reopen":
        with database.session() as s:
            actions.set_status(s, action, ActionStatus.DONE)
    shown = _row(database, action)
    with database.session() as a:
        version = FOLLOW_UPS[what](a, action, shown.row_version)
    after = _row(database, action)
    assert version == after.row_version > shown.row_version  # the next check's version
    expected = {
        "close": lambda r: r.status == ActionStatus.DONE,
        "cancel": lambda r: r.status == ActionStatus.CANCELLED,
        "reopen": lambda r: r.status == ActionStatus.OPEN,
        "reassign": lambda r: r.owner == "Gemeente",
        "postpone": lambda r: r.due_date == dt.date(2027, 3, 31),
    }
    assert expected[what](after)
