"""The secretariat's details, as a new user fills them in once in Instellingen.

Documents and e-mails refuse without them (no placeholder address in a letterhead), so a
test that makes a database of its own and then exports fills them in first.
"""

from __future__ import annotations

from pathlib import Path

from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details
from spitsregio_desktop.storage.database import open_database


def fill_in_secretariat(db_path: Path) -> None:
    with open_database(db_path, backup_on_start=False) as db, db.session() as s:
        demo_secretariat_details(s)
