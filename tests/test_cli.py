"""The command line as a new user meets it: real subprocesses, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_package import PACKAGE


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "spitsregio_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "spitsregio.sqlite"


def test_import_list_export_round_trip(tmp_path: Path, db: Path) -> None:
    package = tmp_path / "vergadering.json"
    package.write_text(json.dumps(PACKAGE, ensure_ascii=False), encoding="utf-8")
    result = run("import", str(package), "--db", str(db))
    assert result.returncode == 0, result.stderr
    meeting_id = result.stdout.strip().splitlines()[-1]
    assert meeting_id.isdigit()

    listed = run("list", "meetings", "--db", str(db), "--json")
    rows = json.loads(listed.stdout)
    assert [r["id"] for r in rows] == [int(meeting_id)]
    assert rows[0]["body_short"] == "TF" and rows[0]["date"] == "2026-12-10"
    assert "TF" in run("list", "meetings", "--db", str(db)).stdout

    out = tmp_path / "uit.json"
    exported = run(
        "export",
        meeting_id,
        "--db",
        str(db),
        "--kind",
        "package",
        "--format",
        "json",
        "--out",
        str(out),
    )
    assert exported.returncode == 0, exported.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["agenda"][0]["title"] == "Knelpuntberoepen"
    again = run("import", str(out), "--db", str(db))
    out2 = tmp_path / "uit2.json"
    run(
        "export",
        again.stdout.split()[-1],
        "--db",
        str(db),
        "--kind",
        "package",
        "--format",
        "json",
        "--out",
        str(out2),
    )
    assert out2.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")

    actions = json.loads(run("list", "actions", "--db", str(db), "--json").stdout)
    assert {"status", "due_date", "owner", "meeting_id", "overdue"} <= set(actions[0])
    decisions = json.loads(run("list", "decisions", "--db", str(db), "--json").stdout)
    assert decisions[0]["text"] == "Het actieplan wordt goedgekeurd."
    orgs = json.loads(run("list", "organisations", "--db", str(db), "--json").stdout)
    assert any(o["name"] == "Leuven" for o in orgs)
    persons = json.loads(run("list", "persons", "--db", str(db), "--json").stdout)
    assert any(p["name"] == "Burgemeester Tienen" for p in persons)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("dit is geen json", "geen geldige JSON"),
        (json.dumps({**PACKAGE, "version": 3}), "version"),
        (json.dumps({**PACKAGE, "date": "2026-02-30"}), "date"),
        (json.dumps({**PACKAGE, "start": "12:00", "end": "10:00"}), "end"),
        (
            json.dumps({**PACKAGE, "agenda": [{"title": "x", "duration_minutes": -1}]}),
            "duration_minutes",
        ),
        (
            json.dumps({**PACKAGE, "participants": [{"name": "A", "attendance": "soms"}]}),
            "attendance",
        ),
    ],
)
def test_bad_packages_exit_2_with_one_line_and_write_nothing(tmp_path, db, content, expected):
    run("list", "meetings", "--db", str(db))  # nothing there yet
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    line = one_line_error(run("import", str(bad), "--db", str(db)))
    assert expected in line
    if db.exists():
        assert json.loads(run("list", "meetings", "--db", str(db), "--json").stdout) == []


def test_user_mistakes_never_show_a_traceback(tmp_path: Path, db: Path) -> None:
    one_line_error(run("list", "meetings", "--db", str(tmp_path / "nergens.sqlite")))
    one_line_error(run("lijst"))
    one_line_error(run("export", "99", "--db", str(db), "--kind", "minutes"))  # missing options
    line = one_line_error(run("import", str(tmp_path / "missing.json"), "--db", str(db)))
    assert "bestaat niet" in line and not db.exists()  # a failed import creates nothing
    package = tmp_path / "p.json"
    package.write_text(json.dumps(PACKAGE), encoding="utf-8")
    assert run("import", str(package), "--db", str(db)).returncode == 0
    line = one_line_error(
        run(
            "export",
            "99",
            "--db",
            str(db),
            "--kind",
            "package",
            "--format",
            "json",
            "--out",
            str(tmp_path / "x.json"),
        )
    )
    assert "99" in line


def test_backup_and_check(tmp_path: Path, db: Path) -> None:
    package = tmp_path / "p.json"
    package.write_text(json.dumps(PACKAGE), encoding="utf-8")
    run("import", str(package), "--db", str(db))
    target = tmp_path / "kopieen"
    result = run("backup", "--db", str(db), "--to", str(target))
    assert result.returncode == 0, result.stderr
    copy = Path(result.stdout.strip())
    assert copy.parent == target and copy.is_file()
    assert run("check", "--db", str(copy)).stdout.strip() == "ok"
    assert run("check", "--db", str(db)).returncode == 0
    broken = tmp_path / "kapot.sqlite"
    data = bytearray(copy.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    broken.write_bytes(bytes(data))
    checked = run("check", "--db", str(broken))
    assert checked.returncode == 1 and checked.stdout.strip()


def test_check_finds_approved_minutes_changed_behind_the_programs_back(tmp_path: Path) -> None:
    import sqlite3

    from spitsregio_desktop.services.minutes import approve
    from spitsregio_desktop.services.package import import_package
    from spitsregio_desktop.storage.database import open_database

    path = tmp_path / "x.sqlite"
    with open_database(path) as db, db.session() as session:
        approve(session, import_package(session, PACKAGE))
    assert run("check", "--db", str(path)).stdout.strip() == "ok"
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE minutes_versions SET approved_text = approved_text || ' ' WHERE status = 'approved'"
    )
    con.commit()
    con.close()
    checked = run("check", "--db", str(path))
    assert checked.returncode == 1
    assert "SHA-256" in checked.stdout and "vergadering 1" in checked.stdout


NON_LATIN1 = "Łukasz Wołoszyn-Şahin"


def test_redirected_output_is_utf8_whatever_the_console_code_page(tmp_path: Path) -> None:
    """A Windows console writes cp1252; `list --json > file` and pipes must still be UTF-8.

    PYTHONIOENCODING=cp1252 gives the child the streams a Windows console would; stdout and
    stderr are pipes (not a TTY), as with `> file` or `| other-program`.
    """
    package = tmp_path / "p.json"
    participants = [{"name": NON_LATIN1, "organisation": "Gemeente Zoutleeuw", "role": "lid"}]
    package.write_text(
        json.dumps({**PACKAGE, "participants": participants}, ensure_ascii=False),
        encoding="utf-8",
    )
    db = tmp_path / "map met é" / "spitsregio.sqlite"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "cp1252",
        "PYTHONUTF8": "0",
    }

    def run_bytes(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "spitsregio_desktop", *args],
            capture_output=True,
            timeout=120,
            env=env,
        )

    assert run_bytes("import", str(package), "--db", str(db)).returncode == 0
    listed = run_bytes("list", "persons", "--db", str(db), "--json")
    assert listed.returncode == 0, listed.stderr
    names = [p["name"] for p in json.loads(listed.stdout.decode("utf-8"))]
    assert NON_LATIN1 in names
    plain = run_bytes("list", "persons", "--db", str(db))
    assert NON_LATIN1 in plain.stdout.decode("utf-8")
    # a one-line error naming a file is UTF-8 too
    missing = run_bytes("import", str(tmp_path / f"{NON_LATIN1}.json"), "--db", str(db))
    assert missing.returncode == 2
    assert NON_LATIN1 in missing.stderr.decode("utf-8")


def test_version_is_printed_on_stdout():
    from spitsregio_desktop import __version__

    done = run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"spitsregio {__version__}"
