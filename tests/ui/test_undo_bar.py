"""Closing, cancelling or postponing an action says so in the status bar and can be undone
there (issue 15): the row that leaves the "Open" list does not just vanish."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402
from test_actions_tracker import TODAY, data, descriptions, ok, row_of, select  # noqa: E402, F401

from spitsregio_desktop.storage.enums import ActionStatus  # noqa: E402
from spitsregio_desktop.ui.main_window import MainWindow  # noqa: E402


def open_actions(ctx, show) -> tuple[MainWindow, object]:
    window = show(MainWindow(ctx))
    window.show_view(2)
    view = window.view(2)
    view.today = lambda: TODAY
    view.refresh()
    return window, view


def test_closing_an_action_is_said_and_undone(ctx, data, show, qtbot):  # noqa: F811
    window, view = open_actions(ctx, show)
    bar = window.undo_bar
    assert not bar.isVisible()
    select(view, qtbot, "Tracé fietsroute tekenen")
    qtbot.mouseClick(view.detail.buttons["close"], Qt.MouseButton.LeftButton)
    ok(qtbot, view.dialog)
    assert row_of(ctx, data["late"]).status == ActionStatus.DONE
    assert "Tracé fietsroute tekenen" not in descriptions(view)  # the Open list drops it
    assert "Action closed: Tracé fietsroute tekenen" in window.statusBar().currentMessage()
    assert bar.isVisible() and bar.text() == "Undo"

    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton)
    assert row_of(ctx, data["late"]).status == ActionStatus.OPEN
    assert row_of(ctx, data["late"]).closed_on is None
    assert "Tracé fietsroute tekenen" in descriptions(view)  # back where it was
    assert not bar.isVisible()


def test_postponing_is_undone_to_the_old_due_date(ctx, data, show, qtbot):  # noqa: F811
    window, view = open_actions(ctx, show)
    select(view, qtbot, "Standhouders zoeken")
    qtbot.mouseClick(view.detail.buttons["postpone"], Qt.MouseButton.LeftButton)
    view.dialog.due.edit.setText("15/1/2027")
    ok(qtbot, view.dialog)
    assert row_of(ctx, data["soon"]).due_date == dt.date(2027, 1, 15)
    assert "Action postponed" in window.statusBar().currentMessage()
    qtbot.mouseClick(window.undo_bar, Qt.MouseButton.LeftButton)
    assert row_of(ctx, data["soon"]).due_date == dt.date(2026, 11, 30)


def test_the_offer_goes_after_a_while(ctx, data, show, qtbot):  # noqa: F811
    window, _view = open_actions(ctx, show)
    undone = []
    window.undo_bar.offer("Gedaan", lambda: undone.append(1))
    assert window.undo_bar.isVisible()
    window.undo_bar.timer.timeout.emit()  # the few seconds passed
    assert not window.undo_bar.isVisible() and undone == []
