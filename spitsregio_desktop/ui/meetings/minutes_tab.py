"""The "Minutes" tab: draft → sent for remarks → approved (frozen) → reopened, recorded."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.meetings import close_meeting
from ...services.minutes import reopen, send_for_remarks, set_remark_processed
from ...services.roll_call import unrecorded_people
from ...services.views import MeetingDetail, RemarkRow
from ...storage.enums import MeetingStatus, MinutesStatus
from ..common.table_model import Column, DataclassTableModel, RowFilterProxy
from ..common.words import MINUTES_STATUS, word
from ..context import AppContext, Topic
from ..live.roll_call import CLOSE_ANYWAY, ROLL_CALL, ask_unrecorded
from .common import HINT_STYLE, ask_time, compact_table, now_minute
from .minutes_dialogs import AddRemarkDialog, ApproveDialog

_CHECK = Qt.ItemDataRole.CheckStateRole


class RemarksModel(DataclassTableModel[RemarkRow]):
    """Remarks with a "processed" checkbox in the last column that writes through."""

    def __init__(self, columns: list[Column[RemarkRow]], on_toggle, parent=None):
        super().__init__(columns, parent)
        self.on_toggle = on_toggle
        self.editable = True
        self.check_column = len(columns) - 1

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.check_column:
            if role == _CHECK:
                processed = self.rows[index.row()].processed
                return Qt.CheckState.Checked if processed else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return ""
        return super().data(index, role)

    def flags(self, index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.check_column and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != _CHECK or not index.isValid() or index.column() != self.check_column:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        return bool(self.on_toggle(self.rows[index.row()], checked))


class MinutesTab(QWidget):
    changed = Signal()
    roll_call_wanted = Signal()  # someone is not recorded: the attendance tab, to finish it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: MeetingDetail | None = None

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.frozen_note = QLabel(
            self.tr(
                "These minutes are approved and frozen: the agenda, notes, decisions, actions "
                "and attendance can no longer be changed. Reopen them to make a correction; the "
                "reopening is recorded."
            )
        )
        self.frozen_note.setWordWrap(True)
        self.frozen_note.setStyleSheet(  # a tint and a border that suit light and dark
            "background: rgba(66, 133, 244, 40); border: 1px solid palette(mid);"
            " padding: 6px; border-radius: 3px;"
        )
        self.history = QLabel()
        self.history.setWordWrap(True)

        self.close_button = QPushButton(self.tr("&Close the meeting…"))
        self.close_button.setToolTip(self.tr("Record the end time; the minutes draft begins."))
        self.send_button = QPushButton(self.tr("Mark as &sent for remarks"))
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.reopen_button = QPushButton(self.tr("&Reopen…"))
        self.close_button.clicked.connect(self.close_meeting)
        self.send_button.clicked.connect(self.send_for_remarks)
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button.clicked.connect(self.reopen)

        columns: list[Column[RemarkRow]] = [
            Column(self.tr("From"), lambda r: r.person or self.tr("(someone else)")),
            Column(self.tr("Received on"), lambda r: r.received_on),
            Column(
                self.tr("Remark"), lambda r: r.text.replace("\n", " "), tooltip=lambda r: r.text
            ),
            Column(self.tr("Processed"), lambda r: r.processed),
        ]
        self.remarks = RemarksModel(columns, self._toggle_processed, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.remarks)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_remark_button = QPushButton(self.tr("Add a &remark…"))
        self.add_remark_button.clicked.connect(self.add_remark)
        self.remarks_hint = QLabel(
            self.tr(
                "Tick a remark once it is worked into the minutes; "
                "minutes are approved when every remark is."
            )
        )
        self.remarks_hint.setWordWrap(True)
        self.remarks_hint.setStyleSheet(HINT_STYLE)

        workflow = QHBoxLayout()
        for button in (
            self.close_button,
            self.send_button,
            self.approve_button,
            self.reopen_button,
        ):
            workflow.addWidget(button)
        workflow.addStretch(1)
        status_box = QGroupBox(self.tr("Minutes"))
        status_layout = QVBoxLayout(status_box)
        status_layout.addWidget(self.status)
        status_layout.addWidget(self.frozen_note)
        status_layout.addLayout(workflow)
        status_layout.addWidget(self.history)

        remarks_box = QGroupBox(self.tr("Remarks of the members"))
        remarks_top = QHBoxLayout()
        remarks_top.addWidget(self.remarks_hint, 1)
        remarks_top.addWidget(self.add_remark_button)
        remarks_layout = QVBoxLayout(remarks_box)
        remarks_layout.addLayout(remarks_top)
        remarks_layout.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(status_box)
        layout.addWidget(remarks_box, 1)

    # ------------------------------------------------------------ showing

    def show_detail(self, detail: MeetingDetail) -> None:
        self.detail = detail
        info = detail.minutes
        parts = [
            self.tr("<b>Status:</b> %1 (version %2)")
            .replace("%1", word(MINUTES_STATUS, info.status))
            .replace("%2", str(info.version))
        ]
        if info.sent_on:
            parts.append(
                self.tr("sent for remarks on %1").replace("%1", info.sent_on.strftime("%d/%m/%Y"))
            )
        if info.approved and info.approved_on:
            text = self.tr("approved on %1").replace("%1", info.approved_on.strftime("%d/%m/%Y"))
            if info.approved_at:
                text += " " + (
                    self.tr("at meeting %1 of %2")
                    .replace("%1", str(info.approved_at.number))
                    .replace("%2", info.approved_at.date.strftime("%d/%m/%Y"))
                )
            parts.append(text)
        if info.sha256:
            parts.append(self.tr("SHA-256 %1…").replace("%1", info.sha256[:16]))
        self.status.setText(" · ".join(parts))
        self.status.setToolTip(info.sha256 or "")
        self.frozen_note.setVisible(info.approved)
        self.history.setText("\n".join(info.history))
        self.history.setVisible(bool(info.history))

        unprocessed = sum(1 for r in info.remarks if not r.processed)
        self.close_button.setVisible(detail.status == MeetingStatus.HELD)
        self.send_button.setEnabled(not info.approved)
        self.send_button.setText(
            self.tr("Mark as &sent for remarks")
            if info.status != MinutesStatus.SENT_FOR_REMARKS
            else self.tr("Mark as &sent again")
        )
        self.approve_button.setEnabled(not info.approved)
        self.approve_button.setToolTip(
            self.tr("%1 remark(s) still to process").replace("%1", str(unprocessed))
            if unprocessed
            else ""
        )
        self.reopen_button.setEnabled(info.approved)
        self.add_remark_button.setEnabled(not info.approved)
        self.remarks.editable = not info.approved
        self.remarks.set_rows(info.remarks)

    # ------------------------------------------------------------ actions

    def close_meeting(self) -> None:
        if self.detail is None:
            return
        allow_unrecorded = False
        people = self.ctx.ops.run(unrecorded_people, self.detail.id).inline(self).value or []
        if people:
            choice = ask_unrecorded(self, len(people))
            if choice == ROLL_CALL:
                self.roll_call_wanted.emit()
            if choice != CLOSE_ANYWAY:
                return
            allow_unrecorded = True
        at = ask_time(
            self, self.tr("Close the meeting"), self.tr("The meeting ended at"), now_minute()
        )
        if at is not None and self.ctx.ops.run(
            close_meeting, self.detail.id, at, allow_unrecorded=allow_unrecorded
        ).changes(Topic.MEETINGS).inline(self):
            self.changed.emit()

    def send_for_remarks(self) -> None:
        if self.detail and self.ctx.ops.run(send_for_remarks, self.detail.id).changes(
            Topic.MEETINGS
        ).inline(self):
            self.changed.emit()

    def add_remark(self) -> None:
        if self.detail is None:
            return
        self.dialog = AddRemarkDialog(self.ctx, self.detail, self)
        self._open(self.dialog)

    def approve(self) -> None:
        if self.detail is None:
            return
        self.dialog = ApproveDialog(self.ctx, self.detail, self)
        self._open(self.dialog)

    def _open(self, dialog: QDialog) -> None:
        # open() rather than exec(): window-modal, and tests can fill it in and click OK
        dialog.accepted.connect(self.changed)
        dialog.open()

    def ask_reason(self) -> str | None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen the minutes"),
            self.tr("Why are the approved minutes reopened? (recorded with the minutes)"),
            QLineEdit.EchoMode.Normal,
            "",
        )
        return reason if ok else None

    def reopen(self) -> None:
        if self.detail is None:
            return
        reason = self.ask_reason()
        if reason is not None and self.ctx.ops.run(reopen, self.detail.id, reason).changes(
            Topic.MEETINGS
        ).inline(self):
            self.changed.emit()

    def _toggle_processed(self, row: RemarkRow, processed: bool) -> bool:
        ok = (
            self.ctx.ops.run(set_remark_processed, row.id, processed)
            .changes(Topic.MEETINGS)
            .inline(self)
            .ok
        )
        if ok:
            # reload after the view has finished its setData call (a reset inside it is unsafe)
            QTimer.singleShot(0, self.changed.emit)
        return ok
