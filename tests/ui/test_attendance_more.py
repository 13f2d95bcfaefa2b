"""Invitations of non-members, removing invitations, and leaving the room for an item."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: E402

from spitsregio_desktop.services.agenda import add_item  # noqa: E402
from spitsregio_desktop.services.attendance import (  # noqa: E402
    invite_members,
    list_item_absences,
    prefill_attendance,
    set_answer,
)
from spitsregio_desktop.services.meetings import (  # noqa: E402
    MeetingInput,
    create_meeting,
    meeting_detail,
)
from spitsregio_desktop.services.people import save_person  # noqa: E402
from spitsregio_desktop.storage.enums import Answer, Role  # noqa: E402
from spitsregio_desktop.ui.help_dialog import HelpDialog  # noqa: E402
from spitsregio_desktop.ui.meetings.choosers import (  # noqa: E402
    InvitePersonDialog,
    LeftRoomDialog,
)
from spitsregio_desktop.ui.meetings.view import MeetingsView  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
GUEST = "Prof. Jan Peeters"


@pytest.fixture
def meeting_id(ctx) -> int:
    with ctx.session() as s:
        mid = create_meeting(s, MeetingInput("BO", "2026-12-10", "09:00", "11:00", "Leuven"))
        add_item(s, mid, "Goedkeuring verslag")
        add_item(s, mid, "Aankoop gronden Rotselaar")
        add_item(s, mid, "Varia")
        save_person(s, None, name=GUEST, function="expert mobiliteit")
        invite_members(s, mid)
        for row in meeting_detail(s, mid).invitations[:5]:
            set_answer(s, mid, row.person_id, Answer.COMING)
        prefill_attendance(s, mid)
    return mid


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


def _select_name(table, name: str) -> None:
    proxy = table.model()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == name:
            table.selectionModel().select(
                QItemSelection(proxy.index(row, 0), proxy.index(row, proxy.columnCount() - 1)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
            return
    raise AssertionError(f"{name} not in the table")


def _cells(table, column: int) -> dict[str, str]:
    proxy = table.model()
    return {
        proxy.index(r, 0).data(): proxy.index(r, column).data() or ""
        for r in range(proxy.rowCount())
    }


def test_invite_someone_who_is_not_a_member(ctx, screen, meeting_id, qtbot, monkeypatch):
    panel = screen.details.invitations
    checked: list[str] = []

    def fake_exec(dialog: InvitePersonDialog) -> int:
        combo = dialog.person
        combo.lineEdit().setFocus()
        qtbot.keyClicks(combo.lineEdit(), "peet")  # a few letters, anywhere in the name
        completer = combo.completer()
        assert completer.completionCount() == 1
        assert completer.currentCompletion() == GUEST
        assert not dialog.ok_button.isEnabled()  # half a name picks nobody
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), GUEST)
        checked.append("typed")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(InvitePersonDialog, "exec", fake_exec)
    qtbot.mouseClick(panel.other_button, LEFT)
    assert checked == ["typed"]
    guest = [r for r in _detail(ctx, meeting_id).invitations if r.name == GUEST]
    assert len(guest) == 1 and guest[0].role == Role.OBSERVER
    assert GUEST in _cells(panel.table, 0)
    assert [r.name for r in panel.selected_rows()] == [GUEST]  # selected after inviting
    assert panel.counts.text() == "5 coming · 0 excused · 26 no answer"

    # already invited people are not offered again
    offered: list[str] = []

    def list_exec(dialog: InvitePersonDialog) -> int:
        offered.extend(dialog.person.itemText(i) for i in range(dialog.person.count()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(InvitePersonDialog, "exec", list_exec)
    qtbot.mouseClick(panel.other_button, LEFT)
    assert offered and not any(GUEST in o or "Burgemeester" in o for o in offered)
    assert len(_detail(ctx, meeting_id).invitations) == 31


def test_remove_an_invitation_after_confirmation(ctx, screen, meeting_id, qtbot, monkeypatch):
    panel = screen.details.invitations
    assert not panel.remove_button.isEnabled()
    name = _detail(ctx, meeting_id).invitations[-1].name
    _select_name(panel.table, name)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text: asked.append(text) or answer[0]
    )
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert asked == [f"Remove the invitation of {name}?"]
    assert len(_detail(ctx, meeting_id).invitations) == 30  # No: nothing removed

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(panel.remove_button, LEFT)
    names = [r.name for r in _detail(ctx, meeting_id).invitations]
    assert len(names) == 29 and name not in names
    assert name not in _cells(panel.table, 0)


def test_left_the_room_recorded_shown_and_removed(ctx, screen, meeting_id, qtbot, monkeypatch):
    screen.tabs.setCurrentWidget(screen.attendance)
    tab = screen.attendance
    detail = _detail(ctx, meeting_id)
    present = [r.name for r in detail.attendance if r.presence == "present"]
    person = present[1]
    item = detail.items[1]
    _select_name(tab.table, person)
    offered: list[int] = []

    def fake_exec(dialog: LeftRoomDialog) -> int:
        offered.append(dialog.person.count())
        assert dialog.person.currentText() == person  # the selected person is proposed
        assert not dialog.ok_button.isEnabled()  # no item yet
        dialog.item.setCurrentIndex(1)
        qtbot.keyClicks(dialog.reason, "belangenconflict")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(LeftRoomDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.left_room_button, LEFT)
    assert offered == [5]  # only who was there can leave the room

    with ctx.session() as s:
        rows = list_item_absences(s, meeting_id)
    assert [(r.name, r.item_id, r.reason) for r in rows] == [(person, item.id, "belangenconflict")]
    assert _detail(ctx, meeting_id).items[1].left_room == (person,)
    column = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ].index("Left the room")
    cells = _cells(tab.table, column)
    assert cells[person] == "item 2 (belangenconflict)"
    assert cells[present[0]] == ""

    # undo it: the one "left the room" of the selected person, confirmed
    assert tab.back_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    qtbot.mouseClick(tab.back_button, LEFT)
    assert asked and asked[0].startswith(f"{person} left the room for item 2")
    with ctx.session() as s:
        assert list_item_absences(s, meeting_id) == []
    assert _cells(tab.table, column)[person] == ""
    assert not tab.back_button.isEnabled()


def test_meeting_shortcuts_work_and_are_in_the_help(ctx, screen, qtbot, monkeypatch):
    text = HelpDialog(screen).browser.toPlainText()
    for words in ("Back to all meetings", "Alt+Left", "E-mail the invitation", "Ctrl+Shift+I"):
        assert words in text
    assert "Alt+Left" in screen.back_button.toolTip()

    screen.window().activateWindow()
    asked: list[str] = []
    monkeypatch.setattr(screen.documents, "email", lambda kind: asked.append(kind))
    qtbot.keyClick(
        screen,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked == ["invitation"]
    with qtbot.waitSignal(screen.back, timeout=1000):
        qtbot.keyClick(screen, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)


def test_fill_in_from_the_answers_keeps_the_list_in_place(ctx, screen, meeting_id, qtbot):
    """After "Fill in from the answers" the list stays where it was scrolled, with the
    same person selected: the next click hits the person the user aimed at (issue 15)."""
    screen.tabs.setCurrentWidget(screen.attendance)
    tab = screen.attendance
    tab.table.setFixedHeight(220)  # a laptop: the 30 mayors do not fit, the list scrolls
    qtbot.wait(10)
    bar = tab.table.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    top = bar.value()
    middle = tab.table.rowAt(tab.table.viewport().height() // 2)
    name = tab.table.model().index(middle, 0).data()
    _select_name(tab.table, name)
    tab.table.setCurrentIndex(tab.table.model().index(middle, 0))
    with qtbot.waitSignal(tab.model.modelReset, timeout=2000):  # the list reloads
        qtbot.mouseClick(tab.prefill_button, LEFT)
    assert bar.value() == top
    assert tab.table.currentIndex().data() == name
    assert [r.name for r in tab.selected_rows()] == [name]
