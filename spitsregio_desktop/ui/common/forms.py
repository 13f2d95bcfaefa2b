"""Showing a service's Dutch validation message: as a sentence, in red under its field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..look import css


def sentence(message: str) -> str:
    """Service messages are clauses ("het einde … moet …"); show them as a sentence."""
    message = message.strip()
    return message[:1].upper() + message[1:] if message else message


def error_label() -> QLabel:
    """A red line under a field for its validation message; hidden while empty."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet(css("error"))  # readable in dark and high contrast too
    label.setWordWrap(True)
    label.hide()
    return label


def set_error(label: QLabel, message: str) -> None:
    label.setText(sentence(message))
    label.setVisible(bool(message))


def fit_height(window: QWidget) -> None:
    """Grow a dialog when a message under a field wrapped onto more lines, so no text is
    cut off (a layout's minimum size does not follow a wrapped label's height)."""
    layout = window.layout()
    if layout is None or not isinstance(window, QDialog):
        return
    layout.activate()
    needed = (
        layout.totalHeightForWidth(window.width())
        if layout.hasHeightForWidth()
        else layout.totalMinimumSize().height()
    )
    if needed > window.height():
        window.resize(window.width(), needed)


def heading_row(title: QLabel, subtitle: QLabel, *buttons: QWidget) -> QHBoxLayout:
    """A screen's heading: the title over its subtitle, the buttons along the top."""
    row = QHBoxLayout()
    text = QVBoxLayout()
    text.setSpacing(2)
    text.addWidget(title)
    text.addWidget(subtitle)
    row.addLayout(text, 1)
    for button in buttons:
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row
