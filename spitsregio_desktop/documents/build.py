"""Build the document models from the services (never from the ORM), in Dutch.

Dates are formatted by Babel for nl_BE; day and month names come lower case, so sentence
starts are capitalised here. Public versions leave confidential items out entirely: their
title, notes, decisions and actions, also from the action overviews. "Confidential" is
always the inherited value that services.confidentiality put on the rows (an item is
confidential when it or any ancestor is flagged): `left_out` is the only test made here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from ..services import labels
from ..services.errors import ValidationError
from ..services.meetings import list_bodies, meeting_detail, meeting_row
from ..services.minutes import approved_text
from ..services.settings import load_settings
from ..services.views import (
    ActionRow,
    AgendaItemRow,
    AttendanceRow,
    BodyInfo,
    MeetingDetail,
)
from ..storage.enums import Presence
from .minutes_end import closing_block, invitee_text
from .model import (
    ActionGroup,
    ActionLine,
    ActionListDoc,
    AgendaDoc,
    AgendaLine,
    AttendanceSheetDoc,
    DecisionGroup,
    DecisionLine,
    DecisionListDoc,
    InvitationDoc,
    MinutesDoc,
    MinutesItem,
    SheetRow,
)
from .pieces import (  # re-exported: other modules import these from build
    LOCALE,
    _actions,
    action_line,
    decision_line,
    follow_up_item_id,
    followed_up,
    frame,
    hm,
    hours,
    left_out,
    letterhead,
    long_date,
    meeting_info,
    progress_text,
    ref_text,
    short_date,
    subtitle,
    visible_items,
    votes_text,
)
from .text import one_line, sentence

# ---- the kinds -----------------------------------------------------------------------------


def agenda_lines(d: MeetingDetail, public: bool) -> tuple[AgendaLine, ...]:
    lines = []
    follow_up_id = follow_up_item_id(d)
    carried, note = followed_up(d, public)
    for item in visible_items(d, public):
        time = hours(item.planned_start, item.planned_end) if item.duration_minutes else ""
        lines.append(
            AgendaLine(
                number=item.number,
                title=one_line(item.title),
                depth=item.depth,
                kind=labels.ITEM_KIND.get(item.kind, ""),
                presenter=item.presenter,
                time=time,
                minutes=item.duration_minutes,
                confidential=item.confidential,
                attachments=tuple(a.filename for a in item.attachments),
                adjourned_from=(
                    "vervolg van " + ref_text(item.adjourned_from) if item.adjourned_from else ""
                ),
                follow_up=carried if item.id == follow_up_id else (),
                follow_up_note=note if item.id == follow_up_id else "",
            )
        )
    return tuple(lines)


def build_invitation(session: Session, meeting_id: int, public: bool = False) -> InvitationDoc:
    d = meeting_detail(session, meeting_id)
    s = load_settings(session)
    info = meeting_info(d)
    when = f"{long_date(d.date)}" + (f" om {hm(d.start_time)}" if d.start_time else "")
    where = f" in {d.location}" if d.location else ""
    body_text = (
        f"Hierbij nodigen wij u uit voor vergadering {d.number} van {d.body.name} op "
        f"{when}{where}.\n\nU vindt de agenda hieronder; de bijlagen bij de agendapunten "
        "worden u samen met deze uitnodiging bezorgd."
    )
    deadline = long_date(d.date - dt.timedelta(days=7))
    contact = s.secretariat_email + (f" of {s.secretariat_phone}" if s.secretariat_phone else "")
    reply = (
        f"Gelieve ons uiterlijk {deadline} te laten weten of u aanwezig kunt zijn, "
        f"via {contact}. Bent u verhinderd, laat u dan vervangen door uw plaatsvervanger "
        "en geef ons diens naam door."
    )
    return InvitationDoc(
        frame=frame(d.body, s, "invitation", "Uitnodiging", subtitle(d), public=public),
        meeting=info,
        salutation="Geachte leden,",
        body_text=body_text,
        agenda=agenda_lines(d, public),
        reply=reply,
        closing="Met vriendelijke groeten,",
        signature=s.secretariat_name,
    )


def build_agenda(session: Session, meeting_id: int, public: bool = False) -> AgendaDoc:
    d = meeting_detail(session, meeting_id)
    s = load_settings(session)
    return AgendaDoc(
        frame=frame(d.body, s, "agenda", "Agenda", subtitle(d), public=public),
        meeting=meeting_info(d),
        items=agenda_lines(d, public),
    )


def build_attendance_sheet(
    session: Session, meeting_id: int, public: bool = False
) -> AttendanceSheetDoc:
    d = meeting_detail(session, meeting_id)
    s = load_settings(session)
    if d.invitations:
        rows = tuple(
            SheetRow(i.name, i.organisation, labels.ROLE.get(i.role, "")) for i in d.invitations
        )
    else:
        rows = tuple(
            SheetRow(a.name, a.organisation, labels.ROLE.get(a.role, "")) for a in d.attendance
        )
    return AttendanceSheetDoc(
        frame=frame(
            d.body, s, "attendance-sheet", "Aanwezigheidslijst", subtitle(d), public=public
        ),
        meeting=meeting_info(d),
        rows=rows,
    )


def _who(a: AttendanceRow) -> str:
    return invitee_text(a)  # the same words as the closing block's list of invitees


def attendance_lists(d: MeetingDetail) -> tuple[tuple[str, ...], ...]:
    present: list[str] = []
    excused: list[str] = []
    absent: list[str] = []
    for a in d.attendance:
        if a.presence == Presence.PRESENT:
            text = _who(a)
            if a.arrived_from_item:
                text += f", aanwezig vanaf punt {a.arrived_from_item}"
            if a.left_after_item:
                text += f", vertrokken na punt {a.left_after_item}"
            present.append(text)
        elif a.presence == Presence.SUBSTITUTED:
            sub = a.substitute_name or "een plaatsvervanger"
            excused.append(f"{_who(a)}, vervangen door {sub}")
            if a.substitute_name:
                present.append(f"{a.substitute_name} (ter vervanging van {a.name})")
        elif a.presence == Presence.EXCUSED:
            excused.append(_who(a))
        else:
            absent.append(_who(a))
    return tuple(present), tuple(excused), tuple(absent)


def minutes_item(
    item: AgendaItemRow, follow_up: tuple[ActionLine, ...] = (), follow_up_note: str = ""
) -> MinutesItem:
    adjourned_to = ""
    if item.adjourned:
        adjourned_to = "Verdaagd naar de volgende vergadering"
        adjourned_to += f" ({ref_text(item.adjourned_to)})." if item.adjourned_to else "."
    return MinutesItem(
        number=item.number,
        title=one_line(item.title),
        depth=item.depth,
        kind=labels.ITEM_KIND.get(item.kind, ""),
        presenter=item.presenter,
        notes=item.notes,  # internal_notes never leave the program
        decisions=tuple(decision_line(x) for x in item.decisions),
        actions=tuple(action_line(a) for a in item.actions),
        left_room=item.left_room,
        arrived=item.arrived_here,
        left=item.left_here,
        adjourned_to=adjourned_to,
        adjourned_from=(
            sentence("vervolg van " + ref_text(item.adjourned_from)) + "."
            if item.adjourned_from
            else ""
        ),
        confidential=item.confidential,
        follow_up=follow_up,
        follow_up_note=follow_up_note,
    )


def build_minutes(session: Session, meeting_id: int, public: bool = False) -> MinutesDoc:
    d = meeting_detail(session, meeting_id)
    s = load_settings(session)
    approved = d.minutes.approved
    if approved:
        status = "Goedgekeurd"
        if d.minutes.approved_at:
            status += f" in vergadering {d.minutes.approved_at.number}"
        if d.minutes.approved_on:
            status += f" op {long_date(d.minutes.approved_on)}"
        status += "."
    else:
        status = "Concept – dit verslag is nog niet goedgekeurd."
    next_text = ""
    if d.next is not None:
        nxt = meeting_row(session, d.next.id)
        next_text = long_date(nxt.date)  # running text: the weekday stays lower case
        if nxt.start_time:
            next_text += f" om {hm(nxt.start_time)}"
        if nxt.location:
            next_text += f", {nxt.location}"
        next_text += f" (vergadering {nxt.number})."
    present, excused, absent = attendance_lists(d)
    follow_up_id = follow_up_item_id(d)
    carried, note = followed_up(d, public)
    title = "Verslag" + (" (openbare versie)" if public else "")
    page_frame = frame(
        d.body, s, "minutes", title, subtitle(d), concept=not approved, public=public
    )
    if approved and not public:  # the full approved text never rides in a public file
        page_frame = replace(page_frame, approved_text=approved_text(session, meeting_id))
    return MinutesDoc(
        frame=page_frame,
        meeting=meeting_info(d),
        status_line=status,
        present=present,
        excused=excused,
        absent=absent,
        items=tuple(
            minutes_item(
                i, carried if i.id == follow_up_id else (), note if i.id == follow_up_id else ""
            )
            for i in visible_items(d, public)
        ),
        new_actions=_actions(d.actions, public),
        open_actions=carried,
        next_meeting=next_text,
        public_note="Openbare versie: vertrouwelijke punten zijn niet opgenomen." if public else "",
        unrecorded=tuple(invitee_text(i) for i in d.unrecorded),
        open_actions_note=note,
        closing=closing_block(session, d, s, next_text),
    )


def find_body(session: Session, body: str) -> BodyInfo:
    for b in list_bodies(session):
        if body in (b.short, b.name) or str(b.id) == body:
            return b
    raise ValidationError(f"onbekend overlegorgaan '{body}'", "body")


def build_decisions(
    session: Session,
    meeting_id: int | None,
    *,
    public: bool = False,
    body: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> DecisionListDoc:
    s = load_settings(session)
    if meeting_id is not None:
        d = meeting_detail(session, meeting_id)
        rows = [x for x in d.decisions if not left_out(x, public)]
        groups: dict[str, list[DecisionLine]] = {}
        for x in rows:
            groups.setdefault(f"Punt {x.item_number}: {one_line(x.item_title)}", []).append(
                decision_line(x)
            )
        return DecisionListDoc(
            frame=frame(
                d.body,
                s,
                "decisions",
                "Besluitenlijst",
                subtitle(d),
                concept=not d.minutes.approved,
                public=public,
            ),
            scope=f"Besluiten van vergadering {d.number} van {long_date(d.date)}.",
            groups=tuple(DecisionGroup(k, tuple(v)) for k, v in groups.items()),
        )
    if not body:  # neither a meeting nor a body: the register of every body
        from .all_bodies import build_decisions_all

        return build_decisions_all(session, public=public, start=start, end=end)
    info = find_body(session, body)
    from ..services.decisions import list_decisions

    rows = [
        x
        for x in list_decisions(session, body=info.short, start=start, end=end)
        if not left_out(x, public)
    ]
    rows.sort(key=lambda x: (x.meeting_date, x.meeting_number, x.number))
    by_meeting: dict[str, list[DecisionLine]] = {}
    for x in rows:
        key = f"Vergadering {x.meeting_number} – {long_date(x.meeting_date)}"
        by_meeting.setdefault(key, []).append(decision_line(x, with_context=True))
    scope = period_text(start, end)
    return DecisionListDoc(
        frame=frame(
            info, s, "decisions", "Besluitenlijst", f"{info.name} – {scope}", public=public
        ),
        scope=sentence(scope) + ".",
        groups=tuple(DecisionGroup(k, tuple(v)) for k, v in by_meeting.items()),
    )


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"van {long_date(start)} tot en met {long_date(end)}"
    if start:
        return f"vanaf {long_date(start)}"
    if end:
        return f"tot en met {long_date(end)}"
    return "alle vergaderingen"


def build_actions(
    session: Session,
    meeting_id: int | None,
    *,
    public: bool = False,
    body: str | None = None,
    today: dt.date | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> ActionListDoc:
    s = load_settings(session)
    today = today or dt.date.today()
    if meeting_id is not None:
        info = meeting_detail(session, meeting_id).body
    elif body:
        info = find_body(session, body)
    else:  # neither a meeting nor a body: the open actions of every body
        from .all_bodies import build_actions_all

        return build_actions_all(session, public=public, today=today, start=start, end=end)
    from ..services.actions import list_actions

    rows = [
        a
        for a in list_actions(
            session, body=info.short, open_only=True, today=today, agreed_from=start, agreed_to=end
        )
        if a.is_open and not left_out(a, public)
    ]
    groups: dict[str, list[ActionRow]] = {}
    for a in rows:
        groups.setdefault(a.owner or "", []).append(a)
    # Owners alphabetically, actions without an owner last: they need someone first.
    order = sorted(groups, key=lambda o: (o == "", o.casefold()))
    far = dt.date.max
    built = tuple(
        ActionGroup(
            owner or "Nog toe te wijzen",
            tuple(
                action_line(a)
                for a in sorted(groups[owner], key=lambda a: (a.due_date or far, a.id))
            ),
        )
        for owner in order
    )
    overdue = sum(1 for a in rows if a.overdue)
    scope = (
        f"Stand op {long_date(today)}: {len(rows)} open actiepunt"
        f"{'en' if len(rows) != 1 else ''}, waarvan {overdue} over tijd."
    )
    if start or end:
        scope += f" Afgesproken op de vergaderingen {period_text(start, end)}."
    return ActionListDoc(
        frame=frame(
            info, s, "actions", "Actielijst", f"{info.name} – open actiepunten", public=public
        ),
        scope=scope,
        groups=built,
        overdue_count=overdue,
    )


__all__ = [
    "LOCALE",
    "action_line",
    "agenda_lines",
    "attendance_lists",
    "build_actions",
    "build_agenda",
    "build_attendance_sheet",
    "build_decisions",
    "build_invitation",
    "build_minutes",
    "decision_line",
    "find_body",
    "follow_up_item_id",
    "followed_up",
    "frame",
    "hm",
    "hours",
    "left_out",
    "letterhead",
    "long_date",
    "meeting_info",
    "minutes_item",
    "period_text",
    "progress_text",
    "ref_text",
    "short_date",
    "subtitle",
    "visible_items",
    "votes_text",
]
