"""Two people editing the same rows: a save over someone else's newer change is refused.

Runs on SQLite and on PostgreSQL (the `database` fixture); what a person notices: the
Dutch refusal, the other person's text still there, and the current text offered.
"""

from __future__ import annotations

import pytest

from spitsregio_desktop.services import agenda, decisions
from spitsregio_desktop.services.errors import ConflictError
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting, update_meeting
from spitsregio_desktop.storage.database import Database
from spitsregio_desktop.storage.errors import ConcurrentChange
from spitsregio_desktop.storage.models import AgendaItem


@pytest.fixture
def item(database: Database) -> tuple[int, int]:
    with database.session() as s:
        meeting_id = create_meeting(s, MeetingInput(body="BO", date="2026-12-10"))
        item_id = agenda.add_item(s, meeting_id, "Fietssnelweg F25")
    return meeting_id, item_id


def _version(database: Database, item_id: int) -> int:
    with database.session() as s:
        return s.get(AgendaItem, item_id).row_version


def test_two_secretaries_saving_notes_the_second_is_refused_with_the_current_text(
    database: Database, item: tuple[int, int]
) -> None:
    _, item_id = item
    shown = _version(database, item_id)  # both windows show the item at this version
    with database.session() as anna:
        new_version = agenda.save_notes(anna, item_id, "Anna: akkoord", expected_version=shown)
    assert new_version == shown + 1
    with database.session() as bert, pytest.raises(ConflictError) as refused:
        agenda.save_notes(bert, item_id, "Bert: uitgesteld", expected_version=shown)
    assert "intussen door iemand anders gewijzigd" in str(refused.value)
    assert refused.value.current["notes"] == "Anna: akkoord"
    assert refused.value.version == new_version
    with database.session() as s:
        assert s.get(AgendaItem, item_id).notes == "Anna: akkoord"  # nothing overwritten
    # Bert takes over the current text and saves again: accepted
    with database.session() as bert:
        agenda.save_notes(
            bert, item_id, "Anna: akkoord\nBert: uitgesteld", expected_version=new_version
        )
    with database.session() as s:
        assert s.get(AgendaItem, item_id).notes.endswith("Bert: uitgesteld")


def test_form_edits_of_items_decisions_and_meetings_check_the_version(
    database: Database, item: tuple[int, int]
) -> None:
    meeting_id, item_id = item
    with database.session() as s:
        decision_id = decisions.add_decision(s, item_id, "Het college keurt goed.")
    with database.session() as s:
        agenda.update_item(s, item_id, title="F25 fase 2")
        decisions.update_decision(s, decision_id, text="Het overleg keurt goed.")
        update_meeting(s, meeting_id, location="Leuven")
    with database.session() as s:
        with pytest.raises(ConflictError) as refused:
            agenda.update_item(s, item_id, expected_version=1, title="F25")
        assert refused.value.current["title"] == "F25 fase 2"
        with pytest.raises(ConflictError) as refused:
            decisions.update_decision(s, decision_id, expected_version=1, text="x")
        assert refused.value.current["text"] == "Het overleg keurt goed."
        with pytest.raises(ConflictError):
            update_meeting(s, meeting_id, expected_version=1, location="Tienen")


def test_an_orm_save_racing_another_session_is_refused_not_merged(
    database: Database, item: tuple[int, int]
) -> None:
    """The window read the row; someone else commits; the stale flush must fail."""
    _, item_id = item
    with pytest.raises(ConcurrentChange) as refused, database.session() as first:
        row = first.get(AgendaItem, item_id)  # read at version N
        with database.session() as second:
            second.get(AgendaItem, item_id).title = "Titel van de tweede"
            second.commit()
        row.title = "Titel van de eerste"
        first.commit()
    assert "Iemand anders heeft dit intussen gewijzigd" in str(refused.value)
    with database.session() as s:
        assert s.get(AgendaItem, item_id).title == "Titel van de tweede"


def test_autosave_then_a_form_edit_in_the_same_session_is_not_taken_for_a_conflict(
    database: Database, item: tuple[int, int]
) -> None:
    _, item_id = item
    with database.session() as s:
        agenda.update_item(s, item_id, title="Eerst")
        held = s.get(AgendaItem, item_id)  # the item stays in this session's identity map
        agenda.save_notes(s, item_id, "Notities")  # a Core UPDATE moves row_version on
        agenda.update_item(s, item_id, title="Daarna")
        assert held.title == "Daarna"
    with database.session() as s:
        row = s.get(AgendaItem, item_id)
        assert (row.title, row.notes) == ("Daarna", "Notities")
