"""a shared server database: row versions, check-outs, and PostgreSQL's own search index

Revision ID: 0005_server
Revises: 0003
Create Date: 2026-11-27 17:30:00

Both engines:
- `row_version` on the rows people edit (SQLAlchemy's version_id_col): a save that would
  overwrite someone else's newer change is refused instead of silently winning.
- `checkouts`: a meeting taken to a laptop for offline minutes. On the server a row
  without `released_at` makes the meeting read-only for others; on the laptop the row
  says where the meeting came from. A forced release is kept with who and why.

PostgreSQL only (revisions 0002/0003 build the FTS5 index on SQLite and do nothing here):
- the foreign key meetings.live_item_id, which 0001's create_table leaves out on engines
  that support ALTER (it is a `use_alter` cycle with agenda_items);
- `search_index`: the same rows as FTS5 (rowid = id * 4 + code) with a generated
  `tsvector` (title weight A, body weight B) in a GIN index, kept in sync by triggers;
  the text search configuration `spitsregio_nl` is Dutch stemming after unaccent, so
  "ecologie" finds "écologie" as on SQLite.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_server"
down_revision = "0003"
branch_labels = None
depends_on = None

VERSIONED = (
    "meetings",
    "agenda_items",
    "decisions",
    "actions",
    "persons",
    "organisations",
    "objectives",
)

# What each source row contributes: (rowid, kind, ref_id, meeting_id, title, body, watched)
SOURCES = {
    "agenda_items": (
        "{r}.id * 4 + 0", "'item'", "{r}.id", "{r}.meeting_id", "coalesce({r}.title, '')",
        "coalesce({r}.notes, '') || chr(10) || coalesce({r}.internal_notes, '') || chr(10) "
        "|| coalesce({r}.theme, '') || chr(10) || coalesce({r}.presenter, '')",
        "title, notes, internal_notes, meeting_id, theme, presenter",
    ),
    "decisions": (
        "{r}.id * 4 + 1", "'decision'", "{r}.id", "{r}.meeting_id", "''",
        "coalesce({r}.text, '')", "text, meeting_id",
    ),
    "actions": (
        "{r}.id * 4 + 2", "'action'", "{r}.id", "{r}.meeting_id", "''",
        "coalesce({r}.description, '')", "description, meeting_id, agenda_item_id",
    ),
    "attachments": (
        "{r}.id * 4 + 3", "'attachment'", "{r}.id", "NULL", "coalesce({r}.filename, '')",
        "''", "filename, agenda_item_id",
    ),
}
COLUMNS = "rowid, kind, ref_id, meeting_id, title, body"


def _values(table: str, alias: str) -> str:
    return ", ".join(part.format(r=alias) for part in SOURCES[table][:6])


def _postgresql_search() -> list[str]:
    statements = [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        "CREATE TEXT SEARCH CONFIGURATION spitsregio_nl (COPY = pg_catalog.dutch)",
        "ALTER TEXT SEARCH CONFIGURATION spitsregio_nl ALTER MAPPING FOR "
        "hword, hword_part, word, asciihword, asciiword, hword_asciipart "
        "WITH unaccent, dutch_stem",
        """
        CREATE TABLE search_index (
            rowid bigint PRIMARY KEY,
            kind varchar(12) NOT NULL,
            ref_id integer NOT NULL,
            meeting_id integer,
            title text NOT NULL DEFAULT '',
            body text NOT NULL DEFAULT '',
            tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('spitsregio_nl'::regconfig, title), 'A')
                || setweight(to_tsvector('spitsregio_nl'::regconfig, body), 'B')
            ) STORED
        )
        """,
        "CREATE INDEX ix_search_index_tsv ON search_index USING gin (tsv)",
    ]
    for table, parts in SOURCES.items():
        name = f"search_index_{table}"
        rowid_old = parts[0].format(r="OLD")
        statements += [
            f"""
            CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    DELETE FROM search_index WHERE rowid = {rowid_old};
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    INSERT INTO search_index({COLUMNS}) VALUES ({_values(table, 'NEW')});
                END IF;
                RETURN NULL;
            END
            $fn$
            """,
            f"CREATE TRIGGER {name} AFTER INSERT OR DELETE OR UPDATE OF {parts[6]} "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
            f"INSERT INTO search_index({COLUMNS}) SELECT {_values(table, table)} FROM {table}",
        ]
    return statements


def upgrade() -> None:
    bind = op.get_bind()
    for table in VERSIONED:
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
        )
    op.create_table(
        "checkouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("token", sa.String(length=36), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("computer", sa.String(length=200), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=False),
        sa.Column("remote_meeting_id", sa.Integer(), nullable=True),
        sa.Column("server", sa.String(length=1000), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=True),
        sa.Column("release", sa.String(length=20), nullable=False),
        sa.Column("released_by", sa.String(length=200), nullable=False),
        sa.Column("release_reason", sa.Text(), nullable=False),
        sa.Column("id_map", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"],
            name=op.f("fk_checkouts_meeting_id_meetings"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkouts")),
        sa.UniqueConstraint("token", name=op.f("uq_checkouts_token")),
    )
    op.create_index("ix_checkouts_meeting", "checkouts", ["meeting_id", "released_at"])
    if bind.dialect.name != "postgresql":
        return
    op.create_foreign_key(
        op.f("fk_meetings_live_item_id_agenda_items"), "meetings", "agenda_items",
        ["live_item_id"], ["id"], ondelete="SET NULL",
    )
    for statement in _postgresql_search():
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in SOURCES:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_index_{table} ON {table}")
            bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS search_index_{table}()")
        bind.exec_driver_sql("DROP TABLE IF EXISTS search_index")
        bind.exec_driver_sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS spitsregio_nl")
        op.drop_constraint(
            op.f("fk_meetings_live_item_id_agenda_items"), "meetings", type_="foreignkey"
        )
    op.drop_index("ix_checkouts_meeting", table_name="checkouts")
    op.drop_table("checkouts")
    for table in VERSIONED:
        op.drop_column(table, "row_version")  # SQLite >= 3.35: no table rebuild
