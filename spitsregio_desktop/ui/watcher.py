"""Seeing what others change on a shared database: a cheap poll every few seconds.

On a PostgreSQL server several people work at once. Every POLL_MS the watcher reads a
fingerprint of the tables (storage/change_marker.py, one small query, in the background)
and, when a table's mark moved, announces its topic through the gateway, so the open
lists reload as after a change made in this window (keeping their selection and scroll
position). While a form has typing that is not saved yet, the announcement waits: a
reload then could not show the field anyway, and the next poll brings it.

On a SQLite file there is one user: no timer runs (tests call `poll()` themselves).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from .common.autosave import Autosaver
from .context import AppContext, Topic

if TYPE_CHECKING:  # the marker's query needs the ORM, which loads after the first paint
    from ..storage.change_marker import Marker

POLL_MS = 5000  # others' changes show within seconds; one tiny query per poll


class ChangeWatcher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.marker: Marker | None = None
        self.waiting: set[Topic] = set()  # seen, to announce when nobody is typing
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Watch only a shared (server) database."""
        if self.ctx.db.is_server:
            self.poll()  # the first reading is the baseline
            self.timer.start()

    def poll(self) -> None:
        if self._busy:
            return  # a slow server: the previous reading is still under way
        self._busy = True
        from ..storage.change_marker import change_marker

        self.ctx.ops.run(change_marker).then(self._read).refused(self._failed).in_background(None)

    def _failed(self, _refusal: object) -> None:
        self._busy = False  # the server was away for a moment: the next poll tries again

    def _read(self, marker: Marker) -> None:
        self._busy = False
        from ..storage.change_marker import changed_topics

        if self.marker is not None:
            self.waiting |= {Topic(name) for name in changed_topics(self.marker, marker)}
        self.marker = marker
        self.deliver()

    def deliver(self) -> None:
        if self.waiting and not Autosaver.any_pending():
            topics, self.waiting = frozenset(self.waiting), set()
            self.ctx.ops.others_changed(topics)
