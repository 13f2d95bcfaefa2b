"""What a new meeting starts with: the body's habits, not the program's.

A body meets on its own weekday, hours and place ("de Taskforce vergadert op dinsdag om
14:00 bij VDAB"). The new-meeting dialog asks `meeting_defaults` and gets the usual
weekday, hours and place of the body's recent meetings, and the first free date on that
weekday after the last planned one. Without history the settings' defaults hold.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import MeetingStatus
from ..storage.models import Meeting
from .meetings import get_body
from .parse import parse_time
from .settings import load_settings

RECENT = 6  # how many of the latest meetings tell the habit


@dataclass(frozen=True)
class MeetingDefaults:
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    location: str
    from_history: bool  # False: no earlier meetings, the settings' defaults


def _usual(values: list, latest_first: list) -> object:
    """The most frequent value; a tie goes to the most recent one."""
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in latest_first if counts[v] == best)


def _usual_end(recent: list, start: dt.time | None) -> dt.time | None:
    """The start plus the usual length: the median length of the recent meetings (held
    ones end when they were closed), rounded to half an hour."""
    if start is None:
        return None
    lengths = sorted(
        (dt.datetime.combine(r.date, r.end_time) - dt.datetime.combine(r.date, r.start_time))
        for r in recent
        if r.start_time is not None and r.end_time is not None
    )
    if not lengths:
        return None
    half_hours = max(1, round(lengths[len(lengths) // 2].total_seconds() / 1800))
    end = dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(minutes=30 * half_hours)
    return end.time() if end.day == 1 else dt.time(23, 30)


def meeting_defaults(
    session: Session, body: int | str, today: dt.date | None = None
) -> MeetingDefaults:
    """The body's usual weekday, hours and place, and the first free date on that weekday
    after its last planned meeting (and after today)."""
    today = today or dt.date.today()
    b = get_body(session, body)
    rows = list(
        session.execute(
            select(Meeting.date, Meeting.start_time, Meeting.end_time, Meeting.location)
            .where(Meeting.body_id == b.id, Meeting.status != MeetingStatus.CANCELLED)
            .order_by(Meeting.date.desc(), Meeting.id.desc())
        )
    )
    taken = {r.date for r in rows}
    if not rows:
        s = load_settings(session)
        day = today + dt.timedelta(days=1)
        while day.weekday() >= 5:  # a working day
            day += dt.timedelta(days=1)
        return MeetingDefaults(
            day,
            parse_time(s.default_start, "start"),
            parse_time(s.default_end, "end"),
            s.default_location,
            False,
        )
    recent = rows[:RECENT]
    weekdays = [r.date.weekday() for r in recent]
    weekday = _usual(weekdays, weekdays)
    starts = [r.start_time for r in recent if r.start_time is not None]
    start = _usual(starts, starts)
    end = _usual_end(recent, start)
    places = [r.location for r in recent if r.location]
    location = _usual(places, places) or ""
    day = max(rows[0].date, today) + dt.timedelta(days=1)
    while day.weekday() != weekday or day in taken:
        day += dt.timedelta(days=1)
    return MeetingDefaults(day, start, end, location, True)
