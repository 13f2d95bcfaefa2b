"""The pane beside the action tracker: the selected action, its dated history, and what can
be done with it (progress note, close, cancel, reopen, reassign, postpone, open meeting).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...services.views import ActionEventRow, ActionRow
from ...storage.enums import ActionEventKind
from ..common.lists import ACTION_STATUS, word
from ..look import set_icon

EVENT_KIND = {
    ActionEventKind.NOTE: QT_TRANSLATE_NOOP("ActionDetail", "Progress"),
    ActionEventKind.STATUS: QT_TRANSLATE_NOOP("ActionDetail", "Status"),
    ActionEventKind.REASSIGNED: QT_TRANSLATE_NOOP("ActionDetail", "Reassigned"),
    ActionEventKind.POSTPONED: QT_TRANSLATE_NOOP("ActionDetail", "Postponed"),
}

# the icon of each follow-up button (names of look.ICONS)
DETAIL_ICONS = {
    "postpone": "postpone",
    "reassign": "members",
    "close": "done",
    "cancel": "cancel",
    "reopen": "undo",
}


def day(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class ActionDetail(QWidget):
    """Shows one ActionRow with its events; the buttons only emit, the view does the work."""

    requested = Signal(str)  # "note", "close", "cancel", "reopen", "reassign", "postpone", "open"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.row: ActionRow | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for key, label in (
            ("meeting", self.tr("Meeting:")),
            ("owner", self.tr("Owner:")),
            ("due", self.tr("Due:")),
            ("status", self.tr("Status:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        self.history = QTextBrowser()
        self.history.setOpenLinks(False)
        self.history.setPlaceholderText(self.tr("No progress notes yet."))
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, (key, text, tip) in enumerate(
            (
                ("note", self.tr("Add progress &note…"), self.tr("A dated note on how it goes")),
                ("postpone", self.tr("&Postpone…"), self.tr("A new due date, with the reason")),
                ("reassign", self.tr("Reass&ign…"), self.tr("Another person or organisation")),
                ("close", self.tr("&Close…"), self.tr("Mark it done")),
                ("cancel", self.tr("Cance&l…"), self.tr("It will not be done; give the reason")),
                ("reopen", self.tr("&Reopen"), self.tr("Open it again")),
            )
        ):
            button = QPushButton(text)
            if key in DETAIL_ICONS:
                set_icon(button, DETAIL_ICONS[key])
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, k=key: self.requested.emit(k))
            self.buttons[key] = button
            # two a row: the panel stays narrow, so the list beside it can be read
            grid.addWidget(button, n // 2, n % 2)
        self.open_button = QPushButton(self.tr("Open &meeting"))
        self.open_button.clicked.connect(lambda: self.requested.emit("open"))
        self.buttons["open"] = self.open_button
        grid.addWidget(self.open_button, 3, 0)
        self.empty = QLabel(self.tr("Select an action to see its progress and follow it up."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>History</b>")))
        layout.addWidget(self.history, 1)
        layout.addLayout(grid)
        self.show_action(None, ())

    def show_action(self, row: ActionRow | None, events: tuple[ActionEventRow, ...]) -> None:
        self.row = row
        self.empty.setVisible(row is None)
        for widget in (self.title, *self.fields.values()):
            widget.setVisible(row is not None)
        for key, button in self.buttons.items():
            button.setEnabled(row is not None and _allowed(key, row))
        if row is None:
            self.title.clear()
            self.history.clear()
            return
        self.title.setText(html.escape(row.description).replace("\n", "<br>"))
        where = " ".join(x for x in (row.body_short, str(row.meeting_number or "")) if x)
        meeting = (
            self.tr("%1 of %2, item %3")
            .replace("%1", where)
            .replace("%2", day(row.meeting_date))
            .replace("%3", row.item_number or "–")
        )
        if row.theme:
            meeting += f" · {row.theme}"
        self.fields["meeting"].setText(meeting)
        self.fields["owner"].setText(row.owner or self.tr("nobody yet"))
        due = day(row.due_date) or self.tr("none")
        if row.overdue:
            late = self.tr("%1 (overdue)").replace("%1", due)
            due = f"<span style='color:#b00020'>{late}</span>"
        self.fields["due"].setText(due)
        status = word(ACTION_STATUS, row.status)
        if row.closed_on and not row.is_open:
            status = self.tr("%1 on %2").replace("%1", status).replace("%2", day(row.closed_on))
        self.fields["status"].setText(status)
        self.history.setHtml(history_html(events, _tr))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionDetail", text)


def _allowed(key: str, row: ActionRow) -> bool:
    if key in ("close", "cancel", "postpone"):
        return row.is_open
    if key == "reopen":
        return not row.is_open
    if key == "open":
        return row.meeting_id is not None
    return True


def history_html(events: tuple[ActionEventRow, ...], tr: Callable[[str], str]) -> str:
    """Newest first: what the secretary wants to see when chasing an action."""
    if not events:
        return ""
    lines = []
    for e in sorted(events, key=lambda e: (e.on_date, e.id), reverse=True):
        kind = tr(EVENT_KIND.get(e.kind, str(e.kind)))
        text = html.escape(e.text).replace("\n", "<br>")
        style = "" if e.kind == ActionEventKind.NOTE else " style='color:#555'"
        lines.append(f"<p{style}><b>{day(e.on_date)}</b> · {kind}<br>{text}</p>")
    return "".join(lines)
