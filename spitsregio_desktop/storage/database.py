"""Opening the database: lock, check, back up, migrate, seed, and the engine with its pragmas.

Order matters: the lock first (no second writer), then `quick_check` (a clear message
rather than a half-working program), then whose file it is (our application_id, a schema
revision we know), then migrations on a copy that replaces the original only when it
succeeded (with a safety copy before), and the start backup only once all that worked:
a failed open makes no backup.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import backup as backups
from .disk import NO_ACCESS, disk_problem, place_problem
from .errors import (
    ConcurrentChange,
    DatabaseCorrupt,
    DatabaseNotFound,
    DiskProblem,
    MigrationFailed,
    NotOurDatabase,
)
from .identity import foreign_reason, stamp_file
from .leftovers import sweep
from .location import ServerUrl, db_location
from .lock import DatabaseLock
from .private import owner_only_dir, restrict_database

if TYPE_CHECKING:  # SQLAlchemy loads when an engine is made, not for the plain-sqlite3
    # read path of the command line's listings (storage.listing): its import is ~0.2 s;
    # the ORM loads with the first session: the window shows before that
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def make_engine(db_path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{db_path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _set_read_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def make_immutable_engine(db_path: Path) -> Engine:
    """Reading a database in a place we cannot write: SQLite needs no -shm or lock there."""
    from sqlalchemy import create_engine, event

    uri = f"file:{db_path.as_posix()}?mode=ro&immutable=1"
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    event.listen(engine, "connect", _set_read_pragmas)
    return engine


@dataclass
class Database:
    """An open database: the engine, a session factory, and the lock that makes us its writer."""

    path: Path
    engine: Engine
    lock: DatabaseLock | None
    session_factory: sessionmaker[Session] | None = field(init=False, default=None)
    start_backup: Path | None = None
    migrated: bool = False
    created: bool = False
    # a PostgreSQL server; `path` then is a local folder for attachments (storage.server)
    url: ServerUrl | None = None

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def label(self) -> str:
        """What to show a person: the file, or the server URL without its password."""
        return self.url.redacted if self.url is not None else str(self.path)

    # said to the person when the file could only be opened read-only (a read-only place)
    notice: str = ""

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain (Core) connection for a read before the ORM is loaded: the settings
        the window needs before it shows. Everything else goes through `session()`."""
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short session per operation; services commit themselves.

        A row changed by someone else since it was read (its row_version moved on) is
        refused by SQLAlchemy with StaleDataError; it reaches the caller as
        ConcurrentChange with a message a person can act on.
        """
        from sqlalchemy.orm.exc import StaleDataError

        if self.session_factory is None:
            from sqlalchemy.orm import sessionmaker

            from . import checkout_guard  # noqa: F401 - registers the read-only guard

            self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        with self.session_factory() as s:
            try:
                yield s
            except StaleDataError:
                s.rollback()
                raise ConcurrentChange(
                    "Iemand anders heeft dit intussen gewijzigd; uw wijziging is niet "
                    "bewaard. Het scherm toont nu de huidige tekst: breng uw wijziging "
                    "opnieuw aan."
                ) from None

    def close(self) -> None:
        self.engine.dispose()
        if self.lock:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(
    db_path: Path | str | ServerUrl,
    *,
    backup_on_start: bool = True,
    seed: bool = True,
    lock: bool = True,
    readonly: bool = False,
) -> Database:
    """Open (creating if needed) the database at `db_path`, ready for the services.

    `readonly` is for the command line's reports while the window may have the file open:
    no lock, no backup, no migration, and a missing file is an error rather than created.
    Raises DatabaseInUse, DatabaseCorrupt or MigrationFailed with a message a person can act on.
    """
    from . import migrate  # alembic is only needed here

    location = db_location(db_path)
    if isinstance(location, ServerUrl):
        return _open_server(location, seed=seed, readonly=readonly)
    db_path = Path(location).expanduser().resolve()
    sweep()  # what a killed backup, export or restore left behind
    if readonly:
        return _open_readonly(db_path)
    try:
        owner_only_dir(db_path.parent)
    except OSError as exc:
        raise DiskProblem(
            f"de map {db_path.parent} kan niet worden gemaakt: {disk_problem(exc) or exc}"
        ) from exc
    if problem := place_problem(db_path):
        raise DiskProblem(f"de database {db_path} kan niet worden gewijzigd: {problem}")
    db_lock = DatabaseLock(db_path) if lock else None
    if db_lock:
        db_lock.acquire()
    try:
        restrict_database(db_path)  # owner-only, also a file an earlier version made 0644
        existed = db_path.exists() and db_path.stat().st_size > 0
        migrated = False
        if existed:
            _refuse_unusable(db_path)
            if migrate.needs_upgrade(db_path):
                safety = backups.backup_database(db_path, reason="before-migration")
                try:
                    migrate.upgrade_via_copy(db_path)
                except BaseException:
                    safety.unlink(missing_ok=True)  # the original is untouched: no copy needed
                    raise
                migrated = True
        else:
            migrate.upgrade_via_copy(db_path)
        restrict_database(db_path)
        stamp_file(db_path)  # databases from before the stamp get it on their next open
        engine = make_engine(db_path)
        db = Database(
            path=db_path,
            engine=engine,
            lock=db_lock,
            migrated=migrated,
            created=not existed,
        )
        if seed:
            from .reference import is_seeded, seed_reference_data

            if not is_seeded(db):  # read without the ORM, which a seeded file never needs here
                with db.session() as s:
                    seed_reference_data(s)
        if existed and backup_on_start:
            db.start_backup = backups.backup_database(db_path, reason="start")
        return db
    except BaseException as exc:
        if db_lock:
            db_lock.release()
        if isinstance(exc, sqlite3.Error | OSError) and (cause := disk_problem(exc)):
            raise DiskProblem(
                f"de database {db_path.name} kan niet worden geopend: {cause}"
            ) from exc
        raise


def _open_server(url: ServerUrl, *, seed: bool, readonly: bool) -> Database:
    """A PostgreSQL database: no file lock, backup or quick_check (storage.server says why)."""
    from . import migrate, server

    engine = server.make_server_engine(url)
    try:
        server.connect_check(engine, url)
        revision = server.server_revision(engine)
        migrated = False
        if readonly:
            if revision != migrate.head_revision():
                raise MigrationFailed(
                    f"de database {url.redacted} is van een andere versie; "
                    "open ze eerst in het programma"
                )
        else:
            migrated = server.upgrade_server(engine)
        db = Database(
            path=Path(server.local_folder(url)),
            engine=engine,
            lock=None,
            migrated=migrated and revision is not None,
            created=revision is None,
            url=url,
        )
        if seed and not readonly:
            from .reference import seed_reference_data

            with db.session() as s:
                seed_reference_data(s)
        return db
    except BaseException:
        engine.dispose()
        raise


def _refuse_unusable(db_path: Path, immutable: bool = False) -> None:
    """Damaged, another program's, or made by a newer version: say which, change nothing."""
    from . import migrate

    if not os.access(db_path, os.R_OK):  # not damage: the person may not read it
        raise DiskProblem(f"de database {db_path} kan niet worden gelezen: {NO_ACCESS}")
    verdict = backups.check_file(db_path, immutable=immutable)
    if verdict != "ok":
        raise DatabaseCorrupt(
            f"De database {db_path.name} is beschadigd ({verdict}). "
            "Zet een reservekopie terug via Bestand > Reservekopie terugzetten "
            "of 'spitsregio restore'."
        )
    mode = "ro&immutable=1" if immutable else "ro"
    con = sqlite3.connect(f"file:{db_path.as_posix()}?mode={mode}", uri=True)
    try:
        reason = foreign_reason(con)
    finally:
        con.close()
    if reason == "de database is leeg (er staan geen tabellen in)":
        return  # an empty SQLite file: we make our tables in it
    if reason:
        raise NotOurDatabase(f"{db_path.name} wordt niet geopend: {reason}")
    migrate.refuse_newer(db_path, immutable=immutable)


def _unsaved_wal_note(db_path: Path) -> str:
    wal = Path(f"{db_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return " (de laatste wijzigingen staan nog in het -wal-bestand en ontbreken hier)"
    return ""


def readable_file(db_path: Path) -> tuple[bool, str]:
    """The checks of a read-only open: (immutable, notice), or the error a person sees.

    `immutable`: the file lies in a read-only place, read it alone (SQLite cannot make its
    -shm there); `notice` then says so. Shared by open_database(readonly=True) and the
    plain-sqlite3 listings (storage.listing), so both refuse the same files the same way.
    """
    from . import migrate

    if not db_path.is_file():
        raise DatabaseNotFound(f"de database {db_path} bestaat niet")
    problem = place_problem(db_path)
    immutable = problem is not None  # read the file alone: SQLite cannot make its -shm here
    _refuse_unusable(db_path, immutable=immutable)
    if migrate.current_revision(db_path, immutable=immutable) != migrate.head_revision():
        raise MigrationFailed(
            f"de database {db_path.name} is van een oudere versie; open ze eerst in "
            "Spitsregio Desktop, dat ze bijwerkt"
        )
    if immutable:
        notice = f"let op: {problem}; de database {db_path.name} is alleen-lezen geopend"
        return True, notice + _unsaved_wal_note(db_path)
    return False, ""


def _open_readonly(db_path: Path) -> Database:
    """For list, search, export and backup; in a read-only place without -shm or lock."""
    immutable, notice = readable_file(db_path)
    if immutable:
        engine = make_immutable_engine(db_path)
        return Database(path=db_path, engine=engine, lock=None, notice=notice)
    return Database(path=db_path, engine=make_engine(db_path), lock=None)


__all__ = [
    "Database",
    "DatabaseCorrupt",
    "MigrationFailed",
    "NotOurDatabase",
    "make_engine",
    "open_database",
]
