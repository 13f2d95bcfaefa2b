"""Test hook: type the lines of a file into the notes, as real key events.

Only active when the environment variable SPITSREGIO_TEST_TYPE_FILE names a file (the
kill -9 test sets it; offscreen Qt has no keyboard). Every 100 ms the hook reads what was
appended to the file; each complete line is typed character by character into the notes
field through QKeyEvents (so the normal typing → autosave path runs), followed by Enter.
After a line is typed, the number of lines typed so far is written to "<file>.ack".
Without the variable nothing is created and nothing is read.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

ENV = "SPITSREGIO_TEST_TYPE_FILE"
POLL_MS = 100


def type_text(target: QWidget, text: str) -> None:
    """Send `text` to `target` as key presses and releases ("\\n" as Enter)."""
    for char in text:
        if char == "\n":
            key, chars = Qt.Key.Key_Return, "\r"
        else:
            key, chars = Qt.Key.Key_unknown, char  # any character, ASCII or not
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, chars)
            QCoreApplication.sendEvent(target, event)


class TypeHook(QObject):
    def __init__(self, path: Path, target: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.path, self.target = path, target
        self.ack = path.with_name(path.name + ".ack")
        self.offset = 0
        self.lines = 0
        self._buffer = b""
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        try:
            with self.path.open("rb") as fh:
                fh.seek(self.offset)
                data = fh.read()
        except OSError:
            return
        if not data:
            return
        self.offset += len(data)
        self._buffer += data
        *complete, self._buffer = self._buffer.split(b"\n")
        for raw in complete:
            type_text(self.target, raw.decode("utf-8") + "\n")
            self.lines += 1
        if complete:
            tmp = self.ack.with_name(self.ack.name + ".tmp")
            tmp.write_text(str(self.lines), encoding="utf-8")
            os.replace(tmp, self.ack)


def install_if_asked(target: QWidget, parent: QObject) -> TypeHook | None:
    name = os.environ.get(ENV)
    return TypeHook(Path(name), target, parent) if name else None
