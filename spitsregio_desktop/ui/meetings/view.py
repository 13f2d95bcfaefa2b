"""The Meetings view: the list of all meetings, and the screen of one meeting.

A stacked page: the list (filters, search-as-you-type, newest first, upcoming in bold) and
`MeetingScreen`. The last opened meeting and tab are remembered in QSettings and reopened
on the next start.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services.views import MeetingRow
from ...storage.enums import MeetingStatus
from ..common.lists import AsyncLoader, set_widths
from ..common.table_model import Column, DataclassTableModel, RowFilterProxy
from ..common.words import MEETING_STATUS, word
from ..context import AppContext, Topic
from ..look import set_icon
from ..shortcuts import shortcut
from . import TAB_KEY
from .checkout import CheckoutButtons, checkout_text
from .common import compact_table, hours_text
from .welcome import WelcomePanel

if TYPE_CHECKING:
    from .new_meeting_dialog import NewMeetingDialog
    from .screen import MeetingScreen

LAST_KEY = "meetings/last_id"
UPCOMING = "upcoming"  # status filter value: today or later, not cancelled


def is_upcoming(row: MeetingRow, today: dt.date | None = None) -> bool:
    return row.date >= (today or dt.date.today()) and row.status != MeetingStatus.CANCELLED


class MeetingListModel(DataclassTableModel[MeetingRow]):
    """Upcoming meetings in bold, cancelled ones greyed."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.FontRole:
            if is_upcoming(self.rows[index.row()]):
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


class MeetingsView(QStackedWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._restored = False
        self._stale = True
        self.new_dialog: NewMeetingDialog | None = None
        self.list_page = QWidget()
        self._build_list()
        self.addWidget(self.list_page)
        self._screen: MeetingScreen | None = None  # built when the first meeting opens
        self._wanted: int | None = None  # the meeting to select when the list has come
        self._focus_first = False
        self.list_loader = AsyncLoader(ctx, _list_contents, self._show_list)
        ctx.hub.subscribe((Topic.MEETINGS,), self._meetings_changed)

    @property
    def screen(self) -> MeetingScreen:
        """The meeting screen (five tabs): built on first use, so the list shows sooner."""
        if self._screen is None:
            from .screen import MeetingScreen

            self._screen = MeetingScreen(self.ctx)
            self._screen.back.connect(self.show_list)
            self.addWidget(self._screen)
        return self._screen

    def _on_screen(self) -> bool:
        return self._screen is not None and self.currentWidget() is self._screen

    # ------------------------------------------------------------ the list

    def _status_text(self, row: MeetingRow) -> str:
        status = word(MEETING_STATUS, row.status)
        if row.checked_out_by:  # a server: someone took it to a laptop, read-only here
            return status + " · " + self.tr("taken away by %1").replace("%1", row.checked_out_by)
        return status

    def _build_list(self) -> None:
        columns: list[Column[MeetingRow]] = [
            Column(self.tr("Body"), lambda r: r.body_short, tooltip=lambda r: r.body_name),
            Column(self.tr("No."), lambda r: r.number, align_right=True),
            Column(
                self.tr("Date"),
                lambda r: r.date,
                sort=lambda r: f"{r.date.isoformat()} {r.start_time or ''}",
            ),
            Column(self.tr("Hours"), lambda r: hours_text(r.start_time, r.end_time)),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Place"), lambda r: r.location),
            Column(self.tr("Status"), self._status_text, tooltip=self._status_text),
        ]
        self.model = MeetingListModel(columns, self)
        self.model.highlight = _row_colour
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_table(self.table)
        # widths from the font, not from the contents: measuring ten years of rows at
        # start asks the model for some 60 000 cells
        set_widths(self.table, [3, 3, 10, 11, 0, 24, 17], stretch=4)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())  # Return, Enter
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.body_filter = QComboBox()
        self.year_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Upcoming"), UPCOMING)
        for status in MeetingStatus:
            self.status_filter.addItem(word(MEETING_STATUS, status), status.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search in the list…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(lambda _t: self._update_count())
        for combo in (self.body_filter, self.year_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        # Ctrl+F ("find") is the main window's search over all meetings (search_dialog.py);
        # a second window-wide Ctrl+F here would make both ambiguous and neither would fire

        self.new_button = QPushButton(self.tr("&New meeting…"))
        set_icon(self.new_button, "new")
        self.new_button.setToolTip(
            shortcut("new_meeting").toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.open_button = QPushButton(self.tr("&Open"))
        set_icon(self.open_button, "open")
        self.live_button = QPushButton(self.tr("Start &live minutes"))
        set_icon(self.live_button, "live")
        self.live_button.setToolTip(
            shortcut("start_live").toString(QKeySequence.SequenceFormat.NativeText)
        )
        self._live_tip = self.live_button.toolTip()
        self.cancel_button = QPushButton(self.tr("&Cancel meeting…"))
        set_icon(self.cancel_button, "cancel")
        self.new_button.clicked.connect(self.new_meeting)
        self.open_button.clicked.connect(self.open_selected)
        self.live_button.clicked.connect(self.start_live)
        self.cancel_button.clicked.connect(self.cancel_selected)
        for key, slot in (("new_meeting", self.new_meeting), ("start_live", self.start_live)):
            QShortcut(
                shortcut(key), self.list_page, slot, context=Qt.ShortcutContext.WindowShortcut
            )
        self.count = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.body_filter)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.live_button):
            buttons.addWidget(button)
        self.checkout = CheckoutButtons(self.ctx, self.selected, self.load_list)  # offline
        buttons.addWidget(self.checkout)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addWidget(self.cancel_button)
        self.welcome = WelcomePanel(self.ctx, self.new_meeting, self.list_page)
        # the list is read off the UI thread: until it comes, the filters offer "all" and
        # the first steps stay out of sight (most databases have done them long ago)
        self.welcome.hide()
        self._fill_combo(self.body_filter, [(self.tr("All bodies"), None)])
        self._fill_combo(self.year_filter, [(self.tr("All years"), None)])
        layout = QVBoxLayout(self.list_page)
        layout.addWidget(self.welcome)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def load_list(self, select: int | None = None) -> None:
        """The list, read off the UI thread (at start the window shows meanwhile); then
        `select` is selected, or the meeting that was selected."""
        selected = self.selected()
        self._wanted = select if select is not None or selected is None else selected.id
        self.list_loader.load()

    def _show_list(self, contents: tuple[list, list, list]) -> None:
        bodies, rows, steps = contents
        self._fill_combo(
            self.body_filter,
            [(self.tr("All bodies"), None)] + [(f"{b.short} – {b.name}", b.id) for b in bodies],
        )
        years = sorted({r.date.year for r in rows}, reverse=True)
        self._fill_combo(
            self.year_filter, [(self.tr("All years"), None)] + [(str(y), y) for y in years]
        )
        self.model.set_rows(rows)
        self.welcome.show_steps(steps)  # a new user's first steps, ticked off as done
        self._stale = False
        self._apply_filters()
        if self._wanted is not None:
            self.select_meeting(self._wanted)
        elif self._focus_first and self.proxy.rowCount():  # focus_list() came first
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._focus_first = False
        self._update_buttons()

    def _fill_combo(self, combo: QComboBox, entries: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            for text, value in entries:
                combo.addItem(text, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        body, year = self.body_filter.currentData(), self.year_filter.currentData()
        status = self.status_filter.currentData()
        today = dt.date.today()

        def accept(row: MeetingRow) -> bool:
            if body is not None and row.body_id != body:
                return False
            if year is not None and row.date.year != year:
                return False
            if status == UPCOMING:
                return is_upcoming(row, today)
            return status is None or row.status == status

        no_filter = body is None and year is None and status is None
        self.proxy.set_extra_filter(None if no_filter else accept)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 meeting") if total == 1 else self.tr("%1 meetings")
        else:
            text = self.tr("%1 of 1 meeting") if total == 1 else self.tr("%1 of %2 meetings")
        text = text.replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)

    def selected(self) -> MeetingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.entity(rows[0]) if rows else None

    def select_meeting(self, meeting_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.entity(index).id == meeting_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        usable = row is not None and row.status != MeetingStatus.CANCELLED
        taken = checkout_text(row) if row is not None else ""
        self.live_button.setEnabled(
            usable and row.status != MeetingStatus.MINUTES_APPROVED and not taken
        )
        self.live_button.setToolTip(taken or self._live_tip)
        self.cancel_button.setEnabled(
            usable and row.status in (MeetingStatus.PLANNED, MeetingStatus.INVITED)
        )
        self.checkout.update_for(row)

    # ------------------------------------------------------------ the view's contract

    def refresh(self) -> None:
        if not self._restored:
            self._restored = True
            self.load_list()
            if self.restore_last():
                return
        if self._on_screen():
            self.screen.refresh()
        else:
            self.load_list()

    def flush(self) -> bool:
        return self.screen.flush() if self._on_screen() else True

    def restore_last(self) -> bool:
        """Reopen the meeting (and tab) that was open when the program was closed."""
        value = self.ctx.qsettings.value(LAST_KEY)
        try:
            meeting_id = int(value) if value not in (None, "") else None
            tab = int(self.ctx.qsettings.value(TAB_KEY, 0))
        except (TypeError, ValueError):
            return False
        if meeting_id is None:
            return False
        return self.open_meeting(meeting_id, tab)

    def _meetings_changed(self) -> None:
        # another part of the program changed meetings; the list reloads when it is shown
        self._stale = True
        if self.currentWidget() is self.list_page and self.isVisible():
            self.load_list()

    # ------------------------------------------------------------ navigation

    def open_meeting(self, meeting_id: int, tab: int | None = None) -> bool:
        if not self.screen.load(meeting_id, tab):
            self.ctx.qsettings.remove(LAST_KEY)
            return False
        self.setCurrentWidget(self.screen)
        self.ctx.qsettings.setValue(LAST_KEY, meeting_id)
        return True

    def show_list(self) -> None:
        self.ctx.qsettings.remove(LAST_KEY)  # next start opens on the list
        current = self._screen.meeting_id if self._screen is not None else None
        self.setCurrentWidget(self.list_page)
        self.load_list(current)  # cheap; statuses may have changed on the meeting screen
        self.table.setFocus()

    def focus_list(self) -> None:
        """The keyboard in the list (at start): Home selects the newest, Return opens it;
        in the meeting's tabs when the last meeting was opened again."""
        if self.currentWidget() is self.list_page:
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                if self.table.model().rowCount():
                    self.table.setCurrentIndex(self.table.model().index(0, 0))
                else:  # the list is still being read: its first row when it comes
                    self._focus_first = True
        else:
            self.screen.tabs.setFocus()

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_meeting(row.id)

    def start_live(self) -> None:
        row = self.selected()
        if row is not None and self.live_button.isEnabled():
            self.ctx.hub.open_live.emit(row.id)

    def new_meeting(self) -> None:
        body = self.body_filter.currentData()
        from .new_meeting_dialog import NewMeetingDialog  # its services load on first use

        self.new_dialog = NewMeetingDialog(self.ctx, self, body_id=body)
        self.new_dialog.accepted.connect(self._created)
        self.new_dialog.open()

    def _created(self) -> None:
        dialog = self.new_dialog
        if dialog is None or dialog.meeting_id is None:
            return
        self.load_list()
        self.open_meeting(dialog.meeting_id)
        self.ctx.hub.status_message.emit(self.tr("Meeting planned"))

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None or not self.cancel_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr("Cancel meeting %1 of %2 on %3?\n\nIt stays in the list as cancelled.")
            .replace("%1", str(row.number))
            .replace("%2", row.body_short)
            .replace("%3", row.date.strftime("%d/%m/%Y")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ...services.meetings import cancel_meeting

        self.ctx.ops.run(cancel_meeting, row.id).changes(Topic.MEETINGS).inline(self)


def _row_colour(row: MeetingRow) -> QColor | None:
    if row.status == MeetingStatus.CANCELLED:
        return QColor("#888888")
    if is_upcoming(row):
        return QColor("#0b4f8a")
    return None


def _list_contents(session: Any) -> tuple[list, list, list]:
    """What the meeting list shows: the bodies (a filter), the meetings, the first steps.
    Its services (the ORM, the models) are imported here, in the background: the window
    shows before they are loaded."""
    from ...services.first_start import first_steps
    from ...services.meetings import list_bodies, list_meetings

    return list_bodies(session), list_meetings(session), first_steps(session)


__all__ = ["MeetingsView"]
