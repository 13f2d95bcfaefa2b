"""The roll call in live mode: one key per invitee nobody recorded yet (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton  # noqa: E402

from bench.meetings import sample_meeting  # noqa: E402
from spitsregio_desktop.services import meetings  # noqa: E402
from spitsregio_desktop.services.roll_call import unrecorded_people  # noqa: E402
from spitsregio_desktop.storage.enums import MeetingStatus, Presence  # noqa: E402
from spitsregio_desktop.ui.live.live_view import LiveView  # noqa: E402

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def press(qtbot, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, k, modifiers)


@pytest.fixture
def meeting_id(db) -> int:
    with db.session() as s:
        return sample_meeting(s)


def open_live(ctx, meeting_id, show) -> LiveView:
    view = LiveView(ctx, meeting_id)
    show(view)
    view.activateWindow()
    return view


def presences(ctx, meeting_id) -> dict[int, tuple[Presence, str]]:
    with ctx.session() as s:
        d = meetings.meeting_detail(s, meeting_id)
    return {r.person_id: (r.presence, r.substitute_name) for r in d.attendance}


def test_live_mode_opens_with_the_roll_call_one_key_per_person(ctx, meeting_id, show, qtbot):
    with ctx.session() as s:
        before = unrecorded_people(s, meeting_id)
    view = open_live(ctx, meeting_id, show)
    qtbot.waitUntil(view.roll_call.list.hasFocus)
    # the answers were taken first: the roll call lists only those still unrecorded
    with ctx.session() as s:
        waiting = unrecorded_people(s, meeting_id)
    assert 3 == len(waiting) < len(before)
    assert view.roll_call.list.count() == len(waiting)
    assert view.notes.isHidden()
    first_row = view.roll_call.list.item(0).text()
    assert waiting[0].name in first_row and "not recorded" in first_row

    press(qtbot, Qt.Key.Key_A)  # present, on to the next
    press(qtbot, Qt.Key.Key_V)  # excused, on to the next
    assert view.roll_call.list.currentRow() == 2
    press(qtbot, Qt.Key.Key_F)  # absent (the last row stays current)
    assert presences(ctx, meeting_id)[waiting[2].person_id] == (Presence.ABSENT, "")
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Backspace)  # a wrong key: back to not recorded
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_S)  # substituted by… (instead of absent)
    assert QApplication.focusWidget() is view.roll_call.substitute
    qtbot.keyClicks(view.roll_call.substitute, "Jan Peeters")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.roll_call.list
    assert view.roll_call.list.currentRow() == 2

    recorded = presences(ctx, meeting_id)
    assert recorded[waiting[0].person_id] == (Presence.PRESENT, "")
    assert waiting[1].person_id not in recorded  # undone: not recorded, not "absent"
    assert recorded[waiting[2].person_id] == (Presence.SUBSTITUTED, "Jan Peeters")
    assert "substituted by Jan Peeters" in view.roll_call.list.item(2).text()
    assert "not recorded" in view.roll_call.list.item(1).text()

    press(qtbot, Qt.Key.Key_Return)  # done: back to the notes
    qtbot.waitUntil(view.notes.hasFocus)
    assert view.roll_call.isHidden()

    press(qtbot, Qt.Key.Key_R, CTRL)  # later again: only who is still unrecorded
    assert QApplication.focusWidget() is view.roll_call.list
    assert view.roll_call.list.count() == 1
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(view.notes.hasFocus)
    assert "Ctrl+R" in view.hint_bar.text()


def test_everyone_recorded_opens_in_the_first_items_notes(ctx, meeting_id, show, qtbot):
    view = open_live(ctx, meeting_id, show)  # the roll call: A for everyone not recorded
    qtbot.waitUntil(view.roll_call.list.hasFocus)
    for _ in range(view.roll_call.list.count()):
        press(qtbot, Qt.Key.Key_A)
    assert view.roll_call.unrecorded_count() == 0
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(view.notes.hasFocus)
    view.flush()
    view.close()
    with ctx.session() as s:
        assert unrecorded_people(s, meeting_id) == []

    again = open_live(ctx, meeting_id, show)  # live mode again (a restart, Ctrl+L)
    qtbot.waitUntil(again.notes.hasFocus)
    assert again.roll_call.isHidden()
    with ctx.session() as s:
        assert again.current_id == meetings.meeting_detail(s, meeting_id).items[0].id


def _click_later(text: str, seen: list[str]) -> None:
    """Click the button `text` of the message box that is about to open."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == text).click()

    QTimer.singleShot(0, click)


def test_closing_with_anyone_unrecorded_asks_for_the_roll_call(
    ctx, meeting_id, show, qtbot, monkeypatch
):
    view = open_live(ctx, meeting_id, show)
    qtbot.waitUntil(view.roll_call.list.hasFocus)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(view.notes.hasFocus)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen: list[str] = []

    _click_later("Open the roll call", seen)
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    assert "Not recorded yet" in seen[0]
    assert view.roll_call.isVisible()  # not closed: the roll call, with the cursor in it
    view.activateWindow()  # offscreen, the window is not activated again after the box
    qtbot.waitUntil(view.roll_call.list.hasFocus)
    with ctx.session() as s:
        assert meetings.meeting_detail(s, meeting_id).status == MeetingStatus.HELD
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(view.notes.hasFocus)

    _click_later("Cancel", seen)
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    with ctx.session() as s:
        assert meetings.meeting_detail(s, meeting_id).status == MeetingStatus.HELD
    view.activateWindow()
    qtbot.waitUntil(view.notes.hasFocus)

    _click_later("Close anyway", seen)
    with qtbot.waitSignal(view.closed, timeout=2000):
        press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    with ctx.session() as s:
        d = meetings.meeting_detail(s, meeting_id)
    assert d.status == MeetingStatus.MINUTES_DRAFT
    assert d.unrecorded  # closed anyway: they stay not recorded, nobody became absent
