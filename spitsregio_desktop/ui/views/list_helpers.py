"""What the list screens (members, actions, decisions, objectives) share.

A read-only QTableView set up for large lists (fixed row height, no resize-to-contents,
which would measure every row), filter widgets, the translated words of the stored codes,
and a fast search: each row's text is lower-cased once when the list loads, so typing
filters 6 000 rows by a substring test instead of asking the model for every cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
)

from ...services.errors import ValidationError
from ...storage.enums import ActionStatus, OrganisationKind, Role
from ..context import AppContext
from ..table_model import DataclassTableModel, RowFilterProxy

WORDS = "Words"  # the same context as the meeting screens, so each word is translated once

ROLE = {
    Role.CHAIR: QT_TRANSLATE_NOOP("Words", "chair"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Words", "member"),
    Role.SECRETARY: QT_TRANSLATE_NOOP("Words", "secretary"),
    Role.EXPERT: QT_TRANSLATE_NOOP("Words", "expert"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("Words", "observer"),
}
ACTION_STATUS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Words", "open"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Words", "in progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Words", "done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Words", "cancelled"),
}
ORGANISATION_KIND = {
    OrganisationKind.MUNICIPALITY: QT_TRANSLATE_NOOP("Words", "municipality"),
    OrganisationKind.UNION: QT_TRANSLATE_NOOP("Words", "trade union"),
    OrganisationKind.EMPLOYERS: QT_TRANSLATE_NOOP("Words", "employers' organisation"),
    OrganisationKind.PROVINCE: QT_TRANSLATE_NOOP("Words", "province"),
    OrganisationKind.EXPERT: QT_TRANSLATE_NOOP("Words", "expert body"),
    OrganisationKind.INTERMUNICIPAL: QT_TRANSLATE_NOOP("Words", "intermunicipal company"),
    OrganisationKind.SECRETARIAT: QT_TRANSLATE_NOOP("Words", "secretariat"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Words", "other"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Lists", text)


def word(table: dict, value: StrEnum | None) -> str:
    """The translated word for a stored code; the code itself when the table lacks it."""
    if value is None:
        return ""
    source = table.get(value)
    return QCoreApplication.translate(WORDS, source) if source else str(value)


def sentence(message: str) -> str:
    """Service messages are clauses ("'x' is geen geldig e-mailadres"); show a sentence."""
    message = message.strip()
    return message[:1].upper() + message[1:] if message else message


def error_label() -> QLabel:
    """A red line under a field for its Dutch validation message; hidden while empty."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def set_error(label: QLabel, message: str) -> None:
    label.setText(sentence(message))
    label.setVisible(bool(message))


def show_validation(labels: dict[str, QLabel], exc: ValidationError, fallback: str) -> None:
    """Put the message next to the field it names, else under `fallback`."""
    for label in labels.values():
        set_error(label, "")
    set_error(labels.get(exc.field or "", labels[fallback]), exc.message)


def make_table(model: DataclassTableModel, proxy: RowFilterProxy) -> QTableView:
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    vertical = view.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return view


def set_widths(view: QTableView, widths: Sequence[int], stretch: int | None = None) -> None:
    """Initial column widths in average characters, so they follow the font size.

    `stretch`: the long-text column that takes the rest of the width, so the list fits the
    window without a horizontal scroll bar (the others stay resizable by hand).
    """
    char = view.fontMetrics().horizontalAdvance("0")  # digits are wider than the average
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            view.setColumnWidth(column, width * char + 14)
    if stretch is not None:
        header.setStretchLastSection(False)


def remember_header(view: QTableView, settings: QSettings, key: str) -> None:
    """Column widths and sort order are restored now and saved whenever they change."""
    header = view.horizontalHeader()
    state = settings.value(key)
    if isinstance(state, QByteArray):
        header.restoreState(state)

    def save(*_: Any) -> None:
        settings.setValue(key, header.saveState())

    header.sectionResized.connect(save)
    header.sortIndicatorChanged.connect(save)


def search_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setMinimumWidth(220)
    return edit


def body_combo(ctx: AppContext, all_label: str | None) -> QComboBox:
    """Bodies by short name (data: the short), with an optional "all" entry (data: None)."""
    from ...services.meetings import list_bodies

    combo = QComboBox()
    if all_label is not None:
        combo.addItem(all_label, None)
    with ctx.session() as session:
        for body in list_bodies(session):
            combo.addItem(f"{body.short} — {body.name}", body.short)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class AsyncLoader:
    """Runs a list query off the UI thread, so a 6 000-row list never freezes the window.

    Only the newest load is shown: a slow older answer arriving late is dropped.
    """

    def __init__(self, ctx: AppContext, query: Callable[[Any], list],
                 show: Callable[[list], None]):
        self.ctx, self.query, self.show = ctx, query, show
        self.generation = 0

    def load(self) -> None:
        self.generation += 1
        generation, database, query = self.generation, self.ctx.db, self.query

        def work() -> list:
            with database.session() as session:
                return query(session)

        def done(rows: list) -> None:
            if generation == self.generation:
                try:
                    self.show(rows)
                except RuntimeError:  # the view was closed meanwhile
                    pass

        def failed(exc: Exception) -> None:
            self.ctx.hub.status_message.emit(str(exc))

        self.ctx.tasks.run(work, done, failed)
