"""Attachments, adjourning to the next meeting, and the frozen (approved) agenda."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from agenda_data import plain_meeting  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402

from spitsregio_desktop.services import agenda, meetings, minutes  # noqa: E402
from spitsregio_desktop.ui.meetings.agenda_model import (  # noqa: E402
    COL_ADJOURNED,
    COL_ATTACHMENTS,
)
from spitsregio_desktop.ui.meetings.agenda_tab import AgendaTab  # noqa: E402


def detail(ctx, meeting_id):
    with ctx.session() as s:
        return meetings.meeting_detail(s, meeting_id)


@pytest.fixture
def tab(ctx, show, qtbot):
    meeting_id = plain_meeting(ctx)
    with ctx.session() as s:
        agenda.add_item(s, meeting_id, "Kinderopvang", theme="kinderopvang", duration_minutes=20)
    widget = AgendaTab(ctx)
    widget.load(meeting_id)
    show(widget)
    return widget


def select_title(tab, title: str):
    row = next(r for r in tab.model.rows.values() if r.title == title)
    tab.select(row.id)
    return row


def test_attachment_is_copied_listed_opened_and_removed(tab, ctx, qtbot, monkeypatch, tmp_path):
    row = select_title(tab, "Kinderopvang")
    source = tmp_path / "desktop" / "Nota opvang – één.pdf"
    source.parent.mkdir()
    source.write_bytes(b"%PDF-1.4 nota")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], "All files (*)")
    )
    box = tab.editor.attachments
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert box.filenames() == ["Nota opvang – één.pdf"]
    stored = detail(ctx, tab.meeting_id).items[4].attachments[0]
    copy = ctx.attachments_dir / stored.stored_path
    assert copy.read_bytes() == b"%PDF-1.4 nota"
    assert copy.parent.parent == ctx.attachments_dir
    source.unlink()  # the original may vanish: the copy stays
    assert tab.model.index_of(row.id, COL_ATTACHMENTS).data() == "1"

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    box.view.setCurrentIndex(box.model.index(0, 0))
    assert box.open_button.isEnabled()
    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    assert [Path(p) for p in opened] == [copy]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert box.filenames() == []
    assert not copy.exists()
    assert detail(ctx, tab.meeting_id).items[4].attachments == ()
    assert tab.model.index_of(row.id, COL_ATTACHMENTS).data() == ""


def test_adjourn_to_an_existing_next_meeting(tab, ctx, monkeypatch):
    later = plain_meeting(ctx, dt.date(2027, 1, 14))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    row = select_title(tab, "Kinderopvang")
    assert tab.tree.isColumnHidden(COL_ADJOURNED)  # nothing adjourned yet: no column
    tab.adjourn_action.trigger()
    assert "next meeting" in told[0] and "14/01/2027" in told[0]
    linked = [r for r in detail(ctx, later).items if r.title == "Kinderopvang"]
    assert len(linked) == 1 and linked[0].adjourned_from.item_id == row.id
    assert not tab.tree.isColumnHidden(COL_ADJOURNED)
    assert tab.model.index_of(row.id, COL_ADJOURNED).data() == "to 14/01/2027"
    assert not tab.adjourn_action.isEnabled()  # once is enough
    other = AgendaTab(ctx)
    other.load(later)
    assert other.model.index_of(linked[0].id, COL_ADJOURNED).data() == "from 10/12/2026"


def test_adjourn_before_the_next_meeting_exists(tab, ctx, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    row = select_title(tab, "Kinderopvang")
    tab.adjourn_action.trigger()
    assert "no next meeting yet" in told[0]
    assert tab.model.index_of(row.id, COL_ADJOURNED).data() == "adjourned"
    later = plain_meeting(ctx, dt.date(2027, 1, 14))  # created afterwards: picks it up
    assert any(r.title == "Kinderopvang" and r.adjourned_from for r in detail(ctx, later).items)


def test_frozen_meeting_is_read_only(ctx, show, qtbot, monkeypatch):
    meeting_id = plain_meeting(ctx)
    with ctx.session() as s:
        minutes.approve(s, meeting_id)
    tab = AgendaTab(ctx)
    tab.load(meeting_id)
    show(tab)
    assert tab.banner.isVisible()
    assert "approved and frozen" in tab.banner.text()
    first = tab.model.ordered_rows()[0]
    tab.select(first.id)
    assert tab.editor.title.text() == first.title  # still readable…
    assert tab.editor.title.isReadOnly() and tab.editor.notes.isReadOnly()
    assert not tab.editor.kind.isEnabled() and not tab.editor.minutes.isEnabled()
    assert not tab.editor.attachments.add_button.isEnabled()
    for action in (
        tab.new_action,
        tab.sub_action,
        tab.up_action,
        tab.down_action,
        tab.indent_action,
        tab.outdent_action,
        tab.delete_action,
        tab.adjourn_action,
    ):
        assert not action.isEnabled()
    index = tab.model.index_of(first.id)
    assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    assert not tab.model.dropMimeData(
        tab.model.mimeData([index]), Qt.DropAction.MoveAction, 3, 0, index.parent()
    )
    tab.tree.setFocus()
    qtbot.keyClick(
        tab.tree,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.keyClicks(tab.editor.title, "x")
    assert len(detail(ctx, meeting_id).items) == 7
    assert detail(ctx, meeting_id).items[0].title == first.title
    assert tab.flush()

    # reopened (in the Minutes tab): the next refresh makes the agenda editable again
    with ctx.session() as s:
        minutes.reopen(s, meeting_id, "Typfout in punt 3")
    tab.refresh()
    assert not tab.banner.isVisible()
    assert not tab.editor.title.isReadOnly()
    assert tab.new_action.isEnabled()
