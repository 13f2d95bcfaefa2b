"""A cheap fingerprint of the tables the window shows, to notice what others changed.

On a shared (PostgreSQL) database several windows write; each window asks every few
seconds for this marker and reloads the lists whose tables' marks moved. One query, a
number or two per table, no schema of its own:

- PostgreSQL: the row count and the sum of the rows' `xmin` (the transaction that wrote
  each row version): every insert, update and delete moves one of them, whatever wrote it
  (the window, the command line, a check-in).
- SQLite (one user; used by the tests): the row count, the highest id and, where the
  table has one, the sum of row_version: inserts, deletes and edits of the rows people edit.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, func, literal_column, select
from sqlalchemy.orm import Session

from .base import Base

# the window's change topics (ui/context.py Topic values) and the tables behind them
TOPIC_TABLES: dict[str, tuple[str, ...]] = {
    "meetings": (
        "meetings",
        "agenda_items",
        "invitations",
        "attendances",
        "item_absences",
        "attachments",
        "minutes_versions",
        "minutes_remarks",
        "checkouts",
        "decisions",
        "actions",
    ),
    "people": ("persons", "organisations", "memberships"),
    "actions": ("actions", "action_events"),
    "decisions": ("decisions",),
    "objectives": ("objectives", "indicator_values"),
}
TABLES = tuple(sorted({t for tables in TOPIC_TABLES.values() for t in tables}))

Marker = dict[str, tuple[int, ...]]


def change_marker(session: Session) -> Marker:
    """Per table a few numbers that move when a row is added, changed or removed."""
    postgres = session.get_bind().dialect.name == "postgresql"
    columns = []
    for name in TABLES:
        table = Base.metadata.tables[name]
        marks = [func.count()]
        if postgres:
            xmin = literal_column("xmin::text::bigint", BigInteger)
            marks.append(func.coalesce(func.sum(xmin), 0))
        else:
            marks.append(func.coalesce(func.max(table.c.id), 0))
            if "row_version" in table.c:
                marks.append(func.coalesce(func.sum(table.c.row_version), 0))
        columns += [select(mark).select_from(table).scalar_subquery() for mark in marks]
    values = iter(session.execute(select(*columns)).one())
    width = 2 if postgres else None
    marker: Marker = {}
    for name in TABLES:
        count = width or (3 if "row_version" in Base.metadata.tables[name].c else 2)
        marker[name] = tuple(int(next(values)) for _ in range(count))
    return marker


def changed_topics(before: Marker, after: Marker) -> set[str]:
    """The topics whose tables' marks differ between two markers."""
    moved = {name for name in after if before.get(name) != after[name]}
    return {topic for topic, tables in TOPIC_TABLES.items() if moved & set(tables)}
