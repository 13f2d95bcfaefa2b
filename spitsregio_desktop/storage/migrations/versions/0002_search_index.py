"""full-text search index (FTS5), kept in sync by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 12:00:00

One FTS5 table over agenda items, decisions, actions and attachment names. Triggers keep
it in sync, so every write path (ORM, bulk inserts, imports, FK cascades) is covered
without the services having to remember it.

The FTS rowid encodes the source row: `rowid = id * 4 + code` with code 0 item,
1 decision, 2 action, 3 attachment. Keeping the index in sync is then a delete by rowid
(a b-tree lookup) instead of a scan over the UNINDEXED `kind`/`ref_id` columns, which
matters because live minute-taking autosaves an item's notes every second.

`meeting_id` holds the source row's own meeting_id (NULL for attachments, and for actions
that only know their agenda item); services.search resolves the meeting through joins.
On purpose no trigger reads another table: a trigger on `actions` that mentioned
`agenda_items` would make every later batch migration that recreates `agenda_items` fail
("error in trigger …: no such table: main.agenda_items" at the RENAME).

Later migrations, beware: a batch migration that *recreates* one of the four source
tables (drop + rename, which `batch_alter_table` does for most changes other than
add_column) drops that table's triggers with it. Such a migration must create the
triggers again (the statements are in `_triggers()` below) and rebuild the index
(`INSERT INTO search_index(search_index) VALUES('rebuild')` does not apply: this is not an
external-content table, so delete the table's rows from the index and insert them again).
tests/test_search.py checks that all twelve triggers exist at head.

The SQL is run with `exec_driver_sql` so that nothing in it is taken as a bind parameter.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# `unicode61 remove_diacritics 2` folds accents ("ecologie" finds "écologie");
# the prefix indexes make short prefix queries ("mo*", "mob*") cheap.
CREATE_TABLE = """
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    ref_id UNINDEXED,
    meeting_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
)
"""

# Default ranking: bm25 with a title hit worth eight times a hit in the body, so an item
# about "mobiliteit" ranks above one whose notes mention it in passing. The three zeros
# are the UNINDEXED columns. Stored in the table's config, so `ORDER BY rank` uses it.
SET_RANK = (
    "INSERT INTO search_index(search_index, rank) "
    "VALUES ('rank', 'bm25(0.0, 0.0, 0.0, 8.0, 1.0)')"
)

# What each source row contributes: (rowid, kind, ref_id, meeting_id, title, body).
# `{r}` is the row alias: `new`/`old` in triggers, the table itself when populating.
SOURCES = {
    "agenda_items": (
        "{r}.id * 4 + 0",
        "'item'",
        "{r}.id",
        "{r}.meeting_id",
        "coalesce({r}.title, '')",
        "coalesce({r}.notes, '') || char(10) || coalesce({r}.internal_notes, '')",
    ),
    "decisions": (
        "{r}.id * 4 + 1",
        "'decision'",
        "{r}.id",
        "{r}.meeting_id",
        "''",
        "coalesce({r}.text, '')",
    ),
    "actions": (
        "{r}.id * 4 + 2",
        "'action'",
        "{r}.id",
        "{r}.meeting_id",
        "''",
        "coalesce({r}.description, '')",
    ),
    "attachments": (
        "{r}.id * 4 + 3",
        "'attachment'",
        "{r}.id",
        "NULL",  # see "meeting_id" above
        "coalesce({r}.filename, '')",
        "''",
    ),
}

# Only these columns change what is indexed; an UPDATE that touches none of them (an
# item's `done` flag, an action's status) leaves the index alone.
WATCHED = {
    "agenda_items": "title, notes, internal_notes, meeting_id",
    "decisions": "text, meeting_id",
    "actions": "description, meeting_id, agenda_item_id",
    "attachments": "filename, agenda_item_id",
}

COLUMNS = "rowid, kind, ref_id, meeting_id, title, body"


def _values(table: str, alias: str) -> str:
    return ", ".join(part.format(r=alias) for part in SOURCES[table])


def _rowid(table: str, alias: str) -> str:
    return SOURCES[table][0].format(r=alias)


def _triggers(table: str) -> list[str]:
    name = f"search_index_{table}"
    insert = f"INSERT INTO search_index({COLUMNS}) VALUES ({_values(table, 'new')});"
    delete = f"DELETE FROM search_index WHERE rowid = {_rowid(table, 'old')};"
    return [
        f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        # delete + insert rather than UPDATE: it also repairs a row that went missing
        f"CREATE TRIGGER {name}_au AFTER UPDATE OF {WATCHED[table]} ON {table} "
        f"BEGIN {delete} {insert} END",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL: its own index, 0005
        return
    bind = op.get_bind()
    bind.exec_driver_sql(CREATE_TABLE)
    bind.exec_driver_sql(SET_RANK)
    for table in SOURCES:
        bind.exec_driver_sql(
            f"INSERT INTO search_index({COLUMNS}) SELECT {_values(table, table)} FROM {table}"
        )
        for statement in _triggers(table):
            bind.exec_driver_sql(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL: its own index, 0005
        return
    bind = op.get_bind()
    for table in SOURCES:
        for suffix in ("ai", "ad", "au"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_index_{table}_{suffix}")
    bind.exec_driver_sql("DROP TABLE IF EXISTS search_index")
