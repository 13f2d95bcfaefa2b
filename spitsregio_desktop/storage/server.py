"""Opening a PostgreSQL server database: connect, migrate under a lock, seed.

What the SQLite file needs and a server does not, is skipped here on purpose: the file
lock (the server serialises writers; optimistic row versions guard edits), the start
backup (the IT department's pg_dump, docs/SERVER.md), quick_check (the server's own job)
and migrating a copy (PostgreSQL DDL is transactional: a failed migration rolls back).
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from .errors import MigrationFailed, StorageError
from .location import ServerUrl
from .paths import data_dir

CONNECT_TIMEOUT_S = 10
# any constant: two programs starting at once must not both run the migrations
MIGRATION_LOCK = 0x5350_4954  # "SPIT"


class ServerUnreachable(StorageError):
    pass


def make_server_engine(url: ServerUrl) -> Engine:
    return create_engine(
        url.engine_url(),
        pool_pre_ping=True,  # a laptop that slept has dead connections in its pool
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "Spitsregio Desktop",
        },
    )


def first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return message[0] if message else type(exc).__name__


def connect_check(engine: Engine, url: ServerUrl) -> None:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        raise ServerUnreachable(
            f"De databaseserver {url.redacted} is niet bereikbaar ({first_line(exc)})."
        ) from None


def server_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
        if exists is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_server(engine: Engine) -> bool:
    """Bring the server's schema to head in one transaction; True when something changed."""
    from alembic import command

    from .migrate import alembic_config, head_revision

    if server_revision(engine) == head_revision():
        return False
    try:
        with engine.begin() as connection:
            connection.execute(text(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
            cfg = alembic_config(None)
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    except DBAPIError as exc:
        raise MigrationFailed(
            f"De database op de server kon niet worden bijgewerkt ({first_line(exc)}); "
            "er is niets veranderd. Vraag de IT-dienst om de rechten uit docs/SERVER.md."
        ) from None
    return True


def local_folder(url: ServerUrl) -> str:
    """A folder on this computer for what a server database keeps beside it (attachments)."""
    u = url.url
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{u.host or 'socket'}-{u.port or ''}-{u.database}")
    return str(data_dir() / "servers" / slug / "database")
