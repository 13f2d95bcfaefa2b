"""The tree of the agenda tab: one item dragged at a time, columns that fit the pane."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from .agenda_model import (
    COL_ADJOURNED,
    COL_ATTACHMENTS,
    COL_CONFIDENTIAL,
    COL_KIND,
    COL_MINUTES,
    COL_NUMBER,
    COL_PRESENTER,
    COL_THEME,
    COL_TIME,
    COL_TITLE,
)

HEADER_KEY = "meeting/agenda_columns"
TITLE_MIN_WIDTH = 200
OPTIONAL_COLUMNS = (COL_THEME, COL_ATTACHMENTS, COL_KIND)  # hidden in this order when narrow


def duration_text(minutes: int) -> str:
    """ "1 h 35 min", "2 h", "45 min"."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return (
            QCoreApplication.translate("AgendaTab", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(rest))
        )
    if hours:
        return QCoreApplication.translate("AgendaTab", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("AgendaTab", "%1 min").replace("%1", str(rest))


class AgendaTree(QTreeView):
    """A tree that drags one item at a time and drops it as a move inside itself."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agenda_tree")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setExpandsOnDoubleClick(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setIndentation(14)  # sub-items are numbered; a small step is enough

    def setup_header(self, settings: QSettings) -> None:
        """Column widths: the short ones fit their contents, the user's own are kept."""
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (
            COL_NUMBER,
            COL_MINUTES,
            COL_TIME,
            COL_CONFIDENTIAL,
            COL_ATTACHMENTS,
            COL_ADJOURNED,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        widths = {COL_KIND: 80, COL_THEME: 85, COL_PRESENTER: 120}
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        header.setMinimumSectionSize(28)
        state = settings.value(HEADER_KEY)
        if state is not None:
            header.restoreState(state)
        header.sectionResized.connect(lambda *_: settings.setValue(HEADER_KEY, header.saveState()))
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.viewport():
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """The title takes the room that is left; in a narrow tree the optional columns go
        first (their values stay visible in the editor pane)."""
        header = self.header()
        available = self.viewport().width()

        def others() -> int:
            return sum(
                header.sectionSize(c)
                for c in range(header.count())
                if c != COL_TITLE and not self.isColumnHidden(c)
            )

        for column in OPTIONAL_COLUMNS:
            self.setColumnHidden(column, False)
        for column in OPTIONAL_COLUMNS:
            if available - others() >= TITLE_MIN_WIDTH:
                break
            self.setColumnHidden(column, True)
        self.setColumnWidth(COL_TITLE, max(TITLE_MIN_WIDTH, available - others()))
