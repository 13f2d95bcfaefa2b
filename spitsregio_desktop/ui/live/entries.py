"""Inline entries under the notes: a decision (Ctrl+D) and an action (Ctrl+T).

No modal dialog: the entry opens in place, Enter saves, Escape goes back to the notes, and
a refused entry keeps what was typed with the Dutch message beside it (nothing is saved).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services.dutch_dates import (
    base_for_meeting,
    due_before_meeting_question,
    format_hint,
    parse_due_date,
)
from ...services.live import OwnerCandidate, match_owners, resolve_owner
from ..common.date_entry import CalendarPopup, is_calendar_key
from ..ops import checked


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveEntry", text)


def long_date(day: dt.date) -> str:
    """ "vrijdag 4 december 2026", as the documents write it."""
    return format_date(day, format="full", locale="nl_BE")


class EntryPanel(QFrame):
    """Common frame: a title, fields, a message line; Escape cancels, `done` after a save."""

    done = Signal()
    cancelled = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("liveEntry")
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        hint = QLabel(tr("Enter saves · Esc goes back to the notes"))
        hint.setStyleSheet("color: palette(mid);")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(hint)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(head)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)

    def show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def clear_error(self) -> None:
        self.message.clear()
        self.message.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them; overridden by each entry."""
        return []

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        # Tab (which a field passes up to its parent) goes round the entry's own fields:
        # it never leaves the entry for the notes, where typed text would be misplaced
        chain = [w for w in self.focus_chain() if w.isVisible() and w.isEnabled()]
        current = next_focus = QApplication.focusWidget()
        if current in chain:
            next_focus = chain[(chain.index(current) + (1 if next else -1)) % len(chain)]
            next_focus.setFocus(
                Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
            )
            return True
        return super().focusNextPrevChild(next)

    def _line(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.returnPressed.connect(self.submit)
        return edit

    def has_text(self) -> bool:
        return any(
            edit.text().strip()
            for edit in self.findChildren(QLineEdit)
            if edit.isVisible() and not edit.inputMask()
        )

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class DecisionEntry(EntryPanel):
    """The decision's text and, when the body voted, the counts (blank: consensus)."""

    def __init__(self, save: Callable[[str, str, str, str], object], parent: QWidget | None = None):
        super().__init__(tr("New decision"), parent)
        self._save = save
        self.text = self._line(tr("What was decided…"))
        self.votes_for = self._line(tr("for"))
        self.votes_against = self._line(tr("against"))
        self.votes_abstain = self._line(tr("abstaining"))
        self.grid.addWidget(QLabel(tr("Decision")), 0, 0)
        self.grid.addWidget(self.text, 0, 1, 1, 7)
        self.grid.addWidget(QLabel(tr("Votes (optional)")), 1, 0)
        for column, (edit, label) in enumerate(
            (
                (self.votes_for, tr("for")),
                (self.votes_against, tr("against")),
                (self.votes_abstain, tr("abstaining")),
            )
        ):
            edit.setValidator(QIntValidator(0, 999, edit))
            edit.setMaximumWidth(70)
            edit.setToolTip(label)
            self.grid.addWidget(edit, 1, 1 + column)
        self.grid.setColumnStretch(7, 1)

    def focus_chain(self) -> list[QWidget]:
        return [self.text, self.votes_for, self.votes_against, self.votes_abstain]

    def start(self) -> None:
        for edit in (self.text, self.votes_for, self.votes_against, self.votes_abstain):
            edit.clear()
        self.clear_error()
        self.text.setFocus()

    def submit(self) -> None:
        # the save (an operation of the gateway) says a refusal in this entry itself
        if self._save(
            self.text.text(),
            self.votes_for.text(),
            self.votes_against.text(),
            self.votes_abstain.text(),
        ):
            self.done.emit()


class OwnerField(QLineEdit):
    """Type a few letters of a person or organisation; pick with the arrow keys and Enter."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.candidates: list[OwnerCandidate] = []
        self.shown: list[OwnerCandidate] = []
        self.list_model = QStringListModel(self)
        self.picker = QCompleter(self.list_model, self)
        # the matching (accents, word starts) is ours: the completer only shows the list
        self.picker.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.picker.setMaxVisibleItems(8)
        self.setCompleter(self.picker)
        self.textEdited.connect(self._filter)

    def _filter(self, text: str) -> None:
        self.shown = match_owners(self.candidates, text)
        self.list_model.setStringList([c.label for c in self.shown])
        if self.shown:
            self.picker.complete()
        else:
            self.picker.popup().hide()

    def popup_visible(self) -> bool:
        return self.picker.popup().isVisible()

    def chosen(self) -> OwnerCandidate | None:
        return resolve_owner(self.candidates, self.text())

    def ambiguous(self) -> bool:
        return self.chosen() is None and bool(match_owners(self.candidates, self.text(), 2))


class ActionEntry(EntryPanel):
    """What, who (a few letters), by when (Dutch words or a calendar)."""

    def __init__(
        self,
        save: Callable[[str, OwnerCandidate | None, str, dt.date | None], object],
        meeting_date: Callable[[], dt.date | None] = lambda: None,
        parent: QWidget | None = None,
    ):
        super().__init__(tr("New action"), parent)
        self._save = save
        self._meeting_date = meeting_date
        self.what = self._line(tr("What has to be done…"))
        self.owner = OwnerField()
        self.owner.setPlaceholderText(tr("Who: type a few letters, pick with ↓ and Enter"))
        self.owner.returnPressed.connect(self._owner_return)
        self.due = self._line(tr("By when: 15/1, 15 jan, volgende vrijdag"))
        self.due.setToolTip(format_hint())
        self.due.textChanged.connect(self._show_due)
        self.due.installEventFilter(self)
        self.due_label = QLabel()
        self.due_label.setMinimumWidth(240)
        self.calendar_button = QToolButton()
        self.calendar_button.setText(tr("Calendar…"))
        self.calendar_button.setToolTip(tr("Pick the date in a calendar (F4)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # after the due date
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar = CalendarPopup(self)
        self.calendar.picked.connect(self._calendar_picked)
        self.grid.addWidget(QLabel(tr("Action")), 0, 0)
        self.grid.addWidget(self.what, 0, 1, 1, 3)
        self.grid.addWidget(QLabel(tr("Owner")), 1, 0)
        self.grid.addWidget(self.owner, 1, 1, 1, 3)
        self.grid.addWidget(QLabel(tr("Due")), 2, 0)
        self.grid.addWidget(self.due, 2, 1)
        self.grid.addWidget(self.calendar_button, 2, 2)
        self.grid.addWidget(self.due_label, 2, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(3, 3)

    def set_candidates(self, candidates: list[OwnerCandidate]) -> None:
        self.owner.candidates = candidates

    def focus_chain(self) -> list[QWidget]:
        return [self.what, self.owner, self.due, self.calendar_button]

    def _today(self) -> dt.date:
        """Where "over 2 weken" counts from: the meeting's date (today without one)."""
        return base_for_meeting(self._meeting_date(), dt.date.today())

    def start(self) -> None:
        for edit in (self.what, self.owner, self.due):
            edit.clear()
        self.clear_error()
        self._show_due("")
        self.what.setFocus()

    # ------------------------------------------------------------ owner

    def _owner_return(self) -> None:
        # QCompleter passes the Enter that picks from its list on to the field (before it
        # fills in the pick): that Enter means "this one", not "save the action"; the
        # cursor stays in the owner field and Tab moves on to the due date
        if self.owner.popup_visible():
            return
        self.submit()

    # ------------------------------------------------------------ due date

    def due_date(self) -> dt.date | None:
        """The date typed (None when blank); a ValidationError with the hint when unclear."""
        text = self.due.text().strip()
        return parse_due_date(text, self._today(), field="due") if text else None

    def _show_due(self, _text: str) -> None:
        due = checked(self.due_date)
        if not due:
            self.due_label.setText(tr("(not a date yet)") if self.due.text().strip() else "")
            self.due_label.setStyleSheet("color: palette(mid);")
            return
        self.due_label.setText(long_date(due.value) if due.value else "")
        self.due_label.setStyleSheet("color: palette(window-text);")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.due and is_calendar_key(event):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        self.calendar.open_at(self.due, checked(self.due_date).value or self._today())

    def _calendar_picked(self, day: QDate) -> None:
        self.due.setText(day.toString("dd/MM/yyyy"))
        self.due.setFocus()

    # ------------------------------------------------------------ save

    def submit(self) -> None:
        typed = checked(self.due_date)
        if not typed:
            self.show_error(typed.message)
            self.due.setFocus()
            return
        due = typed.value
        question = due_before_meeting_question(due, self._meeting_date())
        if (
            question
            and QMessageBox.question(self, APP_NAME, question) != QMessageBox.StandardButton.Yes
        ):
            self.due.setFocus()
            return
        owner = self.owner.chosen()
        if owner is None and self.owner.ambiguous():
            self.show_error(
                tr(
                    "Several people or organisations match “%1”: pick one from "
                    "the list (type, then ↓ and Enter)."
                ).replace("%1", self.owner.text())
            )
            self.owner.setFocus()
            return
        if self._save(self.what.text(), owner, self.owner.text(), due):  # refusals said here
            self.done.emit()
