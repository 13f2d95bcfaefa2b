"""The meeting package's writer: a validated package becomes a meeting, all or nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ..storage.enums import (
    ActionStatus,
    Answer,
    OrganisationKind,
    Presence,
)
from ..storage.models import (
    Action,
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    Invitation,
    ItemAbsence,
    Organisation,
    Person,
)
from .actions import find_owner
from .errors import ValidationError
from .meetings import get_body, new_meeting
from .names import organisation_named, person_named
from .package_read import _Item, _Package, validate_package

_ANSWER_FOR = {
    Presence.PRESENT: Answer.COMING,
    Presence.SUBSTITUTED: Answer.EXCUSED,
    Presence.EXCUSED: Answer.EXCUSED,
    Presence.ABSENT: Answer.NO_ANSWER,
}


def import_package(session: Session, data: Any) -> int:
    """Create the meeting of a package; returns its id. All or nothing."""
    pkg = validate_package(data)
    try:
        body = get_body(session, pkg.body)
    except ValidationError:
        raise ValidationError(f"onbekend overlegorgaan '{pkg.body}'", "body") from None
    try:
        meeting_id = _write(session, pkg, body.id)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return meeting_id


def _write(session: Session, pkg: _Package, body_id: int) -> int:
    meeting = new_meeting(
        session,
        get_body(session, body_id),
        title=pkg.title,
        date=pkg.date,
        start_time=pkg.start,
        end_time=pkg.end,
        location=pkg.location,
        status=pkg.status,
    )
    item_ids: dict[str, int] = {}

    def add(items: list[_Item], parent_id: int | None) -> None:
        for position, it in enumerate(items):
            row = AgendaItem(
                meeting_id=meeting.id,
                parent_id=parent_id,
                position=position,
                title=it.title,
                kind=it.kind,
                theme=it.theme,
                presenter=it.presenter,
                duration_minutes=it.duration,
                confidential=it.confidential,
                notes=it.notes,
                internal_notes=it.internal_notes,
                adjourned=it.adjourned,
            )
            session.add(row)
            session.flush()
            item_ids[it.number] = row.id
            for name in it.attachments:
                session.add(Attachment(agenda_item_id=row.id, filename=name, stored_path=""))
            for d in it.decisions:
                decision_no = len(decisions_seen) + 1
                decisions_seen.append(decision_no)
                session.add(
                    Decision(
                        meeting_id=meeting.id,
                        agenda_item_id=row.id,
                        number=decision_no,
                        text=d["text"],
                        votes_for=d["votes_for"],
                        votes_against=d["votes_against"],
                        votes_abstain=d["votes_abstain"],
                    )
                )
            for a in it.actions:
                owner = find_owner(session, a["owner"])
                closed = (
                    None
                    if a["status"] in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
                    else pkg.date
                )
                session.add(
                    Action(
                        meeting_id=meeting.id,
                        agenda_item_id=row.id,
                        description=a["description"],
                        owner_person_id=owner.person_id,
                        owner_organisation_id=owner.organisation_id,
                        owner_text=owner.text,
                        due_date=a["due"],
                        status=a["status"],
                        created_on=pkg.date,
                        closed_on=closed,
                    )
                )
            add(it.children, row.id)

    decisions_seen: list[int] = []
    add(pkg.items, None)
    session.flush()
    for p in pkg.participants:
        person = _person(session, p)
        answer = p["answer"] or (
            _ANSWER_FOR[p["attendance"]] if p["attendance"] else Answer.NO_ANSWER
        )
        announced = (
            (p["answer_substitute"] or p["substitute"]) if answer == Answer.SUBSTITUTED else ""
        )
        session.add(
            Invitation(
                meeting_id=meeting.id,
                person_id=person.id,
                role=p["role"],
                answer=answer,
                substitute_name=announced,
            )
        )
        if p["attendance"] is None:
            continue
        att = Attendance(
            meeting_id=meeting.id,
            person_id=person.id,
            presence=p["attendance"],
            substitute_name=p["substitute"],
            arrived_at=p["arrived_at"],
            left_at=p["left_at"],
            arrived_from_item_id=item_ids.get(p["arrived_from_item"]),
            left_after_item_id=item_ids.get(p["left_after_item"]),
        )
        session.add(att)
        session.flush()
        for n in dict.fromkeys(p["left_room_for"]):
            session.add(ItemAbsence(attendance_id=att.id, agenda_item_id=item_ids[n]))
    session.flush()
    return meeting.id


def _person(session: Session, p: dict) -> Person:
    """The participant's person: found by name, or created with the organisation."""
    person = person_named(session, p["name"])
    if person is not None:
        if p["email"] and not person.email:
            person.email = p["email"]
        return person
    org = None
    if p["organisation"]:
        org = organisation_named(session, p["organisation"])
        if org is None:
            org = Organisation(name=p["organisation"], short="", kind=OrganisationKind.OTHER)
            session.add(org)
            session.flush()
    person = Person(name=p["name"], email=p["email"], organisation_id=org.id if org else None)
    session.add(person)
    session.flush()
    return person
