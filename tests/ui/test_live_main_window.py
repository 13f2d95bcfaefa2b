"""Live minutes inside the main window: opened by the hub, resumed at start, closed back."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402
from roll_call_data import record_everyone  # noqa: E402

from bench.meetings import sample_meeting  # noqa: E402
from spitsregio_desktop.services import meetings  # noqa: E402
from spitsregio_desktop.ui import main_window  # noqa: E402
from spitsregio_desktop.ui.live.live_view import LiveView  # noqa: E402


def test_open_resume_and_close_in_the_main_window(ctx, db, show, qtbot, monkeypatch):
    with db.session() as s:
        meeting_id = sample_meeting(s)
        record_everyone(s, meeting_id)  # the roll call: closing asks for it
        second = meetings.meeting_detail(s, meeting_id).items[1].id
        meetings.set_live_item(s, meeting_id, second)  # as if the laptop died here
    window = main_window.MainWindow(ctx)
    show(window)
    window.activateWindow()
    window.start()  # a normal start finds the interrupted meeting
    live = window.live_view
    assert isinstance(live, LiveView) and live.current_id == second
    qtbot.waitUntil(live.notes.hasFocus)
    qtbot.keyClicks(live.notes, "Hervat.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.live_view is None)
    with db.session() as s:
        d = meetings.meeting_detail(s, meeting_id)
        assert meetings.find_live_meeting(s) is None
    assert d.items[1].notes == "Hervat."
    assert d.end_time is not None

    # from the meeting screen (Ctrl+L): it is closed now, so asked first, with a reason
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("nog een punt", True))
    ctx.hub.open_live.emit(meeting_id)
    assert isinstance(window.live_view, LiveView)
    qtbot.waitUntil(window.live_view.notes.hasFocus)


def test_closed_means_closed_and_every_way_out_restores_the_window(
    ctx, db, show, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from spitsregio_desktop.storage.enums import MeetingStatus
    from spitsregio_desktop.storage.models import Meeting

    with db.session() as s:
        meeting_id = sample_meeting(s)
        record_everyone(s, meeting_id)
        meetings.set_live_item(s, meeting_id, meetings.meeting_detail(s, meeting_id).items[0].id)
        meetings.close_meeting(s, meeting_id)
        s.get(Meeting, meeting_id).live_item_id = (
            meetings.meeting_detail(s, meeting_id).items[0].id
        )  # as if the laptop died just after closing
        s.commit()
    window = main_window.MainWindow(ctx)
    show(window)
    window.start()  # never starts into live mode of a closed meeting
    assert window.live_view is None and window.nav.isVisible()

    asked: list[str] = []

    def answer(reply):
        def get_text(_parent, _title, text, *a, **k):
            asked.append(text)
            return reply

        return get_text

    monkeypatch.setattr(QInputDialog, "getText", answer(("", False)))
    ctx.hub.open_live.emit(meeting_id)  # Ctrl+L on the closed meeting: asked, said no
    assert "gesloten" in asked[0] and window.live_view is None
    with db.session() as s:
        assert meetings.meeting_detail(s, meeting_id).status == MeetingStatus.MINUTES_DRAFT

    monkeypatch.setattr(QInputDialog, "getText", answer(("punt 3 aanvullen", True)))
    ctx.hub.open_live.emit(meeting_id)
    assert isinstance(window.live_view, LiveView) and not window.nav.isVisible()
    with db.session() as s:
        d = meetings.meeting_detail(s, meeting_id)
    assert d.status == MeetingStatus.HELD
    assert any("punt 3 aanvullen" in line for line in d.minutes.history)  # recorded

    # Ctrl+2 (or Beeld > Leden; both call show_view): out of live mode, navigation back
    window.show_view(1)
    assert window.live_view is None and window.nav.isVisible()
    assert window.nav.currentRow() == 1
