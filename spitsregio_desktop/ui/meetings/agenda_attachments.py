"""Attachments of one agenda item: a small list with add, open and remove.

Files are copied into the data folder by the service, so the agenda keeps working when the
original on the desktop is moved or deleted; "Open" hands the copy to the system viewer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services import agenda
from ...services.views import AgendaItemRow, AttachmentRow
from ..common.files import open_file
from ..common.table_model import ENTITY_ROLE, Column, DataclassTableModel
from ..context import AppContext, Topic


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class AttachmentsBox(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.row: AgendaItemRow | None = None
        self.read_only = False
        self.model: DataclassTableModel[AttachmentRow] = DataclassTableModel(
            [Column(self.tr("File"), lambda a: f"{a.filename}  ({size_text(a.size_bytes)})")],
            self,
        )
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setObjectName("agenda_attachments")
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        # three or four files fit; the notes above get the rest of the height
        self.view.setFixedHeight(self.view.fontMetrics().height() * 4 + 8)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.add_button = QPushButton(self.tr("Add attachment…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("&Attachments"))
        self.label.setBuddy(self.view)
        layout.addWidget(self.label)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def set_item(self, row: AgendaItemRow | None, read_only: bool) -> None:
        selected = self.selected()
        same = row is not None and self.row is not None and row.id == self.row.id
        self.row, self.read_only = row, read_only
        rows = row.attachments if row else ()
        if tuple(self.model.rows) != tuple(rows):
            self.model.set_rows(rows)
            if same and selected is not None:
                for i, a in enumerate(rows):
                    if a.id == selected.id:
                        self.view.setCurrentIndex(self.model.index(i, 0))
        self._update_buttons()

    def filenames(self) -> list[str]:
        return [a.filename for a in self.model.rows]

    def selected(self) -> AttachmentRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return index.data(ENTITY_ROLE)

    def _update_buttons(self) -> None:
        has_selection = self.selected() is not None
        self.add_button.setEnabled(self.row is not None and not self.read_only)
        self.open_button.setEnabled(has_selection)
        self.remove_button.setEnabled(has_selection and not self.read_only)

    def add(self) -> None:
        if self.row is None or self.read_only:
            return
        last_dir = str(self.ctx.qsettings.value("agenda/attachment_dir", "") or "")
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add attachment"), last_dir)
        if not paths:
            return
        self.ctx.qsettings.setValue("agenda/attachment_dir", str(Path(paths[0]).parent))
        item_id, folder = self.row.id, self.ctx.attachments_dir

        def add_all(session: Session) -> None:
            for path in paths:
                agenda.add_attachment(session, item_id, Path(path), folder)

        self.ctx.ops.run(add_all).changes(Topic.MEETINGS).inline(self)
        self.changed.emit()  # also after a refusal: the files added before it are listed

    def open_selected(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        found = self.ctx.ops.run(
            agenda.attachment_path, attachment.id, self.ctx.attachments_dir
        ).inline(self)
        if not found:
            return
        path: Path = found.value  # type: ignore[assignment]
        if not path.is_file():
            QMessageBox.warning(
                self,
                self.tr("Open attachment"),
                self.tr("The file is missing from the data folder:\n%1").replace("%1", str(path)),
            )
            return
        open_file(path)

    def remove_selected(self) -> None:
        attachment = self.selected()
        if attachment is None or self.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr('Remove the attachment "%1"? The copy in the data folder is deleted.').replace(
                "%1", attachment.filename
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.ops.run(agenda.remove_attachment, attachment.id, self.ctx.attachments_dir).changes(
            Topic.MEETINGS
        ).inline(self)
        self.changed.emit()
