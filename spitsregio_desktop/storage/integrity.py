"""`spitsregio check`: SQLite's integrity and foreign-key checks, plus the schema version."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def full_check(db_path: Path) -> list[str]:
    """Problems found, in Dutch; an empty list means the database is sound."""
    from . import migrate
    from .disk import place_problem
    from .identity import foreign_reason

    db_path = Path(db_path)
    if not db_path.is_file():
        return [f"de database {db_path} bestaat niet"]
    immutable = (
        place_problem(db_path) is not None
    )  # a read-only or full place: read without -shm or lock
    mode = "ro&immutable=1" if immutable else "ro"
    con = sqlite3.connect(f"file:{db_path.as_posix()}?mode={mode}", uri=True)
    problems: list[str] = []
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            problems += [f"integriteit: {r[0]}" for r in rows[:20]]
        problems += _tampered_minutes(con)
        for table, rowid, parent, _ in con.execute("PRAGMA foreign_key_check").fetchall()[:20]:
            problems.append(
                f"verwijzing: rij {rowid} van {table} verwijst naar een ontbrekende rij in {parent}"
            )
        if not problems and (reason := foreign_reason(con)):
            problems.append(reason)
    except sqlite3.DatabaseError as exc:
        problems.append(f"het bestand is geen leesbare database ({exc})")
    finally:
        con.close()
    if problems:
        return problems
    revision = migrate.current_revision(db_path, immutable)
    if revision is not None and revision not in migrate.known_revisions():
        problems.append(migrate.too_new_message(db_path.name))
    elif revision != migrate.head_revision():
        problems.append(
            "de database is van een oudere versie; open ze in Spitsregio Desktop om ze bij te "
            "werken"
        )
    return problems


def _tampered_minutes(con: sqlite3.Connection) -> list[str]:
    """Approved minutes whose frozen text no longer matches the SHA-256 kept at approval."""
    try:
        rows = con.execute(
            "SELECT m.number, b.short, m.date, v.version, v.approved_text, v.sha256 "
            "FROM minutes_versions v JOIN meetings m ON m.id = v.meeting_id "
            "JOIN bodies b ON b.id = m.body_id WHERE v.status = 'approved'"
        ).fetchall()
    except sqlite3.DatabaseError:  # an older or foreign file: the other checks say so
        return []
    return [
        f"verslag: het goedgekeurde verslag van vergadering {number} ({short}, {date}), "
        f"versie {version}, komt niet meer overeen met zijn SHA-256"
        for number, short, date, version, text, digest in rows
        if hashlib.sha256((text or "").encode("utf-8")).hexdigest() != digest
    ]
