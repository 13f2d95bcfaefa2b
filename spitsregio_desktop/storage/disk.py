"""The one place that turns a file-system failure into the Dutch cause a person can act on.

Full disk, read-only folder, no permission: whichever layer meets it (Python's OSError,
SQLite's result codes, SQLAlchemy wrapping either), the message names the same cause.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

FULL = "de schijf is vol"
READ_ONLY = "de map is alleen-lezen"
NO_ACCESS = "geen toegang"

_BY_ERRNO = {
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EFBIG: FULL,  # a file-size limit (RLIMIT_FSIZE, a FAT32 stick's 4 GiB) is a full disk
    errno.EROFS: READ_ONLY,
    errno.EACCES: NO_ACCESS,
    errno.EPERM: NO_ACCESS,
}
# SQLite's primary result codes (sqlite3.h): SQLITE_PERM 3, SQLITE_READONLY 8, SQLITE_FULL 13
_BY_SQLITE_CODE = {3: NO_ACCESS, 8: READ_ONLY, 13: FULL}
_BY_SQLITE_TEXT = (
    ("database or disk is full", FULL),
    ("attempt to write a readonly database", READ_ONLY),
    ("readonly database", READ_ONLY),
)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__, getattr(current, "orig", None)]


def disk_problem(exc: BaseException, with_file: bool = True) -> str | None:
    """ "de schijf is vol" / "de map is alleen-lezen" / "geen toegang" (+ the file), or None."""
    for cause in _causes(exc):
        if isinstance(cause, OSError) and cause.errno in _BY_ERRNO:
            where = cause.filename
            if where and with_file:
                return f"{_BY_ERRNO[cause.errno]} ({where})"
            return _BY_ERRNO[cause.errno]
        if isinstance(cause, sqlite3.Error):
            code = getattr(cause, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in _BY_SQLITE_CODE:
                return _BY_SQLITE_CODE[code & 0xFF]
            text = str(cause).lower()
            for needle, meaning in _BY_SQLITE_TEXT:
                if needle in text:
                    return meaning
    return None


# Below this much free space SQLite cannot even make its -shm and -wal: the disk is full.
MIN_FREE_BYTES = 256 * 1024


def place_problem(path: Path) -> str | None:
    """Why the database at `path` cannot be written where it is, or None when it can."""
    path = Path(path)
    folder = path.parent if path.parent.exists() else path.parent.parent
    if hasattr(os, "statvfs"):
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return READ_ONLY
        except OSError:
            pass
    if not writable_place(path):
        return NO_ACCESS
    try:
        if shutil.disk_usage(folder).free < MIN_FREE_BYTES:
            return FULL
    except OSError:
        pass
    return None


def writable_place(path: Path) -> bool:
    """Can we write the database and the files SQLite keeps beside it (-wal, -shm, lock)?"""
    path = Path(path)
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))
