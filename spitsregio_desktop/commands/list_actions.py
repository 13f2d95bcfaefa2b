"""`spitsregio list actions` on a SQLite file: every action without importing the ORM.

Thirty years are ~18 000 actions; the whole process had a budget of 0.6 s and importing
SQLAlchemy and the models alone took ~0.25 s of it. The rows come from
services.action_listing (plain sqlite3 through storage.listing), the same ActionRows the
SQLAlchemy path gives, printed by the same code in cli.cmd_list. A server database keeps
the SQLAlchemy path.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from .. import APP_ID
from ..services.action_listing import all_actions
from ..services.views import ActionRow
from ..storage.winpaths import synced_folder_warning


def file_actions(db_path: Path, notices: list[str]) -> list[ActionRow]:
    """Every action of the file; warnings and notices said as cli._open says them."""
    warning = synced_folder_warning(db_path)
    if warning:
        print(f"{APP_ID}: waarschuwing: {warning}", file=sys.stderr)
    paused = gc.isenabled()
    gc.disable()  # 18 000 rows that all live until printed: collecting finds nothing
    try:
        rows, notice = all_actions(db_path)
    finally:
        if paused:
            gc.enable()
    if notice:  # e.g. opened read-only in a read-only place: said after success
        notices.append(notice)
    return rows
