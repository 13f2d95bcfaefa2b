"""Background work for the operation gateway (ops.py): runs a function in the thread pool
and posts the outcome back to the UI thread. Widgets do not use it directly.

What may run in the background: service calls in a session the gateway opens, document
rendering, file I/O. What may NOT: anything that touches a QWidget or a Qt model; results
reach the UI thread through the `done`/`failed` signals, which Qt delivers by a queued
connection. Tests set `TaskRunner.synchronous = True` (one fixture) to run tasks inline,
as Picard swaps its thread pool.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:  # worker thread: no widgets here
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread to show
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs `fn` in the pool and calls `on_done(result)` / `on_error(exc)` on the UI thread."""

    synchronous = False  # tests set this to run inline

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self._alive: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        if self.synchronous:
            try:
                result = fn()
            except Exception as exc:  # noqa: BLE001
                if on_error is None:
                    raise
                on_error(exc)
            else:
                if on_done:
                    on_done(result)
            return
        signals = _Signals()
        self._alive.add(signals)  # keep the QObject alive until the job reports back

        def finish(handler: Callable | None, value: Any) -> None:
            self._alive.discard(signals)
            if handler:
                handler(value)

        signals.done.connect(lambda r: finish(on_done, r))
        signals.failed.connect(lambda e: finish(on_error, e))
        self.pool.start(_Job(fn, signals))

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
