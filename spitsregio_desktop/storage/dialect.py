"""What differs between SQLite and PostgreSQL, in one place, for the layers above storage.

Services never name an engine; where the engines need different handling (id sequences
after rows written with explicit ids, the search index, backups, checks) storage asks
`is_server()` and does the right thing.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from .base import Base


def is_server(bind: Session | Connection | Engine) -> bool:
    """True on PostgreSQL, False on the laptop's SQLite file."""
    if isinstance(bind, Session):
        bind = bind.get_bind()
    return bind.dialect.name == "postgresql"


def id_tables() -> list[str]:
    """Tables whose primary key is an integer `id` (a sequence on PostgreSQL)."""
    return [t.name for t in Base.metadata.sorted_tables if "id" in t.c and t.c.id.primary_key]


def after_explicit_ids(session: Session) -> None:
    """After rows were written with their own ids: move each id sequence past the highest.

    SQLite takes max(rowid)+1 by itself; PostgreSQL's sequences do not look at the table,
    so the next ordinary insert would collide with a copied id.
    """
    if is_server(session):
        reset_sequences(session.connection())


def reset_sequences(connection: Connection) -> None:
    """PostgreSQL: each table's id sequence continues after its highest id."""
    for table in id_tables():
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
            )
        )
