"""Durability, tested (issue 2): kill -9 mid-stream, backups under load, failed migrations,
one writer per file, and a clear message for a damaged file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from spitsregio_desktop.storage import migrate
from spitsregio_desktop.storage.backup import backup_database, check_file, restore_backup
from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.storage.errors import DatabaseCorrupt, DatabaseInUse, MigrationFailed
from spitsregio_desktop.storage.models import Action, Setting

ROOT = Path(__file__).resolve().parents[1]

# A writer as the window's autosave does it: one short session and commit per edit, and
# only after the commit returned does it say so (on stdout) — that id must survive.
WRITER = textwrap.dedent(
    """
    import sys
    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.storage.models import Action

    db = open_database(sys.argv[1], backup_on_start=False)
    padding = "x" * int(sys.argv[2])
    print("ready", flush=True)
    i = 0
    while True:
        with db.session() as s:
            action = Action(description=f"schrijftest {i} {padding}")
            s.add(action)
            s.commit()
            print(action.id, flush=True)
        i += 1
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _start_writer(tmp_path: Path, db_path: Path, padding: int = 2000) -> subprocess.Popen[str]:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(db_path), str(padding)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "ready":
        proc.kill()
        pytest.fail(f"writer did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}")
    return proc


def _read_ids(proc: subprocess.Popen[str], at_least: int, timeout: float = 60.0) -> list[int]:
    """Ids the writer reported as committed, until `at_least` of them or the timeout."""
    assert proc.stdout is not None
    ids: list[int] = []
    deadline = time.monotonic() + timeout
    while len(ids) < at_least and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        ids.append(int(line))
    return ids


def _integrity(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()


def _action_ids(path: Path) -> set[int]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT id FROM actions")}
    finally:
        con.close()


@pytest.mark.slow
@pytest.mark.parametrize(("padding", "kill_after"), [(200, 150), (4000, 1500)])
def test_sigkill_mid_stream_loses_no_committed_write(
    tmp_path: Path, padding: int, kill_after: int
) -> None:
    # the second case writes enough (~6 MB) to cross WAL auto-checkpoints before the kill
    db_path = tmp_path / "live.sqlite"
    proc = _start_writer(tmp_path, db_path, padding)
    try:
        ids = _read_ids(proc, kill_after)
    finally:
        proc.kill()  # SIGKILL on POSIX: no cleanup, no atexit, no final checkpoint
        proc.wait(timeout=30)
    # anything the writer printed before it died was committed too
    assert proc.stdout is not None
    ids += [int(x) for x in proc.stdout.read().split() if x.isdigit()]
    assert len(ids) >= kill_after // 2, "the writer wrote too little to test anything"
    assert _integrity(db_path) == [("ok",)]
    assert set(ids) <= _action_ids(db_path)
    # the OS released the dead writer's lock: the program opens the file again, through
    # the full start (quick_check, start backup of the recovered file)
    db = open_database(db_path)
    try:
        with db.session() as s:
            assert s.get(Action, ids[-1]) is not None
    finally:
        db.close()


@pytest.mark.slow
def test_backup_while_another_process_writes_restores_consistently(tmp_path: Path) -> None:
    db_path = tmp_path / "live.sqlite"
    proc = _start_writer(tmp_path, db_path, padding=1000)
    backups: list[tuple[Path, int]] = []
    try:
        _read_ids(proc, 20)
        for _ in range(4):
            before = _read_ids(proc, 25)
            target = backup_database(db_path, tmp_path / "backups", reason="manual")
            backups.append((target, before[-1]))
    finally:
        proc.kill()
        proc.wait(timeout=30)
    for n, (backup, committed_before) in enumerate(backups):
        assert check_file(backup, full=True) == "ok"
        restored = tmp_path / f"restored{n}.sqlite"
        restore_backup(backup, restored)
        assert _integrity(restored) == [("ok",)]
        con = sqlite3.connect(restored)
        try:
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            con.close()
        ids = _action_ids(restored)
        # a snapshot: everything up to some point, with no holes, including what was
        # committed before the backup began
        assert ids == set(range(1, max(ids) + 1))
        assert committed_before in ids
        db = open_database(restored, backup_on_start=False)
        db.close()


def test_backup_while_a_thread_writes(tmp_path: Path) -> None:
    db = open_database(tmp_path / "live.sqlite", backup_on_start=False)
    stop = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        try:
            i = 0
            while not stop.is_set():
                with db.session() as s:
                    s.add(Setting(key=f"test.{i}", value="y" * 500))
                    s.commit()
                i += 1
        except BaseException as exc:  # noqa: BLE001 - reported to the test below
            errors.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        time.sleep(0.2)
        copies = [backup_database(db.path, tmp_path / "b", reason="manual") for _ in range(3)]
    finally:
        stop.set()
        writer.join(timeout=30)
        db.close()
    assert not errors
    target = tmp_path / "restored.sqlite"
    for copy in copies:
        restore_backup(copy, target)
        assert _integrity(target) == [("ok",)]


BROKEN_REVISION = '''
"""A revision that fails halfway, for the durability test."""
import sqlalchemy as sa
from alembic import op

revision = "9999_broken"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_broken", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE settings SET value = 'kapot'")
    raise RuntimeError("kapotte migratie")


def downgrade() -> None:
    pass
'''


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_failed_migration_leaves_original_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "data.sqlite"
    db = open_database(db_path, backup_on_start=False)
    with db.session() as s:
        s.add(Action(description="blijft bewaard"))
        s.commit()
    db.close()
    head = migrate.head_revision()
    before = _digest(db_path)
    settings_before = sqlite3.connect(db_path).execute("SELECT * FROM settings").fetchall()

    broken_dir = tmp_path / "migrations"
    skip_cache = shutil.ignore_patterns("__pycache__")
    shutil.copytree(migrate.MIGRATIONS_DIR, broken_dir, ignore=skip_cache)
    (broken_dir / "versions" / "9999_broken.py").write_text(
        BROKEN_REVISION.format(down=head), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", broken_dir)
    assert migrate.head_revision() == "9999_broken"

    with pytest.raises(MigrationFailed) as info:
        open_database(db_path, backup_on_start=False)
    assert "onaangeroerd" in str(info.value) and "kapotte migratie" in str(info.value)
    assert _digest(db_path) == before
    assert not (tmp_path / "data.sqlite.migrating").exists()
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        assert con.execute("SELECT * FROM settings").fetchall() == settings_before
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        assert "test_broken" not in tables
    finally:
        con.close()
    # the original is untouched, so a failed open leaves no backup behind (issue 12: every
    # failed open used to add copies that pushed older backups out of the rotation)
    assert not list(tmp_path.glob("backups/**/data-*.sqlite"))
    monkeypatch.undo()  # the real migrations again: the file opens as it was
    db = open_database(db_path, backup_on_start=False)
    try:
        with db.session() as s:
            assert s.query(Action).filter_by(description="blijft bewaard").count() == 1
    finally:
        db.close()


def test_second_open_is_refused_until_the_first_closes(tmp_path: Path) -> None:
    db_path = tmp_path / "data.sqlite"
    first = open_database(db_path, backup_on_start=False)
    try:
        with pytest.raises(DatabaseInUse) as info:
            open_database(db_path, backup_on_start=False)
        assert "al geopend" in str(info.value)
        # another process gets the same answer
        probe = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys\n"
                "from spitsregio_desktop.storage.database import open_database\n"
                "from spitsregio_desktop.storage.errors import DatabaseInUse\n"
                "try:\n"
                "    open_database(sys.argv[1], backup_on_start=False)\n"
                "except DatabaseInUse:\n"
                "    sys.exit(3)\n",
                str(db_path),
            ],
            env=_env(),
            cwd=ROOT,
            capture_output=True,
            timeout=60,
        )
        assert probe.returncode == 3, probe.stderr
    finally:
        first.close()
    second = open_database(db_path, backup_on_start=False)
    second.close()


def test_corrupted_file_gives_a_clear_message(tmp_path: Path) -> None:
    db_path = tmp_path / "good.sqlite"
    db = open_database(db_path, backup_on_start=False)
    with db.session() as s:
        s.add_all(Action(description=f"actie {i} " + "z" * 300) for i in range(2000))
        s.commit()
    db.close()
    broken = tmp_path / "broken.sqlite"
    shutil.copyfile(db_path, broken)
    size = broken.stat().st_size
    page = 4096
    with broken.open("r+b") as f:
        # garbage over whole pages in the middle of the file: b-tree pages of the data
        for fraction in (0.35, 0.5, 0.65):
            f.seek(int(size * fraction) // page * page)
            f.write(bytes((i * 37 + 11) % 256 for i in range(page)))
    with pytest.raises(DatabaseCorrupt) as info:
        open_database(broken, backup_on_start=False)
    message = str(info.value)
    assert "broken.sqlite" in message and "beschadigd" in message
    # the lock was released, and the good original still opens
    with pytest.raises(DatabaseCorrupt):
        open_database(broken, backup_on_start=False)
    open_database(db_path, backup_on_start=False).close()
