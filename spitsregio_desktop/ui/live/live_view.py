"""Live minute-taking: one screen, keyboard first, nothing typed is ever lost.

Agenda at the left, the current item's notes (large) in the middle with its decisions and
actions below, attendance at the right, a hint bar with the shortcuts at the bottom. The
notes field is only (re)loaded when the current item changes; refreshes after a decision,
an action or an arrival leave the text and the cursor alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services import agenda, attendance, meetings
from ...services.live import OwnerCandidate, owner_candidates
from ...services.roll_call import unrecorded_people
from ...services.views import AgendaItemRow, MeetingDetail
from ..common.mentions import enable_mentions
from ..common.spellcheck import enable_spellcheck
from ..context import AppContext, Topic
from ..ops import Outcome
from .agenda_list import ITEM_ID_ROLE, AgendaList
from .attendance import ARRIVAL, DEPARTURE, LEFT_ROOM, AttendanceEntry, AttendancePanel
from .clock import ClockBar
from .entries import ActionEntry, DecisionEntry
from .item_lists import ItemLists
from .keys import hint_bar, install_shortcuts
from .notes import NotesEditor, NotesSaver, SaveIndicator
from .recording import LiveRecorder
from .roll_call import CANCEL, CLOSE_ANYWAY, ROLL_CALL, RollCallPanel, ask_unrecorded
from .type_hook import install_if_asked


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveView", text)


class LiveView(QWidget):
    closed = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.detail: MeetingDetail | None = None
        self.current_id: int | None = None
        self._build()
        self._build_shortcuts()
        self.refresh()
        self._prepare_attendance()
        candidates = ctx.ops.run(owner_candidates).inline(self).value or []
        self.action_entry.set_candidates(candidates)
        self.attendance_entry.set_candidates(self._people_first(candidates))
        self.roll_call.set_candidates(candidates)
        start = self._start_item()
        if start is not None:
            self.go_to(start, flush=False)
        self.open_roll_call(only_if_needed=True)
        self.type_hook = install_if_asked(self.notes, self)

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.setObjectName("liveView")
        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("liveMeeting")
        self.meeting_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        # a long body name must never widen the window: the label gives way
        self.meeting_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clock = ClockBar()
        self.indicator = SaveIndicator()
        self.indicator.setMinimumWidth(110)
        top = QHBoxLayout()
        top.addWidget(self.meeting_label, 1)
        top.addWidget(self.clock)
        top.addSpacing(18)
        top.addWidget(self.indicator)

        self.agenda = AgendaList()
        self.agenda.clicked.connect(lambda index: self.go_to(index.data(ITEM_ID_ROLE)))

        self.item_title = QLabel()
        self.item_title.setObjectName("liveItemTitle")
        self.item_title.setWordWrap(True)
        self.item_title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.item_meta = QLabel()
        self.item_meta.setWordWrap(True)
        self.item_meta.setStyleSheet("color: palette(mid);")
        self.notes = NotesEditor()
        enable_spellcheck(self.notes, self.ctx)
        enable_mentions(self.notes, self.ctx, self.meeting_id)  # "@leuv" → a name
        self.saver = NotesSaver(self.notes, self._save_notes, self)
        self.saver.state_changed.connect(self.indicator.show_state)
        self.recorder = LiveRecorder(self)
        self.decision_entry = DecisionEntry(self.recorder.decision)
        self.action_entry = ActionEntry(
            self.recorder.action, lambda: self.detail.date if self.detail else None
        )
        self.attendance_entry = AttendanceEntry(self.recorder.attendance_event)
        self.entries = (self.decision_entry, self.action_entry, self.attendance_entry)
        for entry in self.entries:
            entry.hide()
            entry.done.connect(self._entry_done)
            entry.cancelled.connect(self._entry_cancelled)
        self.roll_call = RollCallPanel(self.recorder.presence, self.recorder.clear_presence)
        self.roll_call.hide()
        self.roll_call.finished.connect(self._roll_call_finished)
        self.lists = ItemLists()
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(12, 0, 12, 0)
        center_layout.addWidget(self.item_title)
        center_layout.addWidget(self.item_meta)
        center_layout.addWidget(self.roll_call, 1)
        center_layout.addWidget(self.notes, 1)
        for entry in self.entries:
            center_layout.addWidget(entry)
        center_layout.addWidget(self.lists)

        self.attendance_panel = AttendancePanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("liveSplitter")
        self.splitter.addWidget(self.agenda)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.attendance_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 660, 310])
        state = self.ctx.qsettings.value("live/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: self.ctx.qsettings.setValue("live/splitter", self.splitter.saveState())
        )

        self.hint_bar = hint_bar()
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(line)
        layout.addWidget(self.hint_bar)

    def _build_shortcuts(self) -> None:
        actions: dict[str, Callable[[], Any]] = {
            "live_next": lambda: self.step(1),
            "live_previous": lambda: self.step(-1),
            "live_decision": self.new_decision,
            "live_action": self.new_action,
            "live_roll_call": self.open_roll_call,
            "live_arrival": lambda: self.attendance_event(ARRIVAL),
            "live_departure": lambda: self.attendance_event(DEPARTURE),
            "live_left_room": lambda: self.attendance_event(LEFT_ROOM),
            "live_done": self.toggle_done,
            "live_close": self.close_meeting,
        }
        self.shortcuts = install_shortcuts(self, actions)

    # ------------------------------------------------------------ data

    def _in_indicator(self, refusal: Outcome) -> None:
        self.indicator.show_state("error", refusal.message)

    def refresh(self) -> None:
        """Reload the meeting; the notes field keeps its text and cursor."""
        found = self.ctx.ops.run(meetings.meeting_detail, self.meeting_id).inline(self)
        if not found:
            return
        self.detail = found.value
        d = self.detail
        when = format_date(d.date, format="full", locale="nl_BE")
        self.meeting_label.setText(
            "  ·  ".join([d.body.name, tr("meeting %1").replace("%1", str(d.number)), when])
        )
        self.meeting_label.setToolTip("\n".join(x for x in (d.title, d.location) if x))
        self.clock.set_started(d.live_started_at)
        self.agenda.agenda.set_items(list(d.items), self.current_id)
        self.agenda.show_current(self.current_id)
        self.attendance_panel.set_rows(list(d.attendance))
        self._show_item()

    def _prepare_attendance(self) -> None:
        # first time live: the invitations' answers become the attendance, to correct
        d = self.detail
        if d is not None and not d.attendance and d.invitations and not d.frozen:
            self.ctx.ops.run(attendance.prefill_attendance, self.meeting_id).refused(
                self._in_indicator
            ).inline(self)
            self.refresh()

    def _people_first(self, candidates: list[OwnerCandidate]) -> list[OwnerCandidate]:
        """Persons only, those of this meeting first (they are whom arrivals concern)."""
        d = self.detail
        ours = (
            {r.person_id for r in d.attendance} | {r.person_id for r in d.invitations}
            if d
            else set()
        )
        persons = [c for c in candidates if c.person_id is not None]
        return sorted(persons, key=lambda c: c.person_id not in ours)

    def _start_item(self) -> int | None:
        d = self.detail
        if d is None or not d.items:
            return None
        ids = [item.id for item in d.items]
        return d.live_item_id if d.live_item_id in ids else ids[0]

    def item(self, item_id: int | None = None) -> AgendaItemRow | None:
        item_id = self.current_id if item_id is None else item_id
        d = self.detail
        return next((i for i in d.items if i.id == item_id), None) if d else None

    def _show_item(self) -> None:
        item = self.item()
        d = self.detail
        if item is None:
            empty = not (d and d.items)
            self.item_title.setText(tr("This meeting has no agenda items.") if empty else "")
            self.item_meta.setText("")
            self.notes.setEnabled(False)
            self.lists.set_rows([], [])
            return
        self.notes.setEnabled(True)
        self.notes.setReadOnly(bool(d and d.frozen))
        self.item_title.setText(f"{item.number}. {item.title}")
        meta = []
        if item.presenter:
            meta.append(tr("presented by %1").replace("%1", item.presenter))
        if item.duration_minutes:
            meta.append(tr("%1 min planned").replace("%1", str(item.duration_minutes)))
        if item.confidential:
            meta.append(tr("confidential"))
        if item.done:
            meta.append(tr("done ✓"))
        if item.left_room:
            meta.append(tr("left the room: %1").replace("%1", ", ".join(item.left_room)))
        if item.arrived_here:
            meta.append(tr("arrived: %1").replace("%1", ", ".join(item.arrived_here)))
        self.item_meta.setText("   ·   ".join(meta))
        self.lists.set_rows(list(item.decisions), list(item.actions))

    # ------------------------------------------------------------ navigation

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # the main window reparents the view into its stack, which drops the focus
        if self.roll_call.isVisible():
            QTimer.singleShot(0, self.roll_call.list.setFocus)
        elif not any(entry.isVisible() for entry in self.entries):
            QTimer.singleShot(0, self.notes.setFocus)

    def _entry_in_progress(self) -> bool:
        """An open entry with typed text: moving on would throw that text away."""
        for entry in self.entries:
            if entry.isVisible() and entry.has_text():
                entry.show_error(tr("Save this first (Enter) or discard it (Esc)."))
                return True
        return False

    def step(self, delta: int) -> None:
        d = self.detail
        if not d or not d.items or self._entry_in_progress():
            return
        ids = [item.id for item in d.items]
        index = ids.index(self.current_id) if self.current_id in ids else 0
        target = max(0, min(len(ids) - 1, index + delta))
        if ids[target] != self.current_id:
            self.go_to(ids[target])

    def go_to(self, item_id: int | None, flush: bool = True) -> None:
        """Make `item_id` the current item: save the notes, remember it, load its notes."""
        if item_id is None or (flush and self._entry_in_progress()):
            return
        if flush:
            self.saver.flush()
        self._hide_entries()
        self.ctx.ops.run(meetings.set_live_item, self.meeting_id, item_id).refused(
            self._in_indicator
        ).inline(self)
        self.current_id = item_id
        self.refresh()  # fresh notes of the new item, from the database
        item = self.item()
        self.saver.load(item_id, item.notes if item else "", item.row_version if item else None)
        self.clock.set_item(item_id, item.duration_minutes if item else 0)
        self.notes.setFocus()

    # ------------------------------------------------------------ saving

    def _save_notes(self, item_id: int, text: str) -> Outcome:
        # the notes saver shows a refusal in the indicator (and keeps the text)
        return (
            self.ctx.ops.run(agenda.save_notes, item_id, text)
            .versioned(*self.saver.versioning(item_id), notes=text)
            .silently()
            .inline(self)
        )

    def flush(self) -> bool:
        ok = self.saver.flush()
        self.ctx.qsettings.setValue("live/splitter", self.splitter.saveState())
        return ok

    # ------------------------------------------------------------ entries

    def _hide_entries(self) -> None:
        for entry in self.entries:
            entry.hide()

    def _open_entry(self, entry: QWidget) -> bool:
        if self.current_id is None or self._entry_in_progress():
            return False
        self.saver.flush()
        self._hide_entries()
        self.roll_call.hide()
        entry.show()
        return True

    def new_decision(self) -> None:
        if self._open_entry(self.decision_entry):
            self.decision_entry.start()

    def new_action(self) -> None:
        if self._open_entry(self.action_entry):
            self.action_entry.start()

    def attendance_event(self, mode: str) -> None:
        if self._open_entry(self.attendance_entry):
            self.attendance_entry.start(mode)

    def _entry_done(self) -> None:
        # other screens refresh when shown again (and at close): no hub signal per entry
        self._hide_entries()
        self.refresh()
        self.notes.setFocus()

    def _entry_cancelled(self) -> None:
        self._hide_entries()
        self.notes.setFocus()

    # ------------------------------------------------------------ roll call

    def open_roll_call(self, only_if_needed: bool = False) -> None:
        """The invitees not recorded yet, one key each; at the start only if there are any."""
        if self.detail is None or self.detail.frozen or self._entry_in_progress():
            return
        people = self.ctx.ops.run(unrecorded_people, self.meeting_id).inline(self).value or []
        if not people:
            if not only_if_needed:
                self.indicator.show_state("saved", tr("Everyone's attendance is recorded."))
            return
        self.saver.flush()
        self._hide_entries()
        self.notes.hide()
        self.roll_call.show()
        self.roll_call.start(people)

    def _roll_call_finished(self) -> None:
        self.roll_call.hide()
        self.notes.show()
        self.refresh()
        self.notes.setFocus()

    # ------------------------------------------------------------ item done, close

    def toggle_done(self) -> None:
        item = self.item()
        if item is None:
            return
        self.saver.flush()
        if (
            not self.ctx.ops.run(agenda.update_item, item.id, done=not item.done)
            .refused(self._in_indicator)
            .inline(self)
        ):
            return
        if not item.done:
            self.refresh()
            self.step(1)  # done: on to the next item
        else:
            self.refresh()
        self.notes.setFocus()

    def close_meeting(self) -> None:
        answer = QMessageBox.question(
            self,
            APP_NAME,
            tr(
                "Close the meeting now? The end time is set to now and the minutes draft "
                "is ready to export."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.notes.setFocus()
            return
        allow_unrecorded = self._unrecorded_answer()
        if allow_unrecorded is None:
            return
        if not self.flush():
            QMessageBox.warning(
                self,
                APP_NAME,
                tr("The notes could not be saved; the meeting stays open.\n\n%1").replace(
                    "%1", self.saver.last_error
                ),
            )
            return
        if (
            not self.ctx.ops.run(
                meetings.close_meeting, self.meeting_id, allow_unrecorded=allow_unrecorded
            )
            .changes(Topic.MEETINGS, Topic.ACTIONS, Topic.DECISIONS)
            .inline(self)
        ):
            return
        self.clock.timer.stop()
        if self.type_hook is not None:
            self.type_hook.timer.stop()
        self.closed.emit()

    def _unrecorded_answer(self) -> bool | None:
        """Anyone not recorded: finish the roll call (None), or close anyway (True)."""
        people = self.ctx.ops.run(unrecorded_people, self.meeting_id).inline(self).value or []
        if not people:
            return False
        choice = ask_unrecorded(self, len(people))
        if choice == ROLL_CALL:
            self.open_roll_call()
        elif choice == CANCEL:
            self.notes.setFocus()
        return True if choice == CLOSE_ANYWAY else None
