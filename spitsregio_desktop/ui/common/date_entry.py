"""One Dutch date entry for every date field: type it as a Belgian does, see it read back.

A line edit with the one parser (services/dutch_dates.py) and a calendar button: what is
typed — 12/01/2027, 12-1-27, 12 jan, morgen, vrijdag, over 2 weken, eind januari — is shown
back in full ("dinsdag 12 januari 2027") before it is taken. An impossible date is marked
with the parser's message and gives no date: the entry never falls back to another date.
Relative words count from `base()`: the meeting's date for a date that belongs to a meeting
or its actions, today otherwise.
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.dutch_dates import DateReading, format_hint, read_date
from ..ops import Outcome, checked

TYPED_FORMAT = "%d/%m/%Y"  # how a chosen date is written into the field


def tr(text: str) -> str:
    return QCoreApplication.translate("DateEntry", text)


class _CalendarPopup(QCalendarWidget):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.activated.connect(self._pick)
        self.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class DateEntry(QWidget):
    """`value()` is the date typed (None when blank or impossible); `reading()` says why."""

    changed = Signal()

    def __init__(
        self,
        base: Callable[[], dt.date | None] = lambda: None,
        optional: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._base = base
        self.optional = optional
        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(tr("12/01/2027, 12 jan, volgende vrijdag…"))
        self.edit.setToolTip(format_hint())
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self._show_reading)
        self.button = QToolButton()
        self.button.setText(tr("Calendar…"))
        self.button.setToolTip(tr("Pick the date in a calendar (F4)"))
        self.button.setAccessibleName(tr("Pick the date in a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.open_calendar)
        self.shown = QLabel()
        self.shown.setObjectName("dateReading")
        self.shown.setWordWrap(True)
        self.calendar = _CalendarPopup(self)
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
        self._show_reading("")

    # ------------------------------------------------------------ the date

    def base(self) -> dt.date:
        return self._base() or dt.date.today()

    def reading(self) -> Outcome[DateReading | None]:
        """The date as understood, None when blank; the parser's message when impossible
        (or when blank and a date is required)."""
        text = self.edit.text().strip()
        if not text:
            return (
                Outcome(True, None)
                if self.optional
                else Outcome(False, None, tr("Type a date, e.g. 12/01/2027."), "date")
            )
        return checked(read_date, text, self.base())

    def value(self) -> dt.date | None:
        found = self.reading()
        return found.value.date if found and found.value else None

    def set_date(self, day: dt.date | None) -> None:
        self.edit.setText(day.strftime(TYPED_FORMAT) if day else "")

    def _show_reading(self, _text: str) -> None:
        found = self.reading()
        if found and found.value:
            self.shown.setText(found.value.spoken)
            self.shown.setStyleSheet("color: palette(window-text);")
        elif not self.edit.text().strip():
            self.shown.setText("")
        else:
            self.shown.setText(found.message)
            self.shown.setStyleSheet("color: #b00020;")  # marked, never replaced
        self.changed.emit()

    # ------------------------------------------------------------ the calendar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key: QKeyEvent = event  # type: ignore[assignment]
            alt_down = (
                key.key() == Qt.Key.Key_Down and key.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if key.key() == Qt.Key.Key_F4 or alt_down:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        day = self.value() or self.base()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        self.edit.setFocus()
