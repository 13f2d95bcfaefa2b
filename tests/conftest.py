"""Fixtures shared by all tests: a fresh database per test, and the command line in process.

`database` (and `session`, which uses it) runs every test on the laptop's SQLite file and,
when SPITSREGIO_TEST_PG_URL names a PostgreSQL server (`.ci/run` starts a throwaway one),
also on PostgreSQL. The server database is made and migrated once per run; before each
test every table is emptied, the id sequences restarted and the reference data seeded
again, so each test starts as on a new file (CREATE DATABASE per test costs a second;
this a tenth). With the variable set, a server that cannot be reached fails the run
instead of quietly testing SQLite alone.
Tests about the SQLite file itself carry `@pytest.mark.sqlite_only`.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from spitsregio_desktop.storage.database import Database, open_database  # noqa: E402

PG_URL = os.environ.get("SPITSREGIO_TEST_PG_URL", "")
ENGINES = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]
_names = itertools.count(1)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file, not the engine")
    config.addinivalue_line("markers", "postgresql: needs the PostgreSQL test server")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """SQLite-file tests are not run on PostgreSQL, nor server tests on SQLite (deselected,
    not skipped)."""
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        engine = callspec.params.get("fresh_database") if callspec else None
        if (engine == "postgresql" and item.get_closest_marker("sqlite_only")) or (
            engine == "sqlite" and item.get_closest_marker("postgresql")
        ):
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def pg_url(dbname: str):
    """The test server's URL for database `dbname` (a ServerUrl, as --db would make it)."""
    from sqlalchemy.engine import make_url

    from spitsregio_desktop.storage.location import ServerUrl

    base = ServerUrl(PG_URL).url.set(database=dbname)
    text = base.render_as_string(hide_password=False).replace("postgresql+psycopg", "postgresql")
    return ServerUrl(str(make_url(text)).replace("postgresql+psycopg", "postgresql"))


def _admin(statement: str) -> None:
    from sqlalchemy import create_engine, text

    from spitsregio_desktop.storage.location import ServerUrl

    engine = create_engine(ServerUrl(PG_URL).engine_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def pg_template() -> str:
    """A migrated, seeded database that every PostgreSQL test copies (CREATE DATABASE)."""
    if not PG_URL:
        pytest.skip("SPITSREGIO_TEST_PG_URL is not set: no PostgreSQL test server")
    name = f"spitsregio_template_{os.getpid()}"
    _admin(f"DROP DATABASE IF EXISTS {name}")
    _admin(f"CREATE DATABASE {name}")
    open_database(pg_url(name)).close()
    yield name
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def empty_pg_database():
    """Make new, empty server databases (no tables at all); dropped after the test."""
    if not PG_URL:
        pytest.skip("SPITSREGIO_TEST_PG_URL is not set: no PostgreSQL test server")
    made: list[str] = []

    def make():
        name = f"spitsregio_t{os.getpid()}_{next(_names)}"
        _admin(f"CREATE DATABASE {name}")
        made.append(name)
        return pg_url(name)

    yield make
    for name in made:
        _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_template_url(pg_template: str):
    """The template's URL: a migrated, seeded server database that tests must not change."""
    return pg_url(pg_template)


@pytest.fixture(scope="session")
def pg_shared(pg_template: str):
    """The one server database the `database` fixture empties before each test."""
    name = f"spitsregio_shared_{os.getpid()}"
    _admin(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield pg_url(name)
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _emptied(url) -> Database:
    """Open the shared server database as new: no rows, sequences at 1, reference data."""
    from sqlalchemy import text

    from spitsregio_desktop.storage.base import Base
    from spitsregio_desktop.storage.dialect import id_tables
    from spitsregio_desktop.storage.reference import seed_reference_data

    db = open_database(url, seed=False)
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM search_index"))
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
        for table in id_tables():
            connection.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 1, false)")
            )
    with db.session() as s:
        seed_reference_data(s)
    return db


@pytest.fixture(params=ENGINES)
def fresh_database(request: pytest.FixtureRequest, tmp_path: Path):
    """A database as a new user has it: nothing filled in, not even the secretariat."""
    if request.param == "sqlite":
        db = open_database(tmp_path / "spitsregio.sqlite")
    else:
        db = _emptied(request.getfixturevalue("pg_shared"))
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def database(fresh_database: Database):
    """A database whose secretariat details are filled in, so documents can be made."""
    from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details

    with fresh_database.session() as s:
        demo_secretariat_details(s)
    return fresh_database


@pytest.fixture
def session(database: Database):
    with database.session() as s:
        yield s
