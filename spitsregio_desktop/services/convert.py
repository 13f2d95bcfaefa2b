"""ORM rows → the plain dataclasses of services.views (one place, so every caller agrees)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import ColumnElement, String, select, type_coerce
from sqlalchemy.orm import Session, aliased

from ..storage.enums import ActionStatus
from ..storage.models import (
    Action,
    ActionEvent,
    AgendaItem,
    Body,
    Decision,
    Meeting,
    Organisation,
    Person,
)
from .views import ActionEventRow, ActionRow, DecisionRow

OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
_OPEN_VALUES = {s.value for s in OPEN_STATUSES}


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
        select(
            AgendaItem.meeting_id, AgendaItem.id, AgendaItem.parent_id, AgendaItem.position
        ).where(AgendaItem.meeting_id.in_(meeting_ids))
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


def owner_text(
    person: str | None, person_org_short: str | None, organisation: str | None, free_text: str
) -> str:
    """How an action's owner (trekker) is named everywhere: "Name (ORG)", an org, or text."""
    if person:
        if person_org_short and person_org_short not in person:
            return f"{person} ({person_org_short})"
        return person
    return organisation or free_text


def owner_label(action: Action) -> str:
    person = action.owner_person
    return owner_text(
        person.name if person else None,
        person.organisation.short if person and person.organisation else None,
        action.owner_organisation.name if action.owner_organisation else None,
        action.owner_text,
    )


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


def action_rows(
    session: Session,
    *conditions: ColumnElement[bool],
    today: dt.date | None = None,
    with_events: bool = False,
) -> list[ActionRow]:
    """Actions as rows, read with one flat query: the tracker opens 6 000 of them at once.

    Ordered by due date (none last), then id. `conditions` filter on Action, Meeting or
    AgendaItem columns.
    """
    today = today or dt.date.today()
    owner, owner_org, org = aliased(Person), aliased(Organisation), aliased(Organisation)
    query = (
        select(
            Action.id,
            Action.description,
            Action.owner_person_id,
            Action.owner_organisation_id,
            Action.owner_text,
            Action.due_date,
            Action.status,
            Action.meeting_id,
            Meeting.number,
            Meeting.date,
            Meeting.body_id,
            Body.short,
            Action.agenda_item_id,
            AgendaItem.theme,
            AgendaItem.confidential,
            Action.created_on,
            Action.closed_on,
            Action.objective_id,
            owner.name,
            owner_org.short,
            org.name,
        )
        .select_from(Action)
        .outerjoin(Meeting, Action.meeting_id == Meeting.id)
        .outerjoin(Body, Meeting.body_id == Body.id)
        .outerjoin(AgendaItem, Action.agenda_item_id == AgendaItem.id)
        .outerjoin(owner, Action.owner_person_id == owner.id)
        .outerjoin(owner_org, owner.organisation_id == owner_org.id)
        .outerjoin(org, Action.owner_organisation_id == org.id)
        .where(*conditions)
        .order_by(Action.due_date.is_(None), Action.due_date, Action.id)
    )
    rows = session.execute(query).all()
    numbers = item_numbers(session, {r[7] for r in rows if r[7] is not None})
    events: dict[int, list[ActionEventRow]] = {}
    if with_events and rows:
        ids = [r[0] for r in rows]
        for chunk in range(0, len(ids), 900):  # SQLite's limit on bound parameters
            for e in session.execute(
                select(
                    ActionEvent.action_id,
                    ActionEvent.id,
                    ActionEvent.on_date,
                    ActionEvent.kind,
                    ActionEvent.text,
                )
                .where(ActionEvent.action_id.in_(ids[chunk : chunk + 900]))
                .order_by(ActionEvent.id)
            ):
                events.setdefault(e[0], []).append(ActionEventRow(e[1], e[2], e[3], e[4]))
    return [
        ActionRow(
            id=r[0],
            description=r[1],
            owner=owner_text(r[18], r[19], r[20], r[4]),
            owner_person_id=r[2],
            owner_organisation_id=r[3],
            due_date=r[5],
            status=r[6],
            meeting_id=r[7],
            meeting_number=r[8],
            meeting_date=r[9],
            body_id=r[10],
            body_short=r[11] or "",
            agenda_item_id=r[12],
            item_number=numbers.get(r[12], "") if r[12] else "",
            theme=r[13] or "",
            confidential=bool(r[14]),
            created_on=r[15],
            closed_on=r[16],
            objective_id=r[17],
            overdue=r[6] in _OPEN_VALUES and r[5] is not None and r[5] < today,
            events=tuple(events.get(r[0], ())),
        )
        for r in rows
    ]
