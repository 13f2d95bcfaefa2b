"""Strict package input (issue 12): what a hostile file holds is refused naming the field.

Seen: a JSON nested ~1 000 levels raised RecursionError; a lone surrogate passed and crashed
at insert (UnicodeEncodeError); NUL bytes in names and titles were stored; "version": true
and 1.0, times like "+9:00" or full-width digits and ISO week dates were accepted.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import list_meetings, meeting_detail
from spitsregio_desktop.services.package import (
    MAX_ITEM_LEVELS,
    import_package,
    load_package_file,
    validate_package,
)
from tests.test_cli import one_line_error, run
from tests.test_package import PACKAGE


def _with(change) -> dict:
    package = copy.deepcopy(PACKAGE)
    change(package)
    return package


def _nested(levels: int) -> dict:
    item: dict = {"title": f"niveau {levels}"}
    for n in range(levels - 1, 0, -1):
        item = {"title": f"niveau {n}", "items": [item]}
    return _with(lambda p: p.update(agenda=[item], participants=[]))


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pakket.json"
    path.write_text(text, encoding="utf-8")
    return path


BAD = {
    "version true": (_with(lambda p: p.update(version=True)), "version"),
    "version 1.0": (_with(lambda p: p.update(version=1.0)), "version"),
    "start +9:00": (_with(lambda p: p.update(start="+9:00")), "start"),
    "start full-width": (_with(lambda p: p.update(start="０９:００")), "start"),
    "end Arabic-Indic": (_with(lambda p: p.update(end="١١:٣٠")), "end"),
    "ISO week date": (_with(lambda p: p.update(date="2026-W50-4")), "date"),
    "ordinal date": (_with(lambda p: p.update(date="2026-344")), "date"),
    "basic date": (_with(lambda p: p.update(date="20261210")), "date"),
    "action due week": (
        _with(lambda p: p["agenda"][0]["actions"][0].update(due="2027-W05-1")),
        "agenda[0].actions[0].due",
    ),
    "NUL in name": (
        _with(lambda p: p["participants"][0].update(name="Jan\x00Peeters")),
        "participants[0].name",
    ),
    "bell in title": (_with(lambda p: p["agenda"][0].update(title="Punt\x07")), "agenda[0].title"),
    "NUL in meeting title": (_with(lambda p: p.update(title="Taskforce\x00")), "title"),
    "surrogate in name": (
        _with(lambda p: p["participants"][1].update(name="A\ud800")),
        "participants[1].name",
    ),
    "surrogate in notes": (
        _with(lambda p: p["agenda"][0].update(notes="x\udfff")),
        "agenda[0].notes",
    ),
    "too deep": (_nested(MAX_ITEM_LEVELS + 1), "agenda[0]"),
}


@pytest.mark.parametrize("case", BAD)
def test_hostile_values_are_refused_naming_the_field(session, case) -> None:
    package, field = BAD[case]
    with pytest.raises(ValidationError) as info:
        validate_package(package)
    assert info.value.field is not None and info.value.field.startswith(field), info.value
    with pytest.raises(ValidationError):
        import_package(session, package)
    assert list_meetings(session) == []


def test_the_deepest_allowed_agenda_still_imports(session) -> None:
    meeting_id = import_package(session, _nested(MAX_ITEM_LEVELS))
    numbers = [i.number for i in meeting_detail(session, meeting_id).items]
    assert numbers[-1] == ".".join(["1"] * MAX_ITEM_LEVELS)


def test_control_characters_in_long_text_are_cleaned_as_documented(session) -> None:
    package = _with(lambda p: p["agenda"][0].update(notes="a\x00b\x0bc\td\x1b"))
    meeting_id = import_package(session, package)
    assert meeting_detail(session, meeting_id).items[0].notes == "ab\nc\td"


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_a_deeply_nested_file_gives_one_line_not_a_recursion_error(tmp_path, depth) -> None:
    path = _write(
        tmp_path, '{"format": "spitsregio-meeting", "agenda": ' + "[" * depth + "]" * depth + "}"
    )
    with pytest.raises(ValidationError) as info:
        load_package_file(path)
    assert info.value.field == "agenda" and "genest" in str(info.value)
    # brackets inside strings do not count
    text = json.dumps(_with(lambda p: p["agenda"][0].update(notes="[" * 5000)))
    assert load_package_file(_write(tmp_path, text))["agenda"][0]["notes"] == "[" * 5000


def test_the_command_line_refuses_them_with_one_line_and_changes_nothing(tmp_path) -> None:
    db = tmp_path / "spitsregio.sqlite"
    good = _write(tmp_path, json.dumps(PACKAGE))
    assert run("import", str(good), "--db", str(db)).returncode == 0
    cases = {
        "[" * 1000 + "]" * 1000: "genest",
        json.dumps(BAD["surrogate in name"][0]): "participants[1].name",
        json.dumps(BAD["NUL in name"][0]): "participants[0].name",
        json.dumps(BAD["version true"][0]): "version",
        json.dumps(BAD["ISO week date"][0]): "date",
    }
    for text, field in cases.items():
        line = one_line_error(run("import", str(_write(tmp_path, text)), "--db", str(db)))
        assert field in line, line
    assert len(json.loads(run("list", "meetings", "--db", str(db), "--json").stdout)) == 1
