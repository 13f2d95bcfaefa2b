"""What the list screens (members, actions, decisions, objectives) share.

A read-only QTableView set up for large lists (fixed row height, no resize-to-contents,
which would measure every row), filter widgets, the translated words of the stored codes,
and a fast search: each row's text is lower-cased once when the list loads, so typing
filters 6 000 rows by a substring test instead of asking the model for every cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
)

from ..context import AppContext
from .forms import error_label, sentence, set_error  # noqa: F401  (used by the views)
from .table_model import DataclassTableModel, RowFilterProxy
from .words import ACTION_STATUS, ORGANISATION_KIND, ROLE, word  # noqa: F401


def tr(text: str) -> str:
    return QCoreApplication.translate("Lists", text)


def show_validation(labels: dict[str, QLabel], refusal: Any, fallback: str) -> None:
    """Put a refusal's message (an ops Outcome) next to the field it names, else under
    `fallback`."""
    for label in labels.values():
        set_error(label, "")
    set_error(labels.get(refusal.field or "", labels[fallback]), refusal.message)


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
    model = view.model()
    for column, width in enumerate(widths):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            # never narrower than the (translated) header text with its sort arrow
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            fits = header.fontMetrics().horizontalAdvance(title) + 28
            view.setColumnWidth(column, max(width * char + 14, fits))
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
    for body in ctx.ops.run(list_bodies).inline().value or ():
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
        generation = self.generation

        def done(rows: list) -> None:
            if generation == self.generation:
                try:
                    self.show(rows)
                except RuntimeError:  # the view was closed meanwhile
                    pass

        self.ctx.ops.run(self.query).then(done).quietly().in_background()


def fill_combo(combo: QComboBox, all_label: str, values: list) -> None:
    """Refill a filter combo with the values that exist, keeping the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(all_label, None)
        for value in values:
            combo.addItem(str(value), value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)
