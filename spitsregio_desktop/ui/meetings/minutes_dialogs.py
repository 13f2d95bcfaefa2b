"""Dialogs of the minutes workflow: add a remark, approve at a later meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import ValidationError
from ...services.meetings import list_meetings
from ...services.minutes import add_remark, approve
from ...services.people import list_memberships
from ...services.views import MeetingDetail
from ...storage.enums import MeetingStatus
from ..common.accessible import tab_in_reading_order
from ..common.date_entry import DateEntry
from ..common.forms import fit_height
from ..context import AppContext, Topic
from ..ops import Outcome
from .common import error_label, set_error


class _ServiceDialog(QDialog):
    """OK runs the service through the gateway; a refusal is shown in the dialog, which
    stays open."""

    def __init__(self, ctx: AppContext, detail: MeetingDetail, parent: QWidget | None):
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        self.error = error_label()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        tab_in_reading_order(self)  # the fields come after the buttons were made

    def run(self, session) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def accept(self) -> None:
        if self.ctx.ops.run(self.run).changes(Topic.MEETINGS).refused(self._refused).inline(self):
            super().accept()

    def _refused(self, refusal: Outcome) -> None:
        set_error(self.error, refusal.message)
        fit_height(self)


class AddRemarkDialog(_ServiceDialog):
    def __init__(self, ctx: AppContext, detail: MeetingDetail, parent: QWidget | None = None):
        super().__init__(ctx, detail, parent)
        self.setWindowTitle(self.tr("Add a remark"))
        self.setMinimumWidth(520)
        self.person = QComboBox()
        self.person.addItem(self.tr("(someone else)"), None)
        members = (
            ctx.ops.run(list_memberships, body=detail.body.id, today=detail.date).inline(self).value
            or []
        )
        seen: set[int] = set()
        invited = {r.person_id for r in detail.invitations}
        # the invited first (they received the draft), then the other members
        for m in sorted(members, key=lambda m: (m.person_id not in invited, m.person.casefold())):
            if m.person_id in seen:
                continue
            seen.add(m.person_id)
            label = f"{m.person} ({m.organisation})" if m.organisation else m.person
            self.person.addItem(label, m.person_id)
        self.person.setEditable(False)
        self.received = DateEntry(field="received_on", day=dt.date.today(), past=True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.form.addRow(self.tr("&From"), self.person)
        self.form.addRow(self.tr("&Received on"), self.received)
        self.form.addRow(self.tr("&Remark"), self.text)
        self.remark_id: int | None = None

    def run(self, session) -> None:
        self.remark_id = add_remark(
            session,
            self.detail.id,
            self.person.currentData(),
            self.text.toPlainText(),
            self.received.date(),
        )


class ApproveDialog(_ServiceDialog):
    """Minutes are approved at a later meeting of the same body (normally the next one)."""

    def __init__(self, ctx: AppContext, detail: MeetingDetail, parent: QWidget | None = None):
        super().__init__(ctx, detail, parent)
        self.setWindowTitle(self.tr("Approve the minutes"))
        self.setMinimumWidth(480)
        later = [
            m
            for m in ctx.ops.run(list_meetings, body=detail.body.id).inline(self).value or ()
            if m.id != detail.id and m.date >= detail.date and m.status != MeetingStatus.CANCELLED
        ]
        later.sort(key=lambda m: (m.date, m.id))
        self.meeting = QComboBox()
        for m in later:
            self.meeting.addItem(
                self.tr("Meeting %1 of %2")
                .replace("%1", str(m.number))
                .replace("%2", m.date.strftime("%d/%m/%Y")),
                m.id,
            )
        self.on = DateEntry(field="approved_on", past=True)
        self.meeting.currentIndexChanged.connect(lambda _i: self._default_date(later))
        self._default_date(later)
        self.form.addRow(self.tr("Approved &at"), self.meeting)
        self.form.addRow(self.tr("Approved &on"), self.on)
        if not later:
            set_error(
                self.error, self.tr("There is no later meeting of this body yet. Plan it first.")
            )
        self.sha256 = ""

    def _default_date(self, later: list) -> None:
        index = self.meeting.currentIndex()
        if 0 <= index < len(later):
            self.on.set_date(min(later[index].date, dt.date.today()))
        else:
            self.on.set_date(dt.date.today())

    def run(self, session) -> None:
        at = self.meeting.currentData()
        if at is None:
            raise ValidationError(
                self.tr("Choose the later meeting at which the minutes are approved."),
                "approved_at",
            )
        self.sha256 = approve(session, self.detail.id, at, self.on.date())
