"""Who is not recorded yet: the roll call's list, and the checks that keep guesses out of minutes.

An invitee is "niet geregistreerd" until the secretary records them (an Attendance row):
nobody is ever assumed absent. Closing the meeting, sending the minutes for remarks and
approving them all ask this module first.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import Answer, Role
from ..storage.models import Attendance, Invitation, Organisation, Person
from .errors import ValidationError

_ORDER = {Role.CHAIR: 0, Role.MEMBER: 1, Role.EXPERT: 2, Role.OBSERVER: 3, Role.SECRETARY: 4}


@dataclass(frozen=True)
class UnrecordedPerson:
    """An invitee whose attendance nobody recorded yet, with what they answered."""

    person_id: int
    name: str
    organisation: str
    role: Role
    answer: Answer
    substitute_name: str = ""  # announced with the answer "vervangen door …"


def unrecorded_people(session: Session, meeting_id: int) -> list[UnrecordedPerson]:
    """Invitees without a recorded attendance, chair first, then by name."""
    recorded = select(Attendance.person_id).where(Attendance.meeting_id == meeting_id)
    rows = session.execute(
        select(
            Invitation.person_id,
            Person.name,
            Organisation.name,
            Invitation.role,
            Invitation.answer,
            Invitation.substitute_name,
        )
        .join(Person, Invitation.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Invitation.meeting_id == meeting_id, Invitation.person_id.not_in(recorded))
    )
    people = [
        UnrecordedPerson(pid, name, org or "", role, answer, sub or "")
        for pid, name, org, role, answer, sub in rows
    ]
    people.sort(key=lambda p: (_ORDER.get(p.role, 1), p.name.casefold()))
    return people


def persons_text(count: int) -> str:
    """ "1 persoon", "3 personen"."""
    return f"{count} {'persoon' if count == 1 else 'personen'}"


def unrecorded_message(count: int, before: str) -> str:
    """The Dutch refusal: how many are not recorded, and what to do first."""
    return (
        f"Van {persons_text(count)} is de aanwezigheid nog niet geregistreerd. "
        f"Vul eerst de aanwezigheden aan (aanwezig, verontschuldigd, afwezig of vervangen) "
        f"{before}."
    )


def require_all_recorded(session: Session, meeting_id: int, before: str) -> None:
    """Refuse (ValidationError naming how many) while anyone's attendance is not recorded."""
    missing = unrecorded_people(session, meeting_id)
    if missing:
        raise ValidationError(unrecorded_message(len(missing), before), "attendance")
