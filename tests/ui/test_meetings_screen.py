"""The meeting screen: details (autosaved), invitations and attendance, through the widgets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: E402

from spitsregio_desktop.services.meetings import (  # noqa: E402
    MeetingInput,
    create_meeting,
    meeting_detail,
)
from spitsregio_desktop.storage.enums import Answer, Presence  # noqa: E402
from spitsregio_desktop.ui.meetings.attendance_tab import AttendanceTab, MomentDialog  # noqa: E402
from spitsregio_desktop.ui.meetings.view import MeetingsView  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


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


def _detail(ctx, meeting_id):
    with ctx.session() as s:
        return meeting_detail(s, meeting_id)


def _select(table, rows: list[int]) -> None:
    model = table.model()
    selection = QItemSelection()
    for row in rows:
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _rows_showing(tab: AttendanceTab, presence: str) -> list[int]:
    """The attendance tab's rows whose presence column reads `presence`."""
    return [
        row for row in range(tab.proxy.rowCount()) if tab.proxy.index(row, 3).data() == presence
    ]


def _type_time(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.setSelectedSection(edit.sectionAt(0))
    qtbot.keyClicks(edit, text.replace(":", ""))


def test_details_are_autosaved_and_bad_hours_refused(ctx, screen, meeting_id, qtbot):
    details = screen.details
    details.location.setFocus()
    details.location.selectAll()
    qtbot.keyClicks(details.location, "Stadhuis Leuven")
    qtbot.waitUntil(lambda: _detail(ctx, meeting_id).location == "Stadhuis Leuven", timeout=2000)
    assert "Stadhuis Leuven" in screen.subtitle.text()  # header follows the saved data

    _type_time(qtbot, details.end, "08:30")  # before the start
    assert not details.flush()
    message = details.errors["hours"].text()
    assert "moet na het begin" in message
    assert _detail(ctx, meeting_id).end_time == dt.time(11, 0)  # nothing saved

    # moving 09–11 to 14–16 goes through 14–11: start and end are saved together
    _type_time(qtbot, details.start, "14:00")
    _type_time(qtbot, details.end, "16:00")
    assert details.flush()
    detail = _detail(ctx, meeting_id)
    assert (detail.start_time, detail.end_time) == (dt.time(14, 0), dt.time(16, 0))
    assert details.errors["hours"].text() == ""
    assert "14:00–16:00" in screen.subtitle.text()


def test_invite_answer_count_and_filter(ctx, screen, meeting_id, qtbot):
    panel = screen.details.invitations
    assert panel.counts.text() == "Nobody invited yet"
    qtbot.mouseClick(panel.invite_button, LEFT)
    detail = _detail(ctx, meeting_id)
    assert len(detail.invitations) == 30  # the 30 mayors of the BO
    assert panel.model.rowCount() == 30
    assert panel.counts.text() == "0 coming · 0 excused · 30 no answer"

    _select(panel.table, list(range(12)))
    qtbot.mouseClick(panel.coming_button, LEFT)
    _select(panel.table, [12, 13, 14])
    qtbot.mouseClick(panel.excused_button, LEFT)
    assert panel.counts.text() == "12 coming · 3 excused · 15 no answer"
    answers = [i.answer for i in _detail(ctx, meeting_id).invitations]
    assert answers.count(Answer.COMING) == 12 and answers.count(Answer.EXCUSED) == 3

    qtbot.mouseClick(panel.only_open, LEFT)
    assert panel.proxy.rowCount() == 15
    _select(panel.table, [0])
    qtbot.mouseClick(panel.coming_button, LEFT)
    assert panel.proxy.rowCount() == 14
    assert panel.counts.text() == "13 coming · 3 excused · 14 no answer"

    qtbot.mouseClick(panel.sent_button, LEFT)
    detail = _detail(ctx, meeting_id)
    assert all(i.sent_on == dt.date.today() for i in detail.invitations)
    assert detail.status == "invited"


def test_attendance_from_answers_substitute_and_late_arrival(
    ctx, screen, meeting_id, qtbot, monkeypatch
):
    panel = screen.details.invitations
    qtbot.mouseClick(panel.invite_button, LEFT)
    _select(panel.table, [0, 1, 2])
    qtbot.mouseClick(panel.coming_button, LEFT)
    _select(panel.table, [3])
    qtbot.mouseClick(panel.excused_button, LEFT)

    screen.tabs.setCurrentWidget(screen.attendance)
    tab: AttendanceTab = screen.attendance
    assert tab.empty_hint.isVisibleTo(tab)
    qtbot.mouseClick(tab.prefill_button, LEFT)
    detail = _detail(ctx, meeting_id)
    presence = [a.presence for a in detail.attendance]
    assert presence.count(Presence.PRESENT) == 3
    assert presence.count(Presence.EXCUSED) == 1
    assert presence.count(Presence.ABSENT) == 0  # no answer is not recorded, never absent
    assert len(detail.unrecorded) == 26
    assert (
        tab.summary.text() == "3 present · 0 substituted · 1 excused · 0 absent · 26 not recorded"
    )
    # the people without an answer are shown, as not recorded (not hidden, not absent)
    unrecorded = _rows_showing(tab, "not recorded")
    assert len(unrecorded) == 26 and tab.proxy.rowCount() == 30
    # the secretary records them: select them, Absent
    _select(tab.table, unrecorded)
    qtbot.mouseClick(tab.absent_button, LEFT)
    assert tab.summary.text() == "3 present · 0 substituted · 1 excused · 26 absent"
    assert _detail(ctx, meeting_id).unrecorded == ()

    # an absent member was in fact replaced: the name is asked
    row = tab.proxy.entity(tab.proxy.index(5, 0))
    _select(tab.table, [5])
    monkeypatch.setattr(tab, "ask_substitute", lambda r: "Jan Peeters")
    qtbot.mouseClick(tab.substitute_button, LEFT)
    att = {a.person_id: a for a in _detail(ctx, meeting_id).attendance}[row.person_id]
    assert (att.presence, att.substitute_name) == (Presence.SUBSTITUTED, "Jan Peeters")
    shown = tab.proxy.index(5, 3).data()
    assert shown == "substituted by Jan Peeters"

    # someone arrives late from item 3 at 09:40
    item3 = next(i for i in detail.items if i.number == "3")

    def fake_exec(dialog: MomentDialog) -> int:
        dialog.item.setCurrentIndex(dialog.item.findData(item3.id))
        dialog.time.setTime(dialog.time.time().fromString("09:40", "HH:mm"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MomentDialog, "exec", fake_exec)
    late = tab.proxy.entity(tab.proxy.index(7, 0))
    _select(tab.table, [7])
    qtbot.mouseClick(tab.arrival_button, LEFT)
    att = {a.person_id: a for a in _detail(ctx, meeting_id).attendance}[late.person_id]
    assert (att.presence, att.arrived_from_item, att.arrived_at) == (
        Presence.PRESENT,
        "3",
        dt.time(9, 40),
    )
    assert tab.proxy.index(7, 4).data() == "from item 3 at 09:40"

    # several people at once: excused
    _select(tab.table, [10, 11])
    qtbot.mouseClick(tab.excused_button, LEFT)
    assert tab.summary.text() == "4 present · 1 substituted · 3 excused · 22 absent"


def test_refused_presence_shows_the_dutch_message(ctx, screen, meeting_id, qtbot, monkeypatch):
    qtbot.mouseClick(screen.details.invitations.invite_button, LEFT)
    screen.tabs.setCurrentWidget(screen.attendance)
    tab = screen.attendance
    qtbot.mouseClick(tab.prefill_button, LEFT)
    _select(tab.table, _rows_showing(tab, "not recorded"))  # nobody answered: recorded here
    qtbot.mouseClick(tab.absent_button, LEFT)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(tab, "ask_substitute", lambda r: "   ")
    _select(tab.table, [0])
    qtbot.mouseClick(tab.substitute_button, LEFT)
    assert shown == ["Vul in door wie dit lid vervangen werd"]
    assert _detail(ctx, meeting_id).attendance[0].presence == Presence.ABSENT


def test_answer_substituted_by_carried_into_the_attendance(
    ctx, screen, meeting_id, qtbot, monkeypatch
):
    panel = screen.details.invitations
    qtbot.mouseClick(panel.invite_button, LEFT)
    _select(panel.table, [0])
    person = panel.proxy.entity(panel.proxy.index(0, 0))
    monkeypatch.setattr(panel, "ask_substitute", lambda row: "Jan Peeters")
    qtbot.mouseClick(panel.substitute_button, LEFT)
    assert panel.proxy.index(0, 4).data() == "substituted by Jan Peeters"
    assert panel.proxy.index(1, 4).data() == "no answer"

    screen.tabs.setCurrentWidget(screen.attendance)
    tab = screen.attendance
    qtbot.mouseClick(tab.prefill_button, LEFT)
    att = {a.person_id: a for a in _detail(ctx, meeting_id).attendance}
    assert (att[person.person_id].presence, att[person.person_id].substitute_name) == (
        Presence.SUBSTITUTED,
        "Jan Peeters",
    )
    assert len(att) == 1  # no answer: not recorded, still shown as such
    assert len(_rows_showing(tab, "not recorded")) == tab.proxy.rowCount() - 1
    assert _rows_showing(tab, "substituted by Jan Peeters")
