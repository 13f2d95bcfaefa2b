"""What the list screens (members, actions, decisions, objectives) share.

A read-only QTableView set up for large lists (fixed row height, no resize-to-contents,
which would measure every row), filter widgets, the translated words of the stored codes,
and a fast search: each row's text is lower-cased once when the list loads, so typing
filters 6 000 rows by a substring test instead of asking the model for every cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
)

from ..context import AppContext
from .accessible import hint_fits
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
    window without a horizontal scroll bar (the others stay resizable by hand). When the
    list is narrower than the columns want (a laptop screen, a detail panel beside it),
    the other columns give up width down to their titles before the long text does.
    """
    char = view.fontMetrics().horizontalAdvance("0")  # digits are wider than the average
    header = view.horizontalHeader()
    model = view.model()
    wanted: dict[int, int] = {}
    least: dict[int, int] = {}
    for column, width in enumerate(widths):
        # never narrower than the (translated) header text with its sort arrow
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        least[column] = header.fontMetrics().horizontalAdvance(title) + 22
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            least[column] = max(least[column], 18 * char)  # a phrase, not a word
        else:  # a date or a short code stays whole; longer text gives way first
            wanted[column] = max(width * char + 14, least[column])
            least[column] = max(least[column], min(wanted[column], 10 * char + 14))
            view.setColumnWidth(column, wanted[column])
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(min(least.values(), default=20))
        view.viewport().installEventFilter(_ColumnFitter(view, wanted, least, stretch))


class _ColumnFitter(QObject):
    """On every resize of the list: if the columns no longer fit, shrink the fixed ones in
    proportion to what each can give (down to its title), so the long-text column keeps
    room to read and no horizontal scroll bar appears."""

    def __init__(
        self, view: QTableView, wanted: dict[int, int], least: dict[int, int], stretch: int
    ):
        super().__init__(view)
        self.view, self.wanted, self.least, self.stretch = view, wanted, least, stretch

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        shown = [c for c in self.wanted if not header.isSectionHidden(c)]
        room = self.view.viewport().width() - self.least[self.stretch]
        used = sum(header.sectionSize(c) for c in shown)
        if used <= room:
            return
        slack = sum(max(header.sectionSize(c) - self.least[c], 0) for c in shown)
        share = min(1.0, (used - room) / slack) if slack else 0.0
        for column in shown:
            size = header.sectionSize(column)
            give = max(size - self.least[column], 0) * share
            header.resizeSection(column, int(size - give))


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
    edit.setAccessibleName(placeholder.rstrip("…."))
    edit.setMinimumWidth(220)
    hint_fits(edit)
    return edit


def body_combo(ctx: AppContext, all_label: str | None) -> QComboBox:
    """Bodies by short name (data: the short), with an optional "all" entry (data: None)."""
    from ...services.meetings import list_bodies

    combo = QComboBox()
    if all_label is not None:
        combo.addItem(all_label, None)
    for body in ctx.ops.run(list_bodies).inline().value or ():
        combo.addItem(f"{body.short} — {body.name}", body.short)
    # a filter bar on a laptop has no room for the bodies' full names: the box is as wide
    # as "All bodies", the list that opens is wide enough, the tooltip names the choice
    if all_label is None:  # always one body chosen: its name in full
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    else:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(_letters(combo, all_label))
    combo.setAccessibleName(tr("Body"))

    def name_choice() -> None:
        combo.setToolTip(combo.currentText())

    combo.currentIndexChanged.connect(name_choice)
    name_choice()
    return combo


def _letters(combo: QComboBox, text: str) -> int:
    """`text`'s width in the letters a combo's minimum contents length counts ("x")."""
    metrics = combo.fontMetrics()
    return -(-metrics.horizontalAdvance(text) // metrics.horizontalAdvance("x")) + 2


class AsyncLoader:
    """Runs a list query off the UI thread, so a 6 000-row list never freezes the window.

    Only the newest load is shown: a slow older answer arriving late is dropped. With
    `first`, a view whose whole list takes a while shows its first screenful sooner: until
    the whole list has come once, each load first runs the small query `first()` gives
    (None when the current filter or order has none) and shows it, then the whole list.
    """

    def __init__(
        self,
        ctx: AppContext,
        query: Callable[[Any], list],
        show: Callable[[list], None],
        first: Callable[[], Callable[[Any], list] | None] | None = None,
    ):
        self.ctx, self.query, self.show, self.first = ctx, query, show, first
        self.generation = 0
        self.page_generation = 0
        self.complete = False  # the whole list has been shown (not only a first screen)

    def load(self) -> None:
        self.generation += 1
        if not self._first_page(self.generation):
            self._whole(self.generation)

    def repage(self) -> None:
        """The filter or order changed before the whole list came: its first screen again."""
        if self.generation == 0:  # nothing asked yet: the first load() reads it
            return
        self._first_page(self.generation, then_whole=False)

    def _first_page(self, generation: int, then_whole: bool = True) -> bool:
        page = self.first() if self.first is not None and not self.complete else None
        if page is None:
            return False
        self.page_generation += 1
        page_generation = self.page_generation

        def done(rows: list) -> None:
            if (
                generation == self.generation
                and page_generation == self.page_generation
                and not self.complete
            ):
                self._show(rows)
            if then_whole and generation == self.generation:
                self._whole_after_paint(generation)

        # on the UI thread: a hundred rows read in a few milliseconds, painted in the same
        # turn as the page itself (one paint instead of an empty one and a full one)
        self.ctx.ops.run(page).then(done).quietly().inline()
        return True

    def _whole_after_paint(self, generation: int) -> None:
        # the first screen is painted before the whole list's reading takes the GIL (at
        # once when the tasks run inline: nothing paints in between there)
        if self.ctx.tasks.synchronous:
            self._whole(generation)
        else:
            QTimer.singleShot(0, lambda: self._whole(generation))

    def _whole(self, generation: int) -> None:
        def done(rows: list) -> None:
            if generation == self.generation:
                self.complete = True
                self._show(rows)

        self.ctx.ops.run(self.query).then(done).quietly().in_background()

    def _show(self, rows: list) -> None:
        try:
            self.show(rows)
        except RuntimeError:  # the view was closed meanwhile
            pass


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
        # a crowded filter bar squeezes a combo to its minimum: keep "All …" readable
        combo.setMinimumContentsLength(
            max(combo.minimumContentsLength(), _letters(combo, all_label))
        )
    finally:
        combo.blockSignals(False)
