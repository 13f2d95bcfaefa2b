"""The agenda as a Qt tree model: items with their sub-items, numbered "3", "3.1".

The model holds the frozen AgendaItemRow dataclasses of one MeetingDetail and never talks to
the database: a drop is handed to `move_handler` (the tab calls the service and reloads).
Indexes carry the item id as their internal id, so they survive nothing but are cheap to
rebuild; the tab restores selection by id after every reload.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from ...services.views import AgendaItemRow
from ...storage.enums import ItemKind

_Index = QModelIndex | QPersistentModelIndex

ITEM_ROLE = Qt.ItemDataRole.UserRole + 10  # the AgendaItemRow itself
ID_ROLE = Qt.ItemDataRole.UserRole + 11
MIME_TYPE = "application/x-spitsregio-agenda-item"

CONTEXT = "Agenda"

# the column is narrow: one word there, the full wording in the editor's combo box
KIND_SHORT = {
    ItemKind.INFORMATION: QT_TRANSLATE_NOOP("Agenda", "information"),
    ItemKind.DISCUSSION: QT_TRANSLATE_NOOP("Agenda", "discussion"),
    ItemKind.DECISION: QT_TRANSLATE_NOOP("Agenda", "decision"),
}

KIND_LABELS = {
    ItemKind.INFORMATION: QT_TRANSLATE_NOOP("Agenda", "for information"),
    ItemKind.DISCUSSION: QT_TRANSLATE_NOOP("Agenda", "for discussion"),
    ItemKind.DECISION: QT_TRANSLATE_NOOP("Agenda", "for decision"),
}

# column order; the tab sizes and hides columns by these constants
(
    COL_NUMBER,
    COL_TITLE,
    COL_KIND,
    COL_THEME,
    COL_PRESENTER,
    COL_MINUTES,
    COL_TIME,
    COL_CONFIDENTIAL,
    COL_ATTACHMENTS,
    COL_ADJOURNED,
) = range(10)

HEADERS = (
    QT_TRANSLATE_NOOP("Agenda", "No."),
    QT_TRANSLATE_NOOP("Agenda", "Title"),
    QT_TRANSLATE_NOOP("Agenda", "Kind"),
    QT_TRANSLATE_NOOP("Agenda", "Theme"),
    QT_TRANSLATE_NOOP("Agenda", "Presenter"),
    QT_TRANSLATE_NOOP("Agenda", "Min."),
    QT_TRANSLATE_NOOP("Agenda", "Planned"),
    QT_TRANSLATE_NOOP("Agenda", "Conf."),
    QT_TRANSLATE_NOOP("Agenda", "Files"),
    QT_TRANSLATE_NOOP("Agenda", "Adjourned"),
)
HEADER_TIPS = {
    COL_MINUTES: QT_TRANSLATE_NOOP("Agenda", "Planned minutes"),
    COL_TIME: QT_TRANSLATE_NOOP("Agenda", "Planned time, from the start of the meeting"),
    COL_CONFIDENTIAL: QT_TRANSLATE_NOOP("Agenda", "Confidential: left out of public documents"),
    COL_ATTACHMENTS: QT_TRANSLATE_NOOP("Agenda", "Number of attachments"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: ItemKind) -> str:
    return tr(KIND_LABELS.get(kind, str(kind)))


def planned_text(row: AgendaItemRow) -> str:
    if row.planned_start is None or row.planned_end is None:
        return ""
    return f"{row.planned_start:%H:%M}–{row.planned_end:%H:%M}"


def adjourned_text(row: AgendaItemRow, long: bool = False) -> str:
    """Short for the column ("from 12/11/2026"), long for the tooltip and the editor."""
    # literal translate() calls: lupdate only extracts strings it can see
    translate = QCoreApplication.translate
    parts = []
    if row.adjourned_from is not None:
        text = (
            translate("Agenda", "from the meeting of %1")
            if long
            else translate("Agenda", "from %1")
        )
        parts.append(text.replace("%1", f"{row.adjourned_from.date:%d/%m/%Y}"))
    if row.adjourned_to is not None:
        text = (
            translate("Agenda", "adjourned to the meeting of %1")
            if long
            else translate("Agenda", "to %1")
        )
        parts.append(text.replace("%1", f"{row.adjourned_to.date:%d/%m/%Y}"))
    elif row.adjourned:
        parts.append(
            translate("Agenda", "adjourned to the next meeting")
            if long
            else translate("Agenda", "adjourned")
        )
    return " · ".join(parts)


_lock_icon: QIcon | None = None


def lock_icon() -> QIcon:
    """A small padlock drawn by hand: no emoji font needed (offscreen, old Windows builds)."""
    global _lock_icon
    if _lock_icon is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor("#8a5a00")
        painter.setPen(QPen(colour, 1.6))
        shackle = QPainterPath()
        shackle.moveTo(5, 8)
        shackle.lineTo(5, 5.5)
        shackle.arcTo(QRectF(5, 2, 6, 6), 180, -180)
        shackle.lineTo(11, 8)
        painter.drawPath(shackle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(3, 7.5, 10, 7), 1.5, 1.5)
        painter.end()
        _lock_icon = QIcon(pixmap)
    return _lock_icon


def inherited_lock_icon() -> QIcon:
    """The padlock greyed: confidential through a flagged item above, not its own box."""
    return QIcon(lock_icon().pixmap(16, 16, QIcon.Mode.Disabled))


def confidential_icon(row: AgendaItemRow) -> QIcon | None:
    if row.confidential_flag:
        return lock_icon()
    return inherited_lock_icon() if row.confidential else None


class AgendaModel(QAbstractItemModel):
    """Tree over AgendaItemRow; internalId() of an index is the item id."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: dict[int, AgendaItemRow] = {}
        self.children_of: dict[int | None, list[int]] = {None: []}
        self.read_only = False
        # (item_id, new parent id or None, index among the new siblings) → True when moved
        self.move_handler: Callable[[int, int | None, int], bool] | None = None

    # --- loading -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[AgendaItemRow]) -> None:
        """New data; a reset only when the tree's shape changed (keeps selection otherwise)."""
        children: dict[int | None, list[int]] = {None: []}
        for row in rows:  # rows come in reading order, so siblings are already sorted
            children.setdefault(row.parent_id, []).append(row.id)
        same_shape = children == self.children_of
        if same_shape:
            self.rows = {r.id: r for r in rows}
            if rows:
                self._emit_all_changed(None)
            return
        self.beginResetModel()
        try:
            self.rows = {r.id: r for r in rows}
            self.children_of = children
        finally:
            self.endResetModel()

    def set_text(self, item_id: int, field: str, text: str) -> None:
        """A note was autosaved: keep the row in step without reloading the meeting."""
        row = self.rows.get(item_id)
        if row is not None and field in ("notes", "internal_notes"):
            self.rows[item_id] = replace(row, **{field: text})

    def _emit_all_changed(self, parent_id: int | None) -> None:
        ids = self.children_of.get(parent_id, [])
        if not ids:
            return
        parent = self.index_of(parent_id) if parent_id is not None else QModelIndex()
        self.dataChanged.emit(
            self.index(0, 0, parent), self.index(len(ids) - 1, len(HEADERS) - 1, parent)
        )
        for item_id in ids:
            self._emit_all_changed(item_id)

    # --- lookup --------------------------------------------------------------------------

    def item(self, index: _Index) -> AgendaItemRow | None:
        if not index.isValid():
            return None
        return self.rows.get(index.internalId())

    def index_of(self, item_id: int | None, column: int = 0) -> QModelIndex:
        row = self.rows.get(item_id) if item_id is not None else None
        if row is None:
            return QModelIndex()
        siblings = self.children_of.get(row.parent_id, [])
        return self.createIndex(siblings.index(item_id), column, item_id)

    def ordered_rows(self) -> list[AgendaItemRow]:
        """All items in reading order (1, 1.1, 1.2, 2 …)."""
        result: list[AgendaItemRow] = []

        def walk(parent_id: int | None) -> None:
            for item_id in self.children_of.get(parent_id, []):
                result.append(self.rows[item_id])
                walk(item_id)

        walk(None)
        return result

    # --- structure -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        parent_id = parent.internalId() if parent.isValid() else None
        ids = self.children_of.get(parent_id, [])
        if not (0 <= row < len(ids) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, ids[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        row = self.rows.get(index.internalId())
        if row is None or row.parent_id is None:
            return QModelIndex()
        return self.index_of(row.parent_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self.children_of.get(parent.internalId(), []))
        return len(self.children_of.get(None, []))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in HEADER_TIPS:
            return tr(HEADER_TIPS[section])
        return None

    # --- data ----------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ITEM_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == COL_CONFIDENTIAL:
            return confidential_icon(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_MINUTES, COL_ATTACHMENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and column in (COL_NUMBER, COL_TITLE)
            and row.parent_id is None
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_ADJOURNED:
            return QBrush(QColor("#8a5a00"))
        return None

    def _text(self, row: AgendaItemRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number
        if column == COL_TITLE:
            return row.title
        if column == COL_KIND:
            return tr(KIND_SHORT.get(row.kind, str(row.kind)))
        if column == COL_THEME:
            return row.theme
        if column == COL_PRESENTER:
            return row.presenter
        if column == COL_MINUTES:
            return str(row.duration_minutes) if row.duration_minutes else ""
        if column == COL_TIME:
            return planned_text(row)
        if column == COL_ATTACHMENTS:
            return str(len(row.attachments)) if row.attachments else ""
        if column == COL_ADJOURNED:
            return adjourned_text(row)
        return ""

    def _tooltip(self, row: AgendaItemRow, column: int) -> str | None:
        if column == COL_TITLE:
            return row.title
        if column == COL_KIND:
            return kind_label(row.kind)
        if column == COL_CONFIDENTIAL and row.confidential_flag:
            return tr(HEADER_TIPS[COL_CONFIDENTIAL])
        if column == COL_CONFIDENTIAL and row.confidential:
            return QCoreApplication.translate("Agenda", "Confidential via item %1").replace(
                "%1", row.confidential_via
            )
        if column == COL_ATTACHMENTS and row.attachments:
            return "\n".join(a.filename for a in row.attachments)
        if column == COL_ADJOURNED:
            return adjourned_text(row, long=True) or None
        return None

    # --- drag and drop -------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            # dropping on the empty area below the tree: to the end of the agenda
            return Qt.ItemFlag.ItemIsDropEnabled if not self.read_only else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [i.internalId() for i in indexes if i.isValid() and i.column() == 0]
        if not ids and indexes:
            ids = [indexes[0].internalId()]
        if ids:  # one item at a time: the tree is single-selection
            data.setData(MIME_TYPE, QByteArray(str(ids[0]).encode("ascii")))
        return data

    def _dropped_id(self, data: QMimeData) -> int | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return None
        return item_id if item_id in self.rows else None

    def _is_inside(self, item_id: int, target_id: int | None) -> bool:
        """True when target is the item itself or one of its sub-items (no cycles)."""
        while target_id is not None:
            if target_id == item_id:
                return True
            target_id = self.rows[target_id].parent_id
        return False

    def drop_target(
        self, data: QMimeData, row: int, parent: _Index
    ) -> tuple[int, int | None, int] | None:
        """Where a drop puts the item: (item id, parent id, index among the new siblings)."""
        item_id = self._dropped_id(data)
        if item_id is None or self.read_only:
            return None
        parent_id = parent.internalId() if parent.isValid() else None
        if parent.isValid() and parent.column() != 0:
            parent_id = self.index(parent.row(), 0, parent.parent()).internalId()
        if self._is_inside(item_id, parent_id):
            return None
        siblings = self.children_of.get(parent_id, [])
        if row < 0:
            # on an item: it becomes that item's last sub-item; on empty space: last item
            index = len([s for s in siblings if s != item_id])
        else:
            index = row
            old_parent = self.rows[item_id].parent_id
            if old_parent == parent_id and siblings.index(item_id) < row:
                index -= 1  # the service takes the item out before inserting it again
        return item_id, parent_id, index

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return (
            action == Qt.DropAction.MoveAction and self.drop_target(data, row, parent) is not None
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self.drop_target(data, row, parent)
        if target is None or self.move_handler is None:
            return False
        item_id, parent_id, index = target
        current = self.rows[item_id]
        siblings = self.children_of.get(current.parent_id, [])
        if parent_id == current.parent_id and siblings.index(item_id) == index:
            return False  # dropped where it already is
        return self.move_handler(item_id, parent_id, index)

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        # After a move drop the view asks to remove the dragged rows from their old place;
        # the reload from the database already shows the new order, so nothing to do.
        return False
