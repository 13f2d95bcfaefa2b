"""search also finds agenda items by theme and presenter

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 05:10:00

A secretary looking for "mobiliteit" expects the items of that theme, also when their notes
do not use the word, and looks up what "VDAB" presented. The agenda items' three triggers
are recreated with theme and presenter in the indexed body, and the items re-indexed.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = "rowid, kind, ref_id, meeting_id, title, body"


def _values(r: str, with_theme: bool) -> str:
    body = f"coalesce({r}.notes, '') || char(10) || coalesce({r}.internal_notes, '')"
    if with_theme:
        body += f" || char(10) || coalesce({r}.theme, '') || char(10) || coalesce({r}.presenter, '')"
    return f"{r}.id * 4 + 0, 'item', {r}.id, {r}.meeting_id, coalesce({r}.title, ''), {body}"


def _recreate(with_theme: bool) -> None:
    bind = op.get_bind()
    for suffix in ("ai", "ad", "au"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_index_agenda_items_{suffix}")
    watched = "title, notes, internal_notes, meeting_id"
    if with_theme:
        watched += ", theme, presenter"
    insert = f"INSERT INTO search_index({COLUMNS}) VALUES ({_values('new', with_theme)});"
    delete = "DELETE FROM search_index WHERE rowid = old.id * 4 + 0;"
    bind.exec_driver_sql(
        f"CREATE TRIGGER search_index_agenda_items_ai AFTER INSERT ON agenda_items "
        f"BEGIN {insert} END"
    )
    bind.exec_driver_sql(
        f"CREATE TRIGGER search_index_agenda_items_ad AFTER DELETE ON agenda_items "
        f"BEGIN {delete} END"
    )
    bind.exec_driver_sql(
        f"CREATE TRIGGER search_index_agenda_items_au AFTER UPDATE OF {watched} "
        f"ON agenda_items BEGIN {delete} {insert} END"
    )
    bind.exec_driver_sql("DELETE FROM search_index WHERE kind = 'item'")
    bind.exec_driver_sql(
        f"INSERT INTO search_index({COLUMNS}) "
        f"SELECT {_values('agenda_items', with_theme)} FROM agenda_items"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL: its own index, 0005
        return
    _recreate(with_theme=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL: its own index, 0005
        return
    _recreate(with_theme=False)
