"""Does the agenda fit the meeting? Planned item times against the meeting's end.

The agenda tab shows the warning, and the window asks it again before the invitation goes
out: an agenda planned until 12:38 for a meeting that ends at 11:30 is a promise the chair
cannot keep.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from .meetings import meeting_detail
from .views import MeetingDetail


def agenda_end(d: MeetingDetail) -> dt.time | None:
    """When the last planned item ends (start time plus every item's minutes)."""
    if d.start_time is None:
        return None
    minutes = sum(item.duration_minutes for item in d.items)
    end = dt.datetime.combine(d.date, d.start_time) + dt.timedelta(minutes=minutes)
    if end.date() != d.date:  # past midnight: certainly past the end
        return dt.time(23, 59)
    return end.time()


def agenda_overrun_warning(d: MeetingDetail) -> str:
    """The Dutch warning when the planned agenda runs past the meeting's end; else ""."""
    end = agenda_end(d)
    if end is None or d.end_time is None or end <= d.end_time:
        return ""
    return f"De agenda loopt tot {end:%H:%M}, na het einde van de vergadering ({d.end_time:%H:%M})."


def meeting_agenda_warning(session: Session, meeting_id: int) -> str:
    """`agenda_overrun_warning` for a meeting by id (the agenda tab, before sending)."""
    return agenda_overrun_warning(meeting_detail(session, meeting_id))
