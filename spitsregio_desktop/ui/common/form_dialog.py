"""A dialog whose form rows each carry a red line for the service's message about that field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import ValidationError
from .forms import error_label
from .lists import show_validation


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


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

    def show_error(self, exc: ValidationError) -> None:
        show_validation({**self.errors, "": self.general_error}, exc, "")

    def run_service(self, call: Callable[[object], object]) -> bool:
        """Run one service call in a short session; show its refusal under the field."""
        try:
            with self.ctx.session() as session:  # type: ignore[attr-defined]
                self.result_value = call(session)
        except ValidationError as exc:
            self.show_error(exc)
            return False
        return True

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
