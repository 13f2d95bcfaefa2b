"""Read-only queries in plain sqlite3 for the command line's listings, without the ORM.

`spitsregio list actions` on thirty years (~18 000 actions) is a whole process: importing
SQLAlchemy and the models alone took a third of its time. A SQLite file passes the same
checks as open_database(readonly=True) (storage.database.readable_file) and is then read
with the standard library; a server database keeps going through SQLAlchemy.

The SQL below is what services.convert's SQLAlchemy queries compile to, with dates and
enums read as their stored text; tests/test_cli_list_fast.py compares both paths' output.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .database import BUSY_TIMEOUT_MS, readable_file
from .leftovers import sweep

# services.convert.action_rows' columns, joins and order (see the tuple indexes there)
ACTION_ROWS_SQL = """
SELECT actions.id, actions.description, actions.owner_person_id,
       actions.owner_organisation_id, actions.owner_text, actions.due_date, actions.status,
       actions.meeting_id, meetings.number, meetings.date, meetings.body_id, bodies.short,
       actions.agenda_item_id, agenda_items.theme, agenda_items.meeting_id,
       actions.created_on, actions.closed_on, actions.objective_id,
       owner.name, owner_org.short, org.name, actions.row_version
FROM actions
LEFT OUTER JOIN meetings ON actions.meeting_id = meetings.id
LEFT OUTER JOIN bodies ON meetings.body_id = bodies.id
LEFT OUTER JOIN agenda_items ON actions.agenda_item_id = agenda_items.id
LEFT OUTER JOIN persons AS owner ON actions.owner_person_id = owner.id
LEFT OUTER JOIN organisations AS owner_org ON owner.organisation_id = owner_org.id
LEFT OUTER JOIN organisations AS org ON actions.owner_organisation_id = org.id
ORDER BY actions.due_date IS NULL, actions.due_date, actions.id
"""

# services.convert.item_outline's rows, for every meeting an action's agenda item belongs to
ACTION_ITEM_PLACES_SQL = """
SELECT agenda_items.id, agenda_items.parent_id,
       row_number() OVER (PARTITION BY agenda_items.meeting_id, agenda_items.parent_id
                          ORDER BY agenda_items.position, agenda_items.id),
       agenda_items.confidential
FROM agenda_items
WHERE agenda_items.meeting_id IN (
    SELECT items.meeting_id FROM actions JOIN agenda_items AS items
    ON actions.agenda_item_id = items.id)
"""


@contextmanager
def read_only(db_path: Path) -> Iterator[tuple[sqlite3.Connection, str]]:
    """(connection, notice) on a SQLite file, in one read transaction (one snapshot).

    Raises what open_database(readonly=True) raises for a missing, damaged, foreign, too
    old or too new file; `notice` is its note on a file in a read-only place.
    """
    db_path = Path(db_path).expanduser().resolve()  # as open_database: messages name it so
    sweep()  # as open_database does first: what a killed backup or export left behind
    immutable, notice = readable_file(db_path)
    mode = "ro&immutable=1" if immutable else "ro"
    con = sqlite3.connect(f"file:{db_path.as_posix()}?mode={mode}", uri=True, isolation_level=None)
    try:
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        con.execute("BEGIN")
        yield con, notice
    finally:
        con.close()


def action_rows(con: sqlite3.Connection) -> tuple[list[tuple], list[tuple]]:
    """(every action's columns in order, (id, parent id, sibling number, flag) of the items
    of the meetings those actions hang under)."""
    return con.execute(ACTION_ROWS_SQL).fetchall(), con.execute(ACTION_ITEM_PLACES_SQL).fetchall()
