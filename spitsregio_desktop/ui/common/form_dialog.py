"""A dialog whose form rows each carry a red line for the service's message about that field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from ..ops import Operation, Outcome
from .forms import error_label, fit_height
from .lists import show_validation


class FormDialog(QDialog):
    """OK runs `save()`; a refusal of the service is shown under the field it names."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, *fields: str) -> None:
        """Add `widget` with an error line that the service `fields` report into."""
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        err = error_label()
        inner.addWidget(err)
        for name in fields:
            self.errors[name] = err
        form.addRow(label, box)

    def lay_out(self, *parts: QWidget | QLayout) -> None:
        """The dialog's layout: `parts` from top to bottom, the general error, OK / Cancel."""
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def show_error(self, refusal: Outcome) -> None:
        show_validation({**self.errors, "": self.general_error}, refusal, "")
        fit_height(self)

    def saving(self, operation: Operation) -> bool:
        """Run the dialog's operation (from ctx.ops) now; a refusal goes under its field.

        The caller has said what it changes; OK then closes the dialog."""
        outcome = operation.refused(self.show_error).inline(self)
        self.result_value = outcome.value
        return outcome.ok

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
