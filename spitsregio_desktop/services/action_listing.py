"""Action rows from plain query tuples, and every action without the ORM.

The tuple → ActionRow steps live here, free of SQLAlchemy, so the tracker's query
(services.convert.action_rows) and the command line's plain-sqlite3 listing
(`spitsregio list actions` on a SQLite file, storage.listing) build their rows with the
same code and print the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path

from ..storage.enums import ActionStatus
from .confidentiality import confidential_sources
from .views import ActionEventRow, ActionRow

OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
_OPEN_VALUES = {s.value for s in OPEN_STATUSES}
_STATUS = {s.value: s for s in ActionStatus}


def owner_text(
    person: str | None, person_org_short: str | None, organisation: str | None, free_text: str
) -> str:
    """How an action's owner (trekker) is named everywhere: "Name (ORG)", an org, or text."""
    if person:
        if person_org_short and person_org_short not in person:
            return f"{person} ({person_org_short})"
        return person
    return organisation or free_text


def day(text: str | dt.date | None) -> dt.date | None:
    # psycopg hands a server's dates over as dates already, whatever the SQL type says
    if isinstance(text, dt.date) or not text:
        return text or None
    return dt.date.fromisoformat(text)


def outline(
    places: Iterable[tuple[int, int | None, int, bool]],
) -> tuple[dict[int, str], dict[int, int]]:
    """(shown numbers "3" / "3.1", confidential_sources) from (id, parent id, number among
    its siblings, own flag) of every item of the meetings concerned."""
    rows = list(places)
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


_ACTION_FIELDS = tuple(f.name for f in fields(ActionRow))
_new = object.__new__


def _action_row(values: tuple) -> ActionRow:
    """An ActionRow from its field values in order, without the frozen dataclass's __init__
    (one object.__setattr__ per field: 21 calls a row, ~0.1 s for 30 years of actions).
    The same object as ActionRow(*values): equal, hashable, still frozen afterwards."""
    row = _new(ActionRow)
    row.__dict__.update(zip(_ACTION_FIELDS, values, strict=True))
    return row


def rows_from_tuples(
    rows: list[tuple],
    numbers: dict[int, str],
    secret: dict[int, int],
    today: dt.date,
    events: dict[int, list[ActionEventRow]] | None = None,
) -> list[ActionRow]:
    """ActionRows from the columns of services.convert.action_rows' query, in its order."""
    events = events or {}
    today_text = today.isoformat()  # ISO dates compare correctly as text
    return [
        _action_row(
            (
                r[0],
                r[1],
                owner_text(r[18], r[19], r[20], r[4]),
                r[2],
                r[3],
                day(r[5]),
                _STATUS[r[6]],
                r[7],
                r[8],
                day(r[9]),
                r[10],
                r[11] or "",
                r[12],
                numbers.get(r[12], "") if r[12] else "",
                r[13] or "",
                r[12] in secret,
                day(r[15]),
                day(r[16]),
                r[17],
                r[6] in _OPEN_VALUES and r[5] is not None and str(r[5]) < today_text,
                tuple(events.get(r[0], ())),
                r[21],
            )
        )
        for r in rows
    ]


def all_actions(db_path: Path, today: dt.date | None = None) -> tuple[list[ActionRow], str]:
    """(every action of a SQLite file as list_actions(session) gives them, the read-only
    notice) — read with plain sqlite3, without importing SQLAlchemy."""
    from ..storage.listing import action_rows, read_only

    with read_only(db_path) as (con, notice):
        rows, places = action_rows(con)
    numbers, secret = outline(places)
    return rows_from_tuples(rows, numbers, secret, today or dt.date.today()), notice
