"""The small dialogs of the action tracker: a progress note, closing or cancelling with a
reason, reassigning (type a few letters of a person or organisation), postponing (a typed
Dutch date such as "volgende vrijdag", or a calendar). Every date is the one DateEntry: read
back in full before it is taken, an impossible one refused with its message.

Each dialog gets a `save` callback that returns the gateway's operation for what was
typed; the dialog runs it, and a refused value (the Dutch message) is shown in the dialog,
which stays open with what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...services.errors import ValidationError
from ...services.live import OwnerCandidate
from ..common.date_entry import DateEntry, due_confirmed
from ..common.forms import fit_height
from ..common.lists import error_label, set_error
from ..common.spellcheck import enable_spellcheck
from ..live.entries import OwnerField
from ..ops import Operation, Outcome, checked


class ActionDialog(QDialog):
    """A form with OK/Cancel and a red message line; OK runs the operation `save` makes of
    what was typed and closes if it took."""

    def __init__(self, title: str, save: Callable[[], Operation], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._save = save
        self.form = QFormLayout(self)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def ok_button(self):  # noqa: ANN201 - a QPushButton
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def refuse(self, refusal: Outcome) -> None:
        set_error(self.error, refusal.message)
        fit_height(self)

    def accept(self) -> None:
        operation = checked(self._save)  # what was typed may be refused before the program
        if not operation:
            self.refuse(operation)
            return
        done = operation.value.refused(self.refuse).inline(self)  # type: ignore[union-attr]
        if done:
            super().accept()
        elif done.stale:  # someone else changed the action: the list shows it now
            self.reject()


class NoteDialog(ActionDialog):
    """A text (progress note, reason) and the date it applies to."""

    def __init__(
        self,
        title: str,
        label: str,
        today: dt.date,
        save: Callable[[str, dt.date], Operation],
        date_label: str,
        parent: QWidget | None = None,
    ):
        super().__init__(title, lambda: save(self.text.toPlainText(), self.date()), parent)
        self.text = QPlainTextEdit()
        enable_spellcheck(self.text)  # progress notes go into the action lists
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().height() * 5 + 12)
        self.day = DateEntry(lambda: today, day=today, past=True)  # when it happened
        self.form.addRow(label, self.text)
        self.form.addRow(date_label, self.day)
        self.finish_layout()

    def date(self) -> dt.date:
        return self.day.date()  # type: ignore[return-value] - required: refused when blank


class ReassignDialog(ActionDialog):
    """The new owner by a few typed letters ("inter" → Interleuven), and why."""

    def __init__(
        self,
        candidates: list[OwnerCandidate],
        current: str,
        save: Callable[[OwnerCandidate, str], Operation],
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Reassign the action"), self._save_owner, parent)
        self._save_to = save
        self.owner = OwnerField()
        self.owner.candidates = candidates
        self.owner.setPlaceholderText(self.tr("Type a few letters, pick with ↓ and Enter"))
        self.owner.textChanged.connect(self._show_owner)
        # QLineEdit fills in a pick only while it has focus; a pick always means this owner
        self.owner.picker.activated.connect(self.owner.setText)
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional"))
        self.form.addRow(self.tr("Now:"), QLabel(current or self.tr("nobody")))
        self.form.addRow(self.tr("New owner:"), self.owner)
        self.form.addRow("", self.chosen_label)
        self.form.addRow(self.tr("Reason:"), self.note)
        self.finish_layout()
        self._show_owner("")

    def _show_owner(self, _text: str) -> None:
        chosen = self.owner.chosen()
        if chosen is not None:
            self.chosen_label.setText("→ " + chosen.label)
        elif self.owner.ambiguous():
            self.chosen_label.setText(self.tr("Several match: pick one from the list"))
        else:
            self.chosen_label.setText(
                self.tr("No person or organisation matches yet")
                if self.owner.text().strip()
                else ""
            )
        self.ok_button().setEnabled(chosen is not None)

    def _save_owner(self) -> Operation:
        chosen = self.owner.chosen()
        if chosen is None:
            raise ValidationError("kies een persoon of organisatie uit de lijst", "owner")
        return self._save_to(chosen, self.note.text())


def postpone_base(meeting_date: dt.date | None, today: dt.date) -> dt.date:
    """Where "over 2 weken" counts from when postponing: the action's meeting while that
    still lies ahead (the action was set for it), else today: a postponement is decided
    now, and counting from a past meeting would give a date already gone."""
    return meeting_date if meeting_date is not None and meeting_date > today else today


class PostponeDialog(ActionDialog):
    """A new due date typed the Dutch way (shown as it was understood) or picked, and why.
    A new due date before the action's meeting is asked about first."""

    def __init__(
        self,
        current: dt.date | None,
        today: dt.date,
        save: Callable[[dt.date, str], Operation],
        parent: QWidget | None = None,
        meeting_date: dt.date | None = None,
    ):
        super().__init__(
            self.tr("Postpone the action"),
            lambda: save(self.due_date(), self.reason.text()),
            parent,
        )
        self.meeting_date = meeting_date
        self.due = DateEntry(lambda: postpone_base(meeting_date, today), field="due")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it takes longer (optional)"))
        was = current.strftime("%d/%m/%Y") if current else self.tr("none")
        self.form.addRow(self.tr("Due now:"), QLabel(was))
        self.form.addRow(self.tr("New due date:"), self.due)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.finish_layout()

    def due_date(self) -> dt.date:
        return self.due.date()  # type: ignore[return-value] - required: refused when blank

    def accept(self) -> None:
        typed = checked(self.due_date)
        if not typed:
            self.refuse(typed)
            self.due.setFocus()
        elif due_confirmed(self, typed.value, self.meeting_date):
            super().accept()
        else:
            self.due.setFocus()
