"""Shared fixtures of the window tests: a fresh database, a context, window helpers.

Every test gets its own database file (reference data seeded: BO with 30 mayors, TF) and
its own QSettings file, so remembered state (last meeting, splitters) never leaks between
tests or into the developer's real settings.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from spitsregio_desktop.storage.database import Database, open_database  # noqa: E402
from spitsregio_desktop.ui.app import make_context  # noqa: E402
from spitsregio_desktop.ui.context import AppContext  # noqa: E402
from spitsregio_desktop.ui.tasks import TaskRunner  # noqa: E402


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh database with the reference data and the secretariat's details (documents
    and e-mails ask for those first), closed after the test."""
    from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details

    database = open_database(tmp_path / "x.sqlite", backup_on_start=False)
    with database.session() as s:
        demo_secretariat_details(s)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def ctx(qapp, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    """An AppContext whose background tasks run inline and whose QSettings is a temp file."""
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    context = make_context(db)
    context.qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return context


@pytest.fixture
def show(qtbot) -> Callable[[QWidget], QWidget]:
    """Register, size and show a widget the way the user sees it; returns it."""

    def _show(widget: QWidget, width: int = 1280, height: int = 800) -> QWidget:
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return _show
