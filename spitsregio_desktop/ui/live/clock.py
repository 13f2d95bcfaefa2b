"""The unobtrusive clocks: time spent on the current item against its planned minutes, and
the meeting's running time. Ticks once a second; never writes to the database."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

NEAR_FRACTION = 0.8  # amber from 80 % of the planned minutes on
COLORS = {"normal": "palette(window-text)", "near": "#b26a00", "over": "#c62828"}


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveClock", text)


def format_elapsed(seconds: float) -> str:
    """mm:ss, or h:mm:ss from an hour on."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def clock_state(elapsed_s: float, planned_min: int) -> str:
    """ "normal", "near" (amber) or "over" (red) against the planned minutes (0: no plan)."""
    if planned_min <= 0:
        return "normal"
    planned_s = planned_min * 60
    if elapsed_s > planned_s:
        return "over"
    if elapsed_s >= planned_s * NEAR_FRACTION:
        return "near"
    return "normal"


class ItemTimes:
    """Seconds spent per item in this sitting; coming back to an item continues its count."""

    def __init__(self) -> None:
        self._spent: dict[int, float] = {}
        self._current: int | None = None
        self._since = time.monotonic()

    def switch(self, item_id: int | None) -> None:
        now = time.monotonic()
        if self._current is not None:
            self._spent[self._current] = self.elapsed(self._current, now)
        self._current, self._since = item_id, now

    def elapsed(self, item_id: int | None = None, now: float | None = None) -> float:
        item_id = self._current if item_id is None else item_id
        spent = self._spent.get(item_id, 0.0) if item_id is not None else 0.0
        if item_id == self._current and item_id is not None:
            spent += (now or time.monotonic()) - self._since
        return spent


class ClockBar(QWidget):
    """ "Punt 04:12 / 15:00" (amber near, red past the plan) and "Vergadering 1:02:33"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.times = ItemTimes()
        self.planned_minutes = 0
        self.started_at: dt.datetime | None = None
        self.item_label = QLabel()
        self.item_label.setObjectName("itemClock")
        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("meetingClock")
        for label in (self.item_label, self.meeting_label):
            label.setToolTip(
                tr("Time on this item against its planned minutes; the meeting's running time")
            )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(self.item_label)
        layout.addWidget(self.meeting_label)
        self.state = "normal"
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def set_item(self, item_id: int | None, planned_minutes: int) -> None:
        self.times.switch(item_id)
        self.planned_minutes = planned_minutes
        self.tick()

    def set_started(self, started_at: dt.datetime | None) -> None:
        self.started_at = started_at
        self.tick()

    def tick(self) -> None:
        elapsed = self.times.elapsed()
        text = format_elapsed(elapsed)
        if self.planned_minutes:
            text += " / " + format_elapsed(self.planned_minutes * 60)
        self.item_label.setText(tr("Item %1").replace("%1", text))
        state = clock_state(elapsed, self.planned_minutes)
        if state != self.state or not self.item_label.styleSheet():
            self.state = state
            weight = "600" if state != "normal" else "normal"
            self.item_label.setStyleSheet(f"color: {COLORS[state]}; font-weight: {weight};")
        if self.started_at is not None:
            running = (dt.datetime.now() - self.started_at).total_seconds()
            self.meeting_label.setText(tr("Meeting %1").replace("%1", format_elapsed(running)))
        else:
            self.meeting_label.setText("")
