"""At start the window shows before the meeting list is read (issue 18): the list is read
off the UI thread and fills in a moment later, with the keyboard on its newest meeting."""

from __future__ import annotations

import gc

from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
from spitsregio_desktop.ui.main_window import MainWindow
from spitsregio_desktop.ui.tasks import TaskRunner


def test_the_window_shows_first_and_the_list_follows(ctx, show, qtbot, monkeypatch):
    with ctx.session() as s:
        create_meeting(s, MeetingInput("BO", "2026-09-08", "14:00", "16:00", "Leuven"))
        create_meeting(s, MeetingInput("TF", "2026-10-06", "09:00", "11:00", "Tienen"))
    monkeypatch.setattr(TaskRunner, "synchronous", False)  # the real thread pool
    window = show(MainWindow(ctx))
    window.start()
    meetings = window.meetings_view
    # shown, and nothing of the list read on the UI thread: its answer comes by the loop
    assert window.isVisible()
    assert meetings.model.rowCount() == 0

    qtbot.waitUntil(lambda: meetings.model.rowCount() == 2, timeout=10000)
    current = meetings.proxy.entity(meetings.table.currentIndex())
    assert current is not None and current.body_short == "TF"  # the newest, for Return
    assert meetings.count.text() == "2 meetings"
    assert meetings.year_filter.count() == 2  # "All years" and 2026
    ctx.tasks.wait()
    window.close()


def test_the_collector_is_back_once_every_page_is_loaded(ctx, show, qtbot):
    """`spitsregio` starts the window with the collector off (the start makes no garbage
    worth a collection); the window's warm-up switches it on again, with the code frozen."""
    gc.disable()
    try:
        window = show(MainWindow(ctx))
        window.start()
        assert not gc.isenabled()
        qtbot.waitUntil(gc.isenabled, timeout=15000)
        assert gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()
    window.close()
