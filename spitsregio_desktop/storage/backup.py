"""Consistent copies with SQLite's backup API, rotated; restore replaces the live file.

Never copy the live file itself while it is open: WAL keeps recent pages in `-wal`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from .disk import disk_problem, place_problem
from .errors import DiskProblem
from .leftovers import unfinished
from .paths import backup_dir_for
from .private import owner_only_dir, owner_only_file

KEEP_AUTOMATIC = 10
# Copies made before something that replaces the database are kept apart from the rotating
# start backups (in backups/safety/) until the secretary deletes them.
SAFETY_REASONS = ("before-restore", "before-migration", "before-recovery")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z-]+)\.sqlite$")


def sync_directory(path: Path) -> None:
    """Make a rename durable: after a power cut the new name must still be there (POSIX)."""
    if os.name == "nt":  # NTFS journals renames; directories cannot be opened for fsync
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def safety_dir_for(db_path: Path) -> Path:
    return backup_dir_for(Path(db_path)) / "safety"


def backup_database(db_path: Path, dest_dir: Path | None = None, reason: str = "manual") -> Path:
    """Write a consistent copy of `db_path` into `dest_dir` and return its path.

    Raises DiskProblem naming the cause (full, read-only, no access); no `.partial` stays.
    """
    db_path = Path(db_path)
    if dest_dir:
        dest_dir = Path(dest_dir)
    else:
        safety = reason in SAFETY_REASONS
        dest_dir = safety_dir_for(db_path) if safety else backup_dir_for(db_path)
    try:
        owner_only_dir(dest_dir)
    except OSError as exc:
        raise DiskProblem(
            f"de reservekopie kon niet worden gemaakt: {disk_problem(exc) or exc}"
        ) from exc
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = dest_dir / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    n = 1
    while target.exists():
        target = dest_dir / f"{db_path.stem}-{stamp}-{n}-{reason}.sqlite"
        n += 1
    partial = target.with_suffix(".partial")
    try:
        with unfinished(partial):
            owner_only_file(partial)  # private from its first byte, like the database
            # a database in a read-only place is read as immutable (it cannot make its -shm)
            mode = "ro&immutable=1" if place_problem(db_path) else "ro"
            copy_database(db_path, partial, uri=f"file:{db_path.as_posix()}?mode={mode}")
            os.replace(partial, target)
            sync_directory(dest_dir)
    except BaseException as exc:
        for leftover in (partial, Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, Exception) and (cause := disk_problem(exc)):
            raise DiskProblem(f"de reservekopie kon niet worden gemaakt: {cause}") from exc
        raise
    if reason not in ("manual", *SAFETY_REASONS):
        rotate(dest_dir, db_path.stem)
    return target


def copy_database(source: Path, target: Path, uri: str | None = None) -> None:
    """A consistent, self-contained copy (backup API; no -wal beside it) of `source`."""
    src = sqlite3.connect(uri or f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def list_backups(db_path: Path, dest_dir: Path | None = None) -> list[Path]:
    """Backups of this database (the safety copies too), newest first."""
    folders = (
        [Path(dest_dir)]
        if dest_dir
        else [backup_dir_for(Path(db_path)), safety_dir_for(Path(db_path))]
    )
    stem = Path(db_path).stem
    found = [
        p
        for folder in folders
        if folder.is_dir()
        for p in folder.glob("*.sqlite")
        if (m := _NAME.match(p.name)) and m["stem"] == stem
    ]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def backup_reason(path: Path) -> str:
    """ "start", "manual", "before-restore", … from a backup's file name ("" if not ours)."""
    match = _NAME.match(Path(path).name)
    return match["reason"] if match else ""


def backup_made_at(path: Path) -> dt.datetime:
    """When a backup was made: the stamp in its name, else the file's modification time."""
    match = _NAME.match(Path(path).name)
    if match:
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(match["stamp"][:15], "%Y%m%d-%H%M%S")
    return dt.datetime.fromtimestamp(Path(path).stat().st_mtime).replace(microsecond=0)


def rotate(dest_dir: Path, stem: str, keep: int = KEEP_AUTOMATIC) -> None:
    """Keep the newest `keep` automatic backups; manual ones are the user's to delete."""
    automatic = [
        p
        for p in dest_dir.glob("*.sqlite")
        if (m := _NAME.match(p.name))
        and m["stem"] == stem
        and m["reason"] not in ("manual", *SAFETY_REASONS)
    ]
    automatic.sort(key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    for old in automatic[keep:]:
        old.unlink(missing_ok=True)


def check_file(path: Path, full: bool = False, immutable: bool = False) -> str:
    """Return "ok" or SQLite's first complaint about the file.

    `immutable` reads a file in a place we cannot write (no -shm, no lock needed).
    """
    mode = "ro&immutable=1" if immutable else "ro"
    try:
        con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode={mode}", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = con.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def restore_backup(backup_path: Path, db_path: Path) -> Path:
    """Kept for callers of the old name: see restore.restore_backup."""
    from .restore import restore_backup as restore

    return restore(backup_path, db_path).safety_copy or Path(db_path)
