"""One Dutch date entry for every date field: type it as a Belgian does, see it read back.

A line edit with the one parser (services/dutch_dates.py) and a calendar button: what is
typed — 12/01/2027, 12-1-27, 12 jan, morgen, vrijdag, over 2 weken, eind januari — is shown
back in full ("dinsdag 12 januari 2027") before it is taken. An impossible date is marked
with the parser's message and gives no date: the entry never falls back to another date,
and `date()` refuses it (a ValidationError naming the field) so a dialog's OK says why and
saves nothing. Relative words count from `base()`: the meeting's date for a date that
belongs to a meeting or its actions, today otherwise.

Every date field of the window is this widget (meeting date, due dates, periods, filters,
minutes and objectives dates); `CalendarPopup` is the one calendar the live panel shares.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
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
    HINT,
    DateReading,
    due_before_meeting_question,
    format_hint,
    read_date,
)
from ...services.errors import ValidationError
from ..look import css, set_icon
from ..ops import Outcome, checked
from .forms import fit_height

TYPED_FORMAT = "%d/%m/%Y"  # how a chosen date is written into the field


def tr(text: str) -> str:
    return QCoreApplication.translate("DateEntry", text)


class CalendarPopup(QCalendarWidget):
    """A date picker that closes on Enter or a click; keyboard: arrows, PgUp/PgDown."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(False)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.activated.connect(self._pick)
        self.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)

    def open_at(self, anchor: QWidget, day: dt.date) -> None:
        """Show the month of `day` under `anchor` (the field the date goes into)."""
        self.setSelectedDate(QDate(day.year, day.month, day.day))
        self.move(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)


def is_calendar_key(event: QEvent) -> bool:
    """F4 or Alt+Down in a date field: open its calendar (as a Windows date field does)."""
    if event.type() != QEvent.Type.KeyPress:
        return False
    key: QKeyEvent = event  # type: ignore[assignment]
    alt_down = key.key() == Qt.Key.Key_Down and bool(
        key.modifiers() & Qt.KeyboardModifier.AltModifier
    )
    return key.key() == Qt.Key.Key_F4 or alt_down


def due_confirmed(parent: QWidget, due: dt.date | None, meeting_date: dt.date | None) -> bool:
    """A due date before the meeting that sets it is asked about first; True to go on."""
    question = due_before_meeting_question(due, meeting_date)
    return (
        not question
        or QMessageBox.question(parent, APP_NAME, question) == QMessageBox.StandardButton.Yes
    )


class DateEntry(QWidget):
    """`value()` is the date typed (None when blank or impossible); `reading()` says why;
    `date()` gives the date or refuses with the Dutch message."""

    changed = Signal()  # the text changed (the date read back is shown already)
    editingFinished = Signal()  # Enter or the field lost focus, as a QLineEdit says

    def __init__(
        self,
        base: Callable[[], dt.date | None] = lambda: None,
        optional: bool = False,
        parent: QWidget | None = None,
        *,
        field: str = "date",
        day: dt.date | None = None,
        compact: bool = False,
        past: bool = False,
    ):
        super().__init__(parent)
        self._base = base
        self.optional = optional
        self.field = field
        self.past = past  # a date of what happened: "25/11" and "maandag" look back
        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(tr("12/01/2027, 12 jan, volgende vrijdag…"))
        self.edit.setToolTip(format_hint())
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/0000") + 16)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self._show_reading)
        self.edit.editingFinished.connect(self.editingFinished)
        self.button = QToolButton()
        self.button.setText(tr("Calendar…"))
        self.button.setToolTip(tr("Pick the date in a calendar (F4)"))
        self.button.setAccessibleName(tr("Pick the date in a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.open_calendar)
        if compact:  # in a filter bar: a short hint, the calendar as an icon (1366 pixels)
            self.edit.setPlaceholderText("")  # the accepted forms stay in the tooltip
            self.button.setText("")
            set_icon(self.button, "calendar-days")
        self.shown = QLabel()
        self.shown.setObjectName("dateReading")
        self.shown.setWordWrap(True)
        # it wraps within the field's width instead of widening a form or a filter bar
        self.shown.setMinimumWidth(self.edit.minimumWidth())
        self.calendar = CalendarPopup(self)
        self.calendar.picked.connect(self._picked)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.shown)
        self.setFocusProxy(self.edit)
        self.set_date(day)

    # ------------------------------------------------------------ the date

    def base(self) -> dt.date:
        return self._base() or dt.date.today()

    def set_base(self, base: Callable[[], dt.date | None]) -> None:
        """Where relative words count from from now on (e.g. another meeting chosen)."""
        self._base = base
        self._show_reading(self.edit.text())

    def reading(self) -> Outcome[DateReading | None]:
        """The date as understood, None when blank; the parser's message when impossible
        (or when blank and a date is required)."""
        text = self.edit.text().strip()
        if not text:
            return (
                Outcome(True, None)
                if self.optional
                else Outcome(False, None, tr("Type a date, e.g. 12/01/2027."), self.field)
            )
        found = checked(read_date, text, self.base(), field=self.field, past=self.past)
        return found if found else Outcome(False, None, found.message, self.field)

    def value(self) -> dt.date | None:
        found = self.reading()
        return found.value.date if found and found.value else None

    def date(self) -> dt.date | None:
        """The date typed (None only when blank and optional); else a ValidationError with
        the message shown under the field, for the dialog to refuse OK with."""
        found = self.reading()
        if not found:
            raise ValidationError(found.message, self.field)
        return found.value.date if found.value else None

    def set_date(self, day: dt.date | None) -> None:
        self.edit.setText(day.strftime(TYPED_FORMAT) if day else "")

    def text(self) -> str:
        return self.edit.text()

    def _show_reading(self, _text: str) -> None:
        found = self.reading()
        if found and found.value:
            self.shown.setText(found.value.spoken)
            self.shown.setStyleSheet("")
        elif not self.edit.text().strip():
            self.shown.setText("")
        else:
            # the marked reason, short: the accepted forms are in the placeholder and tooltip
            self.shown.setText(found.message.replace(HINT, "").strip() or found.message)
            self.shown.setStyleSheet(css("error"))  # marked, never replaced
        if self.isVisible():
            fit_height(self.window())  # a reason that wraps is read in full
        self.changed.emit()

    # ------------------------------------------------------------ the calendar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and is_calendar_key(event):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        self.calendar.open_at(self.edit, self.value() or self.base())

    def _picked(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        self.edit.setFocus()
        self.editingFinished.emit()
