"""A meeting checked out to a laptop is read-only on the server, whatever writes to it.

The services check this first, with a message a person can act on (services.checkout);
this guard is the net under them: every ORM flush that adds, changes or deletes a row of
a meeting that is checked out is refused, except by the check-in that carries the
meeting's token (`session.info["checkin_token"]`). Core UPDATEs (the notes autosave)
go through services.meetings.ensure_editable, which asks `open_checkout` too.
"""

from __future__ import annotations

import datetime as dt
from itertools import chain

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from .errors import StorageError
from .models import (
    ActionEvent,
    Attachment,
    Checkout,
    ItemAbsence,
    Meeting,
    MinutesRemark,
)

SERVER_SIDE = "server"
LAPTOP_SIDE = "laptop"


class MeetingCheckedOut(StorageError):
    pass


def open_checkout(session: Session, meeting_id: int) -> Checkout | None:
    """The server-side check-out that makes this meeting read-only, if any."""
    with session.no_autoflush:
        return session.scalar(
            select(Checkout).where(
                Checkout.meeting_id == meeting_id,
                Checkout.side == SERVER_SIDE,
                Checkout.released_at.is_(None),
            )
        )


def checked_out_message(c: Checkout) -> str:
    at = c.checked_out_at.strftime("%d/%m/%Y %H:%M") if c.checked_out_at else "?"
    return (
        f"deze vergadering is meegenomen voor offline notulen door {describe(c)} "
        f"(sinds {at}); ze is alleen-lezen tot ze teruggebracht wordt"
    )


def describe(c: Checkout) -> str:
    return f"{c.user_name} op {c.computer}" if c.computer else c.user_name


def _meeting_of(obj: object) -> int | None:
    if isinstance(obj, Meeting):
        return obj.id
    if isinstance(obj, Checkout):
        return None  # the check-out records themselves are how the lock is taken
    if isinstance(obj, Attachment):
        return obj.agenda_item.meeting_id if obj.agenda_item else None
    if isinstance(obj, ActionEvent):
        return obj.action.meeting_id if obj.action else None
    if isinstance(obj, ItemAbsence):
        return obj.attendance.meeting_id if obj.attendance else None
    if isinstance(obj, MinutesRemark):
        return obj.minutes_version.meeting_id if obj.minutes_version else None
    return getattr(obj, "meeting_id", None)


@event.listens_for(Session, "before_flush")
def _refuse_writes_to_checked_out(session: Session, _context, _instances) -> None:
    touched = chain(session.new, session.dirty, session.deleted)
    with session.no_autoflush:
        meeting_ids = {m for m in map(_meeting_of, touched) if m is not None}
        if not meeting_ids:
            return
        rows = session.scalars(
            select(Checkout).where(
                Checkout.meeting_id.in_(meeting_ids),
                Checkout.side == SERVER_SIDE,
                Checkout.released_at.is_(None),
            )
        ).all()
    allowed = session.info.get("checkin_token")
    for c in rows:
        if c.token != allowed:
            raise MeetingCheckedOut(checked_out_message(c)[0].upper() + checked_out_message(c)[1:])


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
