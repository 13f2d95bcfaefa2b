"""Screens of issue 6 on a one-year demo: objectives (detail with chart), attendance
(table and chart), search (results for "mobiliteit").

Runs as a smoke test every time (into tmp_path); set SPITSREGIO_SCREENSHOTS=1 to refresh
the pictures in docs/screenshots.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from spitsregio_desktop.services.demo import generate_demo  # noqa: E402
from spitsregio_desktop.storage.database import open_database  # noqa: E402
from spitsregio_desktop.ui.app import make_context  # noqa: E402
from spitsregio_desktop.ui.main_window import MainWindow  # noqa: E402
from spitsregio_desktop.ui.tasks import TaskRunner  # noqa: E402

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path, backup_on_start=False)
    with db.session() as s:
        generate_demo(s, years=1, today=TODAY)
    db.close()
    return path


@pytest.fixture
def window(qapp, demo_file, tmp_path, monkeypatch, show):
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    shutil.copy(demo_file, tmp_path / "demo.sqlite")
    db = open_database(tmp_path / "demo.sqlite", backup_on_start=False)
    ctx = make_context(db)
    ctx.qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = show(MainWindow(ctx))
    yield win
    win.close()
    db.close()


def save(qtbot, widget, name: str, tmp_path: Path) -> None:
    qtbot.wait(100)  # let layouts settle before the grab
    target = DOCS if os.environ.get("SPITSREGIO_SCREENSHOTS") else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(target / name))


def page(window, cls_name: str) -> int:
    return next(i for i, v in enumerate(window.views) if type(v).__name__ == cls_name)


def test_objectives_screenshot(window, qtbot, tmp_path):
    window.show_view(page(window, "ObjectivesView"))
    view = window.views[page(window, "ObjectivesView")]
    view.body.setCurrentIndex(view.body.findData("TF"))
    view.table.setCurrentIndex(view.proxy.index(1, 2))
    assert view.detail is not None and len(view.chart.series.points) >= 2
    save(qtbot, window, "objectives.png", tmp_path)


def test_attendance_screenshot(window, qtbot, tmp_path):
    index = page(window, "AttendanceView")
    window.show_view(index)
    view = window.views[index]
    view.body.setCurrentIndex(view.body.findData("BO"))
    assert view.model.rowCount() == 30 and view.chart.bars
    save(qtbot, window, "attendance.png", tmp_path)


def test_search_screenshot(window, qtbot, tmp_path):
    window.show_search()
    dialog = window.search_dialog
    dialog.field.setText("mobiliteit")
    dialog.run_search()
    assert dialog.hits
    save(qtbot, dialog, "search.png", tmp_path)
