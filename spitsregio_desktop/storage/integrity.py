"""`spitsregio check`: SQLite's integrity and foreign-key checks, plus the schema version;
on a server: connection, schema version, counts and the approved minutes' SHA-256."""

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


def server_check(url) -> tuple[list[str], list[str]]:
    """`check` on a PostgreSQL server: (problems, summary), both in Dutch.

    What PRAGMA integrity_check and foreign_key_check do for a file, the server does
    itself; here: can we connect, is the schema at our version, the counts per table,
    and whether approved minutes still match their SHA-256.
    """
    from sqlalchemy import text

    from . import migrate, server
    from .transfer import row_counts

    engine = server.make_server_engine(url)
    problems: list[str] = []
    summary: list[str] = []
    try:
        server.connect_check(engine, url)
        revision = server.server_revision(engine)
        if revision != migrate.head_revision():
            problems.append(
                f"de database staat op versie {revision or 'geen'}, het programma verwacht "
                f"{migrate.head_revision()}; open ze in het programma om ze bij te werken"
            )
            return problems, summary
        with engine.connect() as connection:
            counts = row_counts(connection)
            indexed = connection.execute(text("SELECT count(*) FROM search_index")).scalar_one()
            rows = connection.execute(text(_APPROVED)).all()
        summary.append(f"server: {url.redacted}, schemaversie {revision}")
        summary += [f"{table}: {n}" for table, n in counts.items() if n]
        expected = sum(counts[t] for t in ("agenda_items", "decisions", "actions", "attachments"))
        if indexed != expected:
            problems.append(
                f"zoekindex: {indexed} rijen voor {expected} agendapunten, besluiten, "
                "acties en bijlagen"
            )
        problems += _tampered(rows)
    except Exception as exc:  # ServerUnreachable and the like: one line, not a traceback
        problems.append(str(exc))
    finally:
        engine.dispose()
    return problems, summary


_APPROVED = (
    "SELECT m.number, b.short, m.date, v.version, v.approved_text, v.sha256 "
    "FROM minutes_versions v JOIN meetings m ON m.id = v.meeting_id "
    "JOIN bodies b ON b.id = m.body_id WHERE v.status = 'approved'"
)


def _tampered(rows) -> list[str]:
    return [
        f"verslag: het goedgekeurde verslag van vergadering {number} ({short}, {date}), "
        f"versie {version}, komt niet meer overeen met zijn SHA-256"
        for number, short, date, version, text, digest in rows
        if hashlib.sha256((text or "").encode("utf-8")).hexdigest() != digest
    ]


def _tampered_minutes(con: sqlite3.Connection) -> list[str]:
    """Approved minutes whose frozen text no longer matches the SHA-256 kept at approval."""
    try:
        rows = con.execute(_APPROVED).fetchall()
    except sqlite3.DatabaseError:  # an older or foreign file: the other checks say so
        return []
    return _tampered(rows)
