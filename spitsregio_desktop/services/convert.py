"""ORM rows → the plain dataclasses of services.views (one place, so every caller agrees)."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from sqlalchemy import ColumnElement, Connection, Select, String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from ..storage.enums import ActionEventKind, ActionStatus
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
from .confidentiality import confidential_sources
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


def item_numbers(session: Session, meeting_ids: set[int]) -> dict[int, str]:
    """Shown numbers of all items of the given meetings ("3", "3.1"), as numbering() gives."""
    return item_outline(session, meeting_ids)[0]


def item_outline(
    session: Session, meeting_ids: set[int]
) -> tuple[dict[int, str], dict[int, int]]:
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
    rows = session.connection().execute(
        select(AgendaItem.id, AgendaItem.parent_id, sibling, AgendaItem.confidential).where(
            AgendaItem.meeting_id.in_(meeting_ids)
        )
    ).all()
    place = {item_id: (parent_id, n) for item_id, parent_id, n, _flag in rows}
    numbers: dict[int, str] = {}

    def number(item_id: int) -> str:
        found = numbers.get(item_id)
        if found is None:
            parent_id, n = place[item_id]
            found = str(n) if parent_id is None else f"{number(parent_id)}.{n}"
            numbers[item_id] = found
        return found

    for item_id in place:
        number(item_id)
    return numbers, confidential_sources((r[0], r[1], r[3]) for r in rows)


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


def _text(column):
    """Read a date/enum column as its stored text: SQLAlchemy's per-row conversion of dates
    and enums is pure Python, and the tracker converts tens of thousands of values."""
    return type_coerce(column, String)


def _day(text: str | dt.date | None) -> dt.date | None:
    # psycopg hands a server's dates over as dates already, whatever the SQL type says
    if isinstance(text, dt.date) or not text:
        return text or None
    return dt.date.fromisoformat(text)


_STATUS = {s.value: s for s in ActionStatus}
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
    today_text = today.isoformat()  # ISO dates compare correctly as text
    return [
        _action_row(
            (
                r[0],
                r[1],
                owner_text(r[18], r[19], r[20], r[4]),
                r[2],
                r[3],
                _day(r[5]),
                _STATUS[r[6]],
                r[7],
                r[8],
                _day(r[9]),
                r[10],
                r[11] or "",
                r[12],
                numbers.get(r[12], "") if r[12] else "",
                r[13] or "",
                r[12] in secret,
                _day(r[15]),
                _day(r[16]),
                r[17],
                r[6] in _OPEN_VALUES and r[5] is not None and str(r[5]) < today_text,
                tuple(events.get(r[0], ())),
                r[21],
            )
        )
        for r in rows
    ]


_ACTION_FIELDS = tuple(f.name for f in fields(ActionRow))
_new = object.__new__


def _action_row(values: tuple) -> ActionRow:
    """An ActionRow from its field values in order, without the frozen dataclass's __init__
    (one object.__setattr__ per field: 21 calls a row, ~0.1 s for 30 years of actions).
    The same object as ActionRow(*values): equal, hashable, still frozen afterwards."""
    row = _new(ActionRow)
    row.__dict__.update(zip(_ACTION_FIELDS, values, strict=True))
    return row
