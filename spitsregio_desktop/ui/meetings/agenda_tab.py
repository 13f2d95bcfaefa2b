"""The agenda tab of the meeting screen: the tree of items, the editor pane, the total line.

Every change goes through services.agenda by the operation gateway and is followed by a
reload of the meeting (`meeting_detail`), so numbering and planned times always come from
the database. Selection is kept by item id across reloads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services import agenda, meetings, people
from ...services.views import AgendaItemRow, MeetingDetail
from ..context import AppContext, Topic
from ..look import css
from ..ops import Outcome
from ..shortcuts import shortcut
from .agenda_dialogs import confirm_adjourn, confirm_delete, tell_adjourned
from .agenda_model import (
    COL_ADJOURNED,
    AgendaModel,
)
from .agenda_total import AgendaTotal
from .agenda_tree import AgendaTree
from .item_editor import ItemEditor

SPLITTER_KEY = "meeting/agenda_splitter"
BANNER_STYLE = (
    "background: #fff4ce; color: #4a3b00; border: 1px solid #e0c050; border-radius: 3px;"
    " padding: 6px;"
)


class AgendaTab(QWidget):
    """Build and edit the agenda of one meeting."""

    changed = Signal()  # the agenda changed in the database (for the other tabs)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.detail: MeetingDetail | None = None
        self._selected_id: int | None = None
        self._updating = False

        self.banner = QLabel(
            self.tr(
                "The minutes are approved and frozen; reopen them in the Minutes tab to change "
                "anything."
            )
        )
        self.banner.setObjectName("agenda_frozen_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.model = AgendaModel(self)
        self.model.move_handler = self.move_to
        self.tree = AgendaTree()
        self.tree.setModel(self.model)
        self.tree.setup_header(ctx.qsettings)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        # Enter or double-click on an item: straight to its title, ready to type
        self.tree.activated.connect(lambda _index: self.editor.focus_title())

        self.total = AgendaTotal()
        self.message = QLabel()
        self.message.setStyleSheet(css("error"))
        self.message.setWordWrap(True)
        self.message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(8000)
        self._message_timer.timeout.connect(self.message.hide)

        self.editor = ItemEditor(ctx)
        self.editor.saved.connect(self._editor_saved)
        self.editor.notes_saved.connect(self.model.set_text)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # never narrower than the form needs: the pane does not scroll sideways
        scroll.setMinimumWidth(
            self.editor.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2
        )
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._make_actions()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        totals = QHBoxLayout()
        totals.addWidget(self.total, 1)
        left_layout.addLayout(totals)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("agenda_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        state = ctx.qsettings.value(SPLITTER_KEY)
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([910, 370])
        self.splitter.splitterMoved.connect(self._save_splitter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        ctx.hub.subscribe((Topic.PEOPLE,), self._load_people)
        self._update_actions()

    # --- construction --------------------------------------------------------------------

    def _action(
        self,
        name: str | None,
        text: str,
        slot: Callable[[], None],
        tree_only: bool = True,
        key: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        sequence = shortcut(name) if name else QKeySequence(key or "")
        if not sequence.isEmpty():
            action.setShortcut(sequence)
            keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        # structure keys only act in the tree: in a text field Delete, Ctrl+Left and
        # Ctrl+Right keep their editing meaning
        context = (
            Qt.ShortcutContext.WidgetShortcut
            if tree_only
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        (self.tree if tree_only else self).addAction(action)
        if not tree_only:
            self.tree.addAction(action)  # in the right-click menu too
        self.toolbar.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action("new_item", self.tr("New item"), self.new_item, False)
        self.sub_action = self._action(
            "new_subitem", self.tr("New sub-item"), self.new_subitem, False
        )
        self.toolbar.addSeparator()
        self.up_action = self._action("item_up", self.tr("Up"), lambda: self.move(-1))
        self.down_action = self._action("item_down", self.tr("Down"), lambda: self.move(1))
        self.indent_action = self._action("item_indent", self.tr("Indent"), self.indent)
        self.outdent_action = self._action("item_outdent", self.tr("Outdent"), self.outdent)
        self.toolbar.addSeparator()
        self.adjourn_action = self._action(
            None, self.tr("Adjourn to the next meeting"), self.adjourn
        )
        self.delete_action = self._action("item_delete", self.tr("Delete"), self.delete_selected)

    def _save_splitter(self, *_args: object) -> None:
        self.ctx.qsettings.setValue(SPLITTER_KEY, self.splitter.saveState())

    # --- loading -------------------------------------------------------------------------

    def load(self, meeting_id: int, detail: MeetingDetail | None = None) -> None:
        """Show a meeting's agenda; `detail` spares a second read when the caller has it."""
        if self.meeting_id is not None and self.meeting_id != meeting_id:
            self.flush()
        changed = meeting_id != self.meeting_id
        self.meeting_id = meeting_id
        if changed:
            self._selected_id = None
        self._load_people()
        # nothing selected at first: "New item" then lands before Varia, where items belong
        if detail is not None and detail.id == meeting_id:
            self._apply(detail)
        else:
            self.refresh()

    def _load_people(self) -> None:
        names = self.ctx.ops.run(_people_names).inline(self).value or []
        self.editor.set_people(sorted(set(names), key=str.casefold))

    def refresh(self) -> None:
        if self.meeting_id is None:
            return
        detail = self.ctx.ops.run(meetings.meeting_detail, self.meeting_id).silently().inline()
        if detail:  # else deleted meanwhile: the screen goes back
            self._apply(detail.value)  # type: ignore[arg-type]

    def _apply(self, detail: MeetingDetail) -> None:
        self.detail = detail
        frozen = detail.frozen
        collapsed = self._collapsed_ids()
        self._updating = True
        try:
            self.model.read_only = frozen
            self.model.set_rows(detail.items)
            self._expand_except(collapsed)
            if self._selected_id not in self.model.rows:
                self._selected_id = None
            self._select_silently(self._selected_id)
        finally:
            self._updating = False
        self.tree.setDragEnabled(not frozen)
        self.tree.setAcceptDrops(not frozen)
        self.tree.setColumnHidden(
            COL_ADJOURNED, not any(r.adjourned or r.adjourned_from for r in detail.items)
        )
        self.tree.fit_columns()
        self.banner.setVisible(frozen)
        self.editor.set_themes(detail.body.themes)
        self.editor.actions.meeting_date = detail.date  # "over 2 weken" counts from it
        row = self.model.rows.get(self._selected_id) if self._selected_id else None
        if row is not None and self.editor.row is not None and self.editor.row.id == row.id:
            self.editor.update_item(row, frozen)
        else:
            self.editor.set_item(row, frozen)
        self.total.show_total(detail)
        self._update_actions()

    def _collapsed_ids(self) -> set[int]:
        return {
            r.id
            for r in self.model.rows.values()
            if self.model.children_of.get(r.id)
            and not self.tree.isExpanded(self.model.index_of(r.id))
        }

    def _expand_except(self, collapsed: set[int]) -> None:
        for item_id in self.model.rows:
            if self.model.children_of.get(item_id) and item_id not in collapsed:
                self.tree.expand(self.model.index_of(item_id))

    def _select_silently(self, item_id: int | None) -> None:
        index = self.model.index_of(item_id)
        selection = self.tree.selectionModel()
        if not index.isValid():
            selection.clearSelection()
            return
        if self.tree.currentIndex().internalId() != item_id or not selection.isSelected(index):
            selection.setCurrentIndex(
                index,
                selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
            )
        self.tree.scrollTo(index)

    def select(self, item_id: int | None) -> None:
        """Select an item as if clicked (loads it into the editor)."""
        self._select_silently(item_id)

    def selected_row(self) -> AgendaItemRow | None:
        return self.model.rows.get(self._selected_id) if self._selected_id else None

    def _selection_changed(self, *_args: object) -> None:
        # selection, not the current index: a tree that merely got focus has a current
        # item without selecting it, and "New item" then belongs before Varia
        if self._updating:
            return
        rows = self.tree.selectionModel().selectedRows(0)
        row = self.model.item(rows[0]) if rows else None
        self._selected_id = row.id if row else None
        if row is not None and self.editor.row is not None and self.editor.row.id == row.id:
            self.editor.update_item(row)
        else:
            self.editor.set_item(row, self.model.read_only)
        self._update_actions()

    # --- action state --------------------------------------------------------------------

    def _update_actions(self) -> None:
        row = self.selected_row()
        editable = self.detail is not None and not self.detail.frozen
        has = row is not None and editable
        siblings = self.model.children_of.get(row.parent_id, []) if row else []
        position = siblings.index(row.id) if row and row.id in siblings else -1
        self.new_action.setEnabled(editable)
        self.sub_action.setEnabled(has)
        self.up_action.setEnabled(has and position > 0)
        self.down_action.setEnabled(has and 0 <= position < len(siblings) - 1)
        self.indent_action.setEnabled(has and position > 0)
        self.outdent_action.setEnabled(has and row is not None and row.parent_id is not None)
        self.delete_action.setEnabled(has)
        self.adjourn_action.setEnabled(has and row is not None and not row.adjourned)

    # --- changes -------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        text = text[:1].upper() + text[1:]
        self.message.setText(text)
        self.message.show()
        self._message_timer.start()
        self.ctx.hub.status_message.emit(text)

    def _run(
        self, fn: Callable[..., object], *args: object, **kwargs: object
    ) -> tuple[bool, object]:
        """A change of the agenda by the gateway; a refusal shows in the tab's message line."""
        self.editor.flush()
        done = (
            self.ctx.ops.run(fn, *args, **kwargs)
            .changes(Topic.MEETINGS)
            .refused(self._refused)
            .inline(self)
        )
        if done:
            self.message.hide()
        return done.ok, done.value

    def _refused(self, refusal: Outcome) -> None:
        self.show_message(refusal.message)
        self.refresh()

    def _changed_and_select(self, item_id: int | None) -> None:
        self._selected_id = item_id
        self.refresh()
        self._select_silently(item_id)
        self.changed.emit()

    def new_item(self) -> None:
        if self.meeting_id is None:
            return
        row = self.selected_row()
        meeting_id = self.meeting_id
        ok, new_id = self._run(
            agenda.add_item,
            meeting_id,
            self.tr("New item"),
            parent_id=row.parent_id if row else None,
            after_item_id=row.id if row else None,
        )
        if ok:
            self._changed_and_select(int(new_id))  # type: ignore[arg-type]
            self.editor.focus_title()

    def new_subitem(self) -> None:
        row = self.selected_row()
        if row is None or self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        ok, new_id = self._run(
            agenda.add_item,
            meeting_id,
            self.tr("New sub-item"),
            parent_id=row.id,
            kind=row.kind,
            theme=row.theme,
        )
        if ok:
            self._changed_and_select(int(new_id))  # type: ignore[arg-type]
            self.editor.focus_title()

    def move(self, delta: int) -> None:
        self._restructure(agenda.move_item, delta)

    def indent(self) -> None:
        self._restructure(agenda.indent_item)

    def outdent(self) -> None:
        self._restructure(agenda.outdent_item)

    def _restructure(self, fn: Callable[..., object], *args: object) -> None:
        """Move the selected item in the tree; it stays selected where it lands."""
        row = self.selected_row()
        if row is None:
            return
        ok, _ = self._run(fn, row.id, *args)
        if ok:
            self._changed_and_select(row.id)

    def move_to(self, item_id: int, parent_id: int | None, index: int) -> bool:
        """The drop handler of the model: drag and drop ends here."""
        ok, _ = self._run(agenda.move_item_to, item_id, parent_id, index)
        if ok:
            # the view is still inside its drop event; it holds no index past this call
            self._changed_and_select(item_id)
        return ok

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.detail is None or self.detail.frozen:
            return
        if not confirm_delete(self, row, len(self.model.children_of.get(row.id, []))):
            return
        neighbour = self._neighbour_of(row)
        ok, _ = self._run(agenda.delete_item, row.id)
        if ok:
            self._changed_and_select(neighbour)
            self.tree.setFocus()
            self.ctx.hub.undoable.emit(  # said in the status bar (no restore service yet)
                self.tr("Item %1 deleted: %2").replace("%1", row.number).replace("%2", row.title),
                None,
            )

    def _neighbour_of(self, row: AgendaItemRow) -> int | None:
        siblings = self.model.children_of.get(row.parent_id, [])
        index = siblings.index(row.id)
        if index + 1 < len(siblings):
            return siblings[index + 1]
        if index > 0:
            return siblings[index - 1]
        return row.parent_id

    def adjourn(self) -> None:
        row = self.selected_row()
        if row is None or self.detail is None:
            return
        if not confirm_adjourn(self, row):
            return
        ok, new_id = self._run(agenda.adjourn_item, row.id)
        if not ok:
            return
        self._changed_and_select(row.id)
        tell_adjourned(self, new_id is not None, self.detail.next if self.detail else None)

    def _editor_saved(self, _field: str) -> None:
        self.refresh()
        self.changed.emit()

    # --- the meeting screen --------------------------------------------------------------

    def flush(self) -> bool:
        """Write pending edits now (closing, switching meetings); False when one was refused."""
        return self.editor.flush()


def _people_names(session: Session) -> list[str]:
    """Who can present an item: the active persons and organisations, by name."""
    names = [p.name for p in people.list_persons(session, include_inactive=False)]
    return names + [o.name for o in people.list_organisations(session, include_inactive=False)]
