"""Where an attachment's file is: this PC's data folder, and on a server also the database.

On a laptop (SQLite) the copy in the data folder is the attachment. On a shared server the
PC that added it is only one of several: there the file's bytes also go into the row
(`attachments.content`), as they do on a laptop for a meeting taken along from a server.
Any other PC writes them into its own data folder the first time it needs the file (to
open it, or to send it with the invitation). The folder copy keeps its relative path, so
the rest of the program reads files as it always did.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .checkout_guard import LAPTOP_SIDE
from .models import AgendaItem, Attachment, Checkout
from .private import owner_only_dir, owner_only_file


def keeps_content(session: Session, meeting_id: int) -> bool:
    """A shared server keeps the files in the database, and so does a laptop for a meeting
    taken along from one (the check-in brings the row, bytes included, back); a laptop's
    own meetings do not."""
    if session.get_bind().dialect.name == "postgresql":
        return True
    taken_along = select(Checkout.id).where(
        Checkout.meeting_id == meeting_id,
        Checkout.side == LAPTOP_SIDE,
        Checkout.released_at.is_(None),
    )
    return session.scalar(taken_along.limit(1)) is not None


def file_here(
    session: Session, attachment_id: int, stored_path: str, attachments_dir: Path
) -> Path:
    """The attachment's file in this PC's data folder, written from the database first
    when another PC added it; the path (perhaps missing) when there is nothing to write."""
    path = Path(attachments_dir) / stored_path
    if stored_path and not path.is_file():
        content = session.scalar(select(Attachment.content).where(Attachment.id == attachment_id))
        if content is not None:
            owner_only_dir(path.parent)
            partial = path.with_name(path.name + ".part")
            owner_only_file(partial)  # owner-only, as the PC that added it keeps it
            partial.write_bytes(content)
            os.replace(partial, path)  # never a half-written file under the real name
    return path


def meeting_files_here(session: Session, meeting_id: int, attachments_dir: Path) -> None:
    """Every attachment of a meeting present in this PC's data folder (see file_here)."""
    rows = session.execute(
        select(Attachment.id, Attachment.stored_path)
        .join(AgendaItem, Attachment.agenda_item_id == AgendaItem.id)
        .where(AgendaItem.meeting_id == meeting_id)
    ).all()
    for attachment_id, stored_path in rows:
        file_here(session, attachment_id, stored_path, attachments_dir)


def with_file(row: dict, attachments_dir: Path) -> dict:
    """An attachments row with its file's bytes as `content` (moving a laptop's database to
    a server); unchanged when it has them already or the file is gone."""
    path = Path(attachments_dir) / str(row.get("stored_path") or "")
    if row.get("content") is not None or not row.get("stored_path") or not path.is_file():
        return row
    return {**row, "content": path.read_bytes()}
