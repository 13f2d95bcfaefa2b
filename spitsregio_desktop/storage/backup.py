"""Consistent copies with SQLite's backup API, rotated; restore replaces the live file.

Never copy the live file itself while it is open: WAL keeps recent pages in `-wal`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from .paths import backup_dir_for
from .private import owner_only_dir, owner_only_file

KEEP_AUTOMATIC = 10
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


def backup_database(db_path: Path, dest_dir: Path | None = None, reason: str = "manual") -> Path:
    """Write a consistent copy of `db_path` into `dest_dir` and return its path."""
    db_path = Path(db_path)
    dest_dir = Path(dest_dir) if dest_dir else backup_dir_for(db_path)
    owner_only_dir(dest_dir)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = dest_dir / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    n = 1
    while target.exists():
        target = dest_dir / f"{db_path.stem}-{stamp}-{n}-{reason}.sqlite"
        n += 1
    partial = owner_only_file(target.with_suffix(".partial"))
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # a backup is a self-contained file: no -wal beside it
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, target)
    sync_directory(dest_dir)
    if reason != "manual":
        rotate(dest_dir, db_path.stem)
    return target


def list_backups(db_path: Path, dest_dir: Path | None = None) -> list[Path]:
    """Backups of this database, newest first."""
    dest_dir = Path(dest_dir) if dest_dir else backup_dir_for(Path(db_path))
    if not dest_dir.is_dir():
        return []
    stem = Path(db_path).stem
    found = [
        p for p in dest_dir.glob("*.sqlite") if (m := _NAME.match(p.name)) and m["stem"] == stem
    ]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def rotate(dest_dir: Path, stem: str, keep: int = KEEP_AUTOMATIC) -> None:
    """Keep the newest `keep` automatic backups; manual ones are the user's to delete."""
    automatic = [
        p
        for p in dest_dir.glob("*.sqlite")
        if (m := _NAME.match(p.name)) and m["stem"] == stem and m["reason"] != "manual"
    ]
    automatic.sort(key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    for old in automatic[keep:]:
        old.unlink(missing_ok=True)


def check_file(path: Path, full: bool = False) -> str:
    """Return "ok" or SQLite's first complaint about the file."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = con.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def restore_backup(backup_path: Path, db_path: Path) -> Path:
    """Replace the database with a backup; the current file is itself backed up first.

    The caller must hold no open connection to `db_path`.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    if check_file(backup_path, full=True) != "ok":
        raise ValueError(f"De reservekopie {backup_path.name} is beschadigd.")
    safety = None
    if db_path.exists():
        try:
            safety = backup_database(db_path, reason="before-restore")
        except sqlite3.DatabaseError:
            safety = None  # the current file is unreadable: that is why we restore
    tmp = owner_only_file(db_path.with_suffix(".restoring"))
    src = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    sync_directory(db_path.parent)
    return safety or db_path
