"""The roll call: one key per invitee whose attendance nobody recorded yet.

Live mode opens with it while anyone is "niet geregistreerd" (and Ctrl+R brings it back):
A aanwezig, V verontschuldigd, F afwezig, S vervangen door… (a name, with the same completer
as the action's owner), ↑/↓ to move, Backspace undoes a wrong key, Enter or Esc to finish.
Nobody is ever assumed absent: whoever is not keyed stays not recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services.live import OwnerCandidate
from ...services.roll_call import UnrecordedPerson
from ...storage.enums import Answer, Presence
from ..common.words import ANSWER, PRESENCE, word
from .entries import OwnerField

ROLL_CALL, CLOSE_ANYWAY, CANCEL = "roll_call", "close_anyway", "cancel"
KEYS = {
    Qt.Key.Key_A: Presence.PRESENT,
    Qt.Key.Key_V: Presence.EXCUSED,
    Qt.Key.Key_F: Presence.ABSENT,
}


def tr(text: str) -> str:
    return QCoreApplication.translate("RollCall", text)


class RollCallPanel(QFrame):
    """The list of unrecorded invitees; `record(person_id, presence, substitute)` and
    `clear(person_id)` save through the gateway and say whether it worked."""

    finished = Signal()

    def __init__(
        self,
        record: Callable[[int, str, str], object],
        clear: Callable[[int], object],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._record, self._clear = record, clear
        self.people: list[UnrecordedPerson] = []
        self.recorded: dict[int, tuple[str, str]] = {}
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("liveRollCall")
        self.title = QLabel(tr("Roll call: who is here?"))
        self.title.setStyleSheet("font-weight: 600;")
        hint = QLabel(
            tr(
                "A present · V excused · F absent · S substituted by… · "
                "↑/↓ move · Backspace undo · Enter or Esc: done"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self.list = QListWidget()
        self.list.setObjectName("rollCallList")
        self.list.setAccessibleName(tr("Invitees not recorded yet"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.installEventFilter(self)
        self.substitute_label = QLabel(tr("Substituted by"))
        self.substitute = OwnerField()
        self.substitute.setObjectName("rollCallSubstitute")
        self.substitute.setPlaceholderText(tr("Who comes instead: a name, ↓ and Enter to pick"))
        self.substitute.returnPressed.connect(self._substitute_return)
        self.substitute.installEventFilter(self)
        row = QHBoxLayout()
        row.addWidget(self.substitute_label)
        row.addWidget(self.substitute, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._show_substitute(False)

    def set_candidates(self, candidates: list[OwnerCandidate]) -> None:
        self.substitute.candidates = candidates

    def start(self, people: list[UnrecordedPerson]) -> None:
        self.people = list(people)
        self.recorded = {}
        self.list.clear()
        for index in range(len(self.people)):
            self.list.addItem(QListWidgetItem())
            self._show_row(index)
        self._show_substitute(False)
        self.message.hide()
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def _show_row(self, index: int) -> None:
        person = self.people[index]
        state = self.recorded.get(person.person_id)
        if state is None:
            text = tr("not recorded")
            if person.answer != Answer.NO_ANSWER:
                text += " · " + tr("answered: %1").replace("%1", word(ANSWER, person.answer))
        elif state[0] == Presence.SUBSTITUTED:
            text = tr("substituted by %1").replace("%1", state[1])
        else:
            text = word(PRESENCE, Presence(state[0]))
        org = f" ({person.organisation})" if person.organisation else ""
        self.list.item(index).setText(f"{person.name}{org}  —  {text}")

    def current(self) -> UnrecordedPerson | None:
        row = self.list.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def unrecorded_count(self) -> int:
        return sum(1 for p in self.people if p.person_id not in self.recorded)

    # ------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()  # type: ignore[attr-defined]
        if watched is self.substitute and key == Qt.Key.Key_Escape:
            self._show_substitute(False)
            self.list.setFocus()
            return True
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # type: ignore[attr-defined]
        if watched is not self.list or not plain:  # Ctrl+… stays the live view's shortcuts
            return super().eventFilter(watched, event)
        person = self.current()
        if key in KEYS and person is not None:
            self._set(person, KEYS[key], "")
            return True
        if key == Qt.Key.Key_S and person is not None:
            self.substitute.setText(person.substitute_name)
            self._show_substitute(True)
            self.substitute.setFocus()
            return True
        if key == Qt.Key.Key_Backspace and person is not None:
            if person.person_id in self.recorded and self._clear(person.person_id):
                del self.recorded[person.person_id]
                self._show_row(self.list.currentRow())
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.finished.emit()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def _substitute_return(self) -> None:
        if self.substitute.popup_visible():  # the Enter that picks a name: stay here
            return
        person = self.current()
        name = self.substitute.text().strip()
        if person is None:
            return
        if not name:
            self.show_error(tr("Type who comes instead, or Esc to go back."))
            return
        if self._set(person, Presence.SUBSTITUTED, name):
            self._show_substitute(False)
            self.list.setFocus()

    def _set(self, person: UnrecordedPerson, presence: str, substitute: str) -> bool:
        self.message.hide()
        if not self._record(person.person_id, presence, substitute):
            return False
        self.recorded[person.person_id] = (presence, substitute)
        row = self.list.currentRow()
        self._show_row(row)
        if row + 1 < self.list.count():
            self.list.setCurrentRow(row + 1)
        return True

    def show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _show_substitute(self, visible: bool) -> None:
        self.substitute_label.setVisible(visible)
        self.substitute.setVisible(visible)
        if not visible:
            self.substitute.clear()


def ask_unrecorded(parent: QWidget | None, count: int) -> str:
    """Closing while `count` invitees are not recorded: finish the roll call first, close
    anyway (they stay "niet geregistreerd" in the draft), or cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(
        tr(
            "Not recorded yet: the attendance of %1 invitee(s). Finish the roll call "
            "before closing the meeting?"
        ).replace("%1", str(count))
    )
    roll_call = box.addButton(tr("Open the roll call"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(tr("Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(roll_call)
    box.exec()
    clicked = box.clickedButton()
    return ROLL_CALL if clicked is roll_call else CLOSE_ANYWAY if clicked is anyway else CANCEL
