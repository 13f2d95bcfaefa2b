"""The action tracker's first screenful, read before the whole list (issue 18).

Thirty years hold some 18 000 actions: reading, numbering and sorting all of them takes a
few tenths of a second. The tracker first shows the rows that its first screen shows
anyway, from this small query, and the whole list replaces them when it has come.

The rows are exactly the first ones of the whole list as the tracker sorts it by due date:
its model sorts stably on the due date with an action without one before every date, and
keeps the order of `list_actions` (due date, then id) among equal keys, also descending.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import ActionStatus
from ..storage.models import Action
from .convert import action_rows
from .views import ActionRow


def first_screen(
    session: Session,
    statuses: Collection[ActionStatus] | None,
    count: int,
    latest_first: bool = False,
    today: dt.date | None = None,
) -> list[ActionRow]:
    """The first `count` actions with one of `statuses` (None: any) in the tracker's due
    date order: no due date first, then the soonest; `latest_first` the other way round
    with no due date last. Equal due dates keep the id order."""
    if latest_first:
        order = (Action.due_date.is_(None), Action.due_date.desc(), Action.id)
    else:
        order = (Action.due_date.is_not(None), Action.due_date, Action.id)
    ids = select(Action.id).order_by(*order).limit(count)
    if statuses is not None:
        ids = ids.where(Action.status.in_(list(statuses)))
    wanted = list(session.scalars(ids))
    if not wanted:
        return []
    return action_rows(session, Action.id.in_(wanted), today=today)
