"""What every view gets: the open database, the operation gateway, and the change hub."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from ..storage.database import Database
from ..storage.paths import attachments_dir_for
from .tasks import TaskRunner

if TYPE_CHECKING:  # ops.py imports this module
    from .ops import Operations


class Topic(Enum):
    """What an operation changed; views that show it reload (Anki's OpChanges, in short)."""

    MEETINGS = "meetings"  # a meeting: details, agenda, attendance, minutes, invitations
    PEOPLE = "people"  # persons, organisations, memberships
    ACTIONS = "actions"
    DECISIONS = "decisions"
    OBJECTIVES = "objectives"
    SETTINGS = "settings"


@dataclass(frozen=True)
class Changes:
    """The topics of one finished operation, and the widget that started it."""

    topics: frozenset[Topic]
    origin: QObject | None = None


class _Listener(QObject):
    """One subscription, a child of the subscriber: Qt disconnects it when that goes."""

    def __init__(
        self,
        owner: QObject,
        wanted: frozenset[Topic],
        slot: Callable[[], object],
        skip_origin: QObject | None,
    ):
        super().__init__(owner)
        self.wanted, self.slot, self.skip_origin = wanted, slot, skip_origin

    def heard(self, changes: Changes) -> None:
        if self.wanted & changes.topics and (
            self.skip_origin is None or changes.origin is not self.skip_origin
        ):
            self.slot()


class Hub(QObject):
    """Views hear of changes here instead of knowing each other.

    Only the operation gateway (ops.py) publishes: `changed` carries all topics of one
    operation at once, so a view that listens to several reloads once. The per-topic
    signals say the same for code that waits on one topic.
    """

    changed = Signal(object)  # Changes
    meetings_changed = Signal()
    people_changed = Signal()
    actions_changed = Signal()
    decisions_changed = Signal()
    objectives_changed = Signal()
    settings_changed = Signal()
    open_meeting = Signal(int)  # meeting id
    open_item = Signal(int, int)  # meeting id, agenda item id (search results)
    open_live = Signal(int)  # meeting id
    status_message = Signal(str)
    # topics someone else changed on a shared database (the open meeting reloads)
    others_changed = Signal(object)
    # (what was done, how to undo it): the status bar says it with "Undo" for a while
    undoable = Signal(str, object)

    def subscribe(
        self,
        topics: Iterable[Topic],
        slot: Callable[[], object],
        skip_origin: QObject | None = None,
    ) -> None:
        """Call `slot()` once per operation that changed any of `topics`; not for the
        operations `skip_origin` started itself (it reloads in its own callback). The
        subscription ends with the QObject whose method `slot` is."""
        owner = getattr(slot, "__self__", None)
        listener = _Listener(
            owner if isinstance(owner, QObject) else self, frozenset(topics), slot, skip_origin
        )
        self.changed.connect(listener.heard)

    def publish(self, changes: Changes) -> None:
        """The gateway's alone: announce what one operation changed."""
        if not changes.topics:
            return
        self.changed.emit(changes)
        for topic in Topic:
            if topic in changes.topics:
                getattr(self, f"{topic.value}_changed").emit()


@dataclass
class AppContext:
    db: Database
    tasks: TaskRunner
    hub: Hub
    qsettings: QSettings
    ops: Operations = field(init=False)

    def __post_init__(self) -> None:
        from .ops import Operations

        self.ops = Operations(self)

    @property
    def attachments_dir(self) -> Path:
        return attachments_dir_for(self.db.path)

    @property
    def session(self) -> Callable:
        """A short session, for tests and scripts that set up data; widgets use `ops`."""
        return self.db.session


def make_qsettings(db_path: Path | None = None) -> QSettings:
    """Window geometry, splitters, last meeting: per user, kept by Qt (registry on Windows)."""
    return QSettings("Spitsregio", "SpitsregioDesktop")
