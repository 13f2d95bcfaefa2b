"""Live panels that cannot misplace text: Tab stays in the entry, Enter on a pick stays in
its field, relative dates count from the meeting (pytest-qt, offscreen)."""

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
from spitsregio_desktop.services.dutch_dates import spoken_date  # noqa: E402
from spitsregio_desktop.ui.live.live_view import LiveView  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier
MEETING_DAY = dt.date.today() + dt.timedelta(weeks=6)  # planned well ahead


def press(qtbot, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the person presses it: to an open completer list, else to the focus."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, k, modifiers)


def type_here(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


@pytest.fixture
def live(ctx, db, show, qtbot) -> LiveView:
    with db.session() as s:
        meeting_id = sample_meeting(s, day=MEETING_DAY)
        attendance.fill_from_answers(s, meeting_id)
        record_everyone(s, meeting_id)  # everyone recorded: straight into the notes
    view = LiveView(ctx, meeting_id)
    show(view)
    view.activateWindow()
    qtbot.waitUntil(view.notes.hasFocus)
    return view


def item_now(ctx, view: LiveView):
    with ctx.session() as s:
        d = meetings.meeting_detail(s, view.meeting_id)
    return next(i for i in d.items if i.id == view.current_id)


def test_action_owner_and_relative_due_date_never_reach_the_notes(live, ctx, qtbot):
    qtbot.keyClicks(live.notes, "De planning ligt op schema.")
    press(qtbot, Qt.Key.Key_T, CTRL)
    type_here(qtbot, "Fietsroute uittekenen")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "Interl")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is live.action_entry.owner  # the pick, same field
    assert live.action_entry.owner.text() == "Interleuven"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is live.action_entry.due
    type_here(qtbot, "over 2 weken")
    due = MEETING_DAY + dt.timedelta(days=14)
    assert live.action_entry.due_label.text() == spoken_date(due)  # shown before it is taken
    press(qtbot, Qt.Key.Key_Return)
    assert live.action_entry.isHidden(), live.action_entry.message.text()
    qtbot.waitUntil(live.notes.hasFocus)

    item = item_now(ctx, live)
    (action,) = [a for a in item.actions if a.description == "Fietsroute uittekenen"]
    assert action.owner == "Interleuven" and action.owner_organisation_id is not None
    assert action.due_date == due  # 14 days after the MEETING, not after today
    assert live.notes.toPlainText() == "De planning ligt op schema."
    assert item.notes == "De planning ligt op schema."


def test_tab_goes_round_the_entry_and_escape_cancels(live, ctx, qtbot):
    entry = live.action_entry
    press(qtbot, Qt.Key.Key_T, CTRL)
    seen = []
    for _ in range(4):
        seen.append(QApplication.focusWidget())
        press(qtbot, Qt.Key.Key_Tab)
    seen.append(QApplication.focusWidget())  # round again, never into the notes
    assert seen == [entry.what, entry.owner, entry.due, entry.calendar_button, entry.what]
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is entry.calendar_button
    press(qtbot, Qt.Key.Key_Escape)
    assert entry.isHidden()
    qtbot.waitUntil(live.notes.hasFocus)

    press(qtbot, Qt.Key.Key_D, CTRL)  # the decision panel: the same discipline
    d = live.decision_entry
    type_here(qtbot, "Goedgekeurd")
    for expected in (d.votes_for, d.votes_against, d.votes_abstain, d.text):
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(live.notes.hasFocus)
    assert item_now(ctx, live).decisions == ()
    assert live.notes.toPlainText() == ""


def test_a_due_date_before_the_meeting_asks_first(live, ctx, qtbot, monkeypatch):
    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    press(qtbot, Qt.Key.Key_T, CTRL)
    type_here(qtbot, "Nota schrijven")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    yesterday = MEETING_DAY - dt.timedelta(days=1)
    type_here(qtbot, yesterday.strftime("%d/%m/%Y"))
    press(qtbot, Qt.Key.Key_Return)
    assert asked and "vóór de vergadering" in asked[0]
    assert live.action_entry.isVisible()  # not saved: still there to correct
    assert QApplication.focusWidget() is live.action_entry.due
    assert item_now(ctx, live).actions == ()
