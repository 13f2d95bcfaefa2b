"""Attendance at hand: who is present, excused, absent; late arrivals and early leavers.

The list is compact (name and state); Ctrl+Shift+A / Ctrl+Shift+L / Ctrl+Shift+R open a
one-line entry: a few letters of the name, the time (now, editable), Enter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.live import OwnerCandidate
from ...services.views import AttendanceRow
from ...storage.enums import Presence
from ..common.table_model import Column, DataclassTableModel
from .entries import EntryPanel, OwnerField

PRESENCE = {
    Presence.PRESENT: QT_TRANSLATE_NOOP("LiveAttendance", "present"),
    Presence.EXCUSED: QT_TRANSLATE_NOOP("LiveAttendance", "excused"),
    Presence.ABSENT: QT_TRANSLATE_NOOP("LiveAttendance", "absent"),
    Presence.SUBSTITUTED: QT_TRANSLATE_NOOP("LiveAttendance", "substituted"),
}
ARRIVAL, DEPARTURE, LEFT_ROOM = "arrival", "departure", "left_room"
MODE_TITLES = {
    ARRIVAL: QT_TRANSLATE_NOOP("LiveAttendance", "Someone arrives (present from this item)"),
    DEPARTURE: QT_TRANSLATE_NOOP("LiveAttendance", "Someone leaves the meeting"),
    LEFT_ROOM: QT_TRANSLATE_NOOP("LiveAttendance", "Someone leaves the room for this item"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveAttendance", text)


def state_text(row: AttendanceRow) -> str:
    """ "present", "from 09:40" (late, present from then), "left 11:10", "excused"."""
    if row.left_at:
        return tr("left %1").replace("%1", row.left_at.strftime("%H:%M"))
    if row.arrived_at and row.presence == Presence.PRESENT:
        return tr("from %1").replace("%1", row.arrived_at.strftime("%H:%M"))
    return tr(PRESENCE[row.presence])


def state_tooltip(row: AttendanceRow) -> str:
    parts = [row.organisation] if row.organisation else []
    if row.presence == Presence.SUBSTITUTED and row.substitute_name:
        parts.append(tr("substituted by %1").replace("%1", row.substitute_name))
    if row.arrived_at:
        parts.append(
            tr("arrived %1 (item %2)")
            .replace("%1", row.arrived_at.strftime("%H:%M"))
            .replace("%2", row.arrived_from_item or "-")
        )
    if row.left_at:
        parts.append(
            tr("left %1 (after item %2)")
            .replace("%1", row.left_at.strftime("%H:%M"))
            .replace("%2", row.left_after_item or "-")
        )
    return "\n".join(parts)


def summary(rows: list[AttendanceRow]) -> str:
    counts = {p: 0 for p in Presence}
    for row in rows:
        counts[row.presence] += 1
    present = counts[Presence.PRESENT] + counts[Presence.SUBSTITUTED]
    return (
        tr("%1 present · %2 excused · %3 absent")
        .replace("%1", str(present))
        .replace("%2", str(counts[Presence.EXCUSED]))
        .replace("%3", str(counts[Presence.ABSENT]))
    )


class AttendancePanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(tr("Attendance"))
        self.title.setStyleSheet("font-weight: 600;")
        self.counts = QLabel()
        self.counts.setStyleSheet("color: palette(mid);")
        self.model: DataclassTableModel[AttendanceRow] = DataclassTableModel(
            [
                Column(tr("Name"), lambda r: r.name, tooltip=state_tooltip),
                Column(tr("State"), state_text, tooltip=state_tooltip),
            ],
            self,
        )
        self.model.highlight = self._colour
        self.table = QTableView()
        self.table.setObjectName("liveAttendance")
        self.table.setAccessibleName(self.tr("Attendance"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(tr("No attendance recorded yet. Ctrl+Shift+A marks someone present."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    @staticmethod
    def _colour(row: AttendanceRow) -> QColor | None:
        if row.presence in (Presence.EXCUSED, Presence.ABSENT) or row.left_at:
            return QColor("#7a7a7a")
        return None

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.model.set_rows(rows)
        self.counts.setText(summary(rows))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))


class AttendanceEntry(EntryPanel):
    """Who (a few letters) and when (HH:mm, now by default); the mode says what happens."""

    def __init__(
        self, save: Callable[[str, OwnerCandidate, dt.time], object], parent: QWidget | None = None
    ):
        super().__init__("", parent)
        self._save = save
        self.mode = ARRIVAL
        self.person = OwnerField()
        self.person.setPlaceholderText(tr("Who: type a few letters, pick with ↓ and Enter"))
        self.person.returnPressed.connect(self._person_return)
        self.time = self._line("HH:mm")
        self.time.setInputMask("99:99")
        self.time.setMaximumWidth(80)
        self.grid.addWidget(QLabel(tr("Who")), 0, 0)
        self.grid.addWidget(self.person, 0, 1)
        self.grid.addWidget(QLabel(tr("At")), 0, 2)
        self.grid.addWidget(self.time, 0, 3)
        self.grid.setColumnStretch(1, 1)

    def set_candidates(self, candidates: list[OwnerCandidate]) -> None:
        self.person.candidates = candidates

    def focus_chain(self) -> list[QWidget]:
        return [self.person, self.time]

    def start(self, mode: str, now: dt.time | None = None) -> None:
        self.mode = mode
        self.title.setText(tr(MODE_TITLES[mode]))
        self.person.clear()
        self.time.setText((now or dt.datetime.now().time()).strftime("%H:%M"))
        self.time.setVisible(mode != LEFT_ROOM)
        self.clear_error()
        self.person.setFocus()

    def _person_return(self) -> None:
        if self.person.popup_visible():  # the Enter that picks from the list (see entries)
            return
        self.submit()

    def submit(self) -> None:
        who = self.person.chosen()
        if who is None:
            self.show_error(
                tr(
                    "Type a few letters of the name and pick the person from "
                    "the list (↓ and Enter)."
                )
            )
            self.person.setFocus()
            return
        try:
            at = dt.datetime.strptime(self.time.text(), "%H:%M").time()
        except ValueError:
            self.show_error(tr("Type the time as HH:mm, e.g. 09:45."))
            self.time.setFocus()
            return
        if self._save(self.mode, who, at):  # a refusal is said in this entry by the save
            self.done.emit()
