"""A copy off the laptop: verified backups into a second folder the secretary chose.

The live database stays in the local app data folder (WAL needs one host); a finished,
verified backup may go anywhere: a USB stick, a OneDrive or SharePoint-synced folder, a
network share. One is made after a meeting is closed and at least daily while the program
runs; the window warns when the last one is more than a week old, so a stolen or broken
laptop loses at most a week.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.backup import backup_database
from ..storage.enums import MeetingStatus
from ..storage.errors import BackupRefused, StorageError
from ..storage.models import Meeting
from ..storage.restore import inspect_backup
from .errors import ValidationError
from .settings import load_settings, save_settings

EVERY = dt.timedelta(days=1)
WARN_AFTER = dt.timedelta(days=7)
CLOSED = (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT, MeetingStatus.MINUTES_APPROVED)


@dataclass(frozen=True)
class OffsiteStatus:
    folder: str
    last: dt.datetime | None
    overdue: bool  # a folder is chosen and no copy reached it for more than a week

    def text(self) -> str:
        if not self.folder:
            return "Er is geen tweede map voor reservekopieën gekozen."
        if self.last is None:
            line = "Er is nog geen reservekopie buiten deze laptop gemaakt."
        else:
            line = f"Laatste reservekopie buiten deze laptop: {self.last:%d/%m/%Y %H:%M}."
        if self.overdue:
            line += " Dat is meer dan een week geleden: sluit de USB-stick of de netwerkmap aan."
        return line


def _last(value: str) -> dt.datetime | None:
    with contextlib.suppress(ValueError):
        return dt.datetime.fromisoformat(value) if value else None
    return None


def offsite_status(session: Session, now: dt.datetime | None = None) -> OffsiteStatus:
    settings = load_settings(session)
    now = now or dt.datetime.now()
    last = _last(settings.offsite_last_backup)
    overdue = bool(settings.offsite_folder) and (last is None or now - last > WARN_AFTER)
    return OffsiteStatus(settings.offsite_folder, last, overdue)


def offsite_due(session: Session, now: dt.datetime | None = None) -> Path | None:
    """The folder, when a daily copy is due (none in the last day); else None."""
    status = offsite_status(session, now)
    if not status.folder:
        return None
    if status.last is not None and (now or dt.datetime.now()) - status.last < EVERY:
        return None
    return Path(status.folder)


def choose_offsite_folder(session: Session, folder: str) -> None:
    """Remember the second folder ("" forgets it); it must exist and be a folder."""
    folder = folder.strip()
    if folder and not Path(folder).is_dir():
        raise ValidationError(
            f"de map {folder} bestaat niet of is niet bereikbaar", "offsite_folder"
        )
    save_settings(session, offsite_folder=folder)


def make_offsite_backup(db_path: Path, folder: Path) -> Path:
    """A backup (backup API, never the live file) into `folder`, read back and checked.

    Safe off the UI thread: no session. Raises StorageError with the cause in Dutch.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise StorageError(
            f"de tweede map {folder} is niet bereikbaar (USB-stick of netwerkmap niet aangesloten?)"
        )
    target = backup_database(db_path, folder, reason="offsite")
    try:
        inspect_backup(target)  # integrity_check, our id, a revision we know
    except BackupRefused as exc:
        target.unlink(missing_ok=True)
        raise StorageError(f"de reservekopie in {folder} is bij controle afgekeurd: {exc}") from exc
    return target


def record_offsite_backup(session: Session, when: dt.datetime | None = None) -> None:
    when = (when or dt.datetime.now()).replace(microsecond=0)
    save_settings(session, offsite_last_backup=when.isoformat())


def closed_meetings(session: Session) -> set[int]:
    """Ids of meetings that have been held: a new one means a meeting was just closed."""
    return set(session.scalars(select(Meeting.id).where(Meeting.status.in_(CLOSED))))
