"""The first lists of actions, decisions and objectives on a one-year demo history."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QBrush  # noqa: E402

from spitsregio_desktop.services.actions import list_actions  # noqa: E402
from spitsregio_desktop.services.decisions import list_decisions  # noqa: E402
from spitsregio_desktop.services.demo import generate_demo  # noqa: E402
from spitsregio_desktop.services.objectives import list_objectives  # noqa: E402
from spitsregio_desktop.storage.database import open_database  # noqa: E402
from spitsregio_desktop.ui.actions.view import ActionsView  # noqa: E402
from spitsregio_desktop.ui.app import make_context  # noqa: E402
from spitsregio_desktop.ui.decisions.view import DecisionsView  # noqa: E402
from spitsregio_desktop.ui.objectives.view import ObjectivesView  # noqa: E402
from spitsregio_desktop.ui.tasks import TaskRunner  # noqa: E402

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """One demo history per module, copied for each test (generating it takes a second)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path, backup_on_start=False)
    with db.session() as s:
        generate_demo(s, years=1, today=TODAY)
    db.close()
    return path


@pytest.fixture
def demo_ctx(qapp, demo_file, tmp_path, monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    shutil.copy(demo_file, tmp_path / "demo.sqlite")
    db = open_database(tmp_path / "demo.sqlite", backup_on_start=False)
    ctx = make_context(db)
    ctx.qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    yield ctx
    db.close()


def double_click(qtbot, table, index) -> None:
    """A user's double-click: the first click selects, the second opens."""
    center = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)


def shown(view) -> list:
    return [view.proxy.entity(view.proxy.index(r, 0)) for r in range(view.proxy.rowCount())]


def test_actions_filters_overdue_in_red_and_double_click(demo_ctx, show, qtbot):
    with demo_ctx.session() as s:
        every = list_actions(s)
    view = show(ActionsView(demo_ctx))
    view.refresh()
    assert view.model.rowCount() == len(every)
    rows = shown(view)
    assert rows and all(r.is_open for r in rows)  # "Open" is the first status filter
    dues = [r.due_date for r in rows if r.due_date]
    assert dues == sorted(dues)  # soonest due first
    view.status.setCurrentIndex(view.status.findText("All"))
    assert len(shown(view)) == len(every)
    view.status.setCurrentIndex(view.status.findText("Done"))
    assert {r.status.value for r in shown(view)} == {"done"}

    view.status.setCurrentIndex(view.status.findText("Open"))
    qtbot.mouseClick(view.overdue_only, Qt.MouseButton.LeftButton)
    late = shown(view)
    assert late and all(r.overdue for r in late)
    brush = view.proxy.index(0, 3).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#b00020"
    assert view.proxy.index(0, 6).data() in ("open", "in progress")

    qtbot.mouseClick(view.overdue_only, Qt.MouseButton.LeftButton)
    view.body.setCurrentIndex(view.body.findData("TF"))
    assert {r.body_short for r in shown(view)} == {"TF"}
    target = shown(view)[0]
    word = target.owner.split()[0]
    qtbot.keyClicks(view.search, word)
    assert shown(view) and all(
        word.casefold() in (r.owner + r.description).casefold() or word.casefold() in r.item_number
        for r in shown(view)
    )
    assert view.count.text().startswith(str(view.proxy.rowCount()))

    index = view.proxy.index(0, 3)
    with qtbot.waitSignal(demo_ctx.hub.open_meeting) as opened:
        double_click(qtbot, view.table, index)
    assert opened.args == [view.proxy.entity(index).meeting_id]


def test_actions_sorting_by_header_keeps_selection(demo_ctx, show, qtbot):
    view = show(ActionsView(demo_ctx))
    view.refresh()
    view.status.setCurrentIndex(view.status.findText("All"))
    view.table.selectRow(5)
    chosen = view.selected()
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # owner
    owners = [r.owner.casefold() for r in shown(view)]
    assert owners == sorted(owners)
    assert view.selected() == chosen


def test_decisions_filters_and_double_click(demo_ctx, show, qtbot):
    with demo_ctx.session() as s:
        every = list_decisions(s)
    view = show(DecisionsView(demo_ctx))
    view.refresh()
    rows = shown(view)
    assert len(rows) == len(every)
    assert rows[0].meeting_date == max(r.meeting_date for r in every)  # newest first
    year = view.year.itemData(1)
    view.year.setCurrentIndex(1)
    assert {r.meeting_date.year for r in shown(view)} == {year}
    view.year.setCurrentIndex(0)
    theme = view.theme.itemData(1)
    view.theme.setCurrentIndex(1)
    assert shown(view) and {r.theme for r in shown(view)} == {theme}
    view.theme.setCurrentIndex(0)
    view.body.setCurrentIndex(view.body.findData("BO"))
    assert {r.body_short for r in shown(view)} == {"BO"}
    word = shown(view)[0].text.split()[0]
    qtbot.keyClicks(view.search, word)
    assert all(word.casefold() in (r.text + r.item_title).casefold() for r in shown(view))
    with qtbot.waitSignal(demo_ctx.hub.open_meeting) as opened:
        double_click(qtbot, view.table, view.proxy.index(0, 5))
    assert opened.args == [shown(view)[0].meeting_id]


def test_objectives_list_per_body(demo_ctx, show, qtbot):
    with demo_ctx.session() as s:
        every = list_objectives(s)
    view = show(ObjectivesView(demo_ctx))
    view.refresh()
    assert len(shown(view)) == len(every) > 0
    view.body.setCurrentIndex(view.body.findData("TF"))
    tf = shown(view)
    assert tf and {r.body_short for r in tf} == {"TF"}
    first = tf[0]
    assert view.proxy.index(0, 2).data() == first.title
    assert view.proxy.index(0, 5).data() == f"{first.target:g}".replace(".", ",")
    assert view.proxy.index(0, 7).data() == first.unit


def test_enter_opens_the_meeting_of_the_current_action(demo_ctx, show, qtbot):
    view = show(ActionsView(demo_ctx))
    view.refresh()
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(2, 3))
    with qtbot.waitSignal(demo_ctx.hub.open_meeting) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [view.selected().meeting_id]
