"""`spitsregio migrate-to`: the laptop's whole SQLite database onto an empty server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spitsregio_desktop.cli import main
from spitsregio_desktop.services.demo import generate_demo
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
from spitsregio_desktop.storage.database import open_database

pytestmark = pytest.mark.postgresql


def _run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_demo_history_moves_to_the_server_and_reads_the_same(
    tmp_path: Path, empty_pg_database, capsys: pytest.CaptureFixture
) -> None:
    laptop = tmp_path / "laptop.sqlite"
    with open_database(laptop) as db, db.session() as s:
        generate_demo(s, years=1)
    url = str(empty_pg_database())
    code, out, err = _run(capsys, "migrate-to", url, "--db", str(laptop))
    assert code == 0, err
    assert "aantallen per tabel nagekeken" in out
    for what in ("meetings", "actions", "decisions", "persons"):
        assert (
            _run(capsys, "list", what, "--db", url, "--json")[1]
            == _run(capsys, "list", what, "--db", str(laptop), "--json")[1]
        )
    server_hits = json.loads(_run(capsys, "search", "werkbaar", "--db", url, "--json")[1])
    laptop_hits = json.loads(_run(capsys, "search", "werkbaar", "--db", str(laptop), "--json")[1])
    assert 0 < len(server_hits) < 50  # all hits: the two engines rank differently
    assert {(h["kind"], h["ref_id"]) for h in server_hits} == {
        (h["kind"], h["ref_id"]) for h in laptop_hits
    }
    # the id sequences continue after the copied ids: a new meeting can be planned
    with open_database(url) as db, db.session() as s:
        new_id = create_meeting(s, MeetingInput(body="TF", date="2030-01-10"))
    assert new_id > max(
        m["id"]
        for m in json.loads(_run(capsys, "list", "meetings", "--db", str(laptop), "--json")[1])
    )
    # a second move onto the now filled server is refused, with one line
    code, out, err = _run(capsys, "migrate-to", url, "--db", str(laptop))
    assert code == 2
    assert err.startswith("spitsregio: fout: ") and "is niet leeg" in err
    assert err.count("\n") == 1


def test_check_on_a_server_reports_version_and_counts(
    empty_pg_database, capsys: pytest.CaptureFixture
) -> None:
    url = str(empty_pg_database())
    open_database(url).close()
    code, out, _ = _run(capsys, "check", "--db", url)
    assert code == 0
    from spitsregio_desktop.storage.migrate import head_revision

    assert f"schemaversie {head_revision()}" in out and "bodies: 2" in out
    assert out.endswith("ok\n")
    code, _, err = _run(capsys, "backup", "--db", url)
    assert code == 2 and "pg_dump" in err
