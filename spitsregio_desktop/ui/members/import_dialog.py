"""Import a member list: choose a CSV or Excel file, see what will happen, then import.

The preview never changes the database. "Import" stays disabled while any row has an
error; the report lists every problem with its line, so the secretary can fix the file
in Excel and choose it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services.member_import import ImportPreview, ImportRow, apply_import, preview_import
from ..common.lists import (
    body_combo,
    error_label,
    make_table,
    sentence,
    set_error,
    set_widths,
)
from ..common.table_model import Column, DataclassTableModel, RowFilterProxy
from ..context import AppContext, Topic

ERROR = QColor("#b00020")
ACTION = {
    "new": QT_TRANSLATE_NOOP("MemberImportDialog", "new"),
    "update": QT_TRANSLATE_NOOP("MemberImportDialog", "update"),
    "unchanged": QT_TRANSLATE_NOOP("MemberImportDialog", "unchanged"),
}


def _what(row: ImportRow) -> str:
    if row.errors:
        return QCoreApplication.translate("MemberImportDialog", "not imported")
    action = QCoreApplication.translate("MemberImportDialog", ACTION.get(row.action, row.action))
    return "; ".join([action, *row.notes])


class MemberImportDialog(QDialog):
    def __init__(self, ctx: AppContext, body: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.preview: ImportPreview | None = None
        self.imported = False
        self.setWindowTitle(self.tr("Import a member list"))
        self.resize(1000, 620)

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("A CSV or Excel file (.csv, .xlsx) with a header row"))
        self.browse = QPushButton(self.tr("Choose file…"))
        self.browse.clicked.connect(self.choose_file)
        self.body = body_combo(ctx, self.tr("From the file (column 'overlegorgaan')"))
        if body:
            self.body.setCurrentIndex(max(self.body.findData(body), 0))
        self.body.currentIndexChanged.connect(self.reload)
        self.file_error = error_label()
        help_text = QLabel(
            self.tr(
                "Recognised columns: naam, organisatie, functie, e-mail, telefoon, rol "
                "(voorzitter, lid, secretaris, deskundige, waarnemer), plaatsvervanger, "
                "overlegorgaan. Existing persons are matched by name and organisation."
            )
        )
        help_text.setWordWrap(True)

        columns = [
            Column(self.tr("Line"), lambda r: r.line, align_right=True),
            Column(self.tr("Name"), lambda r: r.values["name"]),
            Column(self.tr("Organisation"), lambda r: r.values["organisation"]),
            Column(self.tr("Role"), lambda r: r.values["role"]),
            Column(self.tr("E-mail"), lambda r: r.values["email"]),
            Column(self.tr("What will happen"), _what),
            Column(
                self.tr("Errors"),
                lambda r: "; ".join(sentence(e) for e in r.errors),
                tooltip=lambda r: "\n".join(sentence(e) for e in r.errors),
            ),
        ]
        self.model: DataclassTableModel[ImportRow] = DataclassTableModel(columns, self)
        self.model.highlight = lambda r: ERROR if r.errors else None
        self.table = make_table(self.model, RowFilterProxy(self))
        set_widths(self.table, [5, 24, 20, 10, 26, 26, 40])
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # in the order of the file
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Problems per line appear here."))

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.path, 1)
        top.addWidget(self.browse)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Body:")))
        top.addWidget(self.body)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.report)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_error)
        layout.addWidget(help_text)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        start = str(self.ctx.qsettings.value("import/folder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a member list"),
            start,
            self.tr("Member lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if name:
            self.ctx.qsettings.setValue("import/folder", str(Path(name).parent))
            self.load(name)

    def load(self, path: str) -> None:
        self.path.setText(path)
        self.reload()

    def reload(self, *_: object) -> None:
        """Read and check the file again (after choosing it, or another body)."""
        self.preview = None
        set_error(self.file_error, "")
        path = self.path.text()
        if path:  # a file that cannot be read is said above the table
            self.preview = (
                self.ctx.ops.run(preview_import, path, body=self.body.currentData())
                .refused(lambda refusal: set_error(self.file_error, refusal.message))
                .inline(self)
                .value
            )
        self._show_preview()

    def _show_preview(self) -> None:
        p = self.preview
        self.model.set_rows(p.rows if p else [])
        self.import_button.setEnabled(bool(p and p.ok and p.rows))
        if p is None:
            self.summary.setText("")
            self.report.setPlainText("")
            return
        counts = {a: sum(1 for r in p.rows if r.action == a and not r.errors) for a in ACTION}
        text = (
            self.tr("%1 rows: %2 new, %3 to update, %4 unchanged.")
            .replace("%1", str(len(p.rows)))
            .replace("%2", str(counts["new"]))
            .replace("%3", str(counts["update"]))
            .replace("%4", str(counts["unchanged"]))
        )
        if not p.ok:
            text += " " + self.tr(
                "%1 rows have errors: nothing is imported until the file is corrected."
            ).replace("%1", str(p.error_count))
            self.summary.setStyleSheet("color: #b00020;")
        else:
            self.summary.setStyleSheet("")
        if p.ignored_columns:
            text += " " + self.tr("Ignored columns: %1.").replace(
                "%1", ", ".join(p.ignored_columns)
            )
        self.summary.setText(text)
        self.report.setPlainText("\n".join(sentence(line) for line in p.error_report()))

    def do_import(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        done = self.ctx.ops.run(apply_import, self.preview).changes(Topic.PEOPLE).inline(self)
        if not done:
            self.reload()  # the database changed since the preview: show why
            return
        result = done.value
        self.imported = True
        self.ctx.hub.status_message.emit(
            self.tr("Member list imported: %1 new, %2 updated.")
            .replace("%1", str(result.new))
            .replace("%2", str(result.updated))
        )
        self.accept()
