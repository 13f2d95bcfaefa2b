"""`spitsregio list actions|decisions --json` carry what the follow-up needs, read in a
real subprocess from a database built through the services."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from spitsregio_desktop.services import actions, agenda, decisions
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
from spitsregio_desktop.services.people import list_persons
from spitsregio_desktop.storage.database import open_database


def run_list(db: Path, what: str) -> list[dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "spitsregio_desktop", "list", what, "--db", str(db), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "spitsregio.sqlite"
    database = open_database(path, backup_on_start=False)
    with database.session() as s:
        m = create_meeting(s, MeetingInput(body="BO", date="2020-03-05"))
        item = agenda.add_item(s, m, "Fietsroutes", theme="mobiliteit")
        leuven = next(p.id for p in list_persons(s) if p.name == "Burgemeester Leuven")
        late = actions.add_action(
            s, item, "Tracé tekenen", owner_person_id=leuven, due_date="2020-04-01"
        )  # long past: overdue while open
        actions.add_action(
            s,
            item,
            "Evaluatie in 2099",
            due_date="2099-01-01",
            owner_organisation_id=actions.find_owner(s, "VDAB").organisation_id,
        )
        done = actions.add_action(s, item, "Kaart drukken", due_date="2020-04-01")
        actions.set_status(s, done, "done")
        actions.add_progress(s, late, "Studiebureau gezocht")
        decisions.add_decision(s, item, "Het tracé wordt goedgekeurd.", 20, 1, 2)
    database.close()
    return path


def test_list_actions_json(db: Path) -> None:
    rows = {r["description"]: r for r in run_list(db, "actions")}
    assert set(rows) == {"Tracé tekenen", "Evaluatie in 2099", "Kaart drukken"}
    late = rows["Tracé tekenen"]
    assert late["status"] == "in_progress" and late["overdue"] is True
    assert late["due_date"] == "2020-04-01"
    assert late["owner"].startswith("Burgemeester Leuven")
    assert late["body_short"] == "BO" and late["meeting_date"] == "2020-03-05"
    assert late["meeting_number"] == 1 and late["meeting_id"] and late["item_number"]
    future = rows["Evaluatie in 2099"]
    assert (future["status"], future["overdue"], future["owner"]) == ("open", False, "VDAB")
    closed = rows["Kaart drukken"]
    assert closed["status"] == "done" and closed["overdue"] is False  # done is never late
    assert closed["closed_on"] and closed["owner"] == ""


def test_list_decisions_json(db: Path) -> None:
    (row,) = run_list(db, "decisions")
    assert row["text"] == "Het tracé wordt goedgekeurd." and row["number"] == 1
    assert row["body_short"] == "BO" and row["meeting_date"] == "2020-03-05"
    assert row["meeting_number"] == 1 and row["item_title"] == "Fietsroutes"
    assert (row["votes_for"], row["votes_against"], row["votes_abstain"]) == (20, 1, 2)
    assert row["theme"] == "mobiliteit"
