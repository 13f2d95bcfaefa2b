"""Meetings: plan, change, cancel, close; the list and the full detail of one meeting."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..storage.checkout_guard import SERVER_SIDE, checked_out_message, open_checkout
from ..storage.enums import ItemKind, MeetingStatus, MinutesStatus, Role, StandardItem
from ..storage.models import (
    Action,
    AgendaItem,
    Attendance,
    Body,
    Checkout,
    Invitation,
    Meeting,
    Membership,
    MinutesVersion,
    Person,
)
from .confidentiality import confidential_sources
from .convert import OPEN_STATUSES, action_rows, decision_row, numbering, ordered
from .errors import ValidationError, check_version
from .parse import check_hours, parse_date, parse_enum, parse_time, require_text
from .views import (
    AgendaItemRow,
    AttachmentRow,
    AttendanceRow,
    BodyInfo,
    InvitationRow,
    MeetingDetail,
    MeetingRef,
    MeetingRow,
    MinutesInfo,
    RemarkRow,
)


def get_body(session: Session, body: int | str) -> Body:
    """A body by id, name or short name ("BO", "TF")."""
    if isinstance(body, int):
        found = session.get(Body, body)
    else:
        found = session.scalar(select(Body).where((Body.name == body) | (Body.short == body)))
    if found is None:
        raise ValidationError(f"onbekend overlegorgaan '{body}'", "body")
    return found


def list_bodies(session: Session) -> list[BodyInfo]:
    return [body_info(b) for b in session.scalars(select(Body).order_by(Body.id))]


def body_info(b: Body) -> BodyInfo:
    return BodyInfo(b.id, b.name, b.short, b.secretariat, b.cofunding, tuple(b.theme_list))


def standard_agenda(body: Body) -> list[dict]:
    try:
        items = json.loads(body.standard_agenda or "[]")
    except ValueError:
        items = []
    return [i for i in items if isinstance(i, dict) and i.get("title")]


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ValidationError(f"er is geen vergadering met nummer {meeting_id}", "meeting")
    return meeting


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


def create_meeting(session: Session, data: MeetingInput, *, from_template: bool = True) -> int:
    """Plan a meeting; with `from_template` the body's usual order of items is filled in."""
    body = get_body(session, data.body)
    date = parse_date(data.date, "date")
    start = parse_time(data.start_time, "start")
    end = parse_time(data.end_time, "end")
    check_hours(start, end)
    number = (
        session.scalar(select(func.max(Meeting.number)).where(Meeting.body_id == body.id)) or 0
    ) + 1
    meeting = Meeting(
        body_id=body.id,
        number=number,
        title=(data.title or "").strip() or f"{body.name} – vergadering {number}",
        date=date,
        start_time=start,
        end_time=end,
        location=(data.location or "").strip(),
        status=MeetingStatus.PLANNED,
    )
    session.add(meeting)
    session.flush()
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
    session.add(MinutesVersion(meeting_id=meeting.id, version=1, status=MinutesStatus.DRAFT))
    session.flush()
    from .agenda import carry_adjourned_items  # agenda builds on this module

    carry_adjourned_items(session, meeting.id)  # commits
    return meeting.id


def update_meeting(
    session: Session, meeting_id: int, *, expected_version: int | None = None, **fields: object
) -> None:
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


_ROW_COLUMNS = (
    Meeting.id, Meeting.body_id, Body.short, Body.name, Meeting.number, Meeting.title,
    Meeting.date, Meeting.start_time, Meeting.end_time, Meeting.location, Meeting.status,
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
        select(*_ROW_COLUMNS).join(Body, Meeting.body_id == Body.id).where(
            Meeting.id == meeting_id)
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
    )


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
