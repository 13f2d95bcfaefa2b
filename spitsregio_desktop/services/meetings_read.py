"""Meetings as read: the list, one row, and the full detail of one meeting for the window
and the documents (plain dataclasses from views, no ORM object leaves)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from ..storage.checkout_guard import SERVER_SIDE, describe, open_checkout
from ..storage.enums import MeetingStatus, MinutesStatus, Role
from ..storage.models import (
    Action,
    AgendaItem,
    Attendance,
    Body,
    Checkout,
    Invitation,
    Meeting,
    Membership,
    Person,
)
from .bodies import body_info, get_body
from .confidentiality import confidential_sources
from .convert import OPEN_STATUSES, action_rows, decision_row, numbering, ordered
from .errors import ValidationError
from .views import (
    AgendaItemRow,
    AttachmentRow,
    AttendanceRow,
    InvitationRow,
    MeetingDetail,
    MeetingRef,
    MeetingRow,
    MinutesInfo,
    RemarkRow,
)

_ROW_COLUMNS = (
    Meeting.id,
    Meeting.body_id,
    Body.short,
    Body.name,
    Meeting.number,
    Meeting.title,
    Meeting.date,
    Meeting.start_time,
    Meeting.end_time,
    Meeting.location,
    Meeting.status,
)


def list_meetings(
    session: Session, body: int | str | None = None, year: int | None = None
) -> list[MeetingRow]:
    """Newest first. A flat column query: the list shows ten years of meetings at start."""
    query = (
        select(*_ROW_COLUMNS)
        .join(Body, Meeting.body_id == Body.id)
        .order_by(Meeting.date.desc(), Meeting.id.desc())
    )
    if body is not None:
        query = query.where(Meeting.body_id == get_body(session, body).id)
    if year is not None:
        query = query.where(
            Meeting.date >= dt.date(year, 1, 1), Meeting.date <= dt.date(year, 12, 31)
        )
    # a meeting taken to a laptop (a server database): by whom and since when
    query = query.add_columns(Checkout.user_name, Checkout.computer, Checkout.checked_out_at)
    query = query.outerjoin(
        Checkout,
        and_(
            Checkout.meeting_id == Meeting.id,
            Checkout.side == SERVER_SIDE,
            Checkout.released_at.is_(None),
        ),
    )
    rows = []
    for r in session.execute(query):
        by = f"{r[-3]} op {r[-2]}" if r[-2] else (r[-3] or "")
        rows.append(MeetingRow(*r[:-3], checked_out_by=by or None, checked_out_at=r[-1]))
    return rows


def meeting_row(session: Session, meeting_id: int) -> MeetingRow:
    row = session.execute(
        select(*_ROW_COLUMNS).join(Body, Meeting.body_id == Body.id).where(Meeting.id == meeting_id)
    ).first()
    if row is None:
        raise ValidationError(f"er is geen vergadering met nummer {meeting_id}", "meeting")
    return MeetingRow(*row)


def _ref(m: Meeting | None, item: AgendaItem | None = None) -> MeetingRef | None:
    if m is None:
        return None
    number = numbering(list(m.items)).get(item.id, ("", 0))[0] if item else ""
    return MeetingRef(m.id, m.number, m.date, number, item.id if item else None)


def neighbour(session: Session, meeting: Meeting, later: bool) -> Meeting | None:
    cond = (
        (Meeting.date > meeting.date) | ((Meeting.date == meeting.date) & (Meeting.id > meeting.id))
        if later
        else (Meeting.date < meeting.date)
        | ((Meeting.date == meeting.date) & (Meeting.id < meeting.id))
    )
    order = (
        (Meeting.date.asc(), Meeting.id.asc())
        if later
        else (Meeting.date.desc(), Meeting.id.desc())
    )
    return session.scalar(
        select(Meeting)
        .where(Meeting.body_id == meeting.body_id, cond, Meeting.status != MeetingStatus.CANCELLED)
        .order_by(*order)
        .limit(1)
    )


def _planned_times(meeting: Meeting, items: list[AgendaItem]) -> dict[int, tuple]:
    if meeting.start_time is None:
        return {}
    clock = dt.datetime.combine(meeting.date, meeting.start_time)
    times = {}
    for item in items:
        end = clock + dt.timedelta(minutes=item.duration_minutes)
        times[item.id] = (clock.time(), end.time())
        clock = end
    return times


def _minutes_info(session: Session, meeting: Meeting) -> MinutesInfo:
    versions = list(meeting.minutes_versions)
    history = tuple(  # reopened approved versions, and drafts reopened for live minutes
        f"versie {v.version} heropend op {v.reopened_on:%d/%m/%Y}: {v.reopened_reason}"
        for v in versions
        if v.reopened_on
    )
    if not versions:
        return MinutesInfo(None, 0, MinutesStatus.DRAFT, None, None, None, None, (), history)
    v = versions[-1]
    return MinutesInfo(
        version_id=v.id,
        version=v.version,
        status=v.status,
        sent_on=v.sent_on,
        approved_on=v.approved_on,
        approved_at=_ref(v.approved_at_meeting),
        sha256=v.sha256,
        remarks=tuple(
            RemarkRow(
                r.id,
                r.person_id,
                r.person.name if r.person else "",
                r.received_on,
                r.text,
                r.processed,
            )
            for r in v.remarks
        ),
        history=history,
    )


def meeting_detail(
    session: Session, meeting_id: int, today: dt.date | None = None
) -> MeetingDetail:
    """Everything about one meeting, as plain data, for the window and the documents."""
    meeting = session.scalar(
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            selectinload(Meeting.body),
            selectinload(Meeting.items).selectinload(AgendaItem.attachments),
            selectinload(Meeting.items).selectinload(AgendaItem.decisions),
            selectinload(Meeting.invitations)
            .selectinload(Invitation.person)
            .selectinload(Person.organisation),
            selectinload(Meeting.attendances)
            .selectinload(Attendance.person)
            .selectinload(Person.organisation),
            selectinload(Meeting.attendances).selectinload(Attendance.item_absences),
            selectinload(Meeting.minutes_versions),
        )
    )
    if meeting is None:
        raise ValidationError(f"er is geen vergadering met nummer {meeting_id}", "meeting")
    items = ordered(list(meeting.items))
    nums = numbering(items)
    times = _planned_times(meeting, items)
    secret = confidential_sources((i.id, i.parent_id, i.confidential) for i in items)
    roles = _roles(session, meeting)

    adjourned_to = (
        {
            later.adjourned_from_id: later
            for later in session.scalars(
                select(AgendaItem).where(AgendaItem.adjourned_from_id.in_([i.id for i in items]))
            )
        }
        if items
        else {}
    )

    left_room: dict[int, list[str]] = {}
    arrived: dict[int, list[str]] = {}
    left: dict[int, list[str]] = {}
    for att in meeting.attendances:
        for absence in att.item_absences:
            left_room.setdefault(absence.agenda_item_id, []).append(att.person.name)
        if att.arrived_from_item_id:
            arrived.setdefault(att.arrived_from_item_id, []).append(att.person.name)
        if att.left_after_item_id:
            left.setdefault(att.left_after_item_id, []).append(att.person.name)

    actions_by_item: dict[int, list] = {}
    for row in action_rows(session, Action.meeting_id == meeting.id, today=today, with_events=True):
        actions_by_item.setdefault(row.agenda_item_id, []).append(row)
    for group in actions_by_item.values():
        group.sort(key=lambda r: r.id)

    item_rows = []
    for item in items:
        number, depth = nums[item.id]
        later = adjourned_to.get(item.id)
        earlier = item.adjourned_from
        item_rows.append(
            AgendaItemRow(
                id=item.id,
                parent_id=item.parent_id,
                number=number,
                depth=depth,
                position=item.position,
                title=item.title,
                kind=item.kind,
                standard=item.standard,
                theme=item.theme,
                presenter=item.presenter,
                duration_minutes=item.duration_minutes,
                planned_start=times.get(item.id, (None, None))[0],
                planned_end=times.get(item.id, (None, None))[1],
                confidential=item.id in secret,
                confidential_flag=item.confidential,
                confidential_via=(
                    nums[secret[item.id]][0] if secret.get(item.id, item.id) != item.id else ""
                ),
                notes=item.notes,
                internal_notes=item.internal_notes,
                done=item.done,
                adjourned=item.adjourned,
                adjourned_from=_ref(earlier.meeting, earlier) if earlier else None,
                adjourned_to=_ref(later.meeting, later) if later else None,
                attachments=tuple(
                    AttachmentRow(a.id, a.filename, a.stored_path, a.size_bytes)
                    for a in item.attachments
                ),
                decisions=tuple(
                    decision_row(d, number, meeting, item.id in secret) for d in item.decisions
                ),
                actions=tuple(actions_by_item.get(item.id, ())),
                left_room=tuple(left_room.get(item.id, ())),
                arrived_here=tuple(arrived.get(item.id, ())),
                left_here=tuple(left.get(item.id, ())),
                row_version=item.row_version,
            )
        )
    item_number = {r.id: r.number for r in item_rows}
    invitations = tuple(
        InvitationRow(
            inv.id,
            inv.person_id,
            inv.person.name,
            inv.person.organisation.name if inv.person.organisation else "",
            inv.role,
            inv.person.email,
            inv.sent_on,
            inv.answer,
            inv.substitute_name,
        )
        for inv in sorted(meeting.invitations, key=lambda i: _sort_key(i.person, roles))
    )
    attendance = tuple(
        AttendanceRow(
            att.id,
            att.person_id,
            att.person.name,
            att.person.organisation.name if att.person.organisation else "",
            roles.get(att.person_id, _default_role()),
            att.presence,
            att.substitute_id,
            _substitute_name(session, att),
            att.arrived_at,
            att.left_at,
            item_number.get(att.arrived_from_item_id, ""),
            item_number.get(att.left_after_item_id, ""),
        )
        for att in sorted(meeting.attendances, key=lambda a: _sort_key(a.person, roles))
    )
    recorded = {a.person_id for a in attendance}
    unrecorded = tuple(i for i in invitations if i.person_id not in recorded)
    decisions = tuple(d for r in item_rows for d in r.decisions)
    decisions = tuple(sorted(decisions, key=lambda d: d.number))
    actions = tuple(a for r in item_rows for a in r.actions)
    carried = tuple(
        action_rows(
            session,
            Meeting.body_id == meeting.body_id,
            Meeting.date < meeting.date,
            Action.created_on < meeting.date,
            # open on the meeting's date: still open, or closed on/after that day
            or_(
                Action.status.in_(OPEN_STATUSES),
                and_(Action.closed_on.is_not(None), Action.closed_on >= meeting.date),
            ),
            today=today,
            with_events=True,
        )
    )
    return MeetingDetail(
        id=meeting.id,
        body=body_info(meeting.body),
        number=meeting.number,
        title=meeting.title,
        date=meeting.date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        location=meeting.location,
        status=meeting.status,
        calendar_sequence=meeting.calendar_sequence,
        items=tuple(item_rows),
        invitations=invitations,
        attendance=attendance,
        decisions=decisions,
        actions=actions,
        open_actions=carried,
        minutes=_minutes_info(session, meeting),
        previous=_ref(neighbour(session, meeting, later=False)),
        next=_ref(neighbour(session, meeting, later=True)),
        live_item_id=meeting.live_item_id,
        live_started_at=meeting.live_started_at,
        unrecorded=unrecorded,
        row_version=meeting.row_version,
        **_checked_out(session, meeting.id),
    )


def _checked_out(session: Session, meeting_id: int) -> dict:
    """Who took the meeting along for offline minutes (read-only here), and since when."""
    checkout = open_checkout(session, meeting_id)
    if checkout is None:
        return {}
    return {"checked_out_by": describe(checkout), "checked_out_at": checkout.checked_out_at}


def _default_role() -> Role:
    return Role.MEMBER


def _roles(session: Session, meeting: Meeting) -> dict:
    roles = {inv.person_id: inv.role for inv in meeting.invitations}
    for m in session.scalars(select(Membership).where(Membership.body_id == meeting.body_id)):
        roles.setdefault(m.person_id, m.role)
    return roles


def _sort_key(person: Person, roles: dict) -> tuple:
    order = {Role.CHAIR: 0, Role.MEMBER: 1, Role.EXPERT: 2, Role.OBSERVER: 3, Role.SECRETARY: 4}
    return (order.get(roles.get(person.id), 1), person.name.casefold())


def _substitute_name(session: Session, att: Attendance) -> str:
    if att.substitute is not None:
        return att.substitute.name
    return att.substitute_name
