"""Search window: Ctrl+F in the main window, results as you type, Enter opens the item."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from spitsregio_desktop.services.agenda import add_item, save_notes  # noqa: E402
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting  # noqa: E402
from spitsregio_desktop.ui.main_window import MainWindow  # noqa: E402
from spitsregio_desktop.ui.search_dialog import SearchDialog, lead_in, marked_html  # noqa: E402


@pytest.fixture
def data(ctx):
    with ctx.session() as s:
        meeting = create_meeting(
            s, MeetingInput(body="BO", date=dt.date(2026, 12, 10), start_time="09:00")
        )
        item = add_item(s, meeting, "Stand van zaken regio")
        other = add_item(s, meeting, "Varia en rondvraag")
    return meeting, item, other


@pytest.fixture
def window(ctx, show, data):
    return show(MainWindow(ctx))


def open_search(qtbot, window) -> SearchDialog:
    window.activateWindow()  # a window shortcut needs its window active, as on screen
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert isinstance(dialog, SearchDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_search(qtbot, dialog: SearchDialog, text: str) -> None:
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)
    # the query waits for a pause in typing (debounce), then runs
    qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=2000)


def test_notes_typed_a_second_ago_are_found_by_case_and_prefix(qtbot, ctx, window, data):
    meeting, item, other = data
    dialog = open_search(qtbot, window)
    assert dialog.focusWidget() is dialog.field  # ready to type (window focus is async)
    type_search(qtbot, dialog, "mobilit")
    assert dialog.model.rowCount() == 0 and "Nothing found" in dialog.status.text()
    with ctx.session() as s:  # what the notes autosave does while the secretary types
        save_notes(s, other, "We bespreken de mobiliteit in de regio met De Lijn.")
    for typed in ("Mobiliteit", "mobilit"):
        type_search(qtbot, dialog, typed)
        [hit] = dialog.hits
        assert (hit.kind, hit.item_id, hit.meeting_id) == ("item", other, meeting)
        assert "«mobiliteit»" in hit.snippet
        assert dialog.proxy.index(0, 0).data() == "Agenda item"
        assert dialog.proxy.index(0, 2).data() == "10/12/2026"
        assert dialog.proxy.index(0, 3).data() == "Varia en rondvraag"
        assert dialog.status.text() == "1 result"
    dialog.table.viewport().grab()  # the snippet delegate paints without error


def test_enter_opens_the_meeting_at_the_item(qtbot, ctx, window, data):
    meeting, item, other = data
    with ctx.session() as s:
        save_notes(s, item, "Fietssnelweg en mobiliteit")
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "fietssnel")
    with qtbot.waitSignal(ctx.hub.open_item) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert opened.args == [meeting, item]
    assert not dialog.isVisible()
    screen = window.meetings_view.screen
    assert window.meetings_view.currentWidget() is screen and screen.meeting_id == meeting
    assert screen.tabs.currentWidget() is screen.agenda
    assert screen.agenda.selected_row().id == item
    # Ctrl+F again: the last search is still there, selected to type over
    dialog = open_search(qtbot, window)
    assert dialog.field.text() == "fietssnel" and dialog.field.selectedText() == "fietssnel"
    assert len(dialog.hits) == 1


def test_snippet_marks_become_bold_and_text_is_escaped():
    assert marked_html("de «mobiliteit» & <b>") == "de <b>mobiliteit</b> &amp; &lt;b&gt;"
    assert marked_html("«a» en «b»") == "<b>a</b> en <b>b</b>"
    assert lead_in("een twee drie vier vijf zes zeven «acht» negen") == (
        "… drie vier vijf zes zeven «acht» negen"
    )
    assert lead_in("kort «raak»") == "kort «raak»"
