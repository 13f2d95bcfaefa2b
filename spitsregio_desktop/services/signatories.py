"""Who closes the minutes: the note-taker, and the chair and secretary who sign approved minutes.

The secretary (note-taker) is the body's member with the role secretaris on the
meeting's date, else the setting "note_taker" (one person writing for both bodies). The
chair is the member with the role voorzitter. Unknown stays empty: the signature line is
then left to be filled in by hand, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import Role
from ..storage.models import Membership, Person
from .labels import ROLE
from .meetings import get_meeting
from .settings import load_settings


@dataclass(frozen=True)
class Signatory:
    name: str  # "" when nobody holds the role: a blank line to sign
    function: str  # "voorzitter", or the person's own function ("burgemeester van Leuven")


@dataclass(frozen=True)
class Signatories:
    chair: Signatory
    secretary: Signatory


def _holder(session: Session, body_id: int, on, role: Role) -> Person | None:
    return session.scalar(
        select(Person)
        .join(Membership, Membership.person_id == Person.id)
        .where(
            Membership.body_id == body_id,
            Membership.role == role,
            (Membership.start_date.is_(None)) | (Membership.start_date <= on),
            (Membership.end_date.is_(None)) | (Membership.end_date >= on),
        )
        .order_by(Membership.start_date.desc().nulls_last(), Membership.id)
        .limit(1)
    )


def _signatory(person: Person | None, role: Role) -> Signatory:
    if person is None:
        return Signatory("", ROLE[role])
    function = ROLE[role]
    if person.function and person.function.casefold() not in person.name.casefold():
        function += f", {person.function}"
    return Signatory(person.name, function)


def signatories(session: Session, meeting_id: int) -> Signatories:
    meeting = get_meeting(session, meeting_id)
    chair = _signatory(_holder(session, meeting.body_id, meeting.date, Role.CHAIR), Role.CHAIR)
    holder = _holder(session, meeting.body_id, meeting.date, Role.SECRETARY)
    note_taker = load_settings(session).note_taker.strip()
    if holder is None and note_taker:
        secretary = Signatory(note_taker, ROLE[Role.SECRETARY])
    else:
        secretary = _signatory(holder, Role.SECRETARY)
    return Signatories(chair, secretary)
