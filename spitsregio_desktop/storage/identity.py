"""Whose file is this? Our `PRAGMA application_id`, and the facts that tell a backup of ours.

Every database this program creates or opens for writing carries APPLICATION_ID in its
SQLite header (bytes 68–71), so a restore can refuse another program's file before it
touches anything. Files made before the stamp existed carry 0; they count as ours only when
they hold our tables and a schema revision of ours (and are stamped when next opened).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# "SPRG" in ASCII: fixed forever, registered nowhere, unlikely to clash (SQLite's own
# magic.txt lists the ids other programs use; none is this one).
APPLICATION_ID = 0x53505247
# The tables that every revision of ours has had since 0001.
CORE_TABLES = frozenset({"bodies", "meetings", "persons", "agenda_items"})
SQLITE_HEADER = b"SQLite format 3\x00"


def read_application_id(con: sqlite3.Connection) -> int:
    return int(con.execute("PRAGMA application_id").fetchone()[0])


def table_names(con: sqlite3.Connection) -> set[str]:
    rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def schema_revision(con: sqlite3.Connection) -> str | None:
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def looks_like_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def foreign_reason(con: sqlite3.Connection) -> str | None:
    """Why this file is not one of ours, or None when it is (stamped, or ours from before)."""
    app_id = read_application_id(con)
    if app_id == APPLICATION_ID:
        return None
    if app_id != 0:
        return "het is een database van een ander programma"
    tables = table_names(con)
    if not tables:
        return "de database is leeg (er staan geen tabellen in)"
    if not CORE_TABLES <= tables or schema_revision(con) is None:
        return "het is geen database van Spitsregio Desktop"
    return None


def stamp(con: sqlite3.Connection) -> None:
    """Put our id in the header (a write: the connection must be writable)."""
    if read_application_id(con) != APPLICATION_ID:
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.commit()


def stamp_file(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    try:
        stamp(con)
    finally:
        con.close()
