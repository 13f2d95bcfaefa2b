"""Where an attachment's file is: this PC's data folder, and on a server also the database.

On a laptop (SQLite) the copy in the data folder is the attachment. On a shared server the
PC that added it is only one of several: there the file's bytes also go into the row
(`attachments.content`), and any other PC writes them into its own data folder the first
time it needs the file (to open it, or to send it with the invitation). The folder copy
keeps its relative path, so the rest of the program reads files as it always did.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AgendaItem, Attachment
from .private import owner_only_dir, owner_only_file


def keeps_content(session: Session) -> bool:
    """A shared server keeps the files in the database; a laptop's SQLite does not."""
    return session.get_bind().dialect.name == "postgresql"


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
