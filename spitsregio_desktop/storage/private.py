"""Owner-only files: the database, its -wal/-shm, backups and full exports are nobody else's.

On Linux and macOS such files are created 0600 and the folders the program makes for them
0700, so another account on the same machine cannot read a personnel item or a mayor's
address. A folder that already exists (the user's Documents, a chosen backup folder) is
left as it is: it is the user's. SQLite gives -wal and -shm the permissions of the
database file, so a private database keeps its journal private too.

On Windows a new file inherits the access list of its folder (the user profile is the
user's own); the POSIX bits mean nothing there, so these functions only create.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
POSIX = os.name != "nt"


def owner_only_dir(path: Path) -> Path:
    """Create `path` and any missing parents, each new folder 0700; existing ones untouched."""
    path = Path(path)
    missing = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    path.mkdir(parents=True, exist_ok=True)
    if POSIX:
        for folder in missing:
            with contextlib.suppress(OSError):  # made by someone else meanwhile: theirs
                os.chmod(folder, DIR_MODE)
    return path


def owner_only_file(path: Path) -> Path:
    """Create `path` empty and 0600 (truncating it), before SQLite or anyone writes into it.

    Created with the mode in the same call, so there is no moment at which it is readable
    by others; chmod as well, for a file that existed already.
    """
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.close(fd)
    restrict(path)
    return path


def restrict(*paths: Path) -> None:
    """Make existing files 0600 (a database made by an earlier version was 0644)."""
    if not POSIX:
        return
    for path in paths:
        with contextlib.suppress(FileNotFoundError, PermissionError):
            os.chmod(path, FILE_MODE)


def restrict_database(db_path: Path) -> None:
    """The database file and its -wal and -shm, when present."""
    db_path = Path(db_path)
    restrict(db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"))
