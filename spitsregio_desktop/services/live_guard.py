"""Closed means closed: live minute-taking on a meeting that was closed asks first, and the
reopening is recorded; a restart never resumes live mode of a closed meeting.

The window asks `reopen_question`; when it is not empty the secretary must confirm, and
then `reopen_for_live` records why before live mode starts (`set_live_item`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import MeetingStatus, MinutesStatus
from ..storage.models import Meeting
from .meetings import get_meeting
from .parse import require_text

# Live mode is for a meeting that is still going on; these are over.
CLOSED = (MeetingStatus.MINUTES_DRAFT, MeetingStatus.MINUTES_APPROVED, MeetingStatus.CANCELLED)


def is_closed(session: Session, meeting_id: int) -> bool:
    return get_meeting(session, meeting_id).status in CLOSED


def reopen_question(session: Session, meeting_id: int) -> str:
    """What to ask before live mode on this meeting; "" when it is still open."""
    meeting = get_meeting(session, meeting_id)
    if meeting.status == MeetingStatus.CANCELLED:
        return "Deze vergadering is geannuleerd. Toch notuleren?"
    if meeting.status not in CLOSED:
        return ""
    version = meeting.minutes_versions[-1] if meeting.minutes_versions else None
    if version is not None and version.status == MinutesStatus.APPROVED:
        return (
            "Het verslag van deze vergadering is goedgekeurd. Heropenen om verder te "
            "notuleren? De heropening wordt met de reden bijgehouden."
        )
    if version is not None and version.status == MinutesStatus.SENT_FOR_REMARKS:
        return (
            "Het verslag van deze vergadering is al ter opmerkingen verstuurd. Heropenen "
            "om verder te notuleren? De heropening wordt met de reden bijgehouden."
        )
    return (
        "Deze vergadering is gesloten. Heropenen om verder te notuleren? De heropening "
        "wordt met de reden bijgehouden."
    )


def reopen_for_live(
    session: Session, meeting_id: int, reason: str, on: dt.date | None = None
) -> None:
    """The secretary confirmed: the meeting is held again, and the minutes remember when
    and why (approved minutes are reopened as a new version, see minutes.reopen)."""
    reason = require_text(reason, "reason", "de reden om te heropenen", 2000)
    meeting = get_meeting(session, meeting_id)
    if meeting.status not in CLOSED:
        return
    version = meeting.minutes_versions[-1] if meeting.minutes_versions else None
    if version is not None and version.status == MinutesStatus.APPROVED:
        from .minutes import reopen

        reopen(session, meeting_id, reason)  # records, and starts a new draft version
        meeting = get_meeting(session, meeting_id)
    elif version is not None:
        # a draft or sent version goes back to draft; when and why stay on it
        version.status = MinutesStatus.DRAFT
        version.reopened_on = on or dt.date.today()
        version.reopened_reason = f"heropend om verder te notuleren: {reason}"
    meeting.status = MeetingStatus.HELD
    session.commit()


def resumable_live_meeting(session: Session) -> int | None:
    """The meeting whose live minute-taking was interrupted, if it is still going on: the
    program never starts into live mode of a closed meeting."""
    return session.scalar(
        select(Meeting.id)
        .where(Meeting.live_item_id.is_not(None), Meeting.status.not_in(CLOSED))
        .order_by(Meeting.live_started_at.desc())
        .limit(1)
    )
