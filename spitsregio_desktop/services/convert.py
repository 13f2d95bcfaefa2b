"""ORM rows → the plain dataclasses of services.views (one place, so every caller agrees)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, Connection, Select, String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from ..storage.enums import ActionEventKind
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
from .action_listing import (
    OPEN_STATUSES,  # noqa: F401 - callers import it from here
    outline,
    owner_text,
    rows_from_tuples,
)
from .action_listing import day as _day
from .views import ActionEventRow, ActionRow, DecisionRow


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


def item_numbers(session: Session, meeting_ids: set[int]) -> dict[int, str]:
    """Shown numbers of all items of the given meetings ("3", "3.1"), as numbering() gives."""
    return item_outline(session, meeting_ids)[0]


def item_outline(session: Session, meeting_ids: set[int]) -> tuple[dict[int, str], dict[int, int]]:
    """(shown numbers, confidential_sources) of all items of the given meetings.

    SQLite counts the siblings (a window function); Python only joins parent and child
    numbers: the action tracker needs this for thousands of items at once. The same rows
    feed the one confidentiality rule, so it costs no second query.
    """
    if not meeting_ids:
        return {}, {}
    sibling = func.row_number().over(
        partition_by=(AgendaItem.meeting_id, AgendaItem.parent_id),
        order_by=(AgendaItem.position, AgendaItem.id),
    )
    rows = (
        session.connection()
        .execute(
            select(AgendaItem.id, AgendaItem.parent_id, sibling, AgendaItem.confidential).where(
                AgendaItem.meeting_id.in_(meeting_ids)
            )
        )
        .all()
    )
    return outline(rows)


def _plain_rows(connection: Connection, query: Select) -> list[tuple]:
    """The DB-API's own tuples of a query whose columns need no result conversion (dates
    and enums read as text, flags used as truthy): SQLAlchemy's Row objects cost ~3 µs
    each, and the tracker reads 18 000 actions on 30 years."""
    result = connection.execute(query)
    try:
        return list(result.cursor.fetchall()) if result.cursor is not None else []
    finally:
        result.close()


def ordered(items: list[AgendaItem]) -> list[AgendaItem]:
    """Items in reading order: each parent followed by its sub-items."""
    nums = numbering(items)
    return sorted(
        (i for i in items if i.id in nums),
        key=lambda i: tuple(int(p) for p in nums[i.id][0].split(".")),
    )


def owner_label(action: Action) -> str:
    person = action.owner_person
    return owner_text(
        person.name if person else None,
        person.organisation.short if person and person.organisation else None,
        action.owner_organisation.name if action.owner_organisation else None,
        action.owner_text,
    )


def decision_row(
    d: Decision, item_number: str, meeting: Meeting, confidential: bool
) -> DecisionRow:
    """`confidential`: the item's, as services.confidentiality decides (inherited)."""
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
        confidential=confidential,
        row_version=d.row_version,
    )


def decision_rows(session: Session, *conditions: ColumnElement[bool]) -> list[DecisionRow]:
    """Decisions as rows, oldest meeting first, read with one flat query of plain columns:
    a body's register over thirty years is ~5 000 decisions, and loading them as ORM
    objects with their items and meetings took 0.2 s. `conditions` filter on Decision,
    Meeting or AgendaItem columns."""
    query = (
        select(
            Decision.id,
            Decision.number,
            Decision.text,
            Decision.votes_for,
            Decision.votes_against,
            Decision.votes_abstain,
            Decision.meeting_id,
            Meeting.number,
            _text(Meeting.date),
            Body.short,
            Decision.agenda_item_id,
            AgendaItem.title,
            AgendaItem.theme,
        )
        .select_from(Decision)
        .join(Meeting, Decision.meeting_id == Meeting.id)
        .join(Body, Meeting.body_id == Body.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .where(*conditions)
        .order_by(Meeting.date, Meeting.id, Decision.number)
    )
    rows = _plain_rows(session.connection(), query)
    numbers, secret = item_outline(session, {r[6] for r in rows})
    return [
        DecisionRow(
            *r[:8], _day(r[8]), r[9], r[10], numbers.get(r[10], ""), r[11], r[12], r[10] in secret
        )
        for r in rows
    ]


def _text(column):
    """Read a date/enum column as its stored text: SQLAlchemy's per-row conversion of dates
    and enums is pure Python, and the tracker converts tens of thousands of values."""
    return type_coerce(column, String)


_EVENT_KIND = {k.value: k for k in ActionEventKind}


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
            _text(Action.due_date),
            _text(Action.status),
            Action.meeting_id,
            Meeting.number,
            _text(Meeting.date),
            Meeting.body_id,
            Body.short,
            Action.agenda_item_id,
            AgendaItem.theme,
            AgendaItem.meeting_id,
            _text(Action.created_on),
            _text(Action.closed_on),
            Action.objective_id,
            owner.name,
            owner_org.short,
            org.name,
            Action.row_version,
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
    connection = session.connection()  # Core rows: no ORM bookkeeping per row
    rows = _plain_rows(connection, query)  # every column above needs no conversion
    # inherited confidentiality: the item's own flag is not enough (a sub-item of a
    # confidential item is confidential too)
    numbers, secret = item_outline(session, {r[14] for r in rows if r[14] is not None})
    events: dict[int, list[ActionEventRow]] = {}
    if with_events and rows:
        ids = [r[0] for r in rows]
        for chunk in range(0, len(ids), 900):  # SQLite's limit on bound parameters
            for e in connection.execute(
                select(
                    ActionEvent.action_id,
                    ActionEvent.id,
                    _text(ActionEvent.on_date),
                    _text(ActionEvent.kind),
                    ActionEvent.text,
                )
                .where(ActionEvent.action_id.in_(ids[chunk : chunk + 900]))
                .order_by(ActionEvent.id)
            ):
                events.setdefault(e[0], []).append(
                    ActionEventRow(e[1], _day(e[2]), _EVENT_KIND[e[3]], e[4])
                )
    return rows_from_tuples(rows, numbers, secret, today, events)
