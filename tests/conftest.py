"""Fixtures shared by all tests: a fresh database per test, and the command line in process."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from spitsregio_desktop.storage.database import Database, open_database  # noqa: E402


@pytest.fixture
def fresh_database(tmp_path: Path):
    """A database as a new user has it: nothing filled in, not even the secretariat."""
    db = open_database(tmp_path / "spitsregio.sqlite")
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
