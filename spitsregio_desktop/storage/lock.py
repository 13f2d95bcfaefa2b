"""One writer per database file: an OS lock on `<db>.lock`, released by the OS if we die.

An OS-level lock (not a PID file) means a crashed or killed program never leaves a stale
lock behind, so the next start after a power cut just works.
"""

from __future__ import annotations

import os
from pathlib import Path

from .disk import disk_problem
from .errors import DatabaseInUse, DiskProblem

if os.name == "nt":  # pragma: no cover - exercised on the Windows CI runner
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class DatabaseLock:
    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:  # a read-only folder, no permission: say so, no traceback
            raise DiskProblem(
                f"de database {self.path.parent / self.path.stem} kan niet worden gewijzigd: "
                f"{disk_problem(exc) or exc}"
            ) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise DatabaseInUse(
                "De database is al geopend in een ander venster van Spitsregio Desktop. "
                "Sluit dat venster en probeer opnieuw."
            )
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
