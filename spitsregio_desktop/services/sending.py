"""Who an invitation or minutes e-mail can reach, and recording that it went out.

No Qt, no network. The documents layer (`documents/mail.py`, `documents/calendar.py`) builds
the files; this module decides which invited persons have a usable address, so the window
can list the others *before* the draft is made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..storage.enums import MeetingStatus
from .errors import ValidationError
from .meetings import get_meeting
from .parse import check_email
from .views import InvitationRow


@dataclass(frozen=True)
class Recipient:
    """An invited person with an address that a mail client and a calendar accept."""

    person_id: int
    name: str
    email: str  # normalised: trimmed, domain in ASCII (IDNA) form


@dataclass(frozen=True)
class Unreachable:
    """An invited person the e-mail cannot reach; `reason` is Dutch, for the list shown."""

    person_id: int
    name: str
    email: str
    reason: str  # "geen e-mailadres" | "ongeldig e-mailadres 'x'"

    def label(self) -> str:
        return self.name if not self.email else f"{self.name} ({self.reason})"


def normalise_address(value: str) -> str | None:
    """The address as it can go into a header and a mailto: URI, or None when unusable.

    The local part must be ASCII (the secretary's mail client may not speak SMTPUTF8);
    a non-ASCII domain ("gemeente-hé.be") is written in its IDNA form.
    """
    text = (value or "").strip()
    if not text:
        return None
    try:
        check_email(text)
    except ValidationError:
        return None
    local, _, domain = text.rpartition("@")
    if not local.isascii() or not local or local.startswith(".") or local.endswith("."):
        return None
    if ".." in local:
        return None
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    return f"{local}@{domain}"


def split_recipients(
    invitations: Iterable[InvitationRow],
) -> tuple[tuple[Recipient, ...], tuple[Unreachable, ...]]:
    """(reachable, unreachable), in the order of the invitations; one address only once."""
    reachable: list[Recipient] = []
    unreachable: list[Unreachable] = []
    seen: set[str] = set()
    for inv in invitations:
        raw = (inv.email or "").strip()
        address = normalise_address(raw)
        if address is None:
            reason = "geen e-mailadres" if not raw else f"ongeldig e-mailadres '{raw}'"
            unreachable.append(Unreachable(inv.person_id, inv.name, raw, reason))
            continue
        if address.lower() in seen:
            continue
        seen.add(address.lower())
        reachable.append(Recipient(inv.person_id, inv.name, address))
    return tuple(reachable), tuple(unreachable)


def unreachable_line(unreachable: Iterable[Unreachable]) -> str:
    """One line for the command line and the window: 'Zonder e-mailadres: A, B (…)'."""
    labels = [u.label() for u in unreachable]
    return "Zonder e-mailadres: " + ", ".join(labels) if labels else ""


def record_invitations_sent(
    session: Session, meeting_id: int, person_ids: Iterable[int], on: dt.date | None = None
) -> int:
    """Record the date on the invitations of the given persons (those the draft reached).

    A planned meeting becomes 'invited', so that a later change of date, hours or place
    raises the calendar SEQUENCE. Returns how many invitations were marked.
    """
    meeting = get_meeting(session, meeting_id)
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError("deze vergadering is geannuleerd", "meeting")
    wanted = set(person_ids)
    day = on or dt.date.today()
    marked = 0
    for inv in meeting.invitations:
        if inv.person_id in wanted:
            inv.sent_on = day
            marked += 1
    if marked and meeting.status == MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.INVITED
    session.commit()
    return marked
