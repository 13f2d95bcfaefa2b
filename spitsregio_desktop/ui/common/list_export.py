"""Exporting a list screen as a document: the action list of a body, the decision list of a
body and period. The choices go in a small dialog, the file is made off the UI thread, and a
bar under the list offers to open it or show it in its folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ..context import AppContext
from ..ops import Operation
from .date_entry import DateEntry
from .files import (
    EXPORT_DIR_KEY,
    chosen_file,
    export_dir,
    export_failure,
    open_file,
    show_in_folder,
)
from .forms import error_label, fit_height, set_error
from .lists import body_combo

DIR_KEY = EXPORT_DIR_KEY  # the same folder memory as the meeting's documents tab


def date_edit(day: dt.date) -> DateEntry:
    """A period's bound (filters, exports): the one Dutch date entry, counted from today."""
    edit = DateEntry(day=day, compact=True)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00/00/0000") * 2 + 40)
    return edit


def typed_period(start: DateEntry, end: DateEntry) -> tuple[dt.date, dt.date] | None:
    """Both bounds as typed; None while one is impossible (it is marked under its field)."""
    first, last = start.value(), end.value()
    return (first, last) if first is not None and last is not None else None


class ExportDialog(QDialog):
    """Which body, which format and (for decisions) which period to export."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        body: str | None,
        period: tuple[dt.date, dt.date] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = body_combo(ctx, None)
        if body is not None:
            self.body.setCurrentIndex(max(self.body.findData(body), 0))
        self.pdf = QRadioButton(self.tr("PDF"))
        self.word = QRadioButton(self.tr("Word"))
        self.pdf.setChecked(True)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.word)
        formats.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Body:"), self.body)
        self.start: DateEntry | None = None
        self.end: DateEntry | None = None
        self.error = error_label()
        if period is not None:
            self.start, self.end = date_edit(period[0]), date_edit(period[1])
            dates = QHBoxLayout()
            dates.addWidget(self.start, 0, Qt.AlignmentFlag.AlignTop)
            dates.addWidget(QLabel(self.tr("to")), 0, Qt.AlignmentFlag.AlignTop)
            dates.addWidget(self.end, 0, Qt.AlignmentFlag.AlignTop)
            dates.addStretch(1)
            form.addRow(self.tr("Meetings from:"), dates)
        form.addRow(self.tr("Format:"), formats)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fmt(self) -> str:
        return "docx" if self.word.isChecked() else "pdf"

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        if self.start is None or self.end is None:
            return None, None
        return self.start.value(), self.end.value()

    def accept(self) -> None:
        """An impossible or missing date refuses OK with its message; nothing is made."""
        for entry in (self.start, self.end):
            found = entry.reading() if entry is not None else None
            if found is not None and not found:
                set_error(self.error, found.message)
                fit_height(self)
                entry.setFocus()  # type: ignore[union-attr]
                return
        set_error(self.error, "")
        super().accept()


class ExportBar(QFrame):
    """Runs one export at a time off the UI thread and shows where the file went."""

    exported = Signal(Path)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_path: Path | None = None
        self.running: Operation | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open"))
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        self.open_button.clicked.connect(self.open_last)
        self.folder_button.clicked.connect(self.show_in_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self.hide()

    def default_dir(self) -> Path:
        return export_dir(self.ctx.qsettings)

    def ask_path(self, name: str, fmt: str) -> Path | None:
        filters = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "docx": self.tr("Word document (*.docx)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self.window(),
            self.tr("Save the document"),
            str(self.default_dir() / name),
            filters[fmt],
        )
        return chosen_file(self.ctx.qsettings, chosen, fmt)

    @property
    def busy(self) -> bool:
        return self.running is not None and self.running.running

    def run(self, make: Callable[..., Path], out: Path) -> None:
        """`make(session)` writes the file, off the UI thread behind the gateway's progress."""
        self.hide()
        self.running = (
            self.ctx.ops.run(make)
            .then(self._done)
            .failing_as(export_failure())
            .in_background(self.window(), progress=self.tr("Making %1…").replace("%1", out.name))
        )

    def _done(self, path: Path) -> None:
        self.show_made(Path(path), self.tr("Saved: %1"))

    def show_made(self, path: Path, text: str) -> None:
        """Say where the file went (`text` with %1 for it), with Open and Show in folder."""
        self.last_path = path
        text = text.replace("%1", str(path))
        self.label.setText(text)
        self.show()
        self.ctx.hub.status_message.emit(text)
        self.exported.emit(path)

    def open_last(self) -> None:
        if self.last_path is not None:
            open_file(self.last_path)

    def show_in_folder(self) -> None:
        if self.last_path is not None:
            show_in_folder(self.last_path)
