"""Meetings: plan, change, cancel, close; the list and the full detail of one meeting.

The bodies live in bodies.py and the list and detail of meetings in meetings_read.py; this
module re-exports them so `from .meetings import meeting_detail` keeps working."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..storage.checkout_guard import checked_out_message, open_checkout
from ..storage.enums import ItemKind, MeetingStatus, MinutesStatus, StandardItem
from ..storage.models import (
    AgendaItem,
    Body,
    Meeting,
    MinutesVersion,
)
from .bodies import body_info, get_body, list_bodies, standard_agenda
from .errors import ValidationError, check_version
from .lookup import get_or_raise
from .meetings_read import list_meetings, meeting_detail, meeting_row, neighbour
from .parse import check_hours, parse_date, parse_enum, parse_time, require_text

__all__ = [
    "MeetingInput",
    "body_info",
    "cancel_meeting",
    "close_meeting",
    "create_meeting",
    "ensure_editable",
    "ensure_not_checked_out",
    "find_live_meeting",
    "get_body",
    "get_meeting",
    "is_frozen",
    "list_bodies",
    "list_meetings",
    "meeting_detail",
    "meeting_row",
    "neighbour",
    "new_meeting",
    "set_live_item",
    "standard_agenda",
    "update_meeting",
]


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    return get_or_raise(session, Meeting, meeting_id, "meeting", what="vergadering")


def is_frozen(session: Session, meeting_id: int) -> bool:
    latest = session.scalar(
        select(MinutesVersion.status)
        .where(MinutesVersion.meeting_id == meeting_id)
        .order_by(MinutesVersion.version.desc())
        .limit(1)
    )
    return latest == MinutesStatus.APPROVED


def ensure_editable(session: Session, meeting_id: int) -> None:
    ensure_not_checked_out(session, meeting_id)
    if is_frozen(session, meeting_id):
        raise ValidationError(
            "het verslag van deze vergadering is goedgekeurd en bevroren; "
            "heropen het verslag om iets te wijzigen",
            "meeting",
        )


def ensure_not_checked_out(session: Session, meeting_id: int | None) -> None:
    """On a server: a meeting taken to a laptop for offline minutes is read-only."""
    if meeting_id is None:
        return
    checkout = open_checkout(session, meeting_id)
    if checkout is not None and checkout.token != session.info.get("checkin_token"):
        raise ValidationError(checked_out_message(checkout), "meeting")


@dataclass
class MeetingInput:
    """What a person fills in to plan a meeting."""

    body: int | str
    date: dt.date | str
    start_time: dt.time | str | None = None
    end_time: dt.time | str | None = None
    location: str = ""
    title: str = ""


def new_meeting(session: Session, body: Body, *, title: str = "", **fields) -> Meeting:
    """The one place a meeting row is made: the body's next number, the default title
    ("<body> – vergadering N") and the draft minutes (version 1). Planning, the package
    import and anything else that creates a meeting go through here; the caller commits."""
    number = (
        session.scalar(select(func.max(Meeting.number)).where(Meeting.body_id == body.id)) or 0
    ) + 1
    meeting = Meeting(
        body_id=body.id,
        number=number,
        title=title or f"{body.name} – vergadering {number}",
        **fields,
    )
    session.add(meeting)
    session.flush()
    session.add(MinutesVersion(meeting_id=meeting.id, version=1, status=MinutesStatus.DRAFT))
    session.flush()
    return meeting


def create_meeting(session: Session, data: MeetingInput, *, from_template: bool = True) -> int:
    """Plan a meeting; with `from_template` the body's usual order of items is filled in."""
    body = get_body(session, data.body)
    date = parse_date(data.date, "date")
    start = parse_time(data.start_time, "start")
    end = parse_time(data.end_time, "end")
    check_hours(start, end)
    meeting = new_meeting(
        session,
        body,
        title=(data.title or "").strip(),
        date=date,
        start_time=start,
        end_time=end,
        location=(data.location or "").strip(),
        status=MeetingStatus.PLANNED,
    )
    if from_template:
        for position, item in enumerate(standard_agenda(body)):
            session.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    position=position,
                    title=item["title"],
                    kind=parse_enum(ItemKind, item.get("kind", "information"), "kind"),
                    standard=StandardItem(item["standard"]) if item.get("standard") else None,
                    duration_minutes=int(item.get("duration_minutes") or 0),
                )
            )
    session.flush()
    from .agenda import carry_adjourned_items  # agenda builds on this module

    carry_adjourned_items(session, meeting.id)  # commits
    return meeting.id


def update_meeting(
    session: Session, meeting_id: int, *, expected_version: int | None = None, **fields: object
) -> int:
    """Change date, hours, place or title; SEQUENCE goes up when date, hours or place change.

    `expected_version`: the row_version the window showed; someone else's newer save wins
    and this one is refused (ConflictError with the current values).
    """
    meeting = get_meeting(session, meeting_id)
    ensure_not_checked_out(session, meeting_id)
    shown = ("title", "date", "start_time", "end_time", "location")
    check_version(meeting, expected_version, "De vergadering", shown)
    changed_schedule = False
    if "date" in fields:
        new = parse_date(fields["date"], "date")
        changed_schedule |= new != meeting.date
        meeting.date = new
    start = (
        parse_time(fields["start_time"], "start") if "start_time" in fields else meeting.start_time
    )
    end = parse_time(fields["end_time"], "end") if "end_time" in fields else meeting.end_time
    check_hours(start, end)
    changed_schedule |= (start, end) != (meeting.start_time, meeting.end_time)
    meeting.start_time, meeting.end_time = start, end
    if "location" in fields:
        loc = str(fields["location"] or "").strip()
        changed_schedule |= loc != meeting.location
        meeting.location = loc
    if "title" in fields:
        meeting.title = require_text(fields["title"], "title", "de titel", 300)
    if "status" in fields:
        meeting.status = parse_enum(MeetingStatus, fields["status"], "status")
    if changed_schedule and meeting.status != MeetingStatus.PLANNED:
        meeting.calendar_sequence += 1
    session.commit()
    return meeting.row_version  # the next save's expected_version


def cancel_meeting(session: Session, meeting_id: int) -> None:
    meeting = get_meeting(session, meeting_id)
    ensure_not_checked_out(session, meeting_id)
    meeting.status = MeetingStatus.CANCELLED
    meeting.calendar_sequence += 1
    session.commit()


def close_meeting(
    session: Session,
    meeting_id: int,
    end_time: dt.time | None = None,
    *,
    allow_unrecorded: bool = False,
) -> None:
    """The secretary ends the meeting: the end time is set and the minutes draft begins.

    While anyone's attendance is not recorded this refuses (the window asks to finish the
    roll call: `roll_call.unrecorded_people` says who); `allow_unrecorded` is the
    secretary's explicit "close anyway". The minutes still cannot be sent or approved
    until everyone is recorded.
    """
    meeting = get_meeting(session, meeting_id)
    ensure_not_checked_out(session, meeting_id)
    if not allow_unrecorded:
        from .roll_call import require_all_recorded

        require_all_recorded(session, meeting_id, "voor u de vergadering sluit")
    end = end_time or dt.datetime.now().time().replace(second=0, microsecond=0)
    if meeting.start_time and end <= meeting.start_time:
        end = (
            dt.datetime.combine(meeting.date, meeting.start_time) + dt.timedelta(minutes=1)
        ).time()
    meeting.end_time = end
    meeting.status = MeetingStatus.MINUTES_DRAFT
    meeting.live_item_id = None
    session.commit()


def find_live_meeting(session: Session) -> int | None:
    """A meeting whose live minute-taking was interrupted (crash, power cut): resume it,
    unless it was closed since (closed means closed: see live_guard)."""
    from .live_guard import resumable_live_meeting

    return resumable_live_meeting(session)


def set_live_item(session: Session, meeting_id: int, item_id: int | None) -> None:
    """Remember where the secretary is, so a restart opens the same item."""
    meeting = get_meeting(session, meeting_id)
    if item_id is not None:
        item = session.get(AgendaItem, item_id)
        if item is None or item.meeting_id != meeting_id:
            raise ValidationError("dat agendapunt hoort niet bij deze vergadering", "item")
    if meeting.live_started_at is None and item_id is not None:
        meeting.live_started_at = dt.datetime.now().replace(microsecond=0)
        if meeting.status in (MeetingStatus.PLANNED, MeetingStatus.INVITED):
            meeting.status = MeetingStatus.HELD
    meeting.live_item_id = item_id
    session.commit()
