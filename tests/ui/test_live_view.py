"""Live minute-taking, typed with the keyboard only (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from bench.meetings import sample_meeting  # noqa: E402
from spitsregio_desktop.services import meetings  # noqa: E402
from spitsregio_desktop.services.dutch_dates import parse_due_date  # noqa: E402
from spitsregio_desktop.storage.enums import MeetingStatus, Presence  # noqa: E402
from spitsregio_desktop.ui.live.entries import long_date  # noqa: E402
from spitsregio_desktop.ui.live.live_view import LiveView  # noqa: E402

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def type_unicode(widget: QWidget, text: str) -> None:
    """Non-ASCII characters as real key events (qtbot.keyClicks aborts on them)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def key(qtbot, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on whatever has the focus, as the user would do it."""
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, k, modifiers)


def type_here(qtbot, text: str) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClicks(widget, text)


@pytest.fixture
def meeting_id(db) -> int:
    with db.session() as s:
        return sample_meeting(s)


@pytest.fixture
def live(ctx, meeting_id, show, qtbot) -> LiveView:
    """Live mode as opened: the roll call lists who has no answer; Esc finishes it for now
    (they stay not recorded, e.g. to arrive late) and the cursor goes to the notes."""
    view = LiveView(ctx, meeting_id)
    show(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: view.roll_call.list.hasFocus())
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.notes.hasFocus())
    return view


def detail(ctx, meeting_id):
    with ctx.session() as s:
        return meetings.meeting_detail(s, meeting_id)


def test_opens_on_first_item_with_cursor_in_notes(live, ctx, meeting_id):
    d = detail(ctx, meeting_id)
    assert live.current_id == d.items[0].id
    assert focused() is live.notes
    assert d.items[0].title in live.item_title.text()
    assert d.live_item_id == d.items[0].id  # remembered for a restart
    assert d.status == MeetingStatus.HELD and d.live_started_at is not None
    assert "Ctrl+D" in live.hint_bar.text()


def test_whole_meeting_with_the_keyboard(live, ctx, meeting_id, qtbot, monkeypatch, tmp_path):
    today = dt.date.today()
    d = detail(ctx, meeting_id)
    first, second = d.items[0], d.items[1]

    # item 1: notes, ASCII through qtbot and a non-ASCII piece as key events
    type_here(qtbot, "De voorzitter opent de vergadering om 9u05. ")
    type_unicode(live.notes, "Agenda goedgekeurd; één punt toegevoegd – café‑overleg €.")
    assert "café" in live.notes.toPlainText()
    qtbot.waitUntil(lambda: live.indicator.text() == "Saved", timeout=2000)

    # Ctrl+PgDown: item 2, the notes of item 1 are in the database
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert live.current_id == second.id
    assert focused() is live.notes
    type_here(qtbot, "Het verslag van de vorige vergadering wordt besproken.")

    # two decisions (Ctrl+D, Enter saves), the second with votes
    key(qtbot, Qt.Key.Key_D, CTRL)
    assert focused() is live.decision_entry.text
    type_here(qtbot, "Het verslag wordt goedgekeurd.")
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is live.notes and live.decision_entry.isHidden()
    key(qtbot, Qt.Key.Key_D, CTRL)
    type_here(qtbot, "De begroting 2027 wordt aangenomen.")
    key(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "24")
    key(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "2")
    key(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "1")
    key(qtbot, Qt.Key.Key_Return)
    assert live.lists.decisions.rowCount() == 2

    # three actions (Ctrl+T): what, owner by a few letters, due date in Dutch
    def action(what: str, letters: str, downs: int, due: str) -> None:
        key(qtbot, Qt.Key.Key_T, CTRL)
        assert focused() is live.action_entry.what
        type_here(qtbot, what)
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is live.action_entry.owner
        type_here(qtbot, letters)
        popup = live.action_entry.owner.picker.popup()
        assert popup.isVisible()
        for _ in range(downs):
            qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert focused() is live.action_entry.owner  # Enter in the list picks, stays here
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is live.action_entry.due
        type_here(qtbot, due)
        shown = live.action_entry.due_label.text()
        assert shown == long_date(parse_due_date(due, today))
        key(qtbot, Qt.Key.Key_Return)
        assert live.action_entry.isHidden(), live.action_entry.message.text()

    action("Parkeerbeleid afstemmen op de busassen", "leuv", 2, "15/1")
    action("Subsidiedossier kinderopvang indienen", "inter", 1, "volgende vrijdag")
    action("Woonraad samenstellen", "leuv", 2, "31 jan")
    assert live.lists.actions.rowCount() == 3

    # a late arrival, present from this item: someone nobody recorded yet (no answer)
    with ctx.session() as s:
        late = meetings.meeting_detail(s, meeting_id).unrecorded[0]
    key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    assert focused() is live.attendance_entry.person
    type_here(qtbot, late.name.split()[-1][:5])
    popup = live.attendance_entry.person.picker.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    live.attendance_entry.time.selectAll()
    key(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "0940")
    key(qtbot, Qt.Key.Key_Return)
    assert live.attendance_entry.isHidden(), live.attendance_entry.message.text()

    # the roll call again (Ctrl+R): everyone still not recorded is here
    key(qtbot, Qt.Key.Key_R, CTRL)
    assert focused() is live.roll_call.list
    for _ in range(live.roll_call.list.count()):
        key(qtbot, Qt.Key.Key_A)
    assert live.roll_call.unrecorded_count() == 0
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is live.notes and live.roll_call.isHidden()
    assert detail(ctx, meeting_id).unrecorded == ()

    # close the meeting (Ctrl+Shift+E), confirmed: everyone is recorded, so no more question
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(live.closed, timeout=2000):
        key(qtbot, Qt.Key.Key_E, CTRL | SHIFT)

    d = detail(ctx, meeting_id)
    assert d.status == MeetingStatus.MINUTES_DRAFT and d.end_time is not None
    assert d.live_item_id is None
    items = {i.id: i for i in d.items}
    assert items[first.id].notes == (
        "De voorzitter opent de vergadering om 9u05. Agenda "
        "goedgekeurd; één punt toegevoegd – café‑overleg €."
    )
    assert items[second.id].notes == "Het verslag van de vorige vergadering wordt besproken."
    decisions = items[second.id].decisions
    assert [x.text for x in decisions] == [
        "Het verslag wordt goedgekeurd.",
        "De begroting 2027 wordt aangenomen.",
    ]
    assert not decisions[0].has_votes
    assert (decisions[1].votes_for, decisions[1].votes_against, decisions[1].votes_abstain) == (
        24,
        2,
        1,
    )
    actions = {a.description: a for a in items[second.id].actions}
    assert actions["Parkeerbeleid afstemmen op de busassen"].owner == "Burgemeester Leuven"
    assert actions["Parkeerbeleid afstemmen op de busassen"].due_date == parse_due_date(
        "15/1", today
    )
    assert actions["Subsidiedossier kinderopvang indienen"].owner_organisation_id is not None
    assert actions["Subsidiedossier kinderopvang indienen"].owner == "Interleuven"
    assert actions["Subsidiedossier kinderopvang indienen"].due_date == parse_due_date(
        "volgende vrijdag", today
    )
    assert actions["Woonraad samenstellen"].due_date == parse_due_date("31 jan", today)
    arrived = next(r for r in d.attendance if r.person_id == late.person_id)
    assert arrived.presence == Presence.PRESENT
    assert arrived.arrived_at == dt.time(9, 40)
    assert arrived.arrived_from_item == second.number

    export = Path(__file__).parents[2] / "spitsregio_desktop" / "documents" / "export.py"
    if export.exists():
        from docx import Document

        from spitsregio_desktop.documents.export import export_document

        out = tmp_path / "verslag.docx"
        with ctx.session() as s:
            export_document(s, meeting_id, "minutes", "docx", out)
        doc = Document(str(out))
        text = "\n".join(p.text for p in doc.paragraphs)
        text += "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
        for expected in (
            "café‑overleg",
            "Het verslag van de vorige vergadering",
            "De begroting 2027 wordt aangenomen.",
            "Parkeerbeleid afstemmen op de busassen",
            "Woonraad samenstellen",
            "Interleuven",
            "Burgemeester Leuven",
        ):
            assert expected in text, expected
