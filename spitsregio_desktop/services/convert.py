"""ORM rows → the plain dataclasses of services.views (one place, so every caller agrees)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import ActionStatus
from ..storage.models import Action, AgendaItem, Decision, Meeting, Person
from .views import ActionEventRow, ActionRow, DecisionRow

OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def numbering(items: list) -> dict[int, tuple[str, int]]:
    """Map item id → (shown number "3" / "3.1", depth) from positions and parents."""
    by_parent: dict[int | None, list[AgendaItem]] = {}
    for item in items:
        by_parent.setdefault(item.parent_id, []).append(item)
    for siblings in by_parent.values():
        siblings.sort(key=lambda i: (i.position, i.id))
    result: dict[int, tuple[str, int]] = {}

    def walk(parent_id: int | None, prefix: str, depth: int) -> None:
        for n, item in enumerate(by_parent.get(parent_id, []), start=1):
            number = f"{prefix}{n}"
            result[item.id] = (number, depth)
            walk(item.id, number + ".", depth + 1)

    walk(None, "", 0)
    return result


class _ItemKey(NamedTuple):
    id: int
    parent_id: int | None
    position: int


def item_numbers(session: Session, meeting_ids: set[int]) -> dict[int, str]:
    """Shown numbers of all items of the given meetings, read with one light query."""
    if not meeting_ids:
        return {}
    by_meeting: dict[int, list[_ItemKey]] = {}
    rows = session.execute(
        select(AgendaItem.meeting_id, AgendaItem.id, AgendaItem.parent_id, AgendaItem.position)
        .where(AgendaItem.meeting_id.in_(meeting_ids))
    )
    for meeting_id, item_id, parent_id, position in rows:
        by_meeting.setdefault(meeting_id, []).append(_ItemKey(item_id, parent_id, position))
    numbers: dict[int, str] = {}
    for group in by_meeting.values():
        numbers.update({k: v[0] for k, v in numbering(group).items()})
    return numbers


def ordered(items: list[AgendaItem]) -> list[AgendaItem]:
    """Items in reading order: each parent followed by its sub-items."""
    nums = numbering(items)
    return sorted(
        (i for i in items if i.id in nums),
        key=lambda i: tuple(int(p) for p in nums[i.id][0].split(".")),
    )


def person_label(person: Person | None) -> str:
    return person.name if person else ""


def owner_label(action: Action) -> str:
    if action.owner_person is not None:
        org = action.owner_person.organisation
        if org is not None and org.short and org.short not in action.owner_person.name:
            return f"{action.owner_person.name} ({org.short})"
        return action.owner_person.name
    if action.owner_organisation is not None:
        return action.owner_organisation.name
    return action.owner_text


def decision_row(d: Decision, item_number: str, meeting: Meeting) -> DecisionRow:
    return DecisionRow(
        id=d.id,
        number=d.number,
        text=d.text,
        votes_for=d.votes_for,
        votes_against=d.votes_against,
        votes_abstain=d.votes_abstain,
        meeting_id=meeting.id,
        meeting_number=meeting.number,
        meeting_date=meeting.date,
        body_short=meeting.body.short,
        agenda_item_id=d.agenda_item_id,
        item_number=item_number,
        item_title=d.agenda_item.title,
        theme=d.agenda_item.theme,
        confidential=d.agenda_item.confidential,
    )


def action_row(
    a: Action, item_number: str = "", today: dt.date | None = None, with_events: bool = True
) -> ActionRow:
    today = today or dt.date.today()
    meeting = a.meeting
    item = a.agenda_item
    return ActionRow(
        id=a.id,
        description=a.description,
        owner=owner_label(a),
        owner_person_id=a.owner_person_id,
        owner_organisation_id=a.owner_organisation_id,
        due_date=a.due_date,
        status=a.status,
        meeting_id=a.meeting_id,
        meeting_number=meeting.number if meeting else None,
        meeting_date=meeting.date if meeting else None,
        body_id=meeting.body_id if meeting else None,
        body_short=meeting.body.short if meeting else "",
        agenda_item_id=a.agenda_item_id,
        item_number=item_number,
        theme=item.theme if item else "",
        confidential=item.confidential if item else False,
        created_on=a.created_on,
        closed_on=a.closed_on,
        objective_id=a.objective_id,
        overdue=a.status in OPEN_STATUSES and a.due_date is not None and a.due_date < today,
        events=tuple(ActionEventRow(e.id, e.on_date, e.kind, e.text) for e in a.events)
        if with_events
        else (),
    )
