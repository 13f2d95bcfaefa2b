"""The agenda tab's questions before deleting or adjourning an item, and the word after."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.views import AgendaItemRow, MeetingRef


def tr(text: str) -> str:
    # the agenda tab's own words: they keep its translation context
    return QCoreApplication.translate("AgendaTab", text)


def confirm_delete(parent: QWidget, row: AgendaItemRow, subitems: int) -> bool:
    text = tr('Delete item %1 "%2"?').replace("%1", row.number).replace("%2", row.title)
    if subitems:
        text += "\n" + tr("Its %1 sub-item(s) are deleted too.").replace("%1", str(subitems))
    if row.attachments:
        text += "\n" + tr("Its attachments are deleted too.")
    answer = QMessageBox.question(parent, tr("Delete item"), text)
    return answer == QMessageBox.StandardButton.Yes


def confirm_adjourn(parent: QWidget, row: AgendaItemRow) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Adjourn item"),
        tr('Adjourn item %1 "%2" to the next meeting? It comes back there, linked to this meeting.')
        .replace("%1", row.number)
        .replace("%2", row.title),
    )
    return answer == QMessageBox.StandardButton.Yes


def tell_adjourned(parent: QWidget, placed: bool, nxt: MeetingRef | None) -> None:
    """Where the adjourned item went: `placed` on the next meeting, or waiting for it."""
    if placed and nxt is not None:
        text = (
            tr("The item is placed on the next meeting (no. %1 of %2).")
            .replace("%1", str(nxt.number))
            .replace("%2", f"{nxt.date:%d/%m/%Y}")
        )
    elif placed:
        text = tr("The item is placed on the next meeting.")
    else:
        text = tr(
            "There is no next meeting yet: the item is placed on it as soon as "
            "that meeting is created."
        )
    QMessageBox.information(parent, tr("Adjourn item"), text)
