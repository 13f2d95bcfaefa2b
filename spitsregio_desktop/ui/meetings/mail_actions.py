"""E-mail drafts and calendar invitations from the meeting screen (docs/MAIL.md).

The program sends nothing itself: it writes an .eml draft (X-Unsent) into the outbox folder
next to the database and lets the system's mail handler (Outlook) open it. Before that, a
confirmation names the invited people the e-mail will NOT reach, so nobody is dropped
silently. The file is made off the UI thread, in a session of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...documents.mapi import MailOutcome
from ...services.agenda_time import agenda_overrun_warning
from ...services.meetings import meeting_detail
from ...services.sending import Recipient, Unreachable
from ...services.settings import load_settings
from ...services.views import MeetingDetail
from ...storage.enums import MeetingStatus
from ..common.files import show_in_folder
from ..context import AppContext
from .common import HINT_STYLE

OUTBOX = "outbox"


def outbox_dir(ctx: AppContext) -> Path:
    """Drafts live next to the database (the local data folder), not in Documents."""
    return ctx.db.path.parent / OUTBOX


@dataclass(frozen=True)
class MailPlan:
    detail: MeetingDetail
    recipients: tuple[Recipient, ...]
    unreachable: tuple[Unreachable, ...]
    in_bcc: bool


def plan_mail(session: Session, meeting_id: int) -> MailPlan:
    """Fresh data for the confirmation; a missing secretariat address stops here (Dutch)."""
    from ...documents.mail import recipients_report, sender

    detail = meeting_detail(session, meeting_id)
    settings = load_settings(session)
    sender(settings)
    recipients, unreachable = recipients_report(detail)
    return MailPlan(detail, recipients, unreachable, settings.recipients_in_bcc)


def mail_in_worker(
    session: Session,
    attachments_dir: Path,
    meeting_id: int,
    kind: str,
    fmt: str,
    out: Path,
    public: bool = False,
    mark_sent: bool = False,
) -> Path:
    """Runs in a worker thread (the gateway's session, no widgets)."""
    from ...documents.mail import export_mail

    return export_mail(
        session,
        meeting_id,
        kind,
        fmt,
        out,
        public=public,
        attachments_dir=attachments_dir,
        mark_sent=mark_sent,
        warn=None,
    )


def mail_and_open_in_worker(
    session: Session,
    attachments_dir: Path,
    meeting_id: int,
    kind: str,
    out: Path,
    public: bool,
    mark_sent: bool,
) -> MailOutcome:
    """Worker thread: the .eml draft, then the MAPI mail program in a helper process (a mail
    program that hangs holds this worker for a few seconds at most, never the window)."""
    from ...documents.mapi import open_in_mail_program

    path = mail_in_worker(session, attachments_dir, meeting_id, kind, "eml", out, public, mark_sent)
    return open_in_mail_program(path)


class AfterMailPanel(QDialog):
    """Said after "E-mail maken", whichever way it went, with the two ways on:
    the draft's folder in Explorer, and the addresses for any other mail program."""

    def __init__(self, outcome: MailOutcome, addresses: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail"))
        self.outcome, self.addresses = outcome, addresses
        self.setMinimumWidth(440)
        if outcome.via == "mapi":
            text = self.tr("Your mail program opens the message with its attachments.")
        else:
            text = self.tr(
                "No mail program answered through Windows (Simple MAPI): the draft "
                "%1 is opened with the program for .eml files."
            )
        self.message = QLabel(text.replace("%1", outcome.draft.name))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = buttons.addButton(
            self.tr("Show in &Explorer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button = buttons.addButton(
            self.tr("&Copy addresses"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button.clicked.connect(lambda: show_in_folder(outcome.draft))
        self.copy_button.clicked.connect(self.copy_addresses)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def copy_addresses(self) -> None:
        QGuiApplication.clipboard().setText("; ".join(self.addresses))


class MailConfirmDialog(QDialog):
    """Who gets the e-mail, who does not (prominently), and for minutes: full or public."""

    def __init__(self, kind: str, plan: MailPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        cancelled = plan.detail.status == MeetingStatus.CANCELLED
        if kind == "minutes":
            self.setWindowTitle(self.tr("E-mail the minutes"))
        elif cancelled:
            self.setWindowTitle(self.tr("E-mail the cancellation"))
        else:
            self.setWindowTitle(self.tr("E-mail the invitation"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        if plan.unreachable:
            self.missing_title = QLabel(self.tr("These members will not receive the e-mail:"))
            self.missing_title.setStyleSheet("color: #b00020; font-weight: bold;")
            self.missing = QLabel("\n".join(f"• {u.label()}" for u in plan.unreachable))
            self.missing.setWordWrap(True)
            self.missing.setStyleSheet("color: #b00020;")
            scroll = QScrollArea()
            scroll.setWidget(self.missing)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            lines = min(len(plan.unreachable), 8)
            scroll.setMaximumHeight(self.missing.fontMetrics().lineSpacing() * lines + 12)
            fix = QLabel(
                self.tr(
                    "Fill in their address under Members & organisations, or "
                    "send them the documents another way."
                )
            )
            fix.setWordWrap(True)
            fix.setStyleSheet(HINT_STYLE)
            layout.addWidget(self.missing_title)
            layout.addWidget(scroll)
            layout.addWidget(fix)
        else:
            self.missing_title = QLabel(self.tr("Every invited person has an e-mail address."))
            self.missing_title.setStyleSheet("color: #1b6e20;")
            self.missing = QLabel("")
            layout.addWidget(self.missing_title)

        # an agenda planned past the meeting's end is said before the invitation goes out
        overrun = agenda_overrun_warning(plan.detail) if kind == "invitation" else ""
        self.overrun = QLabel(overrun)
        self.overrun.setObjectName("agenda_overrun")
        self.overrun.setWordWrap(True)
        self.overrun.setStyleSheet("color: #b00020; font-weight: bold;")
        self.overrun.setVisible(bool(overrun))
        layout.addWidget(self.overrun)

        where = self.tr("in Bcc") if plan.in_bcc else self.tr("in To")
        self.recipients = QLabel(
            self.tr("The e-mail goes to %1 people (%2).")
            .replace("%1", str(len(plan.recipients)))
            .replace("%2", where)
        )
        # the names are there to check, not to read: small, and scrolling past a few lines
        self.recipient_names = QLabel(", ".join(r.name for r in plan.recipients))
        self.recipient_names.setWordWrap(True)
        self.recipient_names.setStyleSheet(HINT_STYLE)
        names = QScrollArea()
        names.setWidget(self.recipient_names)
        names.setWidgetResizable(True)
        names.setFrameShape(QFrame.Shape.NoFrame)
        names.setMaximumHeight(self.recipient_names.fontMetrics().lineSpacing() * 3 + 2)
        layout.addSpacing(6)
        layout.addWidget(self.recipients)
        layout.addWidget(names)

        self.full = QRadioButton(self.tr("&Full minutes, confidential items included"))
        self.public = QRadioButton(self.tr("&Public minutes, without the confidential items"))
        self.full.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.full)
        group.addButton(self.public)
        if kind == "minutes":
            layout.addSpacing(6)
            layout.addWidget(self.full)
            layout.addWidget(self.public)

        if kind == "invitation" and not cancelled:
            after = self.tr(
                "Your mail program opens the draft; check it and press Send. "
                "Today's date is recorded as the sent date of these invitations."
            )
        else:
            after = self.tr("Your mail program opens the draft; check it and press Send.")
        hint = QLabel(after)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addSpacing(6)
        layout.addWidget(hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.continue_button: QPushButton = self.buttons.addButton(
            self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def is_public(self) -> bool:
        return self.kind == "minutes" and self.public.isChecked()
