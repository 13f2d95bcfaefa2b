"""Offline minutes: a meeting taken from the server to a laptop, minuted there, brought back.

The server is the `database` fixture (SQLite and, with a test server, PostgreSQL); the
laptop is always a SQLite file, as in the meeting room.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from spitsregio_desktop.cli import main
from spitsregio_desktop.services import actions, agenda, attendance, decisions
from spitsregio_desktop.services.checkout import (
    Who,
    check_in,
    check_out,
    checkout_state,
    force_release,
)
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import (
    MeetingInput,
    create_meeting,
    list_meetings,
    meeting_detail,
)
from spitsregio_desktop.storage.database import Database, open_database
from spitsregio_desktop.storage.models import ActionEvent, Checkout

ANNA = Who(user="anna", computer="LAPTOP-ZAAL")


def _server_name(db: Database) -> str:
    return db.url.redacted if db.is_server else str(db.path)


def _location(db: Database) -> str:
    return str(db.url) if db.is_server else str(db.path)


@pytest.fixture
def prepared(database: Database) -> dict:
    """An earlier meeting with an open action, and the meeting to minute, prepared."""
    with database.session() as s:
        earlier = create_meeting(s, MeetingInput(body="BO", date="2026-11-05", start_time="09:00"))
        earlier_item = agenda.add_item(s, earlier, "Busaanbod")
        carried = actions.add_action(
            s, earlier_item, "Dienstregeling bezorgen", owner_text="De Lijn"
        )
        actions.add_progress(s, carried, "Gevraagd aan De Lijn", on_date=dt.date(2026, 11, 20))
        meeting = create_meeting(s, MeetingInput(body="BO", date="2026-12-10", start_time="09:00"))
        attendance.invite_members(s, meeting)
        item = agenda.add_item(s, meeting, "Fietssnelweg F25")
        first = decisions.add_decision(s, item, "Het overleg neemt kennis.")
        action = actions.add_action(s, item, "Tracé bezorgen", owner_text="Provincie")
        actions.add_progress(s, action, "Tracé in opmaak", on_date=dt.date(2026, 11, 30))
        varia = next(i.id for i in meeting_detail(s, meeting).items if i.title.lower() == "varia")
    return dict(
        meeting=meeting, item=item, decision=first, action=action, carried=carried, varia=varia
    )


def _minute_on_laptop(laptop: Database, laptop_id: int) -> dict:
    with laptop.session() as s:
        d = meeting_detail(s, laptop_id)
        item = next(i for i in d.items if i.title == "Fietssnelweg F25")
        varia = next(i for i in d.items if i.title.lower() == "varia")
        agenda.save_notes(s, item.id, "De provincie licht het tracé toe. Geen bezwaren.")
        decisions.update_decision(s, item.decisions[0].id, text="Het overleg keurt het tracé goed.")
        decisions.add_decision(s, item.id, "Het secretariaat bezorgt het advies.")
        actions.add_action(
            s, item.id, "Advies versturen naar de provincie", owner_text="Secretariaat"
        )
        agenda.delete_item(s, varia.id)
        person = d.invitations[0]
        attendance.set_presence(s, laptop_id, person.person_id, "present")
        [carried] = [a for a in d.open_actions if a.description == "Dienstregeling bezorgen"]
        actions.add_progress(s, carried.id, "Dienstregeling ontvangen en verspreid")
        actions.set_status(s, carried.id, "done", on_date=dt.date(2026, 12, 10))
    return {"present": person.name}


def test_minutes_taken_offline_come_back_to_the_server(
    database: Database, prepared: dict, tmp_path: Path
) -> None:
    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        with database.session() as server, laptop.session() as lap:
            laptop_id = check_out(server, lap, prepared["meeting"], _server_name(database), ANNA)
        # on the server: read-only for the others, and it says by whom
        with database.session() as s:
            assert checkout_state(s, prepared["meeting"]) == "Meegenomen door anna op LAPTOP-ZAAL"
            row = next(m for m in list_meetings(s) if m.id == prepared["meeting"])
            assert row.checked_out_by == "anna op LAPTOP-ZAAL" and row.checked_out_at
            with pytest.raises(ValidationError, match="meegenomen voor offline notulen door anna"):
                agenda.save_notes(s, prepared["item"], "iemand op kantoor")
            with pytest.raises(ValidationError, match="alleen-lezen"):
                actions.add_progress(s, prepared["action"], "op kantoor")
        # on the laptop: the meeting with its members and the body's open actions
        with laptop.session() as s:
            d = meeting_detail(s, laptop_id)
            assert len(d.invitations) > 10
            assert "Dienstregeling bezorgen" in [a.description for a in d.open_actions]
        seen = _minute_on_laptop(laptop, laptop_id)
        with laptop.session() as lap, database.session() as server:
            result = check_in(lap, server, laptop_id, _server_name(database), ANNA)
        assert result.meeting_id == prepared["meeting"]
    finally:
        laptop.close()

    with database.session() as s:
        d = meeting_detail(s, prepared["meeting"])
        item = next(i for i in d.items if i.title == "Fietssnelweg F25")
        assert item.id == prepared["item"]  # updated in place, not replaced
        assert item.notes == "De provincie licht het tracé toe. Geen bezwaren."
        assert [x.text for x in d.decisions] == [
            "Het overleg keurt het tracé goed.",
            "Het secretariaat bezorgt het advies.",
        ]
        assert d.decisions[0].id == prepared["decision"]
        assert {a.description for a in d.actions} == {
            "Tracé bezorgen",
            "Advies versturen naar de provincie",
        }
        kept = s.scalars(select_events(prepared["action"])).all()
        assert kept == ["Tracé in opmaak"]  # the action's history survived the round trip
        assert prepared["varia"] not in [i.id for i in d.items]
        present = [a.name for a in d.attendance if a.presence.value == "present"]
        assert present == [seen["present"]]
        carried = next(a for a in actions.list_actions(s) if a.id == prepared["carried"])
        assert carried.status.value == "done"
        history = s.scalars(select_events(prepared["carried"])).all()
        assert "Dienstregeling ontvangen en verspreid" in history
        # released: writable again, and no longer listed as checked out
        assert checkout_state(s, prepared["meeting"]) is None
        agenda.save_notes(s, prepared["item"], "Aangevuld op kantoor")


def select_events(action_id: int):
    from sqlalchemy import select

    return (
        select(ActionEvent.text)
        .where(ActionEvent.action_id == action_id, ActionEvent.kind == "note")
        .order_by(ActionEvent.id)
    )


def test_second_checkout_second_checkin_and_forced_release_are_refused(
    database: Database, prepared: dict, tmp_path: Path
) -> None:
    laptop = open_database(tmp_path / "laptop.sqlite")
    other = open_database(tmp_path / "other.sqlite")
    try:
        with database.session() as server, laptop.session() as lap:
            laptop_id = check_out(server, lap, prepared["meeting"], _server_name(database), ANNA)
        with database.session() as server, other.session() as lap:
            with pytest.raises(ValidationError, match="al|meegenomen"):
                check_out(server, lap, prepared["meeting"], _server_name(database), ANNA)
        # the laptop is lost: the secretariat frees the meeting, and that is recorded
        with database.session() as s:
            with pytest.raises(ValidationError, match="reden"):
                force_release(s, prepared["meeting"], "bert", "  ")
            force_release(s, prepared["meeting"], "bert", "laptop gestolen")
            agenda.save_notes(s, prepared["item"], "Opnieuw op kantoor genotuleerd")
        with database.session() as s:
            [record] = s.query(Checkout).filter_by(meeting_id=prepared["meeting"]).all()
            assert (record.release, record.released_by, record.release_reason) == (
                "forced",
                "bert",
                "laptop gestolen",
            )
        with laptop.session() as lap:
            agenda.save_notes(lap, meeting_detail(lap, laptop_id).items[0].id, "op de laptop")
        with laptop.session() as lap, database.session() as server:
            with pytest.raises(ValidationError, match="vrijgegeven door bert"):
                check_in(lap, server, laptop_id, _server_name(database), ANNA)
        with database.session() as s:  # nothing of the laptop reached the server
            notes = [i.notes for i in meeting_detail(s, prepared["meeting"]).items]
            assert "op de laptop" not in notes
            assert "Opnieuw op kantoor genotuleerd" in notes
    finally:
        laptop.close()
        other.close()


def test_command_line_round_trip_and_second_checkin(
    database: Database, prepared: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    server = _location(database)
    database.close()  # the command line opens it itself (a SQLite file has one writer)
    lap = str(tmp_path / "laptop.sqlite")
    assert main(["checkout", str(prepared["meeting"]), "--server", server, "--db", lap]) == 0
    laptop_id = int(capsys.readouterr().out.strip().splitlines()[-1])
    with open_database(lap) as laptop, laptop.session() as s:
        item = next(i for i in meeting_detail(s, laptop_id).items if i.title == "Fietssnelweg F25")
        agenda.save_notes(s, item.id, "Genotuleerd in de zaal")
    assert main(["list", "meetings", "--db", server, "--json"]) == 0
    assert '"checked_out_by": "' in capsys.readouterr().out
    assert main(["checkin", str(laptop_id), "--db", lap, "--server", server]) == 0
    assert "teruggebracht" in capsys.readouterr().out
    assert main(["checkin", str(laptop_id), "--db", lap, "--server", server]) == 2
    err = capsys.readouterr().err
    assert err.startswith("spitsregio: fout: ") and "al teruggebracht" in err
    assert err.count("\n") == 1
    with open_database(server) as db, db.session() as s:
        notes = [i.notes for i in meeting_detail(s, prepared["meeting"]).items]
        assert "Genotuleerd in de zaal" in notes


def test_every_write_path_to_a_taken_meeting_is_refused_on_the_server(
    database: Database, prepared: dict, tmp_path: Path
) -> None:
    """Services without their own check (minutes, answers) meet the storage guard."""
    from spitsregio_desktop.services import minutes
    from spitsregio_desktop.services.roll_call import unrecorded_people
    from spitsregio_desktop.storage.checkout_guard import MeetingCheckedOut

    with database.session() as s:  # recorded: sending would be allowed but for the check-out
        for person in unrecorded_people(s, prepared["meeting"]):
            attendance.set_presence(s, prepared["meeting"], person.person_id, "present")
    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        with database.session() as server, laptop.session() as lap:
            check_out(server, lap, prepared["meeting"], _server_name(database), ANNA)
    finally:
        laptop.close()
    with database.session() as s:
        person = meeting_detail(s, prepared["meeting"]).invitations[0].person_id
        with pytest.raises(MeetingCheckedOut, match="Deze vergadering is meegenomen"):
            minutes.send_for_remarks(s, prepared["meeting"])
        s.rollback()
        with pytest.raises(MeetingCheckedOut):
            attendance.set_answer(s, prepared["meeting"], person, "excused")
        s.rollback()
    with database.session() as s:  # nothing changed
        d = meeting_detail(s, prepared["meeting"])
        assert d.minutes.status.value == "draft"
        assert {i.answer.value for i in d.invitations} == {"no_answer"}
