"""The "Documents" tab: every document of the meeting as PDF or Word, made off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ... import APP_NAME
from ...services.views import MeetingDetail
from ...storage.enums import MeetingStatus
from ...storage.winpaths import windows_name
from ..common.files import (
    EXPORT_DIR_KEY,
    chosen_file,
    export_dir,
    export_failure,
    open_file,
)
from ..common.list_export import ExportBar
from ..context import AppContext, Topic
from ..ops import Operation
from ..shortcuts import shortcut
from .common import HINT_STYLE
from .mail_actions import (
    AfterMailPanel,
    MailConfirmDialog,
    MailOutcome,
    MailPlan,
    mail_and_open_in_worker,
    mail_in_worker,
    outbox_dir,
    plan_mail,
)

# (kind, public, title, explanation): the rows of the tab, in the order of a meeting's life
DOCUMENTS: tuple[tuple[str, bool, str, str], ...] = (
    (
        "invitation",
        False,
        QT_TRANSLATE_NOOP("DocumentsTab", "Invitation"),
        QT_TRANSLATE_NOOP("DocumentsTab", "Letter with the agenda, to send to the members"),
    ),
    (
        "agenda",
        False,
        QT_TRANSLATE_NOOP("DocumentsTab", "Agenda"),
        QT_TRANSLATE_NOOP("DocumentsTab", "The items with times, presenters and attachments"),
    ),
    (
        "attendance-sheet",
        False,
        QT_TRANSLATE_NOOP("DocumentsTab", "Attendance sheet"),
        QT_TRANSLATE_NOOP("DocumentsTab", "To sign in the meeting room (ESF evidence)"),
    ),
    (
        "minutes",
        False,
        QT_TRANSLATE_NOOP("DocumentsTab", "Minutes (full)"),
        QT_TRANSLATE_NOOP("DocumentsTab", "For the members, confidential items included"),
    ),
    (
        "minutes",
        True,
        QT_TRANSLATE_NOOP("DocumentsTab", "Minutes (public)"),
        QT_TRANSLATE_NOOP("DocumentsTab", "Without the confidential items, for publication"),
    ),
    (
        "decisions",
        False,
        QT_TRANSLATE_NOOP("DocumentsTab", "Decisions"),
        QT_TRANSLATE_NOOP("DocumentsTab", "The decisions taken at this meeting"),
    ),
    (
        "actions",
        False,
        QT_TRANSLATE_NOOP("DocumentsTab", "Actions"),
        QT_TRANSLATE_NOOP(
            "DocumentsTab", "The actions agreed at this meeting, with owner and due date"
        ),
    ),
)
FORMATS = (("pdf", "PDF"), ("docx", "Word"))
# file names are Dutch, like the documents themselves
FILE_WORD = {
    "invitation": "uitnodiging",
    "agenda": "agenda",
    "attendance-sheet": "aanwezigheidslijst",
    "minutes": "verslag",
    "decisions": "besluitenlijst",
    "actions": "actielijst",
}
DIR_KEY = EXPORT_DIR_KEY


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsTab", text)


def default_name(detail: MeetingDetail, kind: str, fmt: str, public: bool) -> str:
    """E.g. "2026-12-10 BO verslag.pdf", "2026-12-10 TF verslag openbaar.docx"."""
    name = f"{detail.date:%Y-%m-%d} {detail.body.short} {FILE_WORD[kind]}"
    # a body's short name may hold "/" or ":": a name Windows accepts
    return windows_name(f"{name}{' openbaar' if public else ''}.{fmt}")


def export_in_worker(
    session: Session, meeting_id: int, kind: str, fmt: str, out: Path, public: bool
) -> Path:
    """Runs in a worker thread (the gateway's session, no widgets); renderers load lazily."""
    from ...documents.export import export_document

    return export_document(session, meeting_id, kind, fmt, out, public=public)


class DocumentsTab(QWidget):
    changed = Signal()  # an invitation e-mail recorded the sent dates

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: MeetingDetail | None = None
        self.running: Operation | None = None
        self.buttons: dict[tuple[str, bool, str], QPushButton] = {}
        self.mail_buttons: dict[str, QPushButton] = {}

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        for row, (kind, public, title, explanation) in enumerate(DOCUMENTS):
            name = QLabel(f"<b>{_tr(title)}</b>")
            info = QLabel(_tr(explanation))
            info.setStyleSheet(HINT_STYLE)
            grid.addWidget(name, row, 0)
            grid.addWidget(info, row, 1)
            for col, (fmt, label) in enumerate(FORMATS, start=2):
                button = QPushButton(self.tr("%1…").replace("%1", label))
                button.setToolTip(
                    self.tr("Save the %1 as %2").replace("%1", _tr(title)).replace("%2", label)
                )
                button.clicked.connect(
                    lambda _=False, k=kind, f=fmt, p=public: self.export(k, f, p)
                )
                grid.addWidget(button, row, col)
                self.buttons[(kind, public, fmt)] = button
        grid.setColumnStretch(4, 1)  # the buttons stay next to their explanation
        box = QGroupBox(self.tr("Documents of this meeting"))
        box.setLayout(grid)
        mail_box = self._mail_box()
        _align_columns(grid, mail_box.layout())

        self.result = ExportBar(ctx)  # where the last file went: Open, Show in folder
        self.result_label = self.result.label

        hint = QLabel(
            self.tr(
                "Documents are in Dutch. Minutes that are not approved yet carry "
                "a CONCEPT mark. Internal notes are never exported."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.outbox_hint = QLabel(
            self.tr(
                "Nothing is sent from here: your mail program (Outlook) opens the draft, you "
                "check it and press Send."
            )
        )
        self.outbox_hint.setWordWrap(True)
        self.outbox_hint.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(mail_box)
        layout.addWidget(self.outbox_hint)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def _mail_box(self) -> QGroupBox:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        rows = (
            (
                self.tr("Invitation e-mail"),
                self.tr("Draft with the letter, the attachments and the calendar invitation"),
                (
                    (
                        "email_invitation",
                        self.tr("E-mail the &invitation…"),
                        lambda: self.email("invitation"),
                    ),
                    ("ics", self.tr("Calendar invitation (.ics)…"), self.save_ics),
                ),
            ),
            (
                self.tr("Minutes e-mail"),
                self.tr("Draft with the minutes (full or public) for the members"),
                (
                    (
                        "email_minutes",
                        self.tr("E-mail the &minutes…"),
                        lambda: self.email("minutes"),
                    ),
                ),
            ),
        )
        for row, (title, explanation, buttons) in enumerate(rows):
            info = QLabel(explanation)
            info.setStyleSheet(HINT_STYLE)
            grid.addWidget(QLabel(f"<b>{title}</b>"), row, 0)
            grid.addWidget(info, row, 1)
            for col, (key, label, slot) in enumerate(buttons, start=2):
                button = QPushButton(label)
                button.clicked.connect(slot)
                grid.addWidget(button, row, col)
                self.mail_buttons[key] = button
        keys = shortcut("email_invitation").toString(QKeySequence.SequenceFormat.NativeText)
        self.mail_buttons["email_invitation"].setToolTip(
            self.tr(
                "Make an e-mail draft for the invited people and open it in your mail program (%1)"
            ).replace("%1", keys)
        )
        self.mail_buttons["ics"].setToolTip(
            self.tr("Save the calendar invitation to add to a calendar or send yourself")
        )
        self.mail_buttons["email_minutes"].setToolTip(
            self.tr("Make an e-mail draft with the minutes and open it in your mail program")
        )
        grid.setColumnStretch(4, 1)
        box = QGroupBox(self.tr("Send by e-mail"))
        box.setLayout(grid)
        return box

    def show_detail(self, detail: MeetingDetail) -> None:
        if self.detail is not None and self.detail.id != detail.id:
            self.result.hide()
        self.detail = detail
        cancelled = detail.status == MeetingStatus.CANCELLED
        self.mail_buttons["email_invitation"].setText(
            self.tr("E-mail the &cancellation…")
            if cancelled
            else self.tr("E-mail the &invitation…")
        )

    # ------------------------------------------------------------ export

    def ask_path(self, suggested: Path, fmt: str) -> str:
        filters = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "docx": self.tr("Word document (*.docx)"),
            "ics": self.tr("Calendar invitation (*.ics)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), str(suggested), filters[fmt]
        )
        return path

    def default_dir(self) -> Path:
        return export_dir(self.ctx.qsettings)

    def export(self, kind: str, fmt: str, public: bool = False) -> None:
        if self.detail is None:
            return
        out = self._choose_out(default_name(self.detail, kind, fmt, public), fmt)
        if out is None:
            return
        meeting_id = self.detail.id
        self._start(
            out.name,
            lambda s: export_in_worker(s, meeting_id, kind, fmt, out, public),
            self._exported,
        )

    def _choose_out(self, name: str, fmt: str) -> Path | None:
        """The save dialog in the remembered folder; the extension added when not typed."""
        return chosen_file(self.ctx.qsettings, self.ask_path(self.default_dir() / name, fmt), fmt)

    def _start(
        self,
        name: str,
        job: Callable[[Session], Path],
        on_done: Callable[[Path], None],
        changes: tuple[Topic, ...] = (),
    ) -> None:
        """Run `job(session)` off the UI thread behind the gateway's progress; one file at a
        time (the buttons wait)."""
        self.running = (
            self.ctx.ops.run(job)
            .changes(*changes)
            .then(on_done)
            .failing_as(export_failure())
            .disabling(*self.all_buttons())
            .in_background(self, progress=self.tr("Making %1…").replace("%1", name))
        )

    @property
    def progress(self) -> Operation | None:
        """The export or e-mail being made, None when the tab is idle."""
        return self.running if self.running is not None and self.running.running else None

    def all_buttons(self) -> list[QPushButton]:
        return [*self.buttons.values(), *self.mail_buttons.values()]

    def _exported(self, path: Path) -> None:
        self._show_result(Path(path), self.tr("Saved: %1"))

    def _show_result(self, path: Path, text: str) -> None:
        self.result.show_made(path, text)

    @property
    def last_path(self) -> Path | None:
        return self.result.last_path

    # ------------------------------------------------------------ e-mail and calendar

    def save_ics(self) -> None:
        if self.detail is None:
            return
        out = self._choose_out(default_name(self.detail, "invitation", "ics", False), "ics")
        if out is None:
            return
        meeting_id, attachments = self.detail.id, self.ctx.attachments_dir
        self._start(
            out.name,
            lambda s: mail_in_worker(s, attachments, meeting_id, "invitation", "ics", out),
            self._exported,
        )

    def ask_mail(self, kind: str, plan: MailPlan) -> bool | None:
        """The confirmation: None when cancelled, else whether the minutes are public."""
        dialog = MailConfirmDialog(kind, plan, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.is_public()
        finally:
            dialog.deleteLater()

    def email(self, kind: str) -> None:
        """Confirm who gets it, make the draft in the outbox off the UI thread, open it."""
        if self.detail is None or self.progress is not None:
            return
        planned = self.ctx.ops.run(plan_mail, self.detail.id).inline(self)
        if not planned:
            return
        plan: MailPlan = planned.value  # type: ignore[assignment]
        if not plan.recipients:
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr(
                    "Nobody is invited to this meeting yet: invite the members first "
                    "(Details & invitation)."
                )
                if not plan.unreachable
                else self.tr(
                    "None of the invited people has a valid e-mail address. Fill in their "
                    "addresses under Members & organisations."
                ),
            )
            return
        public = self.ask_mail(kind, plan)
        if public is None:
            return
        out = outbox_dir(self.ctx) / default_name(plan.detail, kind, "eml", public)
        # the invitation records its sent dates; a cancellation does not (the service knows)
        mark_sent = kind == "invitation"
        meeting_id, attachments = plan.detail.id, self.ctx.attachments_dir
        addresses = [r.email for r in plan.recipients]
        self._start(
            out.name,
            lambda s: mail_and_open_in_worker(
                s, attachments, meeting_id, kind, out, public, mark_sent
            ),
            lambda outcome: self._mailed(kind, outcome, addresses),
            (Topic.MEETINGS,) if mark_sent else (),
        )

    def _mailed(self, kind: str, outcome: MailOutcome, addresses: list[str]) -> None:
        self._show_result(outcome.draft, self.tr("E-mail draft made: %1"))
        if outcome.via == "eml":  # no MAPI mail program: the system's handler opens the draft
            open_file(outcome.draft)
        self.after_mail = AfterMailPanel(outcome, addresses, self)
        self.after_mail.show()
        if kind == "invitation":
            self.changed.emit()


def _align_columns(*grids: QGridLayout) -> None:
    """The names and explanations of both boxes line up, so the buttons start together."""
    for col in (0, 1):
        widths = [
            item.widget().sizeHint().width()
            for grid in grids
            for row in range(grid.rowCount())
            if (item := grid.itemAtPosition(row, col)) is not None and item.widget()
        ]
        for grid in grids:
            grid.setColumnMinimumWidth(col, max(widths, default=0))
