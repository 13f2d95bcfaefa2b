"""Live minutes: refused entries save nothing, resume, done items, attendance, clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402
from roll_call_data import record_everyone  # noqa: E402

from bench.meetings import sample_meeting  # noqa: E402
from spitsregio_desktop.services import attendance, meetings  # noqa: E402
from spitsregio_desktop.services.dutch_dates import format_hint, parse_due_date  # noqa: E402
from spitsregio_desktop.storage.enums import MeetingStatus, Presence  # noqa: E402
from spitsregio_desktop.ui.help_dialog import shortcuts_html  # noqa: E402
from spitsregio_desktop.ui.live.clock import clock_state, format_elapsed  # noqa: E402
from spitsregio_desktop.ui.live.live_view import LiveView  # noqa: E402

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def key(qtbot, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifiers)


def type_here(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


@pytest.fixture
def meeting_id(db) -> int:
    with db.session() as s:
        return sample_meeting(s)


def open_live(ctx, meeting_id, show, qtbot) -> LiveView:
    view = LiveView(ctx, meeting_id)
    show(view)
    view.activateWindow()
    if view.roll_call.isVisible():  # the roll call first: Esc leaves them not recorded
        qtbot.waitUntil(view.roll_call.list.hasFocus)
        key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.notes.hasFocus())
    return view


def detail(ctx, meeting_id):
    with ctx.session() as s:
        return meetings.meeting_detail(s, meeting_id)


def test_bad_due_date_shows_the_hint_and_saves_nothing(ctx, meeting_id, show, qtbot):
    live = open_live(ctx, meeting_id, show, qtbot)
    key(qtbot, Qt.Key.Key_T, CTRL)
    type_here(qtbot, "Nota voorbereiden")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is live.action_entry.due
    type_here(qtbot, "ergens volgend jaar")
    assert live.action_entry.due_label.text() == "(not a date yet)"
    key(qtbot, Qt.Key.Key_Return)
    assert live.action_entry.isVisible()
    assert format_hint() in live.action_entry.message.text()
    assert QApplication.focusWidget() is live.action_entry.due
    assert detail(ctx, meeting_id).actions == ()
    # corrected, it saves; Escape in another entry goes back to the notes
    live.action_entry.due.clear()
    type_here(qtbot, "morgen")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert str(tomorrow.day) in live.action_entry.due_label.text()
    key(qtbot, Qt.Key.Key_Return)
    assert live.action_entry.isHidden()
    (action,) = detail(ctx, meeting_id).actions
    assert action.due_date == tomorrow and action.owner == ""
    key(qtbot, Qt.Key.Key_D, CTRL)
    key(qtbot, Qt.Key.Key_Escape)
    assert live.decision_entry.isHidden() and QApplication.focusWidget() is live.notes


def test_empty_decision_and_ambiguous_owner_are_refused(ctx, meeting_id, show, qtbot):
    live = open_live(ctx, meeting_id, show, qtbot)
    key(qtbot, Qt.Key.Key_D, CTRL)
    key(qtbot, Qt.Key.Key_Return)
    assert live.decision_entry.message.text()  # the Dutch message of the service
    assert detail(ctx, meeting_id).decisions == ()
    key(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_T, CTRL)
    type_here(qtbot, "Iets doen")
    key(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "leuv")
    live.action_entry.owner.picker.popup().hide()
    key(qtbot, Qt.Key.Key_Return)
    assert "leuv" in live.action_entry.message.text()
    assert detail(ctx, meeting_id).actions == ()


def test_resume_opens_the_remembered_item(ctx, meeting_id, show, qtbot):
    d = detail(ctx, meeting_id)
    third = d.items[2]
    with ctx.session() as s:
        from spitsregio_desktop.services.agenda import save_notes

        save_notes(s, third.id, "Al getypt voor de panne.")
        meetings.set_live_item(s, meeting_id, third.id)
    live = open_live(ctx, meeting_id, show, qtbot)
    assert live.current_id == third.id
    assert live.notes.toPlainText() == "Al getypt voor de panne."
    assert live.notes.textCursor().position() == len("Al getypt voor de panne.")
    assert third.title in live.item_title.text()


def test_refresh_and_save_keep_text_and_cursor(ctx, meeting_id, show, qtbot):
    live = open_live(ctx, meeting_id, show, qtbot)
    type_here(qtbot, "eerste zin")
    cursor = live.notes.textCursor()
    cursor.setPosition(3)
    live.notes.setTextCursor(cursor)
    assert live.flush()
    live.refresh()
    assert live.notes.toPlainText() == "eerste zin"
    assert live.notes.textCursor().position() == 3
    type_here(qtbot, "X")
    assert live.notes.toPlainText() == "eerXste zin"


def test_done_previous_and_attendance(ctx, meeting_id, show, qtbot, monkeypatch):
    live = open_live(ctx, meeting_id, show, qtbot)
    d = detail(ctx, meeting_id)
    key(qtbot, Qt.Key.Key_Return, CTRL)  # done, on to the next item
    assert live.current_id == d.items[1].id
    assert detail(ctx, meeting_id).items[0].done
    assert "✓" in live.agenda.agenda.index(0, 0).data()
    key(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert live.current_id == d.items[0].id
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert live.current_id == d.items[0].id
    key(qtbot, Qt.Key.Key_PageUp, CTRL)  # stays on the first
    assert live.current_id == d.items[0].id

    present = next(r for r in d.attendance if r.presence == Presence.PRESENT)
    leaving = next(
        r
        for r in d.attendance
        if r.presence == Presence.PRESENT and r.person_id != present.person_id
    )
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)  # leaves the room for this item
    type_here(qtbot, present.name)
    live.attendance_entry.person.picker.popup().hide()
    key(qtbot, Qt.Key.Key_Return)
    assert live.attendance_entry.isHidden(), live.attendance_entry.message.text()
    key(qtbot, Qt.Key.Key_L, CTRL | SHIFT)  # leaves the meeting at 10:15
    type_here(qtbot, leaving.name)
    live.attendance_entry.person.picker.popup().hide()
    live.attendance_entry.time.setText("10:15")
    key(qtbot, Qt.Key.Key_Return)
    assert live.attendance_entry.isHidden(), live.attendance_entry.message.text()
    after = detail(ctx, meeting_id)
    assert present.name in after.items[0].left_room
    left = next(r for r in after.attendance if r.person_id == leaving.person_id)
    assert left.left_at == dt.time(10, 15) and left.left_after_item == after.items[0].number
    assert "left 10:15" in live.attendance_panel.model.data(
        live.attendance_panel.model.index(
            [r.person_id for r in live.attendance_panel.model.rows].index(leaving.person_id), 1
        )
    )


def test_close_can_be_cancelled(ctx, meeting_id, show, qtbot, monkeypatch):
    live = open_live(ctx, meeting_id, show, qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    key(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    d = detail(ctx, meeting_id)
    assert d.status == MeetingStatus.HELD and d.live_item_id == live.current_id


def test_shortcuts_in_help_and_clock():
    html = shortcuts_html()
    for text in ("Next agenda item", "New decision", "New action", "Close the meeting"):
        assert text in html
    assert format_elapsed(65) == "01:05" and format_elapsed(3725) == "1:02:05"
    assert clock_state(60, 0) == "normal"
    assert clock_state(7 * 60, 10) == "normal"
    assert clock_state(8 * 60, 10) == "near"
    assert clock_state(10 * 60 + 1, 10) == "over"


def test_clock_ticks_per_item(ctx, meeting_id, show, qtbot):
    live = open_live(ctx, meeting_id, show, qtbot)
    live.clock.times._since -= 6 * 60  # six minutes on the 5-minute opening
    live.clock.tick()
    assert live.clock.state == "over"
    assert "06:00 / 05:00" in live.clock.item_label.text()
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert live.clock.state == "normal"
    key(qtbot, Qt.Key.Key_PageUp, CTRL)  # coming back continues the count
    assert live.clock.times.elapsed() >= 6 * 60


def test_moving_on_with_a_half_typed_entry_is_refused(ctx, meeting_id, show, qtbot):
    live = open_live(ctx, meeting_id, show, qtbot)
    first = live.current_id
    key(qtbot, Qt.Key.Key_D, CTRL)
    type_here(qtbot, "Half getypt besluit")
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert live.current_id == first
    assert live.decision_entry.isVisible() and "Esc" in live.decision_entry.message.text()
    assert live.decision_entry.text.text() == "Half getypt besluit"
    key(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert live.current_id != first


def test_focus_in_notes_after_being_put_in_a_stack(ctx, meeting_id, show, qtbot):
    from PySide6.QtWidgets import QLineEdit, QStackedWidget, QVBoxLayout, QWidget

    window = QWidget()
    other = QLineEdit()
    stack = QStackedWidget()
    stack.addWidget(QWidget())
    layout = QVBoxLayout(window)
    layout.addWidget(other)
    layout.addWidget(stack)
    show(window)
    window.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    with ctx.session() as s:  # everyone recorded: no roll call, the notes at once
        attendance.fill_from_answers(s, meeting_id)
        record_everyone(s, meeting_id)
    live = LiveView(ctx, meeting_id)  # as MainWindow.open_live does
    stack.addWidget(live)
    stack.setCurrentWidget(live)
    qtbot.waitUntil(live.notes.hasFocus)


def test_due_date_picked_in_the_calendar_with_the_keyboard(ctx, meeting_id, show, qtbot):
    live = open_live(ctx, meeting_id, show, qtbot)
    key(qtbot, Qt.Key.Key_T, CTRL)
    type_here(qtbot, "Kalender proberen")
    live.action_entry.due.setFocus()
    type_here(qtbot, "15/1")
    key(qtbot, Qt.Key.Key_F4)
    calendar = live.action_entry.calendar
    assert calendar.isVisible()
    assert calendar.selectedDate().toPython() == parse_due_date("15/1", dt.date.today())
    key(qtbot, Qt.Key.Key_Right)  # the next day, in the calendar's grid
    key(qtbot, Qt.Key.Key_Return)  # picks it
    assert not calendar.isVisible()
    expected = parse_due_date("15/1", dt.date.today()) + dt.timedelta(days=1)
    assert live.action_entry.due.text() == expected.strftime("%d/%m/%Y")
    assert live.action_entry.due_label.text().endswith(f"16 januari {expected.year}")
    key(qtbot, Qt.Key.Key_Return)
    (action,) = detail(ctx, meeting_id).actions
    assert action.due_date == expected


def test_meeting_without_items(ctx, db, show, qtbot):
    with db.session() as s:
        meeting_id = meetings.create_meeting(
            s, meetings.MeetingInput(body="TF", date=dt.date.today()), from_template=False
        )
    live = LiveView(ctx, meeting_id)
    show(live)
    assert live.current_id is None and not live.notes.isEnabled()
    assert "no agenda items" in live.item_title.text()
    live.new_decision()
    live.step(1)
    assert live.decision_entry.isHidden() and live.flush()
