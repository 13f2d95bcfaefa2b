"""Who is invited and what they answered: invite the members or someone else, remove an
invitation, e-mail or mark the invitation sent, record answers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services.attendance import (
    invite_members,
    mark_invitations_sent,
    remove_invitation,
    set_answer,
)
from ...services.people import list_persons
from ...services.views import InvitationRow, MeetingDetail
from ...storage.enums import Answer
from ..common.table_model import Column, select_entities, selected_entities
from ..common.words import ANSWER, ROLE, word
from ..context import AppContext, Topic
from ..shortcuts import shortcut
from .choosers import InvitePersonDialog
from .common import TintedColumnModel, for_each_person, people_table


class InvitationsPanel(QGroupBox):
    changed = Signal()
    email_requested = Signal()  # the documents tab makes the draft (one mechanism)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Invitations"))
        self.ctx = ctx
        self.detail: MeetingDetail | None = None
        columns: list[Column[InvitationRow]] = [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(self.tr("Role"), lambda r: word(ROLE, r.role)),
            Column(self.tr("E-mail"), lambda r: r.email),
            Column(self.tr("Answer"), self.answer_text),
            Column(self.tr("Sent on"), lambda r: r.sent_on),
        ]
        self.model: TintedColumnModel[InvitationRow] = TintedColumnModel(
            columns, 4, _answer_colour, self
        )
        self.proxy, self.table = people_table(self, self.model, 3)  # e-mail stretches

        self.invite_button = QPushButton(self.tr("&Invite the members"))
        self.invite_button.setToolTip(
            self.tr(
                "Adds every current member of the body; people already invited stay as they are."
            )
        )
        self.other_button = QPushButton(self.tr("Invite someone &else…"))
        self.other_button.setToolTip(self.tr("A guest or an expert who is not a member"))
        self.remove_button = QPushButton(self.tr("&Remove invitation…"))
        self.remove_button.setToolTip(self.tr("Remove the selected people from the invitations"))
        self.email_button = QPushButton(self.tr("E-&mail the invitation…"))
        self.email_button.setToolTip(
            self.tr(
                "Make an e-mail draft for the invited people and open it in your mail program (%1)"
            ).replace(
                "%1", shortcut("email_invitation").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.sent_button = QPushButton(self.tr("Mark invitations as &sent"))
        self.sent_button.setToolTip(self.tr("When you sent the invitation another way"))
        self.coming_button = QPushButton(self.tr("&Coming"))
        self.excused_button = QPushButton(self.tr("E&xcused"))
        self.no_answer_button = QPushButton(self.tr("&No answer"))
        self.substitute_button = QPushButton(self.tr("Substituted &by…"))
        for button in (
            self.coming_button,
            self.excused_button,
            self.no_answer_button,
            self.substitute_button,
        ):
            button.setToolTip(self.tr("Set the answer of the selected people"))
        self.only_open = QCheckBox(self.tr("Only those who have not answered"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)

        self.invite_button.clicked.connect(self.invite)
        self.other_button.clicked.connect(self.invite_other)
        self.remove_button.clicked.connect(self.remove)
        self.email_button.clicked.connect(self.email_requested)
        self.sent_button.clicked.connect(self.mark_sent)
        self.coming_button.clicked.connect(lambda: self.set_answer(Answer.COMING))
        self.excused_button.clicked.connect(lambda: self.set_answer(Answer.EXCUSED))
        self.no_answer_button.clicked.connect(lambda: self.set_answer(Answer.NO_ANSWER))
        self.substitute_button.clicked.connect(self.substitute)
        self.only_open.toggled.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(self.invite_button)
        top.addWidget(self.other_button)
        top.addWidget(self.remove_button)
        top.addStretch(1)
        top.addWidget(self.email_button)
        top.addWidget(self.sent_button)
        answers = QHBoxLayout()
        prompt = QLabel(self.tr("Answer of the selected people:"))
        prompt.setWordWrap(True)  # lets the row shrink on a 1 280-pixel laptop screen
        answers.addWidget(prompt)
        answers.addWidget(self.coming_button)
        answers.addWidget(self.excused_button)
        answers.addWidget(self.no_answer_button)
        answers.addWidget(self.substitute_button)
        answers.addStretch(1)
        answers.addWidget(self.counts)
        answers.addSpacing(12)
        answers.addWidget(self.only_open)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(answers)
        self._update_buttons()

    # ------------------------------------------------------------ showing

    def show_detail(self, detail: MeetingDetail) -> None:
        selected = {row.person_id for row in self.selected_rows()}
        self.detail = detail
        self.model.set_rows(detail.invitations)
        self.counts.setText(self.count_text(detail.invitations))
        self.email_button.setEnabled(bool(detail.invitations))
        self._reselect(selected)
        self._update_buttons()

    def answer_text(self, row: InvitationRow) -> str:
        if row.answer == Answer.SUBSTITUTED and row.substitute_name:
            return self.tr("substituted by %1").replace("%1", row.substitute_name)
        return word(ANSWER, row.answer)

    def count_text(self, rows: tuple[InvitationRow, ...]) -> str:
        if not rows:
            return self.tr("Nobody invited yet")
        n = {answer: sum(1 for r in rows if r.answer == answer) for answer in Answer}
        text = (
            self.tr("%1 coming · %2 excused · %3 no answer")
            .replace("%1", str(n[Answer.COMING]))
            .replace("%2", str(n[Answer.EXCUSED]))
            .replace("%3", str(n[Answer.NO_ANSWER]))
        )
        if n[Answer.SUBSTITUTED]:  # counted too, so the counts add up to the invitees
            text += " · " + self.tr("%1 substituted").replace("%1", str(n[Answer.SUBSTITUTED]))
        return text

    def _filter(self, only_open: bool) -> None:
        self.proxy.set_extra_filter((lambda r: r.answer == Answer.NO_ANSWER) if only_open else None)

    def selected_rows(self) -> list[InvitationRow]:
        return selected_entities(self.table)

    def _reselect(self, person_ids: set[int]) -> None:
        select_entities(self.table, lambda row: row.person_id in person_ids)

    def _update_buttons(self) -> None:
        # taken along to a laptop (a shared database): read-only here until brought back
        free = self.detail is None or not self.detail.checked_out_by
        has = bool(self.selected_rows()) and free
        for button in (
            self.coming_button,
            self.excused_button,
            self.no_answer_button,
            self.remove_button,
        ):
            button.setEnabled(has)
        self.substitute_button.setEnabled(len(self.selected_rows()) == 1 and free)
        for button in (self.invite_button, self.other_button):
            button.setEnabled(free)
        self.sent_button.setEnabled(free and bool(self.detail and self.detail.invitations))

    # ------------------------------------------------------------ actions

    def invite(self) -> None:
        if self.detail is None:
            return
        done = self.ctx.ops.run(invite_members, self.detail.id).changes(Topic.MEETINGS).inline(self)
        if done:
            self.ctx.hub.status_message.emit(
                self.tr("%1 people invited").replace("%1", str(done.value))
            )
            self.changed.emit()

    def ask_person(self, persons: list[tuple[str, int]]) -> int | None:
        dialog = InvitePersonDialog(persons, self)
        try:
            return dialog.person_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def invite_other(self) -> None:
        if self.detail is None:
            return
        invited = {row.person_id for row in self.detail.invitations}
        persons = self.ctx.ops.run(list_persons, False).inline(self)
        if not persons:
            return
        choices = [
            (f"{p.name} ({p.organisation})" if p.organisation else p.name, p.id)
            for p in persons.value or ()
            if p.id not in invited
        ]
        person_id = self.ask_person(choices)
        if person_id is None:
            return
        if (
            self.ctx.ops.run(invite_members, self.detail.id, person_ids=[person_id])
            .changes(Topic.MEETINGS)
            .inline(self)
        ):
            self.changed.emit()
            self._reselect({person_id})

    def confirm_remove(self, rows: list[InvitationRow]) -> bool:
        names = ", ".join(r.name for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        text = (
            self.tr("Remove the invitation of %1?").replace("%1", names)
            if len(rows) == 1
            else self.tr("Remove the invitations of %1 people (%2)?")
            .replace("%1", str(len(rows)))
            .replace("%2", names)
        )
        answer = QMessageBox.question(self, APP_NAME, text)
        return answer == QMessageBox.StandardButton.Yes

    def remove(self) -> None:
        rows = self.selected_rows()
        if self.detail is None or not rows or not self.confirm_remove(rows):
            return
        if (
            self.ctx.ops.run(
                for_each_person, remove_invitation, self.detail.id, [r.person_id for r in rows]
            )
            .changes(Topic.MEETINGS)
            .inline(self)
        ):
            self.changed.emit()

    def mark_sent(self) -> None:
        if self.detail is None:
            return
        if (
            self.ctx.ops.run(mark_invitations_sent, self.detail.id)
            .changes(Topic.MEETINGS)
            .inline(self)
        ):
            self.changed.emit()

    def set_answer(self, answer: Answer) -> None:
        if self.detail is None:
            return
        rows = self.selected_rows()
        if (
            self.ctx.ops.run(
                for_each_person, set_answer, self.detail.id, [r.person_id for r in rows], answer
            )
            .changes(Topic.MEETINGS)
            .inline(self)
            and rows
        ):
            self.changed.emit()

    def ask_substitute(self, row: InvitationRow) -> str | None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Substituted by"),
            self.tr("Who comes instead of %1?").replace("%1", row.name),
            QLineEdit.EchoMode.Normal,
            row.substitute_name,
        )
        return name if ok else None

    def substitute(self) -> None:
        """The answer "vervangen door …": excused, and who comes instead (carried into the
        attendance by "Fill in from the answers")."""
        rows = self.selected_rows()
        if self.detail is None or len(rows) != 1:
            return
        name = self.ask_substitute(rows[0])
        if name is None:
            return
        if (
            self.ctx.ops.run(
                set_answer,
                self.detail.id,
                rows[0].person_id,
                Answer.SUBSTITUTED,
                substitute_name=name,
            )
            .changes(Topic.MEETINGS)
            .inline(self)
        ):
            self.changed.emit()
            self._reselect({rows[0].person_id})


def _answer_colour(row: InvitationRow) -> QColor | None:
    if row.answer == Answer.EXCUSED:
        return QColor("#8a5a00")
    if row.answer == Answer.COMING:
        return QColor("#1b6e20")
    return None
