"""Two people, one row: what a form showed, and the dialog when someone else saved first.

A form keeps a `ShownRow` per row it edits: the row_version it showed (passed to the
service as `expected_version` by the gateway's `.versioned(…)`) and the values it showed.
When the service refuses with a ConflictError, the gateway first looks whether the other
person changed what this save writes: if not (they changed another field of the row), it
saves again on their version; if so, `show_conflict` tells it in Dutch, shows their text
beside the unsaved one (which can be copied), and the form takes their text over. Nothing
is overwritten without the person having seen it.

The version moves on only with a save whose row holds nothing the form has not shown: a
field the form still shows from before keeps its old `base` and the form its old version,
so a later save of that field is checked against what the other person wrote there,
never passed on their version unseen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import ConflictError
from ...services.labels import ITEM_KIND
from ...storage.enums import ItemKind
from ..look import css
from .forms import sentence


def tr(text: str) -> str:
    return QCoreApplication.translate("Conflict", text)


class ShownRow:
    """The row_version a form loaded and the values it shows (`base`), per field."""

    def __init__(self, version: int | None = None, **values: object):
        self.version = version
        self.base: dict[str, object] = dict(values)

    def seen(self, **values: object) -> None:
        """Fields a reload put on screen: the person now edits from these values."""
        self.base.update(values)

    def saved(self, version: int, values: dict[str, object]) -> None:
        self.version = version
        self.base.update(values)

    def untouched(self, current: dict[str, object], mine: dict[str, object]) -> bool:
        """True when nobody else changed any field this save writes (`mine`): then
        their save and this one touch different fields and both may stand."""
        return bool(mine) and all(
            name in current and name in self.base and current[name] == self.base[name]
            for name in mine
        )


def _label(name: str) -> str:
    labels = {
        "text": tr("Text"),
        "notes": tr("Notes"),
        "internal_notes": tr("Internal note"),
        "title": tr("Title"),
        "description": tr("What"),
        "due_date": tr("Due"),
        "date": tr("Date"),
        "start_time": tr("Start"),
        "end_time": tr("End"),
        "location": tr("Place"),
        "name": tr("Name"),
        "function": tr("Function"),
        "email": tr("E-mail"),
        "phone": tr("Phone"),
        "kind": tr("Kind"),
        "duration_minutes": tr("Planned minutes"),
        "confidential": tr("Confidential"),
        "presenter": tr("Presenter"),
        "theme": tr("Theme"),
    }
    return labels.get(name, name)


def as_text(value: object, name: str = "") -> str:
    if name == "kind" and value in set(ItemKind):
        value = ItemKind(value)  # the form's combo holds the plain value
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, ItemKind):
        return ITEM_KIND[value]  # the words the agenda uses
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


class ConflictDialog(QDialog):
    """Someone else's save came first: their current text beside the unsaved one."""

    def __init__(self, parent: QWidget | None, conflict: ConflictError, mine: dict[str, object]):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(tr("Changed by someone else"))
        self.setMinimumWidth(640)
        message = QLabel(sentence(conflict.message))
        message.setWordWrap(True)
        message.setStyleSheet(css("warning") + " font-weight: bold;")
        shown = [name for name in mine if name in conflict.current] or list(conflict.current)
        grid = QGridLayout()
        grid.addWidget(QLabel("<b>" + tr("Now in the database") + "</b>"), 0, 1)
        grid.addWidget(QLabel("<b>" + tr("Yours, not saved") + "</b>"), 0, 2)
        self.theirs: dict[str, QPlainTextEdit] = {}
        self.yours: dict[str, QPlainTextEdit] = {}
        for row, name in enumerate(shown, start=1):
            label = QLabel(_label(name))
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            texts = (as_text(conflict.current.get(name), name), as_text(mine.get(name), name))
            # both boxes as high as the longer text needs (wrapped), within reason
            lines = max(3, min(10, max(len(t) // 40 + t.count("\n") + 2 for t in texts)))
            pairs = zip((self.theirs, self.yours), texts, strict=True)
            for column, (box, text) in enumerate(pairs, 1):
                edit = QPlainTextEdit(text)
                edit.setReadOnly(True)  # selectable: a part may be copied
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
                grid.addWidget(edit, row, column)
                box[name] = edit
            label.setBuddy(self.theirs[name])
        self.copied = QLabel()
        self.copy_button = QPushButton(tr("&Copy my text"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.setEnabled(any(mine.get(name) for name in shown))
        self.copy_button.clicked.connect(self.copy_mine)
        buttons = QDialogButtonBox()
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        take = buttons.addButton(
            tr("&Take over their text"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        take.setDefault(True)
        # Enter takes their text over; copying mine is a deliberate click
        QTimer.singleShot(0, take.setFocus)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(grid)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def copy_mine(self) -> None:
        text = "\n\n".join(edit.toPlainText() for edit in self.yours.values() if edit.toPlainText())
        QApplication.clipboard().setText(text)
        self.copied.setText(tr("Your text is on the clipboard: paste it where you want it."))


def show_conflict(parent: QWidget | None, conflict: ConflictError, mine: dict[str, object]) -> None:
    """Say that someone else saved first and show both texts; the form then shows theirs."""
    dialog = ConflictDialog(parent, conflict, mine)
    dialog.exec()
    dialog.deleteLater()
