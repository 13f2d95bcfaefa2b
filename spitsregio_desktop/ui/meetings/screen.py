"""The screen of one meeting: a header (what, when, where, status) and its tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.meetings import meeting_detail
from ...services.views import MeetingDetail
from ...storage.enums import MeetingStatus
from ..common.forms import heading_row
from ..common.words import MEETING_STATUS, word
from ..context import AppContext, Topic
from ..look import colour as colour_of
from ..look import css, set_icon
from ..shortcuts import shortcut
from . import TAB_KEY
from .agenda_tab import AgendaTab
from .attendance_tab import AttendanceTab
from .checkout import checkout_text
from .common import date_in_words, hours_text
from .details_tab import DetailsTab
from .documents_tab import DocumentsTab
from .minutes_tab import MinutesTab


class MeetingScreen(QWidget):
    back = Signal()  # "← All meetings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.detail: MeetingDetail | None = None

        self.back_button = QPushButton(self.tr("← All meetings"))
        self.back_button.setToolTip(
            self.tr("Back to the list of meetings (%1)").replace(
                "%1", shortcut("meeting_back").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.back_button.clicked.connect(self.go_back)
        QShortcut(
            shortcut("meeting_back"), self, self.go_back, context=Qt.ShortcutContext.WindowShortcut
        )
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("meetingStatus")
        self.live_button = QPushButton(self.tr("Start &live minutes"))
        set_icon(self.live_button, "live")
        self.live_button.setToolTip(
            self.tr("Take the minutes during the meeting (%1)").replace(
                "%1", shortcut("start_live").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.live_button.clicked.connect(self.start_live)
        self._live_tip = self.live_button.toolTip()
        # on a shared database: someone took this meeting to a laptop (read-only here)
        self.checkout_banner = QLabel()
        self.checkout_banner.setObjectName("checkoutBanner")
        self.checkout_banner.setWordWrap(True)
        self.checkout_banner.setStyleSheet(
            f"padding: 6px 10px; border: 1px solid {colour_of('warning').name()};"
            f" border-radius: 4px; {css('warning')} font-weight: bold;"
        )
        self.checkout_banner.hide()
        QShortcut(
            shortcut("start_live"), self, self.start_live, context=Qt.ShortcutContext.WindowShortcut
        )

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.details = DetailsTab(ctx)
        self.attendance = AttendanceTab(ctx)
        self.minutes = MinutesTab(ctx)
        self.minutes.roll_call_wanted.connect(lambda: self.tabs.setCurrentWidget(self.attendance))
        self.documents = DocumentsTab(ctx)
        self.agenda = AgendaTab(ctx)
        self.tabs.addTab(self.details, self.tr("&Details && invitation"))
        self.tabs.addTab(self.agenda, self.tr("A&genda"))
        self.tabs.addTab(self.attendance, self.tr("A&ttendance"))
        self.tabs.addTab(self.minutes, self.tr("&Minutes"))
        self.tabs.addTab(self.documents, self.tr("D&ocuments"))
        for tab in (self.details, self.attendance, self.minutes, self.documents):
            tab.changed.connect(self.on_changed)
        self.details.invitations.email_requested.connect(self.email_invitation)
        # the agenda reloads itself; the header, the other tabs and the list follow
        self.agenda.changed.connect(self.on_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        QShortcut(
            shortcut("export"),
            self,
            lambda: self.tabs.setCurrentWidget(self.documents),
            context=Qt.ShortcutContext.WindowShortcut,
        )
        QShortcut(
            shortcut("email_invitation"),
            self,
            self.email_invitation,
            context=Qt.ShortcutContext.WindowShortcut,
        )

        header = heading_row(self.title, self.subtitle, self.status, self.live_button)
        header.insertWidget(0, self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.checkout_banner)
        layout.addWidget(self.tabs, 1)
        ctx.hub.others_changed.connect(self._others_changed)

    # ------------------------------------------------------------ loading

    def load(self, meeting_id: int, tab: int | None = None) -> bool:
        """Show one meeting; False (and nothing changed) when it does not exist."""
        self.flush()
        previous = self.meeting_id
        self.meeting_id = meeting_id
        if not self.reload():
            self.meeting_id = previous
            return False
        if previous != meeting_id:
            self.agenda.load(meeting_id, self.detail)
        if tab is not None and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self._remember()
        return True

    def reload(self) -> bool:
        if self.meeting_id is None:
            return False
        found = self.ctx.ops.run(meeting_detail, self.meeting_id).silently().inline()
        if not found:  # it does not exist (any more)
            return False
        detail: MeetingDetail = found.value  # type: ignore[assignment]
        self.detail = detail
        self._show_header(detail)
        for tab in (self.details, self.attendance, self.minutes, self.documents):
            tab.show_detail(detail)
        return True

    def refresh(self) -> None:
        """Coming back to the screen (view switch, after live minutes): read everything again."""
        if self.reload() and self.tabs.currentWidget() is self.agenda:
            self.agenda.refresh()

    def _show_header(self, d: MeetingDetail) -> None:
        self.title.setText(d.title)
        # the usual title already names the body; say it once
        body = d.body.short if d.body.name in d.title else d.body.name
        parts = [body, self.tr("meeting %1").replace("%1", str(d.number)), date_in_words(d.date)]
        hours = hours_text(d.start_time, d.end_time)
        if hours:
            parts.append(hours)
        if d.location:
            parts.append(d.location)
        self.subtitle.setText(" · ".join(parts))
        self.subtitle.setToolTip(d.body.name)
        self.status.setText(word(MEETING_STATUS, d.status))
        colour = {
            MeetingStatus.CANCELLED: colour_of("error"),
            MeetingStatus.MINUTES_APPROVED: colour_of("success"),
        }.get(d.status, colour_of("accent")).name()
        self.status.setStyleSheet(
            f"padding: 3px 8px; border-radius: 8px; border: 1px solid {colour}; color: {colour};"
        )
        self.live_button.setEnabled(d.status != MeetingStatus.CANCELLED and not d.frozen)
        taken = checkout_text(d)
        self.checkout_banner.setText(taken)
        self.checkout_banner.setVisible(bool(taken))
        # a disabled button says why (on hover and to a screen reader)
        self.live_button.setToolTip(taken or self._live_tip)

    def _others_changed(self, topics: frozenset) -> None:
        """Someone else changed the shared database: show this meeting as it is now
        (fields being typed in are left alone, the agenda keeps its selection)."""
        if Topic.MEETINGS in topics and self.meeting_id is not None and self.isVisible():
            if self.reload() and self.tabs.currentWidget() is self.agenda:
                self.agenda.refresh()

    def on_changed(self) -> None:
        """A tab changed the meeting (its operation told the other views): show it anew."""
        self.reload()

    def _tab_changed(self, index: int) -> None:
        self._remember()
        if self.tabs.widget(index) is self.agenda:
            self.agenda.refresh()
        else:
            self.flush_agenda()
            self.reload()

    def show_item(self, item_id: int) -> None:
        """Switch to the agenda tab with this item selected (a search result opened)."""
        if self.tabs.currentWidget() is not self.agenda:
            self.tabs.setCurrentWidget(self.agenda)  # reloads the agenda
        else:
            self.agenda.refresh()
        self.agenda.select(item_id)

    def _remember(self) -> None:
        self.ctx.qsettings.setValue(TAB_KEY, self.tabs.currentIndex())

    # ------------------------------------------------------------ actions

    def flush_agenda(self) -> bool:
        return self.agenda.flush()

    def flush(self) -> bool:
        ok = self.details.flush()
        return self.flush_agenda() and ok

    def go_back(self) -> None:
        self.flush()
        self.back.emit()

    def email_invitation(self) -> None:
        self.flush()  # a place typed a second ago belongs in the e-mail
        self.documents.email("invitation")

    def start_live(self) -> None:
        if self.detail is None or not self.live_button.isEnabled():
            return
        self.flush()
        self.ctx.hub.open_live.emit(self.detail.id)
