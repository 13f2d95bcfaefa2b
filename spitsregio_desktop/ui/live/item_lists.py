"""The current item's decisions and actions, listed under its notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.views import ActionRow, DecisionRow
from ..common.table_model import Column, DataclassTableModel, show


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveLists", text)


def votes_text(d: DecisionRow) -> str:
    if not d.has_votes:
        return ""
    return (
        tr("%1 for, %2 against, %3 abstaining")
        .replace("%1", str(d.votes_for or 0))
        .replace("%2", str(d.votes_against or 0))
        .replace("%3", str(d.votes_abstain or 0))
    )


def _table(model: DataclassTableModel, stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setWordWrap(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    return table


class ItemLists(QWidget):
    """Two small tables with a title each; they grow with their rows, up to a limit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.decisions: DataclassTableModel[DecisionRow] = DataclassTableModel(
            [
                Column(tr("No."), lambda d: d.number, align_right=True),
                Column(tr("Decision"), lambda d: d.text),
                Column(tr("Votes"), votes_text),
            ],
            self,
        )
        self.actions: DataclassTableModel[ActionRow] = DataclassTableModel(
            [
                Column(tr("Action"), lambda a: a.description),
                Column(tr("Owner"), lambda a: a.owner),
                Column(tr("Due"), lambda a: show(a.due_date)),
            ],
            self,
        )
        self.decision_title = QLabel()
        self.action_title = QLabel()
        for label in (self.decision_title, self.action_title):
            label.setStyleSheet("font-weight: 600;")
        self.decision_table = _table(self.decisions, 1)
        self.action_table = _table(self.actions, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.decision_title)
        layout.addWidget(self.decision_table)
        layout.addWidget(self.action_title)
        layout.addWidget(self.action_table)

    def set_rows(self, decisions: list[DecisionRow], actions: list[ActionRow]) -> None:
        self.decisions.set_rows(decisions)
        self.actions.set_rows(actions)
        self.decision_title.setText(tr("Decisions (%1)").replace("%1", str(len(decisions))))
        self.action_title.setText(tr("Actions (%1)").replace("%1", str(len(actions))))
        for table, count in (
            (self.decision_table, len(decisions)),
            (self.action_table, len(actions)),
        ):
            table.setVisible(count > 0)
            table.resizeRowsToContents()
            rows = sum(table.rowHeight(r) for r in range(min(count, 5)))
            table.setFixedHeight(rows + table.horizontalHeader().height() + 4)
