"""The one rule for "is this confidential": an item is, when it or any ancestor is flagged.

Every document, e-mail, calendar entry, package and list asks this module (through the
`confidential` fields it fills in on the rows of services.views), never an item's own flag:
a sub-item of a confidential item is confidential whether or not its own box is ticked, and
so are its notes, decisions, actions and attachments.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rule itself needs no ORM: the plain-sqlite3 listings use it too
    from sqlalchemy.orm import Session


def confidential_sources(items: Iterable[tuple[int, int | None, bool]]) -> dict[int, int]:
    """Which items are confidential, and why.

    `items`: (id, parent id, own flag) of every item of the meetings concerned. Returns
    item id → id of the nearest flagged item on its path to the top (the item itself when
    its own box is ticked); an item missing from the result is public.
    """
    parent: dict[int, int | None] = {}
    flagged: set[int] = set()
    for item_id, parent_id, flag in items:
        parent[item_id] = parent_id
        if flag:
            flagged.add(item_id)
    found: dict[int, int | None] = {}

    def source(item_id: int) -> int | None:
        path: list[int] = []
        current: int | None = item_id
        answer: int | None = None
        while current is not None:
            if current in found:
                answer = found[current]
                break
            if current in flagged:
                answer = current
                path.append(current)
                break
            if current in path:  # a loop in broken data: treat as public, do not hang
                break
            path.append(current)
            current = parent.get(current)
        for step in path:
            # below a flagged item everything inherits it; the flagged item names itself
            found[step] = step if step in flagged else answer
        return answer

    result: dict[int, int] = {}
    for item_id in parent:
        src = source(item_id)
        if src is not None:
            result[item_id] = src
    return result


def confidential_items(session: Session, meeting_ids: Iterable[int]) -> dict[int, int]:
    """confidential_sources() for every item of the given meetings, in one query per 900."""
    from sqlalchemy import select

    from ..storage.models import AgendaItem

    ids = sorted(set(meeting_ids))
    rows: list[tuple[int, int | None, bool]] = []
    connection = session.connection()
    for chunk in range(0, len(ids), 900):  # SQLite's limit on bound parameters
        rows += connection.execute(
            select(AgendaItem.id, AgendaItem.parent_id, AgendaItem.confidential).where(
                AgendaItem.meeting_id.in_(ids[chunk : chunk + 900])
            )
        ).all()
    return confidential_sources(rows)


def is_confidential(session: Session, item_id: int) -> bool:
    """One item: confidential when it or any ancestor is flagged."""
    from sqlalchemy import select

    from ..storage.models import AgendaItem

    meeting_id = session.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
    if meeting_id is None:
        return False
    return item_id in confidential_items(session, [meeting_id])
