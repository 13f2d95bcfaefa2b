"""What every view gets: the open database, the background runner, and the signal hub."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from ..storage.database import Database
from ..storage.paths import attachments_dir_for
from .tasks import TaskRunner


class Hub(QObject):
    """Views announce changes here instead of knowing each other."""

    meetings_changed = Signal()
    people_changed = Signal()
    followup_changed = Signal()  # actions, decisions, objectives
    settings_changed = Signal()
    open_meeting = Signal(int)  # meeting id
    open_item = Signal(int, int)  # meeting id, agenda item id (search results)
    open_live = Signal(int)  # meeting id
    status_message = Signal(str)


@dataclass
class AppContext:
    db: Database
    tasks: TaskRunner
    hub: Hub
    qsettings: QSettings

    @property
    def attachments_dir(self) -> Path:
        return attachments_dir_for(self.db.path)

    def session(self):
        """One short session per operation: `with ctx.session() as s: service(s, …)`."""
        return self.db.session()


def make_qsettings(db_path: Path | None = None) -> QSettings:
    """Window geometry, splitters, last meeting: per user, kept by Qt (registry on Windows)."""
    return QSettings("Spitsregio", "SpitsregioDesktop")
