"""The decisions and actions of the selected agenda item, correctable after the meeting.

Live minute-taking records them; here the secretary polishing the minutes fixes a typo in a
decision, a wrong due date or owner, adds what was forgotten, or removes a mistake. Each
change goes through the operation gateway to the services (which refuse it once the minutes
are approved) and then emits `changed`, so the meeting screen reloads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import actions, decisions
from ...services.live import owner_candidates
from ...services.views import ActionRow, AgendaItemRow, DecisionRow
from ..common.lists import set_widths
from ..common.table_model import ENTITY_ROLE, Column, DataclassTableModel, RowFilterProxy
from ..common.words import ACTION_STATUS, word
from ..context import AppContext, Topic
from ..ops import Operation
from .outcome_dialogs import ActionEditDialog, DecisionDialog


def one_line(text: str) -> str:
    return " ".join(text.split())


def votes_text(row: DecisionRow) -> str:
    if not row.has_votes:
        return ""
    counts = (row.votes_for, row.votes_against, row.votes_abstain)
    return " / ".join("–" if v is None else str(v) for v in counts)


class OutcomeTable(QTableView):
    """Enter on a row edits it, like a double-click (QTableView itself does nothing)."""

    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter.emit()
            return
        super().keyPressEvent(event)


class OutcomeList(QWidget):
    """A small list with Add…, Edit… and Delete; subclasses say what the rows are."""

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        columns: Sequence[Column[Any]],
        widths: Sequence[int],
        stretch: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.item: AgendaItemRow | None = None
        self.read_only = True
        self.dialog: QDialog | None = None
        self.model: DataclassTableModel[Any] = DataclassTableModel(columns, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = OutcomeTable()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setHighlightSections(False)
        set_widths(self.view, widths, stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.enter.connect(self.edit_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- what the subclasses say ---------------------------------------------------------

    def rows_of(self, item: AgendaItemRow) -> Sequence[Any]:  # pragma: no cover - overridden
        raise NotImplementedError

    def make_dialog(self, row: Any | None) -> QDialog:  # pragma: no cover - overridden
        raise NotImplementedError

    def delete_question(self, row: Any) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def deleting(self, row: Any) -> Operation:  # pragma: no cover - overridden
        raise NotImplementedError

    # --- showing -------------------------------------------------------------------------

    def set_item(self, item: AgendaItemRow | None, read_only: bool) -> None:
        selected = self.selected()
        self.item = item
        self.read_only = read_only
        self.model.set_rows(self.rows_of(item) if item is not None else ())
        if selected is not None:
            for n, row in enumerate(self.model.rows):
                if row.id == selected.id:  # the same row after a reload stays selected
                    self.view.selectRow(self.proxy.mapFromSource(self.model.index(n, 0)).row())
        self._update_buttons()

    def count(self) -> int:
        return len(self.model.rows)

    def selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ENTITY_ROLE) if rows else None

    def _update_buttons(self) -> None:
        editable = self.item is not None and not self.read_only
        has_row = editable and self.selected() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)

    # --- changing ------------------------------------------------------------------------

    def add(self) -> None:
        if self.item is not None and not self.read_only:
            self._open(self.make_dialog(None))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None and self.item is not None and not self.read_only:
            self._open(self.make_dialog(row))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.changed.emit)
        dialog.finished.connect(self._closed)
        dialog.open()  # window-modal, without a nested event loop

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or self.read_only:
            return
        answer = QMessageBox.question(self, self.tr("Delete"), self.delete_question(row))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.deleting(row).inline(self):
            self.changed.emit()
            # said in the status bar, with "Undo" where the services can put it back
            self.ctx.hub.undoable.emit(self.deleted_text(row), self.undo_delete(row))

    def deleted_text(self, row: Any) -> str:
        return self.tr("Deleted.")

    def undo_delete(self, row: Any) -> Callable[[], object] | None:
        return None


class DecisionsList(OutcomeList):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        columns = [
            Column(self.tr("No."), lambda r: r.number, align_right=True),
            Column(self.tr("Decision"), lambda r: one_line(r.text), tooltip=lambda r: r.text),
            Column(
                self.tr("Votes"),
                votes_text,
                tooltip=lambda r: self.tr("for / against / abstaining"),
            ),
        ]
        super().__init__(ctx, columns, (3, 30, 9), 1, parent)
        self.setObjectName("item_decisions")

    def rows_of(self, item: AgendaItemRow) -> Sequence[DecisionRow]:
        return sorted(item.decisions, key=lambda d: d.number)

    def make_dialog(self, row: DecisionRow | None) -> QDialog:
        assert self.item is not None
        return DecisionDialog(self.ctx, self.item.id, row, self)

    def delete_question(self, row: DecisionRow) -> str:
        return (
            self.tr("Delete decision %1? The later decisions are renumbered.\n\n%2")
            .replace("%1", str(row.number))
            .replace("%2", one_line(row.text)[:200])
        )

    def deleted_text(self, row: DecisionRow) -> str:
        return self.tr("Decision %1 deleted").replace("%1", str(row.number))

    def undo_delete(self, row: DecisionRow) -> Callable[[], object] | None:
        def restore() -> None:
            if (
                self.ctx.ops.run(
                    decisions.restore_decision,
                    row.agenda_item_id,
                    row.number,
                    row.text,
                    row.votes_for,
                    row.votes_against,
                    row.votes_abstain,
                )
                .changes(Topic.MEETINGS, Topic.DECISIONS)
                .inline(self)
            ):
                self.changed.emit()

        return restore

    def deleting(self, row: DecisionRow) -> Operation:
        return self.ctx.ops.run(decisions.delete_decision, row.id).changes(
            Topic.MEETINGS, Topic.DECISIONS
        )


class ActionsList(OutcomeList):
    today: Callable[[], dt.date] = staticmethod(dt.date.today)  # type: ignore[assignment]
    meeting_date: dt.date | None = None  # relative due dates count from it (the agenda sets it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        columns = [
            Column(
                self.tr("What"), lambda r: one_line(r.description), tooltip=lambda r: r.description
            ),
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Due"), lambda r: r.due_date),
            Column(self.tr("Status"), lambda r: word(ACTION_STATUS, r.status)),
        ]
        super().__init__(ctx, columns, (24, 12, 10, 9), 0, parent)
        self.setObjectName("item_actions")

    def rows_of(self, item: AgendaItemRow) -> Sequence[ActionRow]:
        return item.actions

    def make_dialog(self, row: ActionRow | None) -> QDialog:
        assert self.item is not None
        # loaded per dialog: people may have been added since the screen opened
        candidates = self.ctx.ops.run(owner_candidates).inline(self).value or []
        return ActionEditDialog(
            self.ctx,
            self.item.id,
            row,
            candidates,
            self.today(),
            self,
            meeting_date=self.meeting_date,
        )

    def deleted_text(self, row: ActionRow) -> str:
        return self.tr("Action deleted: %1").replace("%1", one_line(row.description)[:60])

    def delete_question(self, row: ActionRow) -> str:
        return self.tr("Delete this action?\n\n%1").replace("%1", one_line(row.description)[:200])

    def deleting(self, row: ActionRow) -> Operation:
        return self.ctx.ops.run(actions.delete_action, row.id).changes(
            Topic.MEETINGS, Topic.ACTIONS
        )
