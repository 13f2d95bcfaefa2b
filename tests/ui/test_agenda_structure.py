"""Reordering the agenda: keyboard moves, drag and drop, indent/outdent, delete."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from agenda_data import plain_meeting  # noqa: E402
from PySide6.QtCore import QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from spitsregio_desktop.services import agenda, meetings  # noqa: E402
from spitsregio_desktop.ui.meetings.agenda_tab import AgendaTab  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier
MOVE = Qt.DropAction.MoveAction


def outline(ctx, meeting_id) -> list[tuple[str, str]]:
    """(number, title) of every item in reading order, as the database says."""
    with ctx.session() as s:
        return [(r.number, r.title) for r in meetings.meeting_detail(s, meeting_id).items]


@pytest.fixture
def tab(ctx, show, qtbot):
    meeting_id = plain_meeting(ctx, template=False)
    with ctx.session() as s:
        for title in ("Opening", "Mobiliteit", "Wonen", "Kinderopvang", "Varia"):
            agenda.add_item(s, meeting_id, title, duration_minutes=10)
    widget = AgendaTab(ctx)
    widget.load(meeting_id)
    show(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=1000)
    return widget


def item_id(tab, title: str) -> int:
    return next(r.id for r in tab.model.rows.values() if r.title == title)


def selected_title(tab) -> str:
    rows = tab.tree.selectionModel().selectedRows()
    assert len(rows) == 1
    return tab.model.item(rows[0]).title


def press(tab, qtbot, key) -> None:
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, key, CTRL)


def test_ctrl_down_and_up_reorder(tab, ctx, qtbot):
    tab.select(item_id(tab, "Mobiliteit"))
    press(tab, qtbot, Qt.Key.Key_Down)
    assert [t for _n, t in outline(ctx, tab.meeting_id)] == [
        "Opening",
        "Wonen",
        "Mobiliteit",
        "Kinderopvang",
        "Varia",
    ]
    assert selected_title(tab) == "Mobiliteit"
    assert tab.tree.selectionModel().selectedRows()[0].data() == "3"  # numbering at once
    press(tab, qtbot, Qt.Key.Key_Up)
    press(tab, qtbot, Qt.Key.Key_Up)
    assert [t for _n, t in outline(ctx, tab.meeting_id)][:3] == ["Mobiliteit", "Opening", "Wonen"]
    assert not tab.up_action.isEnabled()  # first item: nothing above it


def test_indent_and_outdent(tab, ctx, qtbot):
    tab.select(item_id(tab, "Wonen"))
    press(tab, qtbot, Qt.Key.Key_Right)
    assert ("2.1", "Wonen") in outline(ctx, tab.meeting_id)
    assert selected_title(tab) == "Wonen"
    assert tab.tree.selectionModel().selectedRows()[0].data() == "2.1"
    assert tab.tree.isExpanded(tab.model.index_of(item_id(tab, "Mobiliteit")))
    tab.select(item_id(tab, "Kinderopvang"))
    press(tab, qtbot, Qt.Key.Key_Right)
    assert ("2.2", "Kinderopvang") in outline(ctx, tab.meeting_id)
    assert ("3", "Varia") in outline(ctx, tab.meeting_id)
    press(tab, qtbot, Qt.Key.Key_Left)
    assert outline(ctx, tab.meeting_id) == [
        ("1", "Opening"),
        ("2", "Mobiliteit"),
        ("2.1", "Wonen"),
        ("3", "Kinderopvang"),
        ("4", "Varia"),
    ]
    assert selected_title(tab) == "Kinderopvang"


def test_indent_refused_for_the_first_item(tab, ctx, qtbot):
    tab.select(item_id(tab, "Opening"))
    assert not tab.indent_action.isEnabled()
    tab.indent()  # even when called directly: the service's Dutch refusal is shown
    assert "eerste punt" in tab.message.text()
    assert outline(ctx, tab.meeting_id)[0] == ("1", "Opening")


def drop(tab, title: str, row: int, parent: QModelIndex) -> bool:
    """What a real drag does: mimeData of the dragged row, dropMimeData on the target."""
    index = tab.model.index_of(item_id(tab, title))
    data = tab.model.mimeData([index])
    assert tab.model.canDropMimeData(data, MOVE, row, 0, parent)
    return tab.model.dropMimeData(data, MOVE, row, 0, parent)


def test_drop_between_items_reorders(tab, ctx):
    # "Kinderopvang" (row 3) dropped between "Opening" and "Mobiliteit" (row 1)
    assert drop(tab, "Kinderopvang", 1, QModelIndex())
    assert [t for _n, t in outline(ctx, tab.meeting_id)] == [
        "Opening",
        "Kinderopvang",
        "Mobiliteit",
        "Wonen",
        "Varia",
    ]
    assert selected_title(tab) == "Kinderopvang"
    # downwards: "Opening" dropped between "Wonen" and "Varia" (row 4 before the move)
    assert drop(tab, "Opening", 4, QModelIndex())
    assert outline(ctx, tab.meeting_id) == [
        ("1", "Kinderopvang"),
        ("2", "Mobiliteit"),
        ("3", "Wonen"),
        ("4", "Opening"),
        ("5", "Varia"),
    ]
    with ctx.session() as s:
        rows = meetings.meeting_detail(s, tab.meeting_id).items
    assert [r.position for r in rows] == [0, 1, 2, 3, 4]


def test_drop_on_an_item_makes_a_sub_item(tab, ctx):
    target = tab.model.index_of(item_id(tab, "Mobiliteit"))
    assert drop(tab, "Kinderopvang", -1, target)
    assert ("2.1", "Kinderopvang") in outline(ctx, tab.meeting_id)
    assert selected_title(tab) == "Kinderopvang"
    # and between sub-items: "Wonen" dropped as first sub-item of "Mobiliteit"
    target = tab.model.index_of(item_id(tab, "Mobiliteit"))
    assert drop(tab, "Wonen", 0, target)
    assert outline(ctx, tab.meeting_id) == [
        ("1", "Opening"),
        ("2", "Mobiliteit"),
        ("2.1", "Wonen"),
        ("2.2", "Kinderopvang"),
        ("3", "Varia"),
    ]
    # back to the top level, at the end
    assert drop(tab, "Wonen", 3, QModelIndex())
    assert outline(ctx, tab.meeting_id)[-1] == ("4", "Wonen")


def test_an_item_cannot_be_dropped_into_itself(tab, ctx):
    parent = tab.model.index_of(item_id(tab, "Mobiliteit"))
    drop(tab, "Wonen", -1, parent)
    child = tab.model.index_of(item_id(tab, "Wonen"))
    data = tab.model.mimeData([tab.model.index_of(item_id(tab, "Mobiliteit"))])
    assert not tab.model.canDropMimeData(data, MOVE, -1, 0, child)
    assert not tab.model.dropMimeData(data, MOVE, -1, 0, child)
    assert ("2.1", "Wonen") in outline(ctx, tab.meeting_id)


def test_delete_with_confirmation_takes_sub_items(tab, ctx, qtbot, monkeypatch):
    with ctx.session() as s:
        agenda.add_item(s, tab.meeting_id, "Fietssnelweg", parent_id=item_id(tab, "Mobiliteit"))
    tab.refresh()
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args, **_kw):
            asked.append(text)
            return reply

        return question

    tab.select(item_id(tab, "Mobiliteit"))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert len(outline(ctx, tab.meeting_id)) == 6  # "No" keeps everything
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    said: list[str] = []
    ctx.hub.undoable.connect(lambda text, _undo: said.append(text))
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert "Mobiliteit" in asked[-1] and "sub-item" in asked[-1]
    assert len(said) == 1 and "Mobiliteit" in said[0]  # the status bar says what went
    assert outline(ctx, tab.meeting_id) == [
        ("1", "Opening"),
        ("2", "Wonen"),
        ("3", "Kinderopvang"),
        ("4", "Varia"),
    ]
    assert selected_title(tab) == "Wonen"  # the next item takes the selection


def test_delete_key_in_a_text_field_edits_text(tab, ctx, qtbot):
    tab.select(item_id(tab, "Wonen"))
    title = tab.editor.title
    title.setFocus()
    title.home(False)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert title.text() == "onen"
    assert len(outline(ctx, tab.meeting_id)) == 5


def test_service_delete_item_removes_sub_items(ctx):
    meeting_id = plain_meeting(ctx, template=False)
    with ctx.session() as s:
        parent = agenda.add_item(s, meeting_id, "A")
        agenda.add_item(s, meeting_id, "A.1", parent_id=parent)
        agenda.add_item(s, meeting_id, "B")
        agenda.delete_item(s, parent)
    assert outline(ctx, meeting_id) == [("1", "B")]
