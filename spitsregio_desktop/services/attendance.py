"""Invitations and attendance: invite a body's members, record answers and who was there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import Answer, MeetingStatus, Presence, Role
from ..storage.models import AgendaItem, Attendance, Invitation, ItemAbsence, Membership, Person
from .errors import ValidationError
from .lookup import get_or_raise
from .meetings import ensure_editable, get_meeting
from .parse import parse_enum, parse_time


def active_members(session: Session, body_id: int, on: dt.date) -> list[Membership]:
    """Memberships of the body valid on the date, of persons still active."""
    return list(
        session.scalars(
            select(Membership)
            .join(Person, Membership.person_id == Person.id)
            .where(
                Membership.body_id == body_id,
                Person.active.is_(True),
                (Membership.start_date.is_(None)) | (Membership.start_date <= on),
                (Membership.end_date.is_(None)) | (Membership.end_date >= on),
            )
            .order_by(Person.name)
        )
    )


def invite_members(session: Session, meeting_id: int, person_ids: list[int] | None = None) -> int:
    """Invite the body's members (or the given persons) in one step; returns how many new."""
    meeting = get_meeting(session, meeting_id)
    ensure_editable(session, meeting_id)
    existing = {inv.person_id for inv in meeting.invitations}
    added = 0
    if person_ids is None:
        candidates = [
            (m.person_id, m.role) for m in active_members(session, meeting.body_id, meeting.date)
        ]
    else:
        for pid in person_ids:
            get_or_raise(session, Person, pid, "person", what="persoon")
        roles = {
            m.person_id: m.role for m in active_members(session, meeting.body_id, meeting.date)
        }
        candidates = [(pid, roles.get(pid, Role.OBSERVER)) for pid in person_ids]
    for person_id, role in candidates:
        if person_id in existing:
            continue
        session.add(Invitation(meeting_id=meeting.id, person_id=person_id, role=role))
        existing.add(person_id)
        added += 1
    session.commit()
    return added


def mark_invitations_sent(session: Session, meeting_id: int, on: dt.date | None = None) -> None:
    meeting = get_meeting(session, meeting_id)
    for inv in meeting.invitations:
        inv.sent_on = on or dt.date.today()
    if meeting.status == MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.INVITED
    session.commit()


def remove_invitation(session: Session, meeting_id: int, person_id: int) -> None:
    ensure_editable(session, meeting_id)
    inv = _invitation(session, meeting_id, person_id)
    session.delete(inv)
    session.commit()


def _invitation(session: Session, meeting_id: int, person_id: int) -> Invitation:
    inv = session.scalar(
        select(Invitation).where(
            Invitation.meeting_id == meeting_id, Invitation.person_id == person_id
        )
    )
    if inv is None:
        raise ValidationError("deze persoon is niet uitgenodigd", "person")
    return inv


def set_answer(
    session: Session,
    meeting_id: int,
    person_id: int,
    answer: str,
    on: dt.date | None = None,
    substitute_name: str = "",
    substitute_id: int | None = None,
) -> None:
    """Record an invitee's answer; "substituted" (vervangen door …) names who comes instead."""
    inv = _invitation(session, meeting_id, person_id)
    value = parse_enum(Answer, answer, "answer")
    name = (substitute_name or "").strip()
    if value == Answer.SUBSTITUTED:
        if not name and substitute_id is None:
            raise ValidationError("vul in door wie dit lid vervangen wordt", "substitute")
        if substitute_id is not None and session.get(Person, substitute_id) is None:
            raise ValidationError(f"er is geen persoon met nummer {substitute_id}", "substitute")
        if not name and substitute_id is not None:
            name = session.get(Person, substitute_id).name
        inv.substitute_id, inv.substitute_name = substitute_id, name[:200]
    else:
        inv.substitute_id, inv.substitute_name = None, ""
    inv.answer = value
    inv.answered_on = None if inv.answer == Answer.NO_ANSWER else (on or dt.date.today())
    session.commit()


# What an answer says about attendance. No answer says nothing: that person stays
# "niet geregistreerd" until the secretary records them (the roll call).
_FROM_ANSWER = {
    Answer.COMING: Presence.PRESENT,
    Answer.EXCUSED: Presence.EXCUSED,
    Answer.SUBSTITUTED: Presence.SUBSTITUTED,
}


def fill_from_answers(session: Session, meeting_id: int) -> int:
    """Attendance from the answers ("Invullen volgens de antwoorden"): komt → aanwezig,
    verontschuldigd → verontschuldigd, vervangen door X → vervangen door X; no answer
    stays not recorded. Rows already recorded are left as they are; returns how many new."""
    meeting = get_meeting(session, meeting_id)
    ensure_editable(session, meeting_id)
    existing = {a.person_id for a in meeting.attendances}
    added = 0
    for inv in meeting.invitations:
        presence = _FROM_ANSWER.get(inv.answer)
        if inv.person_id in existing or presence is None:
            continue
        att = Attendance(meeting_id=meeting.id, person_id=inv.person_id, presence=presence)
        if presence == Presence.SUBSTITUTED:
            att.substitute_id, att.substitute_name = inv.substitute_id, inv.substitute_name
        meeting.attendances.append(att)  # keeps a long-lived session's collection current
        added += 1
    session.commit()
    return added


prefill_attendance = fill_from_answers  # the name the window calls it by


def _attendance(session: Session, meeting_id: int, person_id: int) -> Attendance:
    att = session.scalar(
        select(Attendance).where(
            Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
        )
    )
    if att is None:
        get_or_raise(session, Person, person_id, "person", what="persoon")
        # Arriving, leaving, or leaving the room for an item is only possible for someone
        # who was there: such an entry records them present.
        # through the relationship, so a long-lived session's meeting sees the new row
        att = Attendance(
            meeting=get_meeting(session, meeting_id), person_id=person_id, presence=Presence.PRESENT
        )
        session.add(att)
    return att


def set_presence(
    session: Session,
    meeting_id: int,
    person_id: int,
    presence: str,
    substitute_name: str = "",
    substitute_id: int | None = None,
) -> None:
    get_meeting(session, meeting_id)
    ensure_editable(session, meeting_id)
    value = parse_enum(Presence, presence, "presence")
    name = (substitute_name or "").strip()
    if value == Presence.SUBSTITUTED and not name and substitute_id is None:
        raise ValidationError("vul in door wie dit lid vervangen werd", "substitute")
    att = _attendance(session, meeting_id, person_id)
    att.presence = value
    if value == Presence.SUBSTITUTED:
        att.substitute_id = substitute_id
        att.substitute_name = name
    else:
        att.substitute_id, att.substitute_name = None, ""
    session.commit()


def clear_presence(session: Session, meeting_id: int, person_id: int) -> None:
    """Back to "niet geregistreerd" (a wrong key in the roll call): the entry goes, with
    its arrival, departure and item absences."""
    get_meeting(session, meeting_id)
    ensure_editable(session, meeting_id)
    att = session.scalar(
        select(Attendance).where(
            Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
        )
    )
    if att is not None:
        session.delete(att)
    session.commit()


def _item_of(session: Session, meeting_id: int, item_id: int | None) -> int | None:
    if item_id is None:
        return None
    item = session.get(AgendaItem, item_id)
    if item is None or item.meeting_id != meeting_id:
        raise ValidationError("dat agendapunt hoort niet bij deze vergadering", "item")
    return item.id


def mark_arrival(
    session: Session,
    meeting_id: int,
    person_id: int,
    at: object = None,
    from_item_id: int | None = None,
) -> None:
    """A late arrival: present, "vanaf punt N", with the time."""
    ensure_editable(session, meeting_id)
    att = _attendance(session, meeting_id, person_id)
    if att.presence != Presence.SUBSTITUTED:
        att.presence = Presence.PRESENT
    att.arrived_at = parse_time(at, "arrived_at") if at is not None else _now()
    att.arrived_from_item_id = _item_of(session, meeting_id, from_item_id)
    session.commit()


def mark_departure(
    session: Session,
    meeting_id: int,
    person_id: int,
    at: object = None,
    after_item_id: int | None = None,
) -> None:
    """Someone leaves early: the time, and after which item."""
    ensure_editable(session, meeting_id)
    att = _attendance(session, meeting_id, person_id)
    att.left_at = parse_time(at, "left_at") if at is not None else _now()
    att.left_after_item_id = _item_of(session, meeting_id, after_item_id)
    session.commit()


def add_item_absence(
    session: Session, meeting_id: int, person_id: int, item_id: int, reason: str = ""
) -> None:
    """Someone leaves the room for one item (conflict of interest)."""
    ensure_editable(session, meeting_id)
    att = _attendance(session, meeting_id, person_id)
    session.flush()
    item_id = _item_of(session, meeting_id, item_id)
    exists = session.scalar(
        select(ItemAbsence).where(
            ItemAbsence.attendance_id == att.id, ItemAbsence.agenda_item_id == item_id
        )
    )
    if exists is None:
        session.add(
            ItemAbsence(attendance_id=att.id, agenda_item_id=item_id, reason=(reason or "").strip())
        )
    session.commit()


def remove_item_absence(session: Session, meeting_id: int, person_id: int, item_id: int) -> None:
    ensure_editable(session, meeting_id)
    att = session.scalar(
        select(Attendance).where(
            Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
        )
    )
    if att is None:  # nothing recorded: nothing to undo (and no empty row to create)
        return
    for absence in list(att.item_absences):
        if absence.agenda_item_id == item_id:
            session.delete(absence)
    session.commit()


@dataclass(frozen=True)
class ItemAbsenceRow:
    """Someone left the room for one item; the window shows it next to the person."""

    person_id: int
    name: str
    item_id: int
    reason: str


def list_item_absences(session: Session, meeting_id: int) -> list[ItemAbsenceRow]:
    """Who left the room for which item of the meeting, by name."""
    get_meeting(session, meeting_id)
    rows = session.execute(
        select(Attendance.person_id, Person.name, ItemAbsence.agenda_item_id, ItemAbsence.reason)
        .join(Attendance, ItemAbsence.attendance_id == Attendance.id)
        .join(Person, Attendance.person_id == Person.id)
        .where(Attendance.meeting_id == meeting_id)
        .order_by(Person.name, ItemAbsence.id)
    )
    return [ItemAbsenceRow(pid, name, item_id, reason or "") for pid, name, item_id, reason in rows]


def _now() -> dt.time:
    return dt.datetime.now().time().replace(second=0, microsecond=0)
