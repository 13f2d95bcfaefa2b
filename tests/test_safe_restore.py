"""Restore refuses what is not a sound backup of ours, before it touches anything (issue 12).

Each bad file of the issue's "What was seen": one line on stderr, exit 2, the database
byte-identical, its meeting count unchanged, `check` still passing.
"""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from spitsregio_desktop.storage import backup as backups
from spitsregio_desktop.storage import migrate
from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.storage.errors import DatabaseTooNew
from spitsregio_desktop.storage.identity import APPLICATION_ID
from tests.test_cli import one_line_error, run
from tests.test_package import PACKAGE


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _meetings(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM meetings").fetchone()[0]
    finally:
        con.close()


def make_database(path: Path, meetings: int = 3) -> Path:
    """A database of ours with `meetings` meetings, folded into one file (no -wal)."""
    from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details
    from spitsregio_desktop.services.package import import_package

    db = open_database(path, backup_on_start=False)
    with db.session() as s:
        demo_secretariat_details(s)  # filled in once in Instellingen: documents can be made
        for n in range(meetings):
            package = copy.deepcopy(PACKAGE)
            package["date"] = f"2026-{n % 12 + 1:02d}-10"
            import_package(s, package)
    db.close()
    return path


@pytest.fixture
def live(tmp_path: Path) -> Path:
    return make_database(tmp_path / "live" / "spitsregio.sqlite", meetings=3)


def _bad_files(tmp_path: Path, live: Path) -> dict[str, tuple[Path, str]]:
    files: dict[str, tuple[Path, str]] = {}
    empty = tmp_path / "leeg.sqlite"
    empty.write_bytes(b"")
    files["empty"] = (empty, "het bestand is leeg")

    good = backups.backup_database(live, tmp_path / "goed", reason="manual")
    truncated = tmp_path / "afgebroken.sqlite"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    files["truncated"] = (truncated, "beschadigd of onvolledig")

    text = tmp_path / "tekst.sqlite"
    text.write_text("dit is geen database\n" * 50, encoding="utf-8")
    files["not sqlite"] = (text, "geen SQLite-database")

    other = tmp_path / "places.sqlite"  # another program's file, as Firefox stamps its own
    con = sqlite3.connect(other)
    con.execute("PRAGMA application_id = 1179863628")
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    con.commit()
    con.close()
    files["other program (its own id)"] = (other, "een ander programma")

    unstamped = tmp_path / "andere.sqlite"  # another program's file without any id
    con = sqlite3.connect(unstamped)
    con.execute("CREATE TABLE meetings (id INTEGER PRIMARY KEY, date TEXT)")
    con.execute("INSERT INTO meetings (date) VALUES ('2020-01-01')")
    con.commit()
    con.close()
    files["other program (no id)"] = (unstamped, "geen database van Spitsregio Desktop")

    blank = tmp_path / "leeg-schema.sqlite"  # a valid SQLite file without any table
    con = sqlite3.connect(blank)
    con.execute("CREATE TABLE t (x)")
    con.execute("DROP TABLE t")
    con.commit()
    con.close()
    files["empty schema"] = (blank, "leeg")

    newer = tmp_path / "nieuwer.sqlite"
    newer.write_bytes(good.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    files["newer version"] = (newer, "nieuwere versie van Spitsregio Desktop")
    return files


BAD = [
    "empty",
    "truncated",
    "not sqlite",
    "other program (its own id)",
    "other program (no id)",
    "empty schema",
    "newer version",
]


@pytest.mark.parametrize("case", BAD)
def test_restore_refuses_a_bad_file_and_touches_nothing(tmp_path: Path, live: Path, case):
    bad, reason = _bad_files(tmp_path, live)[case]
    before, count = _digest(live), _meetings(live)
    for extra in ([], ["--dry-run"]):
        line = one_line_error(run("restore", str(bad), "--db", str(live), *extra))
        assert reason in line, line
        assert line.startswith("spitsregio: fout: ")
    assert _digest(live) == before
    assert _meetings(live) == count == 3
    assert not list(live.parent.glob("*.restoring*"))
    checked = run("check", "--db", str(live))
    assert checked.returncode == 0 and checked.stdout.strip() == "ok", checked.stdout


def test_dry_run_says_what_the_backup_holds_and_changes_nothing(tmp_path: Path, live: Path):
    smaller = make_database(tmp_path / "ander" / "spitsregio.sqlite", meetings=2)
    backup = backups.backup_database(smaller, tmp_path / "kopieen", reason="manual")
    before = _digest(live)
    result = run("restore", str(backup), "--db", str(live), "--dry-run")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert "2 vergaderingen" in line and "laatste vergadering 2026-02-10" in line, line
    made = backups.backup_made_at(backup)
    assert f"gemaakt op {made:%Y-%m-%d %H:%M}" in line
    assert _digest(live) == before and _meetings(live) == 3

    done = run("restore", str(backup), "--db", str(live))
    assert done.returncode == 0, done.stderr
    assert _meetings(live) == 2
    assert "vorige toestand bewaard in" in done.stdout


def test_the_copy_made_before_a_restore_survives_many_starts(tmp_path: Path, live: Path):
    """Seen: the safety copy sat among the 10 rotating start backups and was deleted."""
    smaller = make_database(tmp_path / "ander" / "spitsregio.sqlite", meetings=1)
    backup = backups.backup_database(smaller, tmp_path / "kopieen", reason="manual")
    assert run("restore", str(backup), "--db", str(live)).returncode == 0
    for _ in range(backups.KEEP_AUTOMATIC + 3):
        open_database(live).close()
    kept = [p for p in backups.list_backups(live) if "before-restore" in p.name]
    assert len(kept) == 1 and _meetings(kept[0]) == 3
    starts = [p for p in backups.list_backups(live) if p.name.endswith("-start.sqlite")]
    assert len(starts) == backups.KEEP_AUTOMATIC


def test_a_backup_from_an_older_version_is_migrated_after_the_restore(tmp_path: Path, live):
    old = tmp_path / "oud.sqlite"
    migrate.upgrade_via_copy(old, "0002")
    con = sqlite3.connect(old)
    con.execute("PRAGMA application_id = 0")  # made before the program stamped its files
    con.commit()
    con.close()
    original = _digest(old)
    result = run("restore", str(old), "--db", str(live))
    assert result.returncode == 0, result.stderr
    assert "oudere versie" in result.stdout
    assert _digest(old) == original  # migrated on a copy, the backup stays as it was
    con = sqlite3.connect(live)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()
    assert revision == migrate.head_revision()
    assert run("check", "--db", str(live)).stdout.strip() == "ok"


def test_new_and_existing_databases_carry_our_application_id(tmp_path: Path) -> None:
    fresh = tmp_path / "nieuw.sqlite"
    open_database(fresh).close()
    con = sqlite3.connect(fresh)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.execute("PRAGMA application_id = 0")  # as a database made before this version
    con.commit()
    con.close()
    open_database(fresh).close()
    con = sqlite3.connect(fresh)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


def test_a_newer_database_is_named_so_everywhere_and_makes_no_backup(tmp_path: Path, live):
    con = sqlite3.connect(live)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = _digest(live)
    for args in (["list", "meetings"], ["import", "x.json"], ["search", "a"], ["demo"]):
        if args[0] == "import":
            package = tmp_path / "x.json"
            package.write_text(json.dumps(PACKAGE), encoding="utf-8")
            args = ["import", str(package)]
        line = one_line_error(run(*args, "--db", str(live)))
        assert "gemaakt door een nieuwere versie van Spitsregio Desktop" in line, line
        assert "oudere versie" not in line and "eerst in het programma" not in line
    checked = run("check", "--db", str(live))
    assert "gemaakt door een nieuwere versie van Spitsregio Desktop" in checked.stdout
    assert "oudere versie" not in checked.stdout
    with pytest.raises(DatabaseTooNew):
        open_database(live)
    assert _digest(live) == before
    assert not list(live.parent.glob("backups/**/*.sqlite"))  # a failed open makes no backup


def test_another_programs_database_is_not_opened_nor_changed(tmp_path: Path) -> None:
    other = tmp_path / "places.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.commit()
    con.close()
    before = _digest(other)
    line = one_line_error(run("demo", "--db", str(other)))
    assert "geen database van Spitsregio Desktop" in line
    assert _digest(other) == before
