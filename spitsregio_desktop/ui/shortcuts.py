"""Every keyboard shortcut in one table, so the help dialog lists exactly what works."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class Shortcut:
    key: str  # portable text, e.g. "Ctrl+N"
    description: str  # source text; translated in the "Shortcuts" context
    where: str  # which screen, also translated in "Shortcuts"

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.key)

    def label(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.description)


def _s(key: str, description: str, where: str) -> Shortcut:
    return Shortcut(key, description, where)


GENERAL = QT_TRANSLATE_NOOP("Shortcuts", "Everywhere")
MEETINGS = QT_TRANSLATE_NOOP("Shortcuts", "Meetings")
AGENDA = QT_TRANSLATE_NOOP("Shortcuts", "Agenda")
LIVE = QT_TRANSLATE_NOOP("Shortcuts", "Live minutes")

SHORTCUTS: dict[str, Shortcut] = {
    "help": _s("F1", QT_TRANSLATE_NOOP("Shortcuts", "Show the keyboard shortcuts"), GENERAL),
    "find": _s("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search"), GENERAL),
    "view_meetings": _s("Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "Go to meetings"), GENERAL),
    "view_members": _s("Ctrl+2", QT_TRANSLATE_NOOP("Shortcuts", "Go to members"), GENERAL),
    "view_actions": _s("Ctrl+3", QT_TRANSLATE_NOOP("Shortcuts", "Go to actions"), GENERAL),
    "view_decisions": _s("Ctrl+4", QT_TRANSLATE_NOOP("Shortcuts", "Go to decisions"), GENERAL),
    "view_objectives": _s("Ctrl+5", QT_TRANSLATE_NOOP("Shortcuts", "Go to objectives"), GENERAL),
    "view_attendance": _s(
        "Ctrl+6", QT_TRANSLATE_NOOP("Shortcuts", "Go to attendance statistics"), GENERAL
    ),
    "view_settings": _s("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Open the settings"), GENERAL),
    "backup": _s("Ctrl+Shift+B", QT_TRANSLATE_NOOP("Shortcuts", "Make a backup now"), GENERAL),
    "quit": _s("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit"), GENERAL),
    "new_meeting": _s("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New meeting"), MEETINGS),
    "open_meeting": _s(
        "Return", QT_TRANSLATE_NOOP("Shortcuts", "Open the selected meeting"), MEETINGS
    ),
    "start_live": _s(
        "Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Start live minute-taking"), MEETINGS
    ),
    "export": _s("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Export a document"), MEETINGS),
    "email_invitation": _s(
        "Ctrl+Shift+I", QT_TRANSLATE_NOOP("Shortcuts", "E-mail the invitation"), MEETINGS
    ),
    "meeting_back": _s(
        "Alt+Left", QT_TRANSLATE_NOOP("Shortcuts", "Back to all meetings"), MEETINGS
    ),
    "new_item": _s("Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "New agenda item"), AGENDA),
    "new_subitem": _s("Ctrl+Alt+N", QT_TRANSLATE_NOOP("Shortcuts", "New sub-item"), AGENDA),
    "item_up": _s("Ctrl+Up", QT_TRANSLATE_NOOP("Shortcuts", "Move the item up"), AGENDA),
    "item_down": _s("Ctrl+Down", QT_TRANSLATE_NOOP("Shortcuts", "Move the item down"), AGENDA),
    "item_indent": _s("Ctrl+Right", QT_TRANSLATE_NOOP("Shortcuts", "Make it a sub-item"), AGENDA),
    "item_outdent": _s("Ctrl+Left", QT_TRANSLATE_NOOP("Shortcuts", "Make it a main item"), AGENDA),
    "item_delete": _s("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Delete the item"), AGENDA),
    "live_next": _s("Ctrl+PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Next agenda item"), LIVE),
    "live_previous": _s("Ctrl+PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Previous agenda item"), LIVE),
    "live_decision": _s("Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts", "New decision"), LIVE),
    "live_action": _s("Ctrl+T", QT_TRANSLATE_NOOP("Shortcuts", "New action"), LIVE),
    "live_roll_call": _s("Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "Roll call: who is here"), LIVE),
    "live_arrival": _s(
        "Ctrl+Shift+A", QT_TRANSLATE_NOOP("Shortcuts", "Someone arrives (late)"), LIVE
    ),
    "live_departure": _s("Ctrl+Shift+L", QT_TRANSLATE_NOOP("Shortcuts", "Someone leaves"), LIVE),
    "live_left_room": _s(
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Shortcuts", "Someone leaves the room for this item"),
        LIVE,
    ),
    "live_done": _s("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Mark the item done"), LIVE),
    "live_close": _s("Ctrl+Shift+E", QT_TRANSLATE_NOOP("Shortcuts", "Close the meeting"), LIVE),
}


def shortcut(name: str) -> QKeySequence:
    return SHORTCUTS[name].sequence()


def hint_line(names: Iterable[str]) -> str:
    """A bar of shortcuts ("<b>Ctrl+T</b> nieuw actiepunt · …") for the named keys."""
    parts = []
    for name in names:
        s = SHORTCUTS.get(name)
        if s is not None:
            key = s.sequence().toString(QKeySequence.SequenceFormat.NativeText)
            parts.append(f"<b>{escape(key)}</b>&nbsp;{escape(s.label().lower())}")
    return " &nbsp;·&nbsp; ".join(parts)
