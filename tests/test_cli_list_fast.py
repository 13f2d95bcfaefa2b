"""`spitsregio list actions` on a SQLite file reads with plain sqlite3, without the ORM
(issue 18: a whole process within 0.6 s on thirty years). It must print exactly what the
SQLAlchemy path prints — table and --json, byte for byte — refuse the same files with the
same message, and a server database must keep working through SQLAlchemy.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from spitsregio_desktop import cli
from spitsregio_desktop.commands.output import _print_table
from spitsregio_desktop.services import actions, agenda
from spitsregio_desktop.services.demo import generate_demo
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
from spitsregio_desktop.services.people import list_persons
from spitsregio_desktop.storage.database import Database, open_database


def _fill(db: Database) -> None:
    """Two years of demo history, and the cases a listing can get wrong: an action under a
    sub-item of a confidential item (confidential by inheritance, numbered "2.1"), owners of
    every kind (person, organisation, free text, nobody), no due date, overdue."""
    with db.session() as s:
        generate_demo(s, years=2)
        meeting = create_meeting(s, MeetingInput(body="TF", date="2031-01-15"), from_template=False)
        agenda.add_item(s, meeting, "Opening")
        secret = agenda.add_item(s, meeting, "Personeelszaken", confidential=True)
        sub = agenda.add_item(s, meeting, "Aanwerving", parent_id=secret)
        person = next(p for p in list_persons(s) if p.organisation)
        actions.add_action(s, sub, "Vacature opstellen", owner_person_id=person.id)
        actions.add_action(
            s, sub, "Jury samenstellen", owner_text="de voorzitter", due_date="2031-02-01"
        )
        org = actions.find_owner(s, "VDAB").organisation_id
        actions.add_action(
            s, secret, "Budget nakijken", owner_organisation_id=org, due_date="2020-01-01"
        )  # long past and open: overdue
        actions.add_action(s, secret, "Zonder trekker", due_date="2031-03-01")


def _orm_output(db: Database, as_json: bool) -> str:
    """What `list actions` printed before the plain-sqlite3 path: the SQLAlchemy service
    rows (services.actions.list_actions) through the command line's own printers."""
    with db.session() as session:
        rows, columns = cli._list_rows(session, "actions")
    out = io.StringIO()
    with redirect_stdout(out):
        if as_json:
            print(json.dumps(cli._json_rows("actions", rows), ensure_ascii=False, indent=1))
        else:
            _print_table(rows, columns)
    return out.getvalue()


def _process(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in a fresh interpreter, its imports listed on stderr."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "spitsregio_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
    )


@pytest.mark.sqlite_only
@pytest.mark.parametrize("json_flag", [[], ["--json"]], ids=["table", "json"])
def test_file_listing_prints_what_the_orm_path_prints(database: Database, json_flag) -> None:
    _fill(database)
    expected = _orm_output(database, as_json=bool(json_flag))
    result = _process("list", "actions", "--db", str(database.path), *json_flag)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected
    imported = [line.split("|")[-1].strip() for line in result.stderr.splitlines()]
    assert "sqlalchemy" not in imported  # the point of the path: no ORM import at all
    listed = json.loads(result.stdout) if json_flag else result.stdout.splitlines()
    assert len(listed) > 100  # two years of demo history, not an empty listing
    if json_flag:
        by_text = {r["description"]: r for r in listed}
        assert by_text["Vacature opstellen"]["confidential"] is True  # inherited
        assert by_text["Vacature opstellen"]["item_number"] == "2.1"
        assert by_text["Budget nakijken"]["overdue"] is True
        assert by_text["Jury samenstellen"]["owner"] == "de voorzitter"


def test_server_or_file_listing_matches_the_service_rows(database: Database) -> None:
    """On either engine, in process: a SQLite file takes the fast path, a PostgreSQL URL
    SQLAlchemy's; both print the rows services.actions.list_actions gives."""
    _fill(database)
    expected = _orm_output(database, as_json=True)
    where = str(database.url) if database.is_server else str(database.path)
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.main(["list", "actions", "--db", where, "--json"])
    assert code == 0
    assert out.getvalue() == expected
    assert {r["description"] for r in json.loads(out.getvalue())} >= {"Budget nakijken"}


@pytest.mark.parametrize(
    "content", [None, b"dit is geen database\n" * 100], ids=["missing", "not-sqlite"]
)
def test_bad_file_is_refused_as_by_the_orm_path(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "spitsregio.sqlite"
    if content is not None:
        path.write_bytes(content)
    fast = _process("list", "actions", "--db", str(path))
    orm = _process("list", "meetings", "--db", str(path))  # still the SQLAlchemy path
    assert fast.returncode == orm.returncode == 2
    said = [line for line in fast.stderr.splitlines() if not line.startswith("import time")]
    assert said == [line for line in orm.stderr.splitlines() if line.startswith("spitsregio")]
    assert said and said[0].startswith("spitsregio: fout: ")
    assert fast.stdout == ""
    assert path.exists() == (content is not None)  # nothing made, nothing changed
    if content is not None:
        assert path.read_bytes() == content


@pytest.mark.sqlite_only
def test_older_schema_is_refused_not_listed(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "oud.sqlite"
    open_database(path, backup_on_start=False).close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.close()
    result = _process("list", "actions", "--db", str(path))
    assert result.returncode == 2
    assert "spitsregio: fout: de database oud.sqlite is van een " in result.stderr
    assert result.stdout == ""
