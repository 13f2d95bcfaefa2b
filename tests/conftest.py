"""Fixtures shared by all tests: a fresh database per test, and the command line in process."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from spitsregio_desktop.storage.database import Database, open_database  # noqa: E402


@pytest.fixture
def database(tmp_path: Path):
    db = open_database(tmp_path / "spitsregio.sqlite")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def session(database: Database):
    with database.session() as s:
        yield s
