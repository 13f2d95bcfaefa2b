"""`spitsregio migrate-to`: a whole SQLite database to an empty PostgreSQL database.

Every table is copied with its ids, parents before children, in one server transaction;
then the id sequences are moved past the copied ids, and the row count of every table
is compared on both sides before the transaction commits. A server database that already
holds rows is refused: this is a move, never a merge. Attachments take their files from
the laptop's data folder into the database, so every PC of the server can open them.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, update

from .attachment_store import with_file
from .base import Base
from .dialect import reset_sequences
from .errors import StorageError
from .location import ServerUrl
from .paths import attachments_dir_for

CHUNK = 1000
FILES_CHUNK = 20  # attachments with their files: a few megabytes per insert, not all


class TargetNotEmpty(StorageError):
    pass


def row_counts(connection) -> dict[str, int]:
    from . import models  # noqa: F401 - every table registered

    return {
        t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
        for t in Base.metadata.sorted_tables
    }


def copy_database(sqlite_path: Path | str, url: ServerUrl) -> dict[str, int]:
    """Copy everything; returns the rows per table. Raises TargetNotEmpty, StorageError."""
    from . import models  # noqa: F401 - every table registered
    from .database import open_database

    source = open_database(Path(sqlite_path), readonly=True)
    files = attachments_dir_for(Path(sqlite_path))  # on the server every PC opens them
    try:
        target = open_database(url, seed=False)  # creates the schema in an empty database
        try:
            with source.engine.connect() as src, target.engine.connect() as dst:
                filled = {t: n for t, n in row_counts(dst).items() if n}
                if filled:
                    listed = ", ".join(f"{t} ({n})" for t, n in sorted(filled.items())[:3])
                    raise TargetNotEmpty(
                        f"de serverdatabase {url.redacted} is niet leeg: {listed}; "
                        "kopieer alleen naar een nieuwe, lege database"
                    )
                counts = row_counts(src)
                dst.rollback()  # end the reading transaction: the copy is one of its own
                with dst.begin():
                    meetings = Base.metadata.tables["meetings"]
                    live = []
                    for table in Base.metadata.sorted_tables:
                        rows = [dict(r) for r in src.execute(select(table)).mappings()]
                        if table is meetings:  # cycle with agenda_items: set after them
                            live = [(r["id"], r["live_item_id"]) for r in rows if r["live_item_id"]]
                            for r in rows:
                                r["live_item_id"] = None
                        # attachments: their files go along (a few at a time in memory)
                        size = FILES_CHUNK if table.name == "attachments" else CHUNK
                        for start in range(0, len(rows), size):
                            chunk = rows[start : start + size]
                            if table.name == "attachments":
                                chunk = [with_file(r, files) for r in chunk]
                            dst.execute(table.insert(), chunk)
                    for meeting_id, item_id in live:
                        dst.execute(
                            update(meetings)
                            .where(meetings.c.id == meeting_id)
                            .values(live_item_id=item_id)
                        )
                    reset_sequences(dst)
                    copied = row_counts(dst)
                    if copied != counts:
                        wrong = [t for t in counts if counts[t] != copied[t]]
                        raise StorageError(
                            f"de kopie klopt niet (tabellen {', '.join(wrong)}); "
                            "er is niets op de server bewaard"
                        )
        finally:
            target.close()
    finally:
        source.close()
    return counts
