"""The side pane that edits the selected agenda item; every change autosaves within a second.

Reloads never overwrite a field the user is in (or one with an unsaved edit): setText() and
setPlainText() wipe Qt's undo history, and the secretary's Ctrl+Z must keep working.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import agenda
from ...services.views import AgendaItemRow
from ...storage.enums import ItemKind
from ..common.autosave import Autosaver
from ..common.conflict import ShownRow
from ..common.mentions import enable_mentions
from ..common.spellcheck import enable_spellcheck
from ..context import AppContext, Topic
from ..look import css, high_contrast
from ..ops import Outcome
from .agenda_attachments import AttachmentsBox
from .agenda_model import adjourned_text, kind_label
from .item_outcomes import ActionsList, DecisionsList

FIELDS = ("title", "kind", "theme", "presenter", "duration_minutes", "confidential")
NOTE_FIELDS = ("notes", "internal_notes")


class ItemEditor(QWidget):
    """Edits one item. `saved(field)` tells the tab to refresh the tree after a change."""

    saved = Signal(str)  # a field of the tree: the tab reloads the meeting
    notes_saved = Signal(int, str, str)  # item id, field, text: no reload needed
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.row: AgendaItemRow | None = None
        self.read_only = False
        self._loading = False
        self._errors: dict[str, QLabel] = {}
        self._fields = Autosaver(self._save_field, self)
        self._notes = Autosaver(self._save_notes, self)
        # per item: the row_version loaded and the texts shown (a save by another wins)
        self._shown: dict[int, ShownRow] = {}

        self.title = QLineEdit()
        self.title.setObjectName("agenda_title")
        self.title.setMaxLength(500)
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(kind_label(kind), str(kind))
        self.theme = QComboBox()
        self.theme.setEditable(True)
        self.theme.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.presenter = QLineEdit()
        self.presenter.setPlaceholderText(self.tr("Person or organisation"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.presenter.setCompleter(completer)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccelerated(True)
        self.confidential = QCheckBox(self.tr("Confidential"))
        self.confidential.setToolTip(self.tr("Left out of the public minutes and documents"))
        for combo in (self.kind, self.theme):
            # long theme names must not widen the pane: the combo elides instead
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            self.tr("Notes of the discussion, as they go into the minutes")
        )
        enable_spellcheck(self.notes, ctx)
        enable_mentions(self.notes, ctx)  # "@leuv" → a name
        self.internal = QPlainTextEdit()
        self.internal.setPlaceholderText(self.tr("Only for the secretariat"))
        self.internal.setObjectName("agenda_internal_notes")
        # a tint, so the private box never passes for the minutes' own notes
        # a warm tint that says "internal" on light and dark windows alike (text stays the
        # palette's own, so it is never light on light); none in high contrast
        if not high_contrast():
            tint = "rgba(255, 193, 7, 40)"
            self.internal.setStyleSheet(f"#agenda_internal_notes {{ background: {tint}; }}")
        for edit in (self.notes, self.internal):
            edit.setTabChangesFocus(True)  # Tab walks through the form, as in a dialog

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self._with_error(self.title, "title"))
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("T&heme"), self._with_error(self.theme, "theme"))
        form.addRow(self.tr("&Presenter"), self._with_error(self.presenter, "presenter"))
        form.addRow(self.tr("Planned &minutes"), self._with_error(self.minutes, "duration_minutes"))
        form.addRow("", self.confidential)

        internal_label = QLabel(self.tr("Internal note of the secretariat – never exported"))
        internal_label.setStyleSheet(css("warning") + " font-weight: bold;")
        internal_label.setWordWrap(True)  # the Dutch wording is longer than the pane
        internal_label.setBuddy(self.internal)

        self.attachments = AttachmentsBox(ctx)
        self.attachments.changed.connect(lambda: self.saved.emit("attachments"))
        # the item's decisions and actions sit beside its notes: correcting them after the
        # meeting is part of polishing the minutes
        self.decisions = DecisionsList(ctx)
        self.actions = ActionsList(ctx)
        self.decisions.changed.connect(lambda: self.saved.emit("decisions"))
        self.actions.changed.connect(lambda: self.saved.emit("actions"))
        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.setContentsMargins(0, 4, 0, 0)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self._error_label("notes"))
        self.outcome_tabs = QTabWidget()
        self.outcome_tabs.setDocumentMode(True)
        self.outcome_tabs.addTab(notes_page, self.tr("&Notes"))
        self.outcome_tabs.addTab(self.decisions, "")
        self.outcome_tabs.addTab(self.actions, "")
        self.outcome_tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.outcome_tabs.setMinimumHeight(150)
        self.outcome_tabs.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 8, 0)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.adjourned = QLabel()
        self.adjourned.setStyleSheet("color: #8a5a00;")
        self.adjourned.setWordWrap(True)
        self.adjourned.hide()
        self.notes.setMinimumHeight(90)
        self.internal.setMinimumHeight(50)
        for edit in (self.notes, self.internal):
            # no preferred height: the pane's scroll area would otherwise scroll as soon as
            # the text boxes cannot have their (large) default height
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.adjourned)
        layout.addWidget(self.outcome_tabs, 3)
        layout.addWidget(internal_label)
        layout.addWidget(self.internal, 1)
        layout.addWidget(self._error_label("internal_notes"))
        layout.addWidget(self.attachments)

        self.setTabOrder(self.title, self.kind)
        self.setTabOrder(self.kind, self.theme)
        self.setTabOrder(self.theme, self.presenter)
        self.setTabOrder(self.presenter, self.minutes)
        self.setTabOrder(self.minutes, self.confidential)
        self.setTabOrder(self.confidential, self.notes)
        self.setTabOrder(self.notes, self.internal)

        # user edits only: textEdited/activated/clicked do not fire on programmatic loads
        self.title.textEdited.connect(lambda text: self._edited("title", text))
        self.presenter.textEdited.connect(lambda text: self._edited("presenter", text))
        self.kind.activated.connect(lambda _i: self._edited("kind", self.kind.currentData()))
        self.theme.currentTextChanged.connect(self._theme_changed)
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.confidential.clicked.connect(lambda on: self._edited("confidential", bool(on)))
        self.notes.textChanged.connect(lambda: self._note_edited("notes", self.notes))
        self.internal.textChanged.connect(
            lambda: self._note_edited("internal_notes", self.internal)
        )
        for widget in (
            self.title,
            self.presenter,
            self.theme,
            self.minutes,
            self.notes,
            self.internal,
        ):
            widget.installEventFilter(self)
        self.set_item(None)

    # --- layout helpers ------------------------------------------------------------------

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet(css("error"))
        label.setWordWrap(True)
        label.setObjectName(f"error_{field}")
        label.hide()
        self._errors[field] = label
        return label

    def _with_error(self, widget: QWidget, field: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self._error_label(field))
        return box

    def error_text(self, field: str) -> str:
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""

    def _show_error(self, field: str, message: str) -> None:
        label = self._errors.get(field) or self._errors["title"]
        label.setText(message[:1].upper() + message[1:])
        label.show()

    def _clear_error(self, field: str) -> None:
        if field in self._errors:
            self._errors[field].hide()

    # --- loading -------------------------------------------------------------------------

    def set_people(self, names: list[str]) -> None:
        self._names.setStringList(names)

    def set_themes(self, themes: tuple[str, ...]) -> None:
        if self.theme.hasFocus():
            return  # repopulating would replace what is being typed
        self._loading = True
        try:
            current = self.theme.currentText()
            self.theme.clear()
            self.theme.addItems(list(themes))
            self.theme.setEditText(current)
        finally:
            self._loading = False

    def set_item(self, row: AgendaItemRow | None, read_only: bool | None = None) -> None:
        """Show another item (or none): every field is loaded, errors cleared."""
        self.flush()
        if read_only is not None:
            self.read_only = read_only
        self.row = row
        for label in self._errors.values():
            label.hide()
        if row is not None:
            self._shown[row.id] = ShownRow(row.row_version)
        self._load(row, force=True)
        self.attachments.set_item(row, self.read_only)
        self._set_outcomes(row)
        self._apply_enabled()

    def update_item(self, row: AgendaItemRow, read_only: bool | None = None) -> None:
        """The same item reloaded from the database: leave the field being edited alone."""
        if read_only is not None and read_only != self.read_only:
            self.read_only = read_only
            self._apply_enabled()
        self.row = row
        self._load(row, force=False)
        self.attachments.set_item(row, self.read_only)
        self._set_outcomes(row)

    def _set_outcomes(self, row: AgendaItemRow | None) -> None:
        self.decisions.set_item(row, self.read_only)
        self.actions.set_item(row, self.read_only)
        self.outcome_tabs.setTabText(
            1, self.tr("De&cisions (%1)").replace("%1", str(self.decisions.count()))
        )
        self.outcome_tabs.setTabText(
            2, self.tr("Act&ions (%1)").replace("%1", str(self.actions.count()))
        )

    def _keep(self, widget: QWidget, field: str, force: bool) -> bool:
        if force:
            return False
        pending = self._fields.has_pending() or self._notes.has_pending()
        return widget.hasFocus() or (pending and field in self._pending_fields)

    def _load(self, row: AgendaItemRow | None, force: bool) -> None:
        self._loading = True
        try:
            if row is None:
                self.heading.setText(self.tr("No item selected"))
            else:
                self.heading.setText(self.tr("Item %1").replace("%1", row.number))
            adjourned = adjourned_text(row, long=True) if row else ""
            self.adjourned.setText(adjourned[:1].upper() + adjourned[1:])
            self.adjourned.setVisible(bool(adjourned))
            values = {
                "title": row.title if row else "",
                "presenter": row.presenter if row else "",
                "theme": row.theme if row else "",
                "kind": str(row.kind) if row else str(ItemKind.DISCUSSION),
                "duration_minutes": row.duration_minutes if row else 0,
                "confidential": row.confidential_flag if row else False,
                "notes": row.notes if row else "",
                "internal_notes": row.internal_notes if row else "",
            }
            shown = self._shown.setdefault(row.id, ShownRow(row.row_version)) if row else None
            for field, widget in (("title", self.title), ("presenter", self.presenter)):
                if self._keep(widget, field, force):
                    continue
                if widget.text() != values[field]:
                    widget.setText(str(values[field]))
                    widget.setCursorPosition(0)
                if shown is not None:
                    shown.seen(**{field: values[field]})
            if not self._keep(self.theme, "theme", force):
                if self.theme.currentText() != values["theme"]:
                    self.theme.setEditText(str(values["theme"]))
                if shown is not None:
                    shown.seen(theme=values["theme"])
            for field in ("kind", "duration_minutes", "confidential"):
                if not self._keep(self._small[field], field, force):
                    self._show_small(field, values[field])
                    if shown is not None:
                        shown.seen(**{field: values[field]})
            via = row.confidential_via if row else ""  # inherited from a flagged item above
            self.confidential.setText(
                self.tr("Confidential (via item %1)").replace("%1", via)
                if via
                else self.tr("Confidential")
            )
            for field, edit in (("notes", self.notes), ("internal_notes", self.internal)):
                if self._keep(edit, field, force):
                    continue
                if edit.toPlainText() != values[field]:
                    edit.setPlainText(str(values[field]))
                if shown is not None:
                    shown.seen(**{field: values[field]})
        finally:
            self._loading = False

    @property
    def _small(self) -> dict[str, QWidget]:
        return {
            "kind": self.kind,
            "duration_minutes": self.minutes,
            "confidential": self.confidential,
        }

    def _show_small(self, field: str, value: object) -> None:
        if field == "kind":
            self.kind.setCurrentIndex(max(0, self.kind.findData(str(value))))
        elif field == "duration_minutes":
            self.minutes.setValue(int(value or 0))  # type: ignore[call-overload]
        else:
            self.confidential.setChecked(bool(value))

    def _apply_enabled(self) -> None:
        has_item = self.row is not None
        editable = has_item and not self.read_only
        for edit in (self.title, self.presenter):
            edit.setEnabled(has_item)
            edit.setReadOnly(not editable)
        for edit in (self.notes, self.internal):
            edit.setEnabled(has_item)
            edit.setReadOnly(not editable)
        for widget in (self.kind, self.theme, self.minutes, self.confidential):
            widget.setEnabled(editable)

    # --- editing -------------------------------------------------------------------------

    @property
    def _pending_fields(self) -> set[str]:
        return {key[1] for key in list(self._fields._queue) + list(self._notes._queue)}

    def _edited(self, field: str, value: object) -> None:
        if self._loading or self.row is None or self.read_only:
            return
        self._fields.edited((self.row.id, field), value)

    def _theme_changed(self, text: str) -> None:
        self._edited("theme", text)

    def _minutes_changed(self, value: int) -> None:
        self._edited("duration_minutes", value)

    def _note_edited(self, field: str, edit: QPlainTextEdit) -> None:
        if self._loading or self.row is None or self.read_only:
            return
        self._notes.edited((self.row.id, field), edit.toPlainText())

    def _save_field(self, key: object, value: object) -> Outcome:
        item_id, field = key  # type: ignore[misc]

        def refused(refusal: Outcome) -> None:
            if self.row is not None and self.row.id == item_id:
                shown = refusal.field if refusal.field in self._errors else field
                self._show_error(shown, refusal.message)  # type: ignore[arg-type]
            self.failed.emit(refusal.message)

        # two people may change the same field at once: a newer value of theirs is shown,
        # never overwritten; a change of theirs to another field lets this one stand
        done = (
            self.ctx.ops.run(agenda.update_item, item_id, **{field: value})
            .versioned(
                self._shown.setdefault(item_id, ShownRow()),
                self._taking_over(item_id),
                **{field: value},
            )
            .changes(Topic.MEETINGS)
            .refused(refused)
            .inline(self)
        )
        if done:
            self._clear_error(field)
            self.saved.emit(field)
        return done

    def _save_notes(self, key: object, value: object) -> Outcome:
        item_id, field = key  # type: ignore[misc]

        def refused(refusal: Outcome) -> None:
            self._show_error(field, refusal.message)
            self.failed.emit(refusal.message)

        # no topic: the notes show nowhere else (search reads them fresh)
        done = (
            self.ctx.ops.run(
                agenda.save_notes, item_id, str(value), internal=field == "internal_notes"
            )
            .versioned(
                self._shown.setdefault(item_id, ShownRow()),
                self._taking_over(item_id),
                **{field: str(value)},
            )
            .refused(refused)
            .inline(self)
        )
        if done:
            self._clear_error(field)
            self.notes_saved.emit(item_id, field, str(value))
        return done

    def _taking_over(self, item_id: int):
        """After a conflict: the item's fields show the other person's text."""

        def take_over(theirs: dict) -> None:
            if self.row is None or self.row.id != item_id:
                return
            self._loading = True
            try:
                for field, edit in (("notes", self.notes), ("internal_notes", self.internal)):
                    if field in theirs:
                        edit.setPlainText(theirs[field])
                for field, edit in (("title", self.title), ("presenter", self.presenter)):
                    if field in theirs:
                        edit.setText(theirs[field])
                if "theme" in theirs:
                    self.theme.setEditText(theirs["theme"])
                for field in set(self._small) & set(theirs):
                    self._show_small(field, theirs[field])
            finally:
                self._loading = False
            for field in theirs:
                self._clear_error(field)
            self.saved.emit(next(iter(theirs), "notes"))  # the tab reloads the tree

        return take_over

    def flush(self) -> bool:
        """Save what is pending; False while a refused value is still shown in a field."""
        ok = self._fields.flush()
        ok = self._notes.flush() and ok
        return ok and not any(not label.isHidden() for label in self._errors.values())

    def has_pending(self) -> bool:
        return self._fields.has_pending() or self._notes.has_pending()

    def focus_title(self) -> None:
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()  # leaving a field saves it at once, not 0.4 s later
        return super().eventFilter(watched, event)
