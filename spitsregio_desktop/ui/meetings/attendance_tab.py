"""The "Attendance" tab: who was there, excused, absent or replaced; late and early; who
left the room for an item (conflict of interest)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services.attendance import (
    ItemAbsenceRow,
    add_item_absence,
    list_item_absences,
    mark_arrival,
    mark_departure,
    prefill_attendance,
    remove_item_absence,
    set_presence,
)
from ...services.views import AgendaItemRow, AttendanceRow, InvitationRow, MeetingDetail
from ...storage.enums import Presence
from ..common.table_model import Column, place_kept, select_entities, selected_entities
from ..common.words import PRESENCE, ROLE, word
from ..context import AppContext, Topic
from ..look import set_icon
from .choosers import LeftRoomDialog
from .common import TintedColumnModel, for_each_person, now_minute, people_table, pytime, qtime


class AttendanceTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: MeetingDetail | None = None
        self.absences: list[ItemAbsenceRow] = []
        self.item_numbers: dict[int, str] = {}
        columns: list[Column[AttendanceRow]] = [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(self.tr("Role"), lambda r: word(ROLE, r.role)),
            Column(self.tr("Presence"), self.presence_text),
            Column(self.tr("Arrived"), self.arrival_text),
            Column(self.tr("Left"), self.departure_text),
            Column(self.tr("Left the room"), self.left_room_text),
        ]
        self.model: TintedColumnModel[AttendanceRow] = TintedColumnModel(
            columns, 3, _presence_colour, self
        )
        self.proxy, self.table = people_table(self, self.model, 3)  # presence stretches

        self.prefill_button = QPushButton(self.tr("&Fill in from the answers"))
        set_icon(self.prefill_button, "attendance_fill")
        self.prefill_button.setToolTip(
            self.tr(
                "Coming → present, excused → excused, substituted → substituted by the name "
                "given; no answer stays not recorded. People already recorded keep what you "
                "set."
            )
        )
        self.present_button = QPushButton(self.tr("&Present"))
        self.excused_button = QPushButton(self.tr("E&xcused"))
        self.absent_button = QPushButton(self.tr("&Absent"))
        self.substitute_button = QPushButton(self.tr("&Substituted by…"))
        self.arrival_button = QPushButton(self.tr("Arrives &late…"))
        self.departure_button = QPushButton(self.tr("Leaves &early…"))
        self.left_room_button = QPushButton(self.tr("Left the &room for an item…"))
        self.left_room_button.setToolTip(
            self.tr("Someone leaves the room for one item, e.g. for a conflict of interest")
        )
        self.back_button = QPushButton(self.tr("&Undo left the room…"))
        self.back_button.setToolTip(self.tr("Remove a 'left the room' of the selected person"))
        self.summary = QLabel()
        self.empty_hint = QLabel(
            self.tr(
                "No attendance recorded yet. Invite the members on the first tab, then fill in "
                "from their answers."
            )
        )
        self.empty_hint.setWordWrap(True)

        self.prefill_button.clicked.connect(self.prefill)
        self.present_button.clicked.connect(lambda: self.set_presence(Presence.PRESENT))
        self.excused_button.clicked.connect(lambda: self.set_presence(Presence.EXCUSED))
        self.absent_button.clicked.connect(lambda: self.set_presence(Presence.ABSENT))
        self.substitute_button.clicked.connect(self.substitute)
        self.arrival_button.clicked.connect(self.arrival)
        self.departure_button.clicked.connect(self.departure)
        self.left_room_button.clicked.connect(self.left_room)
        self.back_button.clicked.connect(self.undo_left_room)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.set_presence(Presence.PRESENT))

        top = QHBoxLayout()
        top.addWidget(self.prefill_button)
        top.addWidget(self.left_room_button)
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Selected people:")))
        for button in (
            self.present_button,
            self.excused_button,
            self.absent_button,
            self.substitute_button,
            self.arrival_button,
            self.departure_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # ------------------------------------------------------------ text of the cells

    def presence_text(self, row: AttendanceRow) -> str:
        if row.presence is None:  # an invitee nobody recorded yet: never assumed absent
            return self.tr("not recorded")
        if row.presence == Presence.SUBSTITUTED and row.substitute_name:
            return self.tr("substituted by %1").replace("%1", row.substitute_name)
        return word(PRESENCE, row.presence)

    def arrival_text(self, row: AttendanceRow) -> str:
        return self._moment(
            row.arrived_from_item,
            row.arrived_at,
            self.tr("from item %1 at %2"),
            self.tr("from item %1"),
        )

    def departure_text(self, row: AttendanceRow) -> str:
        return self._moment(
            row.left_after_item,
            row.left_at,
            self.tr("after item %1 at %2"),
            self.tr("after item %1"),
        )

    def left_room_text(self, row: AttendanceRow) -> str:
        """ "item 5 (conflict of interest); item 7"."""
        parts = []
        for absence in self.absences_of(row.person_id):
            text = self.tr("item %1").replace("%1", self.item_numbers.get(absence.item_id, "?"))
            parts.append(f"{text} ({absence.reason})" if absence.reason else text)
        return "; ".join(parts)

    def absences_of(self, person_id: int) -> list[ItemAbsenceRow]:
        order = {item_id: i for i, item_id in enumerate(self.item_numbers)}
        return sorted(
            (a for a in self.absences if a.person_id == person_id),
            key=lambda a: order.get(a.item_id, len(order)),
        )

    def _moment(self, item: str, at: dt.time | None, both: str, only_item: str) -> str:
        clock = f"{at:%H:%M}" if at else ""
        if item and clock:
            return both.replace("%1", item).replace("%2", clock)
        if item:
            return only_item.replace("%1", item)
        return clock

    # ------------------------------------------------------------ showing

    def show_detail(self, detail: MeetingDetail) -> None:
        selected = {r.person_id for r in self.selected_rows()}
        self.detail = detail
        self.item_numbers = {item.id: item.number for item in detail.items}
        # the meeting vanished under us: the screen goes back anyway
        self.absences = (
            self.ctx.ops.run(list_item_absences, detail.id).silently().inline().value or []
        )
        with place_kept(self.table, lambda row: row.person_id):  # no jump after a change
            self.model.set_rows([*detail.attendance, *map(_unrecorded_row, detail.unrecorded)])
            self._reselect(selected)
        self.empty_hint.setVisible(not detail.attendance)
        counts = {p: sum(1 for r in detail.attendance if r.presence == p) for p in Presence}
        text = (
            self.tr("%1 present · %2 substituted · %3 excused · %4 absent")
            .replace("%1", str(counts[Presence.PRESENT]))
            .replace("%2", str(counts[Presence.SUBSTITUTED]))
            .replace("%3", str(counts[Presence.EXCUSED]))
            .replace("%4", str(counts[Presence.ABSENT]))
        )
        if detail.unrecorded:
            text += " · " + self.tr("%1 not recorded").replace("%1", str(len(detail.unrecorded)))
        self.summary.setText(text)
        self.prefill_button.setEnabled(bool(detail.invitations) and not detail.frozen)
        self.left_room_button.setEnabled(
            not detail.frozen and bool(detail.items) and bool(self.present_choices())
        )
        self._reselect(selected)
        self._update_buttons()

    def selected_rows(self) -> list[AttendanceRow]:
        return selected_entities(self.table)

    def _reselect(self, person_ids: set[int]) -> None:
        select_entities(self.table, lambda row: row.person_id in person_ids)

    def _update_buttons(self) -> None:
        editable = self.detail is not None and not self.detail.frozen
        rows = self.selected_rows()
        for button in (self.present_button, self.excused_button, self.absent_button):
            button.setEnabled(editable and bool(rows))
        for button in (self.substitute_button, self.arrival_button, self.departure_button):
            button.setEnabled(editable and len(rows) == 1)
        self.back_button.setEnabled(
            editable and len(rows) == 1 and bool(self.absences_of(rows[0].person_id))
        )

    # ------------------------------------------------------------ actions

    def prefill(self) -> None:
        if self.detail is None:
            return
        done = (
            self.ctx.ops.run(prefill_attendance, self.detail.id)
            .changes(Topic.MEETINGS)
            .inline(self)
        )
        if done:
            self.ctx.hub.status_message.emit(
                self.tr("%1 people added to the attendance").replace("%1", str(done.value))
            )
            self.changed.emit()

    def set_presence(self, presence: Presence) -> None:
        rows = self.selected_rows()
        if self.detail is None or not rows or self.detail.frozen:
            return
        if (
            self.ctx.ops.run(
                for_each_person, set_presence, self.detail.id, [r.person_id for r in rows], presence
            )
            .changes(Topic.MEETINGS)
            .inline(self)
        ):
            self.changed.emit()

    def ask_substitute(self, row: AttendanceRow) -> str | None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Substituted by"),
            self.tr("Who replaced %1?").replace("%1", row.name),
            QLineEdit.EchoMode.Normal,
            row.substitute_name,
        )
        return name if ok else None

    def substitute(self) -> None:
        rows = self.selected_rows()
        if self.detail is None or len(rows) != 1:
            return
        name = self.ask_substitute(rows[0])
        if name is None:
            return
        if (
            self.ctx.ops.run(
                set_presence,
                self.detail.id,
                rows[0].person_id,
                Presence.SUBSTITUTED,
                substitute_name=name,
            )
            .changes(Topic.MEETINGS)
            .inline(self)
        ):
            self.changed.emit()

    def ask_moment(self, row: AttendanceRow, arriving: bool) -> tuple[int | None, dt.time] | None:
        assert self.detail is not None
        dialog = MomentDialog(self.detail.items, arriving, row.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def arrival(self) -> None:
        self._moment_action(arriving=True)

    def departure(self) -> None:
        self._moment_action(arriving=False)

    def _moment_action(self, arriving: bool) -> None:
        rows = self.selected_rows()
        if self.detail is None or len(rows) != 1:
            return
        answer = self.ask_moment(rows[0], arriving)
        if answer is None:
            return
        item_id, at = answer
        if arriving:
            operation = self.ctx.ops.run(
                mark_arrival, self.detail.id, rows[0].person_id, at=at, from_item_id=item_id
            )
        else:
            operation = self.ctx.ops.run(
                mark_departure, self.detail.id, rows[0].person_id, at=at, after_item_id=item_id
            )
        if operation.changes(Topic.MEETINGS).inline(self):
            self.changed.emit()

    # ------------------------------------------------------------ left the room

    def present_choices(self) -> list[tuple[str, int]]:
        """Only who was there can leave the room."""
        if self.detail is None:
            return []
        there = (Presence.PRESENT, Presence.SUBSTITUTED)
        return [(r.name, r.person_id) for r in self.detail.attendance if r.presence in there]

    def ask_left_room(self, person_id: int | None) -> tuple[int, int, str] | None:
        assert self.detail is not None
        dialog = LeftRoomDialog(self.present_choices(), self.detail.items, person_id, self)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def left_room(self) -> None:
        if self.detail is None or self.detail.frozen:
            return
        rows = self.selected_rows()
        answer = self.ask_left_room(rows[0].person_id if len(rows) == 1 else None)
        if answer is None:
            return
        person_id, item_id, reason = answer
        if (
            self.ctx.ops.run(add_item_absence, self.detail.id, person_id, item_id, reason)
            .changes(Topic.MEETINGS)
            .inline(self)
        ):
            self.changed.emit()
            self._reselect({person_id})

    def choose_absence(
        self, row: AttendanceRow, absences: list[ItemAbsenceRow]
    ) -> ItemAbsenceRow | None:
        """Which one to undo; a single one is confirmed with Yes / No."""
        labels = [
            self.tr("%1 left the room for item %2")
            .replace("%1", row.name)
            .replace("%2", self.item_numbers.get(a.item_id, "?"))
            for a in absences
        ]
        if len(absences) == 1:
            answer = QMessageBox.question(
                self, APP_NAME, labels[0] + "\n\n" + self.tr("Remove this from the attendance?")
            )
            return absences[0] if answer == QMessageBox.StandardButton.Yes else None
        label, ok = QInputDialog.getItem(
            self, self.tr("Undo left the room"), self.tr("Remove which one?"), labels, 0, False
        )
        return absences[labels.index(label)] if ok and label in labels else None

    def undo_left_room(self) -> None:
        rows = self.selected_rows()
        if self.detail is None or self.detail.frozen or len(rows) != 1:
            return
        absences = self.absences_of(rows[0].person_id)
        if not absences:
            return
        chosen = self.choose_absence(rows[0], absences)
        if chosen is None:
            return
        if (
            self.ctx.ops.run(remove_item_absence, self.detail.id, chosen.person_id, chosen.item_id)
            .changes(Topic.MEETINGS)
            .inline(self)
        ):
            self.changed.emit()


class MomentDialog(QDialog):
    """ "Arrives late from item N at HH:MM" / "leaves after item N at HH:MM"."""

    def __init__(
        self,
        items: tuple[AgendaItemRow, ...],
        arriving: bool,
        name: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Arrives late") if arriving else self.tr("Leaves early"))
        self.item = QComboBox()
        self.item.addItem(self.tr("(no item)"), None)
        for item in items:
            self.item.addItem(f"{item.number}. {item.title}", item.id)
        self.item.setMinimumContentsLength(40)
        self.time = QTimeEdit(qtime(now_minute()))
        self.time.setDisplayFormat("HH:mm")
        form = QFormLayout(self)
        form.addRow(QLabel(name))
        form.addRow(
            self.tr("Present from item") if arriving else self.tr("Left after item"), self.item
        )
        form.addRow(self.tr("At"), self.time)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[int | None, dt.time]:
        return self.item.currentData(), pytime(self.time.time())


def _unrecorded_row(invitee: InvitationRow) -> AttendanceRow:
    """An invitee without attendance, shown as "not recorded" (presence None) so the
    secretary sees who is missing and can record them from here."""
    return AttendanceRow(
        0,
        invitee.person_id,
        invitee.name,
        invitee.organisation,
        invitee.role,
        None,
        None,
        "",
        None,
        None,
        "",
        "",
    )  # type: ignore[arg-type]


def _presence_colour(row: AttendanceRow) -> QColor | None:
    if row.presence is None:
        return QColor("#6a1b9a")
    if row.presence == Presence.ABSENT:
        return QColor("#b00020")
    if row.presence == Presence.EXCUSED:
        return QColor("#8a5a00")
    return None
