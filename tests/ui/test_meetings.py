"""Meetings list and the New meeting dialog, driven through the real widgets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from spitsregio_desktop.services.meetings import (  # noqa: E402
    MeetingInput,
    create_meeting,
    list_meetings,
    meeting_detail,
)
from spitsregio_desktop.storage.enums import StandardItem  # noqa: E402
from spitsregio_desktop.ui.meetings.view import MeetingsView  # noqa: E402


@pytest.fixture
def view(ctx, show) -> MeetingsView:
    widget = MeetingsView(ctx)
    show(widget)
    widget.refresh()
    return widget


def _plan(ctx, body: str, date: str, title: str = "", location: str = "Leuven") -> int:
    with ctx.session() as s:
        return create_meeting(s, MeetingInput(body, date, "09:00", "11:00", location, title))


def _type_date(qtbot, edit, text: str) -> None:
    """Type into a QDateEdit/QTimeEdit as a person does after tabbing in: digits only, the
    edit moves on to the next section by itself."""
    edit.setFocus()
    edit.setSelectedSection(edit.sectionAt(0))
    qtbot.keyClicks(edit, "".join(ch for ch in text if ch.isdigit()))


def _type_text(qtbot, edit, text: str) -> None:
    """Type into a line edit over what is there, as after tabbing in (all selected)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_plan_a_meeting_through_the_dialog(ctx, view, qtbot):
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.body.setCurrentIndex(dialog.body.findData(1))  # BO
    _type_text(qtbot, dialog.date.edit, "10/12/2026")
    _type_date(qtbot, dialog.start, "14:00")
    _type_date(qtbot, dialog.end, "16:30")
    dialog.location.clear()
    qtbot.keyClicks(dialog.location, "Stadhuis Tienen")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    # the new meeting is open on its screen, and listed
    assert view.currentWidget() is view.screen
    assert (
        "10 December 2026" in view.screen.subtitle.text()
        or "december" in view.screen.subtitle.text().lower()
    )
    assert view.model.rowCount() == 1
    with ctx.session() as s:
        rows = list_meetings(s)
        assert len(rows) == 1
        row = rows[0]
        assert (row.body_short, row.date) == ("BO", dt.date(2026, 12, 10))
        assert (row.start_time, row.end_time) == (dt.time(14, 0), dt.time(16, 30))
        assert row.location == "Stadhuis Tienen"
        detail = meeting_detail(s, row.id)
    standards = {i.standard for i in detail.items}
    assert StandardItem.OPENING in standards and StandardItem.QUESTIONS in standards
    assert len(detail.items) >= 6


def test_end_before_start_is_refused_in_dutch_and_nothing_is_made(ctx, view, qtbot):
    view.new_meeting()
    dialog = view.new_dialog
    _type_date(qtbot, dialog.start, "11:00")
    _type_date(qtbot, dialog.end, "10:00")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # stays open with what was typed
    message = dialog.errors["end"].text()
    assert dialog.errors["end"].isVisibleTo(dialog)
    assert "moet na het begin" in message and message[0].isupper()
    with ctx.session() as s:
        assert list_meetings(s) == []
    # correcting it and pressing OK again works
    _type_date(qtbot, dialog.end, "12:00")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with ctx.session() as s:
        assert len(list_meetings(s)) == 1


def test_list_newest_first_filters_and_search(ctx, show, qtbot):
    _plan(ctx, "BO", "2025-03-13", "Mobiliteit en fietsnetwerk")
    _plan(ctx, "TF", "2025-06-05", "Werkgelegenheid in de regio")
    _plan(ctx, "BO", "2026-01-15", "Begroting")
    view = MeetingsView(ctx)
    show(view)
    view.refresh()
    dates = [view.proxy.entity(view.proxy.index(r, 0)).date for r in range(view.proxy.rowCount())]
    assert dates == sorted(dates, reverse=True)

    qtbot.keyClicks(view.search, "fiets")
    assert view.proxy.rowCount() == 1
    assert view.proxy.entity(view.proxy.index(0, 0)).title == "Mobiliteit en fietsnetwerk"
    assert "1 of 3" in view.count.text()
    view.search.clear()
    assert view.proxy.rowCount() == 3

    view.body_filter.setCurrentIndex(view.body_filter.findData(2))  # TF
    assert view.proxy.rowCount() == 1
    view.body_filter.setCurrentIndex(0)
    view.year_filter.setCurrentIndex(view.year_filter.findData(2025))
    assert view.proxy.rowCount() == 2
    assert [view.year_filter.itemText(i) for i in range(view.year_filter.count())][1:] == [
        "2026",
        "2025",
    ]


def test_open_with_return_and_back_and_reopen_on_next_start(ctx, show, qtbot):
    meeting_id = _plan(ctx, "TF", "2026-02-05")
    view = MeetingsView(ctx)
    show(view)
    view.refresh()
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.currentWidget() is view.screen
    view.screen.tabs.setCurrentWidget(view.screen.minutes)

    # a new window (next start) reopens the same meeting on the same tab
    again = MeetingsView(ctx)
    show(again)
    again.refresh()
    assert again.currentWidget() is again.screen
    assert again.screen.meeting_id == meeting_id
    assert again.screen.tabs.currentWidget() is again.screen.minutes

    qtbot.mouseClick(again.screen.back_button, Qt.MouseButton.LeftButton)
    assert again.currentWidget() is again.list_page
    assert again.selected().id == meeting_id
    third = MeetingsView(ctx)
    show(third)
    third.refresh()
    assert third.currentWidget() is third.list_page


def test_start_live_and_cancel(ctx, view, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    meeting_id = _plan(ctx, "BO", (dt.date.today() + dt.timedelta(days=7)).isoformat())
    view.load_list()
    view.table.selectRow(0)
    with qtbot.waitSignal(ctx.hub.open_live) as blocker:
        qtbot.mouseClick(view.live_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [meeting_id]
    # upcoming meetings are shown in bold
    assert view.proxy.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    with ctx.session() as s:
        assert list_meetings(s)[0].status == "cancelled"
    assert view.selected().status == "cancelled"
    assert not view.live_button.isEnabled()


def test_keyboard_new_meeting_and_open(ctx, view, qtbot):
    _plan(ctx, "BO", "2026-03-12")
    view.load_list()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.new_dialog is not None and view.new_dialog.isVisible()
    view.new_dialog.reject()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert view.currentWidget() is view.screen
    with qtbot.waitSignal(ctx.hub.open_live):
        qtbot.keyClick(view.screen.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.screen.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert view.screen.tabs.currentWidget() is view.screen.documents
    qtbot.keyClick(view.screen.tabs, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.currentWidget() is view.list_page


def test_main_window_opens_a_meeting_from_the_hub(ctx, show, qtbot):
    from spitsregio_desktop.ui.main_window import MainWindow

    meeting_id = _plan(ctx, "BO", "2026-12-10")
    window = MainWindow(ctx)
    show(window)
    ctx.hub.open_meeting.emit(meeting_id)
    view = window.meetings_view
    assert view.currentWidget() is view.screen and view.screen.meeting_id == meeting_id
    window.show_view(2)
    window.show_view(0)  # coming back keeps the meeting open
    assert view.currentWidget() is view.screen
    window.close()


def test_the_date_typed_the_belgian_way_is_read_back_and_kept(ctx, view, qtbot):
    view.new_meeting()
    dialog = view.new_dialog
    _type_text(qtbot, dialog.date.edit, "31/02/2027")  # no such day: marked, not replaced
    assert "31/02/2027" == dialog.date.edit.text()
    assert dialog.date.value() is None and dialog.date.shown.text()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["date"].isVisibleTo(dialog)
    with ctx.session() as s:
        assert list_meetings(s) == []

    _type_text(qtbot, dialog.date.edit, "12/01/2027")
    assert dialog.date.shown.text() == "dinsdag 12 januari 2027"  # before it is taken
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with ctx.session() as s:
        assert [r.date for r in list_meetings(s)] == [dt.date(2027, 1, 12)]


def test_a_new_meeting_takes_the_bodys_habits(ctx, view, qtbot):
    with ctx.session() as s:
        for day in ("2027-01-07", "2027-02-04"):  # Thursdays, 14:00-16:00, Stadhuis
            create_meeting(s, MeetingInput("BO", day, "14:00", "16:00", "Stadhuis", ""))
    view.new_meeting()
    dialog = view.new_dialog
    dialog.body.setCurrentIndex(dialog.body.findData(1))  # BO
    chosen = dialog.date.value()
    assert chosen is not None and chosen > dt.date(2027, 2, 4) and chosen.weekday() == 3
    assert dialog.start.time().toString("HH:mm") == "14:00"
    assert dialog.end.time().toString("HH:mm") == "16:00"
    assert dialog.location.text() == "Stadhuis"
