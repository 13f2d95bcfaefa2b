"""The meeting package: round trip, schema, and every bad package refused without a trace."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import list_meetings, meeting_detail
from spitsregio_desktop.services.package import export_package, import_package, load_package_file

SCHEMA = json.loads(
    (
        Path(__file__).parents[1] / "spitsregio_desktop/services/meeting_package.schema.json"
    ).read_text(encoding="utf-8")
)

PACKAGE = {
    "format": "spitsregio-meeting",
    "version": 1,
    "body": "Taskforce Spitsregio Leuven",
    "title": "Taskforce december",
    "date": "2026-12-10",
    "start": "09:00",
    "end": "11:30",
    "location": "Interleuven, Leuven",
    "participants": [
        {
            "name": "Burgemeester Leuven",
            "organisation": "Leuven",
            "role": "voorzitter",
            "email": "burgemeester@leuven.example.be",
            "attendance": "present",
        },
        {
            "name": "Vertegenwoordiger VOKA",
            "organisation": "VOKA",
            "role": "lid",
            "attendance": "substituted",
            "substitute": "Jan Janssens",
        },
        {
            "name": 'Émile "Mil" Çelik, jr.',
            "organisation": "Nieuwe Vereniging vzw",
            "role": "deskundige",
            "email": "emile@example.be",
            "attendance": "present",
            "arrived_at": "09:40",
            "arrived_from_item": "2",
            "left_room_for": ["2.1"],
        },
        {
            "name": "Vertegenwoordiger ACV",
            "organisation": "ACV",
            "role": "lid",
            "attendance": "excused",
        },
    ],
    "agenda": [
        {
            "title": "Knelpuntberoepen",
            "kind": "decision",
            "theme": "werk",
            "presenter": "VDAB",
            "duration_minutes": 20,
            "notes": "Cijfers <2025> & R&D\nTweede regel",
            "decisions": [
                {
                    "text": "Het actieplan wordt goedgekeurd.",
                    "votes_for": 14,
                    "votes_against": 1,
                    "votes_abstain": 2,
                }
            ],
            "actions": [
                {
                    "description": "Actieplan uitwerken",
                    "owner": "VDAB",
                    "due": "2027-01-31",
                    "status": "open",
                },
                {
                    "description": "Brief aan de minister",
                    "owner": "Burgemeester Leuven",
                    "due": None,
                    "status": "in_progress",
                },
            ],
        },
        {
            "title": "Bedrijventerrein",
            "kind": "discussion",
            "confidential": True,
            "notes": "vertrouwelijk",
            "internal_notes": "bellen met de schepen",
            "items": [{"title": "Grondaankoop", "duration_minutes": 10, "adjourned": True}],
        },
    ],
}


def test_round_trip_gives_the_same_package_but_for_ids(session) -> None:
    first_id = import_package(session, copy.deepcopy(PACKAGE))
    first = export_package(session, first_id)
    jsonschema.validate(first, SCHEMA)
    second_id = import_package(session, json.loads(json.dumps(first)))
    assert second_id != first_id
    assert export_package(session, second_id) == first
    d = meeting_detail(session, first_id)
    assert [i.number for i in d.items] == ["1", "2", "2.1"]
    assert d.decisions[0].votes_against == 1
    owners = sorted(a.owner for a in d.actions)
    assert owners[0].startswith("Burgemeester Leuven") and owners[1] == "VDAB"
    emile = next(a for a in d.attendance if a.name.startswith("Émile"))
    assert emile.arrived_from_item == "2"
    assert d.items[2].left_room == (emile.name,)


def test_the_documented_example_package_validates(session) -> None:
    jsonschema.validate(PACKAGE, SCHEMA)


BAD = [
    (lambda p: p.update(format="other"), "format"),
    (lambda p: p.update(version=2), "version"),
    (lambda p: p.update(date="2026-02-30"), "date"),
    (lambda p: p.update(date="10/12/2026"), "date"),
    (lambda p: p.update(end="08:00"), "end"),
    (lambda p: p.update(start="9 uur"), "start"),
    (lambda p: p["participants"][1].update(attendance="maybe"), "participants[1].attendance"),
    (lambda p: p["participants"].append({"name": "burgemeester leuven"}), "participants[4].name"),
    (lambda p: p["agenda"][0].update(duration_minutes=-5), "agenda[0].duration_minutes"),
    (lambda p: p["agenda"][0].update(duration_minutes="twintig"), "agenda[0].duration_minutes"),
    (lambda p: p["agenda"][1]["items"][0].update(title=""), "agenda[1].items[0].title"),
    (lambda p: p["agenda"][0]["actions"][0].update(due="2027-13-01"), "agenda[0].actions[0].due"),
    (lambda p: p["agenda"][0]["actions"][0].update(status="klaar"), "agenda[0].actions[0].status"),
    (
        lambda p: p["agenda"][0]["decisions"][0].update(votes_for=-1),
        "agenda[0].decisions[0].votes_for",
    ),
    (lambda p: p.update(body="Gemeenteraad Leuven"), "body"),
    (lambda p: p.update(agenda="geen lijst"), "agenda"),
    (
        lambda p: p["participants"][2].update(arrived_from_item="9"),
        "participants[2].arrived_from_item",
    ),
]


@pytest.mark.parametrize(("spoil", "field"), BAD)
def test_bad_packages_name_the_field_and_write_nothing(session, spoil, field) -> None:
    data = copy.deepcopy(PACKAGE)
    spoil(data)
    before = len(list_meetings(session))
    with pytest.raises(ValidationError) as info:
        import_package(session, data)
    assert info.value.field == field
    assert info.value.message
    assert len(list_meetings(session)) == before


def test_files_that_are_not_json_get_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "spitsregio-meeting",\n  "version": }', encoding="utf-8")
    with pytest.raises(ValidationError, match="regel 2"):
        load_package_file(bad)
    with pytest.raises(ValidationError, match="bestaat niet"):
        load_package_file(tmp_path / "missing.json")
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"title": "café"}'.encode("cp1252"))
    with pytest.raises(ValidationError, match="UTF-8"):
        load_package_file(latin)


def test_an_address_that_is_not_one_is_kept_and_listed_before_sending(session) -> None:
    from spitsregio_desktop.services.sending import split_recipients

    data = copy.deepcopy(PACKAGE)
    data["participants"][0]["email"] = "…"
    meeting = meeting_detail(session, import_package(session, data))
    reachable, unreachable = split_recipients(meeting.invitations)
    assert [u.name for u in unreachable if u.email == "…"] == ["Burgemeester Leuven"]
    assert "ongeldig e-mailadres" in next(u.reason for u in unreachable if u.email == "…")
