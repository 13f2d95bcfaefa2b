"""Every date field is the one Dutch date entry: typed as a Belgian types it, read back in
full before it is taken, an impossible date marked and never saved (issue 14)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from spitsregio_desktop.services.meetings import (  # noqa: E402
    MeetingInput,
    create_meeting,
    meeting_detail,
)
from spitsregio_desktop.ui.meetings.view import MeetingsView  # noqa: E402


def type_date(qtbot, field, text: str) -> None:
    """Click into the field, select what is there and type over it, as a person does."""
    target = getattr(field, "edit", field)
    target.setFocus()
    target.selectAll()
    qtbot.keyClicks(target, text)


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


def _meeting_date(ctx, meeting_id) -> dt.date:
    with ctx.session() as s:
        return meeting_detail(s, meeting_id).date


def test_meeting_date_typed_the_belgian_way_is_saved(ctx, screen, meeting_id, qtbot):
    details = screen.details
    type_date(qtbot, details.date, "12/01/2027")
    qtbot.keyClick(getattr(details.date, "edit", details.date), Qt.Key.Key_Tab)
    details.flush()
    assert _meeting_date(ctx, meeting_id) == dt.date(2027, 1, 12)
    assert details.date.shown.text() == "dinsdag 12 januari 2027"


def test_impossible_meeting_date_is_marked_and_not_saved(ctx, screen, meeting_id, qtbot):
    details = screen.details
    type_date(qtbot, details.date, "31/02/2027")
    qtbot.keyClick(details.date.edit, Qt.Key.Key_Tab)
    details.flush()
    assert _meeting_date(ctx, meeting_id) == dt.date(2026, 12, 10)  # nothing changed
    assert details.date.edit.text() == "31/02/2027"  # marked, never replaced
    assert "geen dag 31" in details.date.shown.text()
