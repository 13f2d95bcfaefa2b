"""Every date field is the one Dutch date entry: typed as a Belgian types it, read back in
full before it is taken, an impossible date marked and never saved (issue 14)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from spitsregio_desktop.services.meetings import (  # noqa: E402
    MeetingInput,
    create_meeting,
    meeting_detail,
)
from spitsregio_desktop.ui.meetings.view import MeetingsView  # noqa: E402


def type_date(qtbot, field, text: str) -> None:
    """Click into the field, select what is there and type over it, as a person does."""
    target = getattr(field, "edit", field)
    target.setFocus()
    target.selectAll()
    qtbot.keyClicks(target, text)


@pytest.fixture
def meeting_id(ctx) -> int:
    with ctx.session() as s:
        return create_meeting(s, MeetingInput("BO", "2026-12-10", "09:00", "11:00", "Leuven"))


@pytest.fixture
def screen(ctx, show, meeting_id):
    view = MeetingsView(ctx)
    show(view)
    view.refresh()
    assert view.open_meeting(meeting_id)
    return view.screen


def _meeting_date(ctx, meeting_id) -> dt.date:
    with ctx.session() as s:
        return meeting_detail(s, meeting_id).date


def test_meeting_date_typed_the_belgian_way_is_saved(ctx, screen, meeting_id, qtbot):
    details = screen.details
    type_date(qtbot, details.date, "12/01/2027")
    qtbot.keyClick(getattr(details.date, "edit", details.date), Qt.Key.Key_Tab)
    details.flush()
    assert _meeting_date(ctx, meeting_id) == dt.date(2027, 1, 12)
    assert details.date.shown.text() == "dinsdag 12 januari 2027"


def test_impossible_meeting_date_is_marked_and_not_saved(ctx, screen, meeting_id, qtbot):
    details = screen.details
    type_date(qtbot, details.date, "31/02/2027")
    qtbot.keyClick(details.date.edit, Qt.Key.Key_Tab)
    details.flush()
    assert _meeting_date(ctx, meeting_id) == dt.date(2026, 12, 10)  # nothing changed
    assert details.date.edit.text() == "31/02/2027"  # marked, never replaced
    assert "geen dag 31" in details.date.shown.text()


# ---- the minutes dialogs: received on, approved on ------------------------------------------


def _ok(qtbot, dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _detail(ctx, meeting_id):
    with ctx.session() as s:
        return meeting_detail(s, meeting_id)


def test_remark_received_on_typed_and_impossible(ctx, show, meeting_id, qtbot):
    from spitsregio_desktop.ui.meetings.minutes_dialogs import AddRemarkDialog

    dialog = AddRemarkDialog(ctx, _detail(ctx, meeting_id))
    show(dialog, 600, 400)
    qtbot.keyClicks(dialog.text, "Punt 3: de naam van de schepen is fout gespeld.")
    type_date(qtbot, dialog.received, "31/02/2027")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "geen dag 31" in dialog.error.text()
    assert _detail(ctx, meeting_id).minutes.remarks == ()  # nothing saved
    type_date(qtbot, dialog.received, "12/01/2027")
    assert dialog.received.shown.text() == "dinsdag 12 januari 2027"
    _ok(qtbot, dialog)
    (remark,) = _detail(ctx, meeting_id).minutes.remarks
    assert remark.received_on == dt.date(2027, 1, 12)


def test_approved_on_typed_and_impossible(ctx, show, meeting_id, qtbot):
    from spitsregio_desktop.ui.meetings.minutes_dialogs import ApproveDialog

    with ctx.session() as s:
        create_meeting(s, MeetingInput("BO", "2027-01-12", "09:00", "11:00", "Leuven"))
    dialog = ApproveDialog(ctx, _detail(ctx, meeting_id))
    show(dialog, 600, 300)
    type_date(qtbot, dialog.on, "31/02/2027")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "geen dag 31" in dialog.error.text()
    assert _detail(ctx, meeting_id).minutes.approved_on is None
    type_date(qtbot, dialog.on, "12/01/2027")
    _ok(qtbot, dialog)
    assert _detail(ctx, meeting_id).minutes.approved_on == dt.date(2027, 1, 12)


# ---- an action's due date in the item outcome dialog ----------------------------------------


@pytest.fixture
def ahead(ctx, show):
    """A meeting six weeks ahead with one agenda item, its agenda tab open on that item."""
    from spitsregio_desktop.services import agenda
    from spitsregio_desktop.ui.meetings.agenda_tab import AgendaTab

    day = dt.date.today() + dt.timedelta(weeks=6)
    with ctx.session() as s:
        meeting = create_meeting(s, MeetingInput("BO", day, "09:00", "11:00", "Leuven"))
        item = agenda.add_item(s, meeting, "Mobiliteitsplan")
    tab = AgendaTab(ctx)
    tab.load(meeting)
    show(tab)
    tab.select(item)
    return tab, meeting, item, day


def _actions(ctx, meeting_id):
    with ctx.session() as s:
        return [a for i in meeting_detail(s, meeting_id).items for a in i.actions]


def _new_action_dialog(qtbot, tab):
    pane = tab.editor.actions
    tab.editor.outcome_tabs.setCurrentWidget(pane)
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    dialog = pane.dialog
    qtbot.keyClicks(dialog.description, "Plan bezorgen")
    return dialog


def next_friday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(4 - day.weekday()) % 7 or 7)


def test_action_due_typed_impossible_and_relative_to_the_meeting(ctx, ahead, qtbot):
    tab, meeting, _item, day = ahead
    dialog = _new_action_dialog(qtbot, tab)
    type_date(qtbot, dialog.due, "31/02/2027")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "geen dag 31" in dialog.errors["due"].text()
    assert _actions(ctx, meeting) == []  # nothing saved

    type_date(qtbot, dialog.due, "volgende vrijdag")  # the Friday after the meeting
    assert dialog.due.shown.text().startswith("vrijdag ")
    _ok(qtbot, dialog)
    (action,) = _actions(ctx, meeting)
    assert action.due_date == next_friday(day) and action.due_date > day

    dialog = _new_action_dialog(qtbot, tab)
    type_date(qtbot, dialog.due, "over 2 weken")
    _ok(qtbot, dialog)
    assert sorted(a.due_date for a in _actions(ctx, meeting))[-1] == day + dt.timedelta(14)


def test_action_due_before_the_meeting_asks_first(ctx, ahead, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    tab, meeting, _item, day = ahead
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = _new_action_dialog(qtbot, tab)
    before = day - dt.timedelta(days=7)
    type_date(qtbot, dialog.due, before.strftime("%d/%m/%Y"))
    _ok(qtbot, dialog)
    assert asked and "vóór de vergadering" in asked[0]
    assert dialog.isVisible() and _actions(ctx, meeting) == []  # No: nothing saved
    answer[0] = QMessageBox.StandardButton.Yes
    _ok(qtbot, dialog)
    assert [a.due_date for a in _actions(ctx, meeting)] == [before]


def test_action_due_typed_the_belgian_way(ctx, ahead, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    # were the meeting after 12/01/2027 (the suite run later), the question is answered yes
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    tab, meeting, _item, _day = ahead
    dialog = _new_action_dialog(qtbot, tab)
    type_date(qtbot, dialog.due, "12/01/2027")
    _ok(qtbot, dialog)
    [action] = _actions(ctx, meeting)
    assert action.due_date == dt.date(2027, 1, 12)
