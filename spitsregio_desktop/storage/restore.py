"""Restore: look at the backup first, refuse what is not a sound backup of ours, then replace.

Nothing of the current database is touched until the backup has passed every check and a
working copy of it (migrated when it is older) sits ready beside the database. The current
state is kept as a safety copy that is never rotated away.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from . import migrate
from .backup import (
    backup_database,
    backup_made_at,
    check_file,
    copy_database,
    safety_dir_for,
    sync_directory,
)
from .disk import disk_problem, place_problem
from .errors import BackupRefused, DiskProblem, StorageError
from .identity import foreign_reason, looks_like_sqlite, schema_revision, stamp_file
from .leftovers import unfinished
from .private import owner_only_file


@dataclass(frozen=True)
class BackupFacts:
    """What a backup holds, shown before it replaces anything."""

    path: Path
    meetings: int
    last_meeting: dt.date | None
    made_at: dt.datetime
    revision: str
    older: bool  # made by an older version: migrated after the restore


def _refuse(path: Path, reason: str) -> BackupRefused:
    return BackupRefused(f"{Path(path).name} wordt niet teruggezet: {reason}")


def inspect_backup(path: Path) -> BackupFacts:
    """The facts of a backup of ours; raises BackupRefused naming why it is not one."""
    path = Path(path)
    if not path.is_file():
        raise _refuse(path, "het bestand bestaat niet")
    if path.stat().st_size == 0:
        raise _refuse(path, "het bestand is leeg")
    if not looks_like_sqlite(path):
        raise _refuse(path, "het is geen SQLite-database")
    # a backup on a full or read-only stick is read as it is (SQLite cannot add its -shm there)
    mode = "ro&immutable=1" if place_problem(path) else "ro"
    verdict = check_file(path, full=True, immutable=mode != "ro")
    if verdict != "ok":
        raise _refuse(path, f"het bestand is beschadigd of onvolledig ({verdict})")
    con = sqlite3.connect(f"file:{path.as_posix()}?mode={mode}", uri=True)
    try:
        if reason := foreign_reason(con):
            raise _refuse(path, reason)
        revision = schema_revision(con)
        if revision is None:
            raise _refuse(path, "het is geen database van Spitsregio Desktop")
        if revision not in migrate.known_revisions():
            raise _refuse(path, "het is gemaakt door een nieuwere versie van Spitsregio Desktop")
        count, last = con.execute("SELECT count(*), max(date) FROM meetings").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _refuse(path, f"het bestand is beschadigd of onvolledig ({exc})") from exc
    finally:
        con.close()
    return BackupFacts(
        path=path,
        meetings=int(count),
        last_meeting=dt.date.fromisoformat(str(last)[:10]) if last else None,
        made_at=backup_made_at(path),
        revision=revision,
        older=revision != migrate.head_revision(),
    )


def describe(facts: BackupFacts) -> str:
    """One Dutch line, the same on the command line and in the window."""
    last = facts.last_meeting.isoformat() if facts.last_meeting else "geen"
    word = "vergadering" if facts.meetings == 1 else "vergaderingen"
    line = (
        f"{facts.path.name}: {facts.meetings} {word}, laatste vergadering {last}, "
        f"gemaakt op {facts.made_at:%Y-%m-%d %H:%M}"
    )
    if facts.older:
        line += " (door een oudere versie; wordt na het terugzetten bijgewerkt)"
    return line


@dataclass(frozen=True)
class Restored:
    facts: BackupFacts
    safety_copy: Path | None


def restore_backup(backup_path: Path, db_path: Path) -> Restored:
    """Replace the database with a checked backup. The caller holds the lock, no connection.

    Raises BackupRefused (nothing touched), DiskProblem or StorageError.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    facts = inspect_backup(backup_path)
    work = db_path.with_name(db_path.name + ".restoring")
    try:
        with unfinished(work):
            for leftover in (work, Path(f"{work}-journal")):
                leftover.unlink(missing_ok=True)
            owner_only_file(work)  # it becomes the database: owner-only from its first byte
            mode = "ro&immutable=1" if place_problem(backup_path) else "ro"
            copy_database(backup_path, work, uri=f"file:{backup_path.as_posix()}?mode={mode}")
            if check_file(work, full=True) != "ok":
                raise _refuse(backup_path, "de kopie ervan is niet in orde")
            if facts.older:
                migrate.upgrade_via_copy(work)  # on the copy: the backup file stays as it was
            stamp_file(work)
            safety = _keep_current_state(db_path)
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(work, db_path)
            sync_directory(db_path.parent)
    except BaseException as exc:
        for leftover in (work, Path(f"{work}-journal")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, StorageError):
            raise
        if isinstance(exc, Exception) and (cause := disk_problem(exc)):
            raise DiskProblem(f"de reservekopie is niet teruggezet: {cause}") from exc
        raise
    return Restored(facts, safety)


def _keep_current_state(db_path: Path) -> Path | None:
    """A safety copy of the database as it is now; its WAL folded in, so nothing is lost."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(db_path)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        return backup_database(db_path, reason="before-restore")
    except sqlite3.DatabaseError:
        # unreadable (that is why we restore): keep its bytes as they are, for a specialist
        target = backup_database_raw(db_path)
        return target


def backup_database_raw(db_path: Path) -> Path:
    """A byte copy of a damaged database (and its WAL) as a "before-recovery" safety copy."""
    import shutil

    folder = safety_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db_path.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}-before-recovery.sqlite"
    shutil.copyfile(db_path, target)
    wal = Path(f"{db_path}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{target}-wal"))
    return target
