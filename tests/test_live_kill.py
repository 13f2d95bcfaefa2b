"""kill -9 during live minute-taking loses nothing that was typed more than a second ago.

The real program runs in a subprocess (`python -m spitsregio_desktop --db PATH --live ID`,
offscreen). Offscreen Qt has no keyboard, so the documented test hook of the live view
(SPITSREGIO_TEST_TYPE_FILE, see ui/live/type_hook.py) types the lines we append to a file
into the notes field as real key events, and acknowledges each line in "<file>.ack". We
SIGKILL the program 1.5 s after the last keystroke, then check the database: every word is
there, integrity_check says ok, and the next start resumes the same meeting at the same item
(typing into it again appends to the same notes).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.meetings import sample_meeting
from spitsregio_desktop.services import meetings
from spitsregio_desktop.storage.database import open_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

LINES = [
    "De voorzitter opent de vergadering en verwelkomt de nieuwe burgemeester van Tielt-Winge.",
    "Interleuven licht het mobiliteitsplan toe: zes busassen, één fietsostrade, café-overleg.",
    "Leuven vraagt het parkeerbeleid af te stemmen; Herent en Kortenberg zijn akkoord.",
    "Budget 2027: € 1,2 miljoen, waarvan 40 % uit het ESF; geen bezwaren.",
    "Laatste zin vóór de stroompanne: niets hiervan mag verloren gaan.",
]
START_TIMEOUT = 60.0  # a cold start on a slow CI runner
LINE_TIMEOUT = 15.0


def _start(db_path: Path, type_file: Path, tmp: Path, live_id: int | None) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "SPITSREGIO_TEST_TYPE_FILE": str(type_file),
            "XDG_CONFIG_HOME": str(tmp / "config"),  # QSettings of this run only
            "XDG_DATA_HOME": str(tmp / "data"),
            "HOME": str(tmp / "home"),
        }
    )
    args = [sys.executable, "-m", "spitsregio_desktop", "--db", str(db_path)]
    if live_id is not None:
        args += ["--live", str(live_id)]
    return subprocess.Popen(
        args,
        env=env,
        stdout=open(tmp / "out.txt", "ab"),  # noqa: SIM115
        stderr=subprocess.STDOUT,
        cwd=Path(__file__).parents[1],
    )


def _acked(type_file: Path) -> int:
    try:
        return int(Path(str(type_file) + ".ack").read_text(encoding="utf-8") or 0)
    except (OSError, ValueError):
        return 0


def _send(
    proc: subprocess.Popen, type_file: Path, line: str, count: int, timeout: float, tmp: Path
) -> float:
    """Append one line and wait until the program has typed it; returns that moment."""
    with type_file.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    deadline = time.monotonic() + timeout
    while _acked(type_file) < count:
        if proc.poll() is not None:
            output = (tmp / "out.txt").read_text(errors="replace")
            pytest.fail(f"the program stopped (exit {proc.returncode}):\n{output[-3000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            output = (tmp / "out.txt").read_text(errors="replace")
            pytest.fail(f"the program did not type line {count} in time:\n{output[-3000:]}")
        time.sleep(0.02)
    return time.monotonic()


def _kill_after(proc: subprocess.Popen, last_keystroke: float, delay: float = 1.5) -> None:
    time.sleep(max(0.0, last_keystroke + delay - time.monotonic()))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL


def _integrity(db_path: Path) -> str:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def test_kill_9_loses_nothing_and_resumes(tmp_path: Path) -> None:
    db_path = tmp_path / "live.sqlite"
    db = open_database(db_path, backup_on_start=False)
    with db.session() as s:
        meeting_id = sample_meeting(s)
        first_item = meetings.meeting_detail(s, meeting_id).items[0].id
    db.close()

    type_file = tmp_path / "type.txt"
    type_file.touch()
    proc = _start(db_path, type_file, tmp_path, meeting_id)
    last = 0.0
    try:
        for count, line in enumerate(LINES, start=1):
            timeout = START_TIMEOUT if count == 1 else LINE_TIMEOUT
            last = _send(proc, type_file, line, count, timeout, tmp_path)
    finally:
        if proc.poll() is None:
            _kill_after(proc, last)

    assert _integrity(db_path) == "ok"
    db = open_database(db_path, backup_on_start=False)
    try:
        with db.session() as s:
            assert meetings.find_live_meeting(s) == meeting_id
            d = meetings.meeting_detail(s, meeting_id)
            assert d.live_item_id == first_item
            notes = d.items[0].notes
    finally:
        db.close()
    for line in LINES:
        for word in line.split():
            assert word in notes, word
    assert notes == "\n".join(LINES) + "\n"

    # the next start, without --live, resumes at the same item with everything typed
    resume_file = tmp_path / "resume.txt"
    resume_file.touch()
    proc = _start(db_path, resume_file, tmp_path, None)
    try:
        last = _send(proc, resume_file, "Hervat na de panne.", 1, START_TIMEOUT, tmp_path)
    finally:
        if proc.poll() is None:
            _kill_after(proc, last)
    assert _integrity(db_path) == "ok"
    db = open_database(db_path, backup_on_start=False)
    try:
        with db.session() as s:
            d = meetings.meeting_detail(s, meeting_id)
    finally:
        db.close()
    assert d.live_item_id == first_item
    assert d.items[0].notes == "\n".join(LINES) + "\nHervat na de panne.\n"
