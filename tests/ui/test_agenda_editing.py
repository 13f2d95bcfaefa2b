"""The agenda tab, typed as the secretary types: new items, the editor, autosave, undo."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from agenda_data import plain_meeting  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from spitsregio_desktop.services import agenda, meetings  # noqa: E402
from spitsregio_desktop.storage.enums import ItemKind  # noqa: E402
from spitsregio_desktop.ui.meetings.agenda_model import COL_TIME  # noqa: E402
from spitsregio_desktop.ui.meetings.agenda_tab import AgendaTab  # noqa: E402

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def detail(ctx, meeting_id):
    with ctx.session() as s:
        return meetings.meeting_detail(s, meeting_id)


def by_title(ctx, meeting_id, title):
    return next(r for r in detail(ctx, meeting_id).items if r.title == title)


@pytest.fixture
def tab(ctx, show, qtbot):
    meeting_id = plain_meeting(ctx)
    widget = AgendaTab(ctx)
    widget.load(meeting_id)
    show(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=1000)
    return widget


def focused():
    return QApplication.focusWidget()


def type_text(widget, text: str) -> None:
    """Non-ASCII typing the way a keyboard delivers it (keyClicks would abort on 'é')."""
    for char in text:
        QApplication.sendEvent(
            widget,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
            ),
        )


def test_build_an_agenda_with_the_keyboard(tab, ctx, qtbot):
    meeting_id = tab.meeting_id
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_N, CTRL_SHIFT)
    editor = tab.editor
    assert focused() is editor.title
    assert editor.title.selectedText() == "New item"
    qtbot.keyClicks(editor.title, "Fietsbeleid in de regio")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.kind
    qtbot.keyClick(editor.kind, Qt.Key.Key_Down)  # discussion → decision
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.theme
    qtbot.keyClicks(editor.theme.lineEdit(), "mobiliteit")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.presenter
    qtbot.keyClicks(editor.presenter, "Burgemeester Leuven")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.minutes
    qtbot.keyClicks(editor.minutes, "25")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.confidential
    qtbot.keyClick(editor.confidential, Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.notes  # focus-out of the checkbox…

    def saved() -> bool:
        row = by_title(ctx, meeting_id, "Fietsbeleid in de regio")
        return row.duration_minutes == 25 and row.confidential

    qtbot.waitUntil(saved, timeout=1000)
    row = by_title(ctx, meeting_id, "Fietsbeleid in de regio")
    assert (row.kind, row.theme, row.presenter) == (
        ItemKind.DECISION,
        "mobiliteit",
        "Burgemeester Leuven",
    )
    numbers = [(r.number, r.title) for r in detail(ctx, meeting_id).items]
    assert numbers[4] == ("5", "Fietsbeleid in de regio")  # before Varia
    assert numbers[5][1] == "Varia"
    # the tree shows it at once, selected, with its planned time (09:00 + 35 min of items)
    index = tab.tree.currentIndex()
    assert index.data() == "5"
    assert index.siblingAtColumn(COL_TIME).data() == "09:35–10:00"

    # a second new item follows the first, a sub-item goes under it
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.keyClicks(focused(), "Woonbeleid")
    tab.tree.setFocus()  # leaving the field saves it at once
    assert by_title(ctx, meeting_id, "Woonbeleid").number == "6"
    tab.select(row.id)
    tab.tree.setFocus()
    qtbot.keyClick(
        tab.tree,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    qtbot.keyClicks(focused(), "Fietssnelweg F25")
    tab.tree.setFocus()
    assert by_title(ctx, meeting_id, "Fietssnelweg F25").number == "5.1"
    assert tab.tree.currentIndex().data() == "5.1"


def test_planned_times_and_total(tab, ctx, qtbot):
    rows = tab.model.ordered_rows()
    times = [tab.model.index_of(r.id, COL_TIME).data() for r in rows]
    assert times[:3] == ["09:00–09:05", "09:05–09:10", "09:10–09:20"]
    assert tab.total.text() == "7 items · 50 min · ends at 09:50 (planned end 11:00)"
    assert "b00020" not in tab.total.styleSheet()
    tab.select(rows[3].id)  # Opvolging actiepunten, 15 min
    tab.editor.minutes.setFocus()
    tab.editor.minutes.setValue(90)
    qtbot.waitUntil(lambda: "2 h 5 min" in tab.total.text(), timeout=1000)
    assert tab.total.text() == "7 items · 2 h 5 min · ends at 11:05 (planned end 11:00)"
    assert "b00020" in tab.total.styleSheet()  # past the planned end: warning colour
    assert tab.model.index_of(rows[4].id, COL_TIME).data() == "10:50–10:55"


def test_notes_autosave_within_a_second(tab, ctx, qtbot):
    row = tab.model.ordered_rows()[2]
    tab.select(row.id)
    tab.editor.notes.setFocus()
    tab.editor.notes.insertPlainText("Één café – 20 € – “afspraak” 🚲")
    type_text(tab.editor.notes, " ëé")
    expected = "Één café – 20 € – “afspraak” 🚲 ëé"
    qtbot.waitUntil(
        lambda: by_title(ctx, tab.meeting_id, row.title).notes == expected, timeout=1000
    )
    tab.editor.internal.setFocus()
    tab.editor.internal.insertPlainText("Alleen voor ons")
    qtbot.waitUntil(
        lambda: by_title(ctx, tab.meeting_id, row.title).internal_notes == "Alleen voor ons",
        timeout=1000,
    )
    assert by_title(ctx, tab.meeting_id, row.title).notes == expected


def test_non_ascii_title_typed(tab, ctx, qtbot):
    row = tab.model.ordered_rows()[2]
    tab.select(row.id)
    title = tab.editor.title
    title.setFocus()
    title.selectAll()
    type_text(title, "Mededelingen – één café")
    qtbot.waitUntil(lambda: tab.model.rows[row.id].title == "Mededelingen – één café", timeout=1000)
    with ctx.session() as s:
        assert (
            meetings.meeting_detail(s, tab.meeting_id).items[2].title == "Mededelingen – één café"
        )
    assert title.hasFocus() and title.text() == "Mededelingen – één café"


def test_empty_title_is_refused_in_dutch(tab, ctx, qtbot):
    row = tab.model.ordered_rows()[2]
    tab.select(row.id)
    title = tab.editor.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: tab.editor.error_text("title") != "", timeout=1000)
    assert "titel" in tab.editor.error_text("title").lower()
    assert by_title(ctx, tab.meeting_id, row.title).title == row.title  # DB unchanged
    assert not tab.flush()  # the refusal is reported to whoever closes the screen
    # typing a title again clears the message and saves
    qtbot.keyClicks(title, "Korte mededelingen")
    qtbot.waitUntil(lambda: tab.editor.error_text("title") == "", timeout=1000)
    assert detail(ctx, tab.meeting_id).items[2].title == "Korte mededelingen"


def test_undo_survives_the_autosave_reload(tab, ctx, qtbot):
    row = tab.model.ordered_rows()[2]
    tab.select(row.id)
    title = tab.editor.title
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " en nieuws")
    qtbot.waitUntil(
        lambda: tab.model.rows[row.id].title == "Mededelingen en nieuws", timeout=1000
    )  # saved and the tree reloaded
    assert title.isUndoAvailable()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Mededelingen"
    qtbot.waitUntil(lambda: tab.model.rows[row.id].title == "Mededelingen", timeout=1000)

    notes = tab.editor.notes
    notes.setFocus()
    notes.insertPlainText("Eerste zin.")
    qtbot.waitUntil(lambda: tab.model.rows[row.id].notes == "Eerste zin.", timeout=1000)
    assert notes.document().isUndoAvailable()
    notes.undo()
    assert notes.toPlainText() == ""


def test_switching_items_saves_pending_edits(tab, ctx, qtbot):
    first, second = tab.model.ordered_rows()[2:4]
    tab.select(first.id)
    tab.editor.notes.setFocus()
    tab.editor.notes.insertPlainText("Snel getypt")
    tab.select(second.id)  # before the timer fires
    assert by_title(ctx, tab.meeting_id, first.title).notes == "Snel getypt"
    assert tab.editor.notes.toPlainText() == ""
    tab.select(first.id)
    assert tab.editor.notes.toPlainText() == "Snel getypt"


def test_presenter_completer_offers_people_and_organisations(tab):
    names = tab.editor.presenter.completer().model().stringList()
    assert "Burgemeester Aarschot" in names
    assert "VDAB" in names


def test_themes_of_the_body(tab):
    tab.select(tab.model.ordered_rows()[0].id)
    themes = [tab.editor.theme.itemText(i) for i in range(tab.editor.theme.count())]
    assert themes == ["mobiliteit", "ruimtelijke ordening", "wonen", "kinderopvang"]


def test_no_start_time_means_no_planned_times(ctx, show):
    with ctx.session() as s:
        meeting_id = meetings.create_meeting(
            s, meetings.MeetingInput(body="TF", date=dt.date(2027, 1, 14))
        )
        agenda.add_item(s, meeting_id, "Jobbeurs", duration_minutes=30)
    tab = AgendaTab(ctx)
    tab.load(meeting_id)
    show(tab)
    assert all(tab.model.index_of(r.id, COL_TIME).data() == "" for r in tab.model.rows.values())
    assert "ends at" not in tab.total.text()
