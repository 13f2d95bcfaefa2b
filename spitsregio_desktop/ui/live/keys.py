"""The live view's keys: a shortcut per command, and the hint bar at the bottom listing them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from ..shortcuts import SHORTCUTS, hint_line, shortcut

HINT_KEYS = (
    "live_next",
    "live_previous",
    "live_decision",
    "live_action",
    "live_roll_call",
    "live_arrival",
    "live_departure",
    "live_left_room",
    "live_done",
    "live_close",
    "help",
)
EXTRA_KEYS = {"live_next": "Alt+Down", "live_previous": "Alt+Up"}


def install_shortcuts(widget: QWidget, actions: dict[str, Callable[[], Any]]) -> list[QShortcut]:
    """A shortcut per command (and its extra key) on `widget` and everything inside it."""
    made: list[QShortcut] = []
    for name, slot in actions.items():
        if name not in SHORTCUTS:
            continue
        keys = [shortcut(name)] + ([QKeySequence(EXTRA_KEYS[name])] if name in EXTRA_KEYS else [])
        for key in keys:
            sc = QShortcut(key, widget)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            made.append(sc)
    return made


def hint_bar() -> QLabel:
    bar = QLabel(hint_line(HINT_KEYS))
    bar.setObjectName("liveHints")
    bar.setWordWrap(True)
    bar.setTextFormat(Qt.TextFormat.RichText)
    bar.setStyleSheet("color: palette(mid); padding: 4px 2px;")
    return bar
