"""Settings: the secretariat's letterhead, meeting defaults, e-mail texts, language, backups.

Every field saves itself (no save button): text after a short pause or when focus leaves,
choices at once. A refused value (an e-mail address that is not one) shows the Dutch
message under the field and is not stored; the last good value stays in the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTime
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.settings import AppSettings, load_settings, save_settings
from ..common.autosave import Autosaver
from ..common.lists import error_label, set_error
from ..context import AppContext, Topic
from ..ops import Outcome
from .backups import BackupsBox
from .database import DatabaseBox

LANGUAGES = (("Nederlands", "nl"), ("English", "en"))  # each in its own language


class SettingsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._loading = False
        self.autosaver = Autosaver(self._save, self)
        self.state = QLabel()
        self.autosaver.pending.connect(lambda: self.state.setText(self.tr("Saving…")))
        self.autosaver.saved.connect(lambda: self.state.setText(self.tr("All changes saved")))

        content = QWidget()
        columns = QHBoxLayout(content)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        left.addWidget(self._secretariat_box())
        left.addWidget(self._meetings_box())
        left.addWidget(self._program_box())
        left.addStretch(1)
        right.addWidget(self._email_box())
        self.database = DatabaseBox(ctx)
        right.addWidget(self.database)
        self.backups = BackupsBox(ctx)
        self.backups.setVisible(not ctx.db.is_server)  # a server: pg_dump by IT (SERVER.md)
        right.addWidget(self.backups)
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        footer = QHBoxLayout()
        footer.addWidget(QLabel(self.tr("Changes are saved automatically.")))
        footer.addStretch(1)
        footer.addWidget(self.state)
        layout.addLayout(footer)

    # ------------------------------------------------------------ building

    def _row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        self.errors[name] = error_label()
        inner.addWidget(self.errors[name])
        form.addRow(label, box)
        self.fields[name] = widget
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda text, n=name: self._edited(n, text))
            widget.editingFinished.connect(self.autosaver.flush)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda n=name, w=widget: self._edited(n, w.toPlainText()))
            widget.installEventFilter(self)  # flush when focus leaves
        elif isinstance(widget, QTimeEdit):
            widget.timeChanged.connect(
                lambda t, n=name: self._edited(n, t.toString("HH:mm"), now=True)
            )

    def _text(self, form: QFormLayout, label: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        self._row(form, label, name, edit)
        return edit

    def _secretariat_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Secretariat (letterhead of every document)"))
        form = QFormLayout(box)
        self._text(form, self.tr("Name:"), "secretariat_name")
        self._text(form, self.tr("Address:"), "secretariat_address")
        self._text(form, self.tr("E-mail:"), "secretariat_email")
        self._text(form, self.tr("Phone:"), "secretariat_phone")
        self.logo_path = QLineEdit()
        self.logo_path.setReadOnly(True)
        self.logo_path.setPlaceholderText(self.tr("No logo"))
        self.logo_choose = QPushButton(self.tr("Choose…"))
        self.logo_clear = QPushButton(self.tr("Remove"))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(160, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #c8c8c8; background: white;")
        logo = QWidget()
        logo_layout = QHBoxLayout(logo)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        buttons.addWidget(self.logo_choose)
        buttons.addWidget(self.logo_clear)
        logo_layout.addLayout(buttons)
        logo_layout.addStretch(1)
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.logo_path)
        column_layout.addWidget(logo)
        self._row(form, self.tr("Logo:"), "logo_path", column)
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_clear.clicked.connect(lambda: self._set_logo(""))
        return box

    def _meetings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New meetings"))
        form = QFormLayout(box)
        self._text(form, self.tr("Default place:"), "default_location")
        for label, name in (
            (self.tr("Default start:"), "default_start"),
            (self.tr("Default end:"), "default_end"),
        ):
            edit = QTimeEdit()
            edit.setDisplayFormat("HH:mm")
            self._row(form, label, name, edit)
        return box

    def _program_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Program"))
        form = QFormLayout(box)
        self.language = QComboBox()
        for label, code in LANGUAGES:
            self.language.addItem(label, code)
        self._row(form, self.tr("Language:"), "language", self.language)
        self.language.currentIndexChanged.connect(
            lambda: self._edited("language", self.language.currentData(), now=True)
        )
        note = QLabel(
            self.tr(
                "The new language is used after restarting the program. "
                "Documents are always in Dutch."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 100)
        self.backup_keep.setSuffix(self.tr(" backups"))
        self._row(form, self.tr("Automatic backups to keep:"), "backup_keep", self.backup_keep)
        self.backup_keep.valueChanged.connect(
            lambda value: self._edited("backup_keep", int(value), now=True)
        )
        return box

    def _email_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("E-mail to members"))
        form = QFormLayout(box)
        for label, name in (
            (self.tr("Put the recipients in Bcc"), "recipients_in_bcc"),
            (self.tr("Attach the minutes as Word (DOCX) too"), "attach_minutes_docx"),
        ):
            check = QCheckBox(label)
            self._row(form, "", name, check)
            check.toggled.connect(lambda on, n=name: self._edited(n, bool(on), now=True))
        self._text(form, self.tr("Invitation subject:"), "invitation_subject")
        self._row(form, self.tr("Invitation text:"), "invitation_body", self._body_edit())
        self._text(form, self.tr("Minutes subject:"), "minutes_subject")
        self._row(form, self.tr("Minutes text:"), "minutes_body", self._body_edit())
        help_text = QLabel(
            self.tr(
                "In subjects and texts these words are filled in: {body} the body's name, "
                "{datum} the date of the meeting, {uur} its start time, {plaats} the place, "
                "{secretariaat} the secretariat's name."
            )
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #555555;")
        form.addRow("", help_text)
        return box

    @staticmethod
    def _body_edit() -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 7 + 12)
        return edit

    # ------------------------------------------------------------ loading and saving

    def refresh(self) -> None:
        settings = self.ctx.ops.run(load_settings).inline(self)
        if settings:
            self._show(settings.value)  # type: ignore[arg-type]
        self.backups.refresh()

    def _show(self, s: AppSettings) -> None:
        self._loading = True  # filling the widgets is not an edit
        try:
            for name, widget in self.fields.items():
                value = getattr(s, name)
                if isinstance(widget, QLineEdit):
                    widget.setText(value)
                    widget.setCursorPosition(0)  # show the start of a long name
                elif isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(value)
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(value)
                elif isinstance(widget, QTimeEdit):
                    widget.setTime(QTime.fromString(value, "HH:mm"))
            self.language.setCurrentIndex(max(self.language.findData(s.language), 0))
            self.backup_keep.setValue(s.backup_keep)
            self._show_logo(s.logo_path)
            for label in self.errors.values():
                set_error(label, "")
        finally:
            self._loading = False

    def _edited(self, name: str, value: object, now: bool = False) -> None:
        if self._loading:
            return
        self.autosaver.edited(name, value)
        if now:
            self.autosaver.flush()

    def _save(self, name: object, value: object) -> Outcome:
        """Autosaver callback: one setting by the gateway; a refusal goes by the field."""
        key = str(name)

        def refused(refusal: Outcome) -> None:
            set_error(self.errors[key], refusal.message)
            self.state.setText(self.tr("Not saved: see the message in red"))

        done = (
            self.ctx.ops.run(save_settings, **{key: value})
            .changes(Topic.SETTINGS)
            .refused(refused)
            .inline(self)
        )
        if done:
            set_error(self.errors[key], "")
        return done

    def flush(self) -> bool:
        return self.autosaver.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.autosaver.has_pending():
            self.autosaver.flush()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ logo

    def choose_logo(self) -> None:
        start = str(Path(self.logo_path.text()).parent) if self.logo_path.text() else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the logo"),
            start,
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"),
        )
        if name:
            self._set_logo(name)

    def _set_logo(self, path: str) -> None:
        self.logo_path.setText(path)
        self._show_logo(path)
        self._edited("logo_path", path, now=True)

    def _show_logo(self, path: str) -> None:
        self.logo_path.setText(path)
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("File not found") if path else self.tr("No logo"))
            return
        self.logo_preview.setPixmap(
            pixmap.scaled(
                self.logo_preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
