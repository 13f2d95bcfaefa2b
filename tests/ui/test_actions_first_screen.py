"""The action tracker paints its first screenful before the whole list has come (issue 18):
what it shows first are exactly the rows the whole list shows at the top, in the same
order, and the count says the rest is coming."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from spitsregio_desktop.services import actions, agenda  # noqa: E402
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting  # noqa: E402
from spitsregio_desktop.storage.enums import ActionStatus  # noqa: E402
from spitsregio_desktop.ui.actions import view as tracker  # noqa: E402
from spitsregio_desktop.ui.actions.view import ActionsView  # noqa: E402

TODAY = dt.date(2026, 11, 27)
FIRST = 5  # a small first screen, so the whole list is larger than it


@pytest.fixture
def many(ctx) -> None:
    """Fourteen actions on two meetings: some without a due date, several sharing one, in
    every status, so the order among equal keys and the status filter both matter."""
    dues = [
        "2026-12-01",
        None,
        "2026-11-10",
        "2026-12-01",
        "2027-02-01",
        None,
        "2026-12-01",
        "2026-11-10",
        "2027-01-15",
        None,
        "2026-12-01",
        "2026-10-01",
        "2027-03-01",
        "2026-11-10",
    ]
    statuses = [
        ActionStatus.OPEN,
        ActionStatus.DONE,
        ActionStatus.IN_PROGRESS,
        ActionStatus.CANCELLED,
    ]
    with ctx.session() as s:
        first = create_meeting(s, MeetingInput(body="BO", date="2026-09-01"))
        second = create_meeting(s, MeetingInput(body="TF", date="2026-10-06"))
        items = [
            agenda.add_item(s, first, "Fietsroutes", theme="mobiliteit"),
            agenda.add_item(s, second, "Jobbeurs", theme="werk"),
        ]
        for n, due in enumerate(dues):
            action = actions.add_action(
                s, items[n % 2], f"Actie {n + 1:02d}", owner_text="VDAB", due_date=due
            )
            status = statuses[n % len(statuses)]
            if status != ActionStatus.OPEN:
                actions.set_status(s, action, status, "", on_date=TODAY)


def shown(view: ActionsView) -> list[str]:
    proxy = view.proxy
    return [proxy.entity(proxy.index(r, 0)).description for r in range(proxy.rowCount())]


def open_tracker(ctx, show, status: int, order: Qt.SortOrder) -> tuple[ActionsView, list]:
    """The tracker as first opened, sorted by due date in `order` with the status filter
    at `status`; returns it with what the list showed (and said) at each arrival of rows."""
    view = ActionsView(ctx)
    view.today = lambda: TODAY
    show(view)
    view.table.sortByColumn(tracker.DUE_COLUMN, order)
    view.status.setCurrentIndex(status)
    seen: list[tuple[list[str], str]] = []
    show_rows = view.loader.show

    def record(rows: list) -> None:
        show_rows(rows)
        seen.append((shown(view), view.count.text()))

    view.loader.show = record
    view.refresh()
    return view, seen


@pytest.mark.parametrize("status", [0, 1, 3], ids=["open", "done", "all"])
@pytest.mark.parametrize(
    "order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder], ids=["soonest", "latest"]
)
def test_the_first_screen_is_the_top_of_the_whole_list(ctx, show, many, monkeypatch, status, order):
    monkeypatch.setattr(tracker, "FIRST_SCREEN", FIRST)
    view, seen = open_tracker(ctx, show, status, order)

    assert len(seen) == 2, "first the first screen, then the whole list"
    (first, first_count), (whole, whole_count) = seen
    assert len(first) == min(FIRST, len(whole))
    assert first == whole[: len(first)]
    assert first_count == "Loading all actions…"
    assert whole_count.startswith(f"{len(whole)} of 14 actions")
    if status == 3:  # "All": no due date first when soonest first, last when latest first
        undated = ["Actie 02", "Actie 06", "Actie 10"]
        assert (whole[:3] if order == Qt.SortOrder.AscendingOrder else whole[-3:]) == undated


def test_no_first_screen_for_an_order_it_cannot_read_ahead(ctx, show, many, monkeypatch):
    """Sorted by owner, the small query cannot know the top rows: the whole list only."""
    monkeypatch.setattr(tracker, "FIRST_SCREEN", FIRST)
    view = ActionsView(ctx)
    view.today = lambda: TODAY
    show(view)
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    calls: list[int] = []
    show_rows = view.loader.show
    view.loader.show = lambda rows: (calls.append(len(rows)), show_rows(rows))
    view.refresh()
    assert calls == [14]
    assert view.loader.complete


def test_a_status_chosen_before_the_whole_list_came_gets_its_own_first_screen(
    ctx, show, many, qtbot, monkeypatch
):
    """The secretary opens the tracker and picks "Alle" at once: the first screen shows the
    top of all actions (not the open ones), and the whole list keeps that top."""
    from spitsregio_desktop.ui.tasks import TaskRunner

    monkeypatch.setattr(tracker, "FIRST_SCREEN", FIRST)
    monkeypatch.setattr(TaskRunner, "synchronous", False)  # the whole list in the pool
    view = ActionsView(ctx)
    view.today = lambda: TODAY
    show(view)
    view.refresh()
    assert not view.loader.complete
    view.status.setCurrentIndex(3)  # "All", before the whole list has come
    first = shown(view)
    assert view.count.text() == "Loading all actions…"

    qtbot.waitUntil(lambda: view.loader.complete, timeout=10000)
    whole = shown(view)
    assert len(whole) == 14
    assert first == whole[:FIRST]
    assert first[:3] == ["Actie 02", "Actie 06", "Actie 10"]  # done ones too: no due date
    ctx.tasks.wait()
