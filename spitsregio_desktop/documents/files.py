"""Writing an output file safely: beside the target first, then moved into place.

Who may read it: a full (non-public) export holds confidential items and personal data, so
on Linux and macOS it stays owner-only (0600, as the temporary file is made) and a folder
made for it is 0700; a public export is an ordinary file (0644) for anyone to read. On
Windows the file inherits its folder's access list (see storage.private).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..services.errors import ValidationError
from ..storage.disk import disk_problem
from ..storage.leftovers import unfinished
from ..storage.private import owner_only_dir

PUBLIC_MODE = 0o644
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def write_atomically(
    out_path: Path, suffix: str, write: Callable[[BinaryIO], None], *, public: bool = False
) -> Path:
    """Write `out_path` through a temporary file beside it: never half a file in its place.

    `public`: the export leaves confidential items out, so others may read it.
    """
    out_path = Path(out_path)
    # the temporary name is chosen before the file exists, so the marker that lets the next
    # start remove a killed export's leftover is written before its first byte
    tmp = out_path.parent / f".~{uuid.uuid4().hex[:12]}.{suffix}"
    try:
        with unfinished(tmp):
            try:
                if public:
                    out_path.parent.mkdir(parents=True, exist_ok=True)
                else:
                    owner_only_dir(out_path.parent)
                # 0600 from the start: a full export stays so, a public one is opened up below
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
            except OSError as exc:
                raise ValidationError(
                    f"in de map {out_path.parent} kan niet worden geschreven: "
                    f"{disk_problem(exc, with_file=False) or exc}",
                    "out",
                ) from exc
            with os.fdopen(fd, "wb") as fh:
                write(fh)
            if public:
                with contextlib.suppress(OSError):
                    os.chmod(tmp, PUBLIC_MODE)
            try:
                os.replace(tmp, out_path)
            except PermissionError as exc:
                raise ValidationError(
                    f"Het bestand {out_path.name} is geopend in een ander programma of niet "
                    "schrijfbaar; sluit het en probeer opnieuw.",
                    "out",
                ) from exc
    except OSError as exc:
        if cause := disk_problem(exc, with_file=False):
            raise ValidationError(
                f"{out_path.name} kon niet worden geschreven: {cause}", "out"
            ) from exc
        raise
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return out_path
