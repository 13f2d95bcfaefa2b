"""Alembic environment: batch mode for SQLite, the connection handed in by storage.migrate."""

from alembic import context
from sqlalchemy import create_engine

from spitsregio_desktop.storage import models  # noqa: F401 - registers the tables
from spitsregio_desktop.storage.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` command line, for making new revisions
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        # the FTS5 search index (revision 0002) lives outside the models: leave it alone
        include_name=lambda name, type_, parents: (
            not (type_ == "table" and (name or "").startswith("search_index"))
        ),
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
