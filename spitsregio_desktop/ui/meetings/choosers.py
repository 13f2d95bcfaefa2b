"""Small choosers of the meeting screen: a person with type-ahead, an agenda item, a reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...services.names import fold
from ...services.views import AgendaItemRow
from .common import HINT_STYLE

MATCH_ROLE = Qt.ItemDataRole.UserRole + 7  # the folded label the completer compares


class _FoldingCompleter(QCompleter):
    """Compares folded text ("elise" finds "Élise Dupré") but fills in the label as shown."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [fold(path)]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class SearchCombo(QComboBox):
    """An editable combo box: typing a few letters anywhere in the name narrows the list.

    `chosen()` is None until the text is exactly one of the entries, so a half-typed name
    never picks somebody by accident.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(36)
        completer = _FoldingCompleter(self.model(), self)
        completer.setCompletionRole(MATCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type a few letters…"))

    def set_choices(self, choices: Sequence[tuple[str, object]], current: object = None) -> None:
        self.clear()
        for label, data in choices:
            self.addItem(label, data)
            self.setItemData(self.count() - 1, fold(label), MATCH_ROLE)
        index = self.findData(current) if current is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def chosen(self) -> object:
        index = self.findData(fold(self.currentText().strip()), MATCH_ROLE)
        return self.itemData(index) if index >= 0 else None


def item_label(item: AgendaItemRow) -> str:
    return f"{'    ' * item.depth}{item.number}. {item.title}"


class _ChooserDialog(QDialog):
    """A form with OK / Cancel; OK only once the required choices are made."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def finish(self, hint: str) -> None:
        label = QLabel(hint)
        label.setWordWrap(True)
        label.setStyleSheet(HINT_STYLE)
        self.form.addRow(label)
        self.form.addRow(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.complete())

    def complete(self) -> bool:
        return True


class InvitePersonDialog(_ChooserDialog):
    """Invite one person who is not (or no longer) a member: a guest speaker, an expert."""

    def __init__(self, persons: Sequence[tuple[str, int]], parent: QWidget | None = None):
        super().__init__(self.tr("Invite someone else"), parent)
        self.person = SearchCombo()
        self.person.set_choices(persons)
        self.person.editTextChanged.connect(lambda _t: self._update())
        self.person.currentIndexChanged.connect(lambda _i: self._update())
        self.form.addRow(self.tr("&Person"), self.person)
        self.finish(
            self.tr(
                "Type a few letters of the name. People who are not in the list "
                "yet are added under Members & organisations."
            )
        )

    def complete(self) -> bool:
        return self.person.chosen() is not None

    def person_id(self) -> int | None:
        value = self.person.chosen()
        return int(value) if value is not None else None  # type: ignore[call-overload]


class LeftRoomDialog(_ChooserDialog):
    """Someone leaves the room for one item (conflict of interest), with an optional reason."""

    def __init__(
        self,
        persons: Sequence[tuple[str, int]],
        items: Sequence[AgendaItemRow],
        person_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Left the room for an item"), parent)
        self.person = SearchCombo()
        self.person.set_choices(persons, person_id)
        self.item = SearchCombo()
        self.item.set_choices([(item_label(i), i.id) for i in items])
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("e.g. conflict of interest (optional)"))
        for combo in (self.person, self.item):
            combo.editTextChanged.connect(lambda _t: self._update())
            combo.currentIndexChanged.connect(lambda _i: self._update())
        self.form.addRow(self.tr("&Person"), self.person)
        self.form.addRow(self.tr("Left the room for &item"), self.item)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.finish(
            self.tr("The minutes name this person under the item as having left the room for it.")
        )
        (self.item if person_id is not None else self.person).setFocus()

    def complete(self) -> bool:
        return self.person.chosen() is not None and self.item.chosen() is not None

    def value(self) -> tuple[int, int, str]:
        return (
            int(self.person.chosen()),  # type: ignore[call-overload]
            int(self.item.chosen()),  # type: ignore[call-overload]
            self.reason.text().strip(),
        )
