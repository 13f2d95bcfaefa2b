"""Autosave: an edit reaches the database within a second, with no save button.

Typing restarts a short timer; when it fires (or when focus leaves, or the window closes)
the latest text is written by `save(key, value)`, an inline operation of the gateway
(ctx.ops) that returns its Outcome; a refusal's Dutch message goes out by `failed`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

DELAY_MS = 400  # well inside the one-second promise, long enough to batch keystrokes


class Autosaver(QObject):
    """Debounces edits of one kind of value and saves the latest; reports the outcome."""

    saved = Signal()
    failed = Signal(str)  # a Dutch message, e.g. from a ValidationError
    pending = Signal()
    _all: weakref.WeakSet[Autosaver] = weakref.WeakSet()

    def __init__(
        self,
        save: Callable[[object, object], object],
        parent: QObject | None = None,
        delay_ms: int = DELAY_MS,
    ):
        super().__init__(parent)
        self._save = save
        self._queue: dict[object, object] = {}  # key (e.g. item id) → latest value
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        Autosaver._all.add(self)

    @classmethod
    def any_pending(cls) -> bool:
        """Typing somewhere that is not saved yet (ui/watcher.py then waits to reload)."""
        return any(saver.has_pending() for saver in list(cls._all))

    def edited(self, key: object, value: object) -> None:
        self._queue[key] = value
        self.pending.emit()
        self._timer.start()

    def has_pending(self) -> bool:
        return bool(self._queue)

    def flush(self) -> bool:
        """Write everything pending now; returns False when a save was refused."""
        self._timer.stop()
        ok = True
        while self._queue:
            key, value = next(iter(self._queue.items()))
            del self._queue[key]
            try:
                outcome = self._save(key, value)  # the gateway's Outcome: false when refused
            except Exception as exc:  # noqa: BLE001 - a bug: shown, never swallowed silently
                ok = False
                self.failed.emit(str(exc))
                continue
            if outcome is not None and not outcome:
                ok = False
                self.failed.emit(getattr(outcome, "message", ""))
        if ok:
            self.saved.emit()
        return ok
