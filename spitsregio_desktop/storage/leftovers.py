"""Half-written files of a process that died (kill -9, power cut) are removed at the next start.

Before a temporary file is written (a backup's `.partial`, an export's `.~…`, a restore's
`.restoring`), a small marker naming it and the writer's process id goes into the local
data folder; the marker goes when the work is done. At the next start every marker whose
process no longer runs has its file removed. A marker per file (not one shared list) keeps
two programs writing at once from overwriting each other's notes.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from .paths import data_dir

_SIDE_FILES = ("-wal", "-shm", "-journal")


def _marker_dir() -> Path:
    return data_dir() / "unfinished"


@contextlib.contextmanager
def unfinished(path: Path) -> Iterator[None]:
    """Mark `path` as being written by this process for as long as the block runs."""
    marker = None
    try:
        folder = _marker_dir()
        folder.mkdir(parents=True, exist_ok=True)
        marker = folder / f"{os.getpid()}-{uuid.uuid4().hex}.txt"
        marker.write_text(str(Path(path).resolve()), encoding="utf-8")
    except OSError:  # no writable data folder: the writer's own cleanup still runs
        marker = None
    try:
        yield
    finally:
        if marker is not None:
            with contextlib.suppress(OSError):
                marker.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep() -> list[Path]:
    """Remove what dead writers left behind; returns the files removed."""
    removed: list[Path] = []
    try:
        markers = list(_marker_dir().glob("*.txt"))
    except OSError:
        return removed
    for marker in markers:
        try:
            pid = int(marker.name.split("-", 1)[0])
            if _alive(pid):
                continue
            target = Path(marker.read_text(encoding="utf-8").strip())
            for path in [target] + [Path(str(target) + s) for s in _SIDE_FILES]:
                if path.exists():
                    path.unlink()
                    removed.append(path)
            marker.unlink()
        except (OSError, ValueError):
            continue  # a marker we cannot read or a file we cannot remove: try next start
    return removed
