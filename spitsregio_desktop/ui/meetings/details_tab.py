"""The "Details & invitation" tab: when and where (autosaved), and who is invited."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.meetings import update_meeting
from ...services.views import MeetingDetail
from ..common.autosave import Autosaver
from ..common.conflict import ShownRow
from ..common.date_entry import DateEntry
from ..context import AppContext, Topic
from ..ops import Outcome
from .common import HINT_STYLE, error_label, pytime, qtime, set_error
from .invitations import InvitationsPanel

# service field name (as in ValidationError.field) → our key in the autosaver
_FIELD_KEY = {
    "date": "date",
    "start": "hours",
    "end": "hours",
    "location": "location",
    "title": "title",
}


class DetailsTab(QWidget):
    changed = Signal()  # something was saved: the screen reloads the header and the list

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: MeetingDetail | None = None
        self._loading = False
        self.autosaver = Autosaver(self._save, self)
        self.autosaver.saved.connect(self._after_save)
        self._wrote = False  # the autosaver also says "saved" when there was nothing to write
        self.shown = ShownRow()  # the row_version and values shown: a save by another wins

        # typed as a Belgian does and read back in full; relative words ("vrijdag") count
        # from today, as when the meeting was planned; taken when the field is left
        self.date = DateEntry()
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.location = QLineEdit()
        self.title = QLineEdit()
        self.errors = {key: error_label() for key in ("date", "hours", "location", "title")}

        hours = QHBoxLayout()
        hours.addWidget(self.start)
        hours.addWidget(QLabel(self.tr("until")))
        hours.addWidget(self.end)
        hours.addStretch(1)
        self.date.setMaximumWidth(400)  # the date read back under it wraps
        hours_label = QLabel(self.tr("&Hours"))
        hours_label.setBuddy(self.start)  # a layout cannot be a buddy; the start field is
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        form.addRow("", self.errors["date"])
        form.addRow(hours_label, hours)
        form.addRow("", self.errors["hours"])
        form.addRow(self.tr("&Place"), self.location)
        form.addRow("", self.errors["location"])
        form.addRow(self.tr("&Title"), self.title)
        form.addRow("", self.errors["title"])
        self.saved_hint = QLabel()
        self.saved_hint.setStyleSheet(HINT_STYLE)
        form.addRow("", self.saved_hint)
        box = QGroupBox(self.tr("Meeting"))
        box.setLayout(form)

        self.invitations = InvitationsPanel(ctx)
        self.invitations.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.invitations, 1)

        self.date.editingFinished.connect(self._date_edited)
        self.start.timeChanged.connect(lambda _t: self._edited("hours", self._hours()))
        self.end.timeChanged.connect(lambda _t: self._edited("hours", self._hours()))
        self.location.textEdited.connect(lambda text: self._edited("location", text))
        self.title.textEdited.connect(lambda text: self._edited("title", text))
        for edit in (self.date, self.start, self.end, self.location, self.title):
            edit.editingFinished.connect(self.flush)

    def _date_edited(self) -> None:
        # an impossible date stays marked under the field and is never saved
        day = self.date.value()
        if day is not None and self.detail is not None and day != self.detail.date:
            self._edited("date", day)

    def _hours(self) -> tuple:
        # start and end are saved together: moving 09–11 to 14–16 passes through 14–11
        return pytime(self.start.time()), pytime(self.end.time())

    def _edited(self, key: str, value: object) -> None:
        if not self._loading and self.detail is not None:
            self.autosaver.edited(key, value)

    def _save(self, key: object, value: object) -> Outcome:
        assert self.detail is not None
        fields: dict[str, object]
        if key == "hours":
            start, end = value  # type: ignore[misc]
            fields = {"start_time": start, "end_time": end}
        else:
            fields = {str(key): value}
        label = self.errors[str(key)]
        done = (
            self.ctx.ops.run(update_meeting, self.detail.id, **fields)
            .versioned(self.shown, self._take_over, **fields)
            .changes(Topic.MEETINGS)
            .refused(
                lambda refusal: set_error(
                    self.errors.get(_FIELD_KEY.get(refusal.field or "", ""), label), refusal.message
                )
            )
            .inline(self)
        )
        if done:
            set_error(label, "")
            self._wrote = True
        return done

    def _take_over(self, theirs: dict) -> None:
        """Someone else saved the meeting first: show what they saved."""
        self._loading = True
        try:
            if "date" in theirs:
                self.date.set_date(theirs["date"])
            if theirs.get("start_time"):
                self.start.setTime(qtime(theirs["start_time"]))
            if theirs.get("end_time"):
                self.end.setTime(qtime(theirs["end_time"]))
            for name, edit in (("location", self.location), ("title", self.title)):
                if name in theirs:
                    edit.setText(theirs[name])
        finally:
            self._loading = False
        for label in self.errors.values():
            set_error(label, "")
        self.changed.emit()  # the header and the list show their values too

    def _after_save(self) -> None:
        if self._wrote:
            self._wrote = False
            self.changed.emit()

    def flush(self) -> bool:
        """Save what is pending; False when something was refused or the date typed is
        impossible (it stays on screen, marked, and the meeting keeps its date)."""
        return self.autosaver.flush() and bool(self.date.reading())

    def show_detail(self, detail: MeetingDetail) -> None:
        same_meeting = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        if not same_meeting:
            for label in self.errors.values():
                set_error(label, "")
            self.shown = ShownRow(detail.row_version)
        self._loading = True
        try:
            # never overwrite what the user is typing or a refused value still on screen
            if not self.autosaver.has_pending() and not self._has_errors():
                # an impossible date typed stays marked until it is corrected
                if not same_meeting or self.date.reading() and not self.date.edit.hasFocus():
                    self.date.set_date(detail.date)
                if detail.start_time:
                    self.start.setTime(qtime(detail.start_time))
                if detail.end_time:
                    self.end.setTime(qtime(detail.end_time))
                self.shown.seen(
                    date=detail.date, start_time=detail.start_time, end_time=detail.end_time
                )
                if not self.location.hasFocus():
                    self.location.setText(detail.location)
                    self.shown.seen(location=detail.location)
                if not self.title.hasFocus():
                    self.title.setText(detail.title)
                    self.shown.seen(title=detail.title)
        finally:
            self._loading = False
        self.invitations.show_detail(detail)
        # approved minutes freeze what they say, the date and the place included
        for edit in (self.date, self.start, self.end, self.location, self.title):
            edit.setEnabled(not detail.frozen)
        if detail.checked_out_by:
            hint = self.tr("Taken along to a laptop: read-only until it is brought back.")
        elif detail.frozen:
            hint = self.tr("The minutes are approved: reopen them to change these details.")
        else:
            hint = self.tr("Changes are saved as you type.")
        self.saved_hint.setText(hint)

    def _has_errors(self) -> bool:
        return any(label.text() for label in self.errors.values())
