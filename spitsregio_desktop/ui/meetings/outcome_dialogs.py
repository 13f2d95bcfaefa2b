"""The dialogs that add or correct one decision or action of an agenda item after the meeting.

OK calls the service through the gateway; a refusal (its Dutch message) is shown under the
field it names and the dialog stays open with what was typed, so nothing is lost and
nothing half-saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...services import actions, decisions
from ...services.dutch_dates import base_for_meeting
from ...services.errors import ValidationError
from ...services.live import OwnerCandidate
from ...services.views import ActionRow, DecisionRow
from ...storage.enums import ActionStatus
from ..common.conflict import ShownRow
from ..common.date_entry import DateEntry, due_confirmed
from ..common.form_dialog import FormDialog
from ..common.spellcheck import enable_spellcheck
from ..common.words import ACTION_STATUS, word
from ..context import AppContext, Topic
from ..live.entries import OwnerField
from ..ops import checked


def _text_box(lines: int, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab goes on to the next field, as in any dialog
    edit.setFixedHeight(parent.fontMetrics().height() * lines + 14)
    return edit


def _votes_text(value: int | None) -> str:
    return "" if value is None else str(value)


class DecisionDialog(FormDialog):
    """A decision's text and, when there was a vote, the counts (empty = not recorded)."""

    def __init__(
        self, ctx: AppContext, item_id: int, row: DecisionRow | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.item_id = item_id
        self.row = row
        self.setWindowTitle(
            self.tr("New decision")
            if row is None
            else self.tr("Decision %1").replace("%1", str(row.number))
        )
        self.setMinimumWidth(520)
        self.text = _text_box(6, self)
        enable_spellcheck(self.text, ctx)
        self.votes_for = QLineEdit()
        self.votes_against = QLineEdit()
        self.votes_abstain = QLineEdit()
        votes = QHBoxLayout()
        votes.setContentsMargins(0, 0, 0, 0)
        for label, edit in (
            (self.tr("for"), self.votes_for),
            (self.tr("against"), self.votes_against),
            (self.tr("abstaining"), self.votes_abstain),
        ):
            edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") + 16)
            votes.addWidget(edit)
            votes.addWidget(QLabel(label))
            votes.addSpacing(8)
        votes.addStretch(1)
        votes_box = QWidget()
        votes_box.setLayout(votes)
        votes_box.setToolTip(self.tr("Leave empty when there was no vote"))

        form = QFormLayout()
        self.add_row(form, self.tr("&Decision:"), self.text, "text")
        self.add_row(
            form, self.tr("&Votes:"), votes_box, "votes_for", "votes_against", "votes_abstain"
        )
        hint = QLabel(self.tr("Leave the votes empty when there was no vote."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", hint)
        self.lay_out(form)
        # the row_version and text shown: someone else's newer save is not overwritten
        self.shown = ShownRow(row.row_version, text=row.text) if row else ShownRow()
        if row is not None:
            self.text.setPlainText(row.text)
            self.votes_for.setText(_votes_text(row.votes_for))
            self.votes_against.setText(_votes_text(row.votes_against))
            self.votes_abstain.setText(_votes_text(row.votes_abstain))
        self.text.setFocus()

    def _take_over(self, theirs: dict) -> None:
        if "text" in theirs:
            self.text.setPlainText(theirs["text"])

    def values(self) -> dict[str, object]:
        return {
            "text": self.text.toPlainText(),
            "votes_for": self.votes_for.text().strip(),
            "votes_against": self.votes_against.text().strip(),
            "votes_abstain": self.votes_abstain.text().strip(),
        }

    def save(self) -> None:
        values = self.values()
        if self.row is None:
            operation = self.ctx.ops.run(decisions.add_decision, self.item_id, **values)
        else:
            operation = self.ctx.ops.run(
                decisions.update_decision, self.row.id, **values
            ).versioned(self.shown, self._take_over, **values)
        if self.saving(operation.changes(Topic.MEETINGS, Topic.DECISIONS)):
            self.accept()


STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.CANCELLED)


class ActionEditDialog(FormDialog):
    """What is to be done, by whom (a few typed letters), by when (typed Dutch), and status.

    Relative words in the due date count from the meeting's date ("over 2 weken" after the
    meeting that decided it); a due date before the meeting is asked about first."""

    def __init__(
        self,
        ctx: AppContext,
        item_id: int,
        row: ActionRow | None,
        candidates: list[OwnerCandidate],
        today: dt.date,
        parent: QWidget | None = None,
        meeting_date: dt.date | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.item_id = item_id
        self.row = row
        self.today = today
        self.meeting_date = meeting_date or (row.meeting_date if row is not None else None)
        self.setWindowTitle(self.tr("New action") if row is None else self.tr("Edit action"))
        self.setMinimumWidth(520)
        self.description = _text_box(4, self)
        enable_spellcheck(self.description, ctx)
        self.owner = OwnerField()
        self.owner.candidates = candidates
        self.owner.setPlaceholderText(self.tr("Type a few letters, pick with ↓ and Enter"))
        # QLineEdit fills in a pick only while it has focus; a pick always means this owner
        self.owner.picker.activated.connect(self.owner.setText)
        self.owner.textChanged.connect(self._show_owner)
        self.owner_understood = QLabel()
        self.owner_understood.setWordWrap(True)
        self.due = DateEntry(
            lambda: base_for_meeting(self.meeting_date, self.today), optional=True, field="due"
        )
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(word(ACTION_STATUS, status), str(status))

        form = QFormLayout()
        self.add_row(form, self.tr("&What:"), self.description, "description")
        self.add_row(form, self.tr("&Owner:"), self.owner, "owner")
        form.addRow("", self.owner_understood)
        self.add_row(form, self.tr("D&ue:"), self.due, "due", "due_date")
        self.add_row(form, self.tr("&Status:"), self.status, "status")
        self.lay_out(form)
        self.shown = (
            ShownRow(row.row_version, description=row.description, due_date=row.due_date)
            if row
            else ShownRow()
        )
        if row is not None:
            self.description.setPlainText(row.description)
            self.owner.setText(self._owner_label(row, candidates))
            self.due.set_date(row.due_date)
            self.status.setCurrentIndex(max(0, self.status.findData(str(row.status))))
        self._show_owner("")
        self.description.setFocus()

    def _take_over(self, theirs: dict) -> None:
        if "description" in theirs:
            self.description.setPlainText(theirs["description"])
        if "due_date" in theirs:
            self.due.set_date(theirs["due_date"])

    @staticmethod
    def _owner_label(row: ActionRow, candidates: list[OwnerCandidate]) -> str:
        """The list's label for the current owner, so it resolves to the same one again."""
        for candidate in candidates:
            if (row.owner_person_id or row.owner_organisation_id) and candidate.owner == (
                row.owner_person_id,
                row.owner_organisation_id,
            ):
                return candidate.label
        return row.owner

    def _show_owner(self, _text: str) -> None:
        chosen = self.owner.chosen()
        if chosen is not None:
            self.owner_understood.setText("→ " + chosen.label)
        elif self.owner.ambiguous():
            self.owner_understood.setText(self.tr("Several match: pick one from the list"))
        elif self.owner.text().strip():
            self.owner_understood.setText(self.tr("Not in the list: kept as typed"))
        else:
            self.owner_understood.setText(self.tr("No owner"))

    def due_date(self) -> dt.date | None:
        """The due date typed (None when blank); a ValidationError when impossible."""
        return self.due.date()

    def owner_fields(self) -> dict[str, object]:
        text = self.owner.text().strip()
        chosen = self.owner.chosen()
        if chosen is not None:
            return {
                "owner_person_id": chosen.person_id,
                "owner_organisation_id": chosen.organisation_id,
                "owner_text": "",
            }
        if text and self.owner.ambiguous():
            raise ValidationError(
                f"meerdere personen of organisaties passen bij '{text}': kies er een uit de lijst",
                "owner",
            )
        return {"owner_person_id": None, "owner_organisation_id": None, "owner_text": text}

    def values(self) -> dict[str, object]:
        """What the services get; a typing error raises a Dutch ValidationError."""
        return {
            "description": self.description.toPlainText(),
            **self.owner_fields(),
            "due_date": self.due_date(),
            "status": self.status.currentData(),
        }

    def save(self) -> None:
        typed = checked(self.values)  # what was typed may be refused before the program
        if not typed:
            self.show_error(typed)
            return
        values = dict(typed.value or {})
        due = values["due_date"]
        changed = self.row is None or due != self.row.due_date  # asked once, not on every edit
        if changed and not due_confirmed(self, due, self.meeting_date):  # type: ignore[arg-type]
            self.due.setFocus()
            return
        if self.row is None:
            description = values.pop("description")
            operation = self.ctx.ops.run(actions.add_action, self.item_id, description, **values)
        else:
            operation = self.ctx.ops.run(actions.update_action, self.row.id, **values).versioned(
                self.shown, self._take_over, **values
            )
        if self.saving(operation.changes(Topic.MEETINGS, Topic.ACTIONS)):
            self.accept()
