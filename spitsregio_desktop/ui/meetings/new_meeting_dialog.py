"""Plan a new meeting: body, date, hours, place, title; the body's usual agenda comes along."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.meeting_defaults import meeting_defaults
from ...services.meetings import MeetingInput, create_meeting, list_bodies
from ...services.parse import parse_time
from ...services.settings import AppSettings, load_settings
from ..common.date_entry import DateEntry
from ..context import AppContext, Topic
from ..ops import Outcome, checked
from .common import HINT_STYLE, error_label, pytime, qtime, set_error


def next_weekday(today: dt.date | None = None) -> dt.date:
    """The first working day after today: meetings are never planned for a weekend."""
    day = (today or dt.date.today()) + dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _time_or(text: str, fallback: dt.time) -> dt.time:
    return checked(parse_time, text, "time").value or fallback


class NewMeetingDialog(QDialog):
    """OK creates the meeting; a refused input is explained next to its field and the
    dialog stays open, so nothing typed is lost."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, body_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.setWindowTitle(self.tr("New meeting"))
        self.setMinimumWidth(480)
        bodies = ctx.ops.run(list_bodies).inline(self).value or []
        settings = ctx.ops.run(load_settings).inline(self).value or AppSettings()

        self.body = QComboBox()
        for body in bodies:
            self.body.addItem(f"{body.name} ({body.short})", body.id)
        if body_id is not None and self.body.findData(body_id) >= 0:
            self.body.setCurrentIndex(self.body.findData(body_id))
        self.date = DateEntry()  # typed as a Belgian does, read back in full
        self.date.set_date(next_weekday())
        self.start = QTimeEdit(qtime(_time_or(settings.default_start, dt.time(9, 0))))
        self.end = QTimeEdit(qtime(_time_or(settings.default_end, dt.time(11, 0))))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.setMaximumWidth(100)
        self.location = QLineEdit(settings.default_location)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Optional: the body's name and the number"))
        self.errors = {
            name: error_label()
            for name in ("body", "date", "start", "end", "location", "title", "")
        }

        form = QFormLayout()
        rows = [
            (self.tr("&Body"), self.body, "body"),
            (self.tr("&Date"), self.date, "date"),
            (self.tr("&Start"), self.start, "start"),
            (self.tr("&End"), self.end, "end"),
            (self.tr("&Place"), self.location, "location"),
            (self.tr("&Title"), self.title, "title"),
        ]
        for text, widget, name in rows:
            form.addRow(text, widget)
            form.addRow("", self.errors[name])
        hint = QLabel(
            self.tr(
                "The usual agenda items of the body are added; "
                "items adjourned at an earlier meeting come back."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan the meeting"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors[""])
        layout.addWidget(self.buttons)
        self.body.currentIndexChanged.connect(self._fill_defaults)
        self._fill_defaults()

    def _fill_defaults(self) -> None:
        """The body's usual weekday, hours and place, and the first free date after its last
        planned meeting (the settings' defaults for a body without meetings)."""
        body = self.body.currentData()
        if body is None:
            return
        found = self.ctx.ops.run(meeting_defaults, int(body)).quietly().inline(self)
        if not found or found.value is None:
            return
        usual = found.value
        self.date.set_date(usual.date)
        if usual.start_time:
            self.start.setTime(qtime(usual.start_time))
        if usual.end_time:
            self.end.setTime(qtime(usual.end_time))
        if usual.location:
            self.location.setText(usual.location)

    def data(self) -> MeetingInput:
        return MeetingInput(
            body=int(self.body.currentData()),
            date=self.date.value(),  # type: ignore[arg-type] - checked in accept()
            start_time=pytime(self.start.time()),
            end_time=pytime(self.end.time()),
            location=self.location.text(),
            title=self.title.text(),
        )

    def accept(self) -> None:
        for label in self.errors.values():
            set_error(label, "")
        typed = self.date.reading()
        if not typed or typed.value is None:  # an impossible date is never replaced
            set_error(self.errors["date"], typed.message)
            self.date.setFocus()
            return
        done = (
            self.ctx.ops.run(create_meeting, self.data())
            .changes(Topic.MEETINGS)
            .refused(self._refused)
            .inline(self)
        )
        if done:
            self.meeting_id = done.value
            super().accept()

    def _refused(self, refusal: Outcome) -> None:
        set_error(self.errors.get(refusal.field or "", self.errors[""]), refusal.message)
