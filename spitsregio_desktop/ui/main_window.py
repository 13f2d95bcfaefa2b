"""The main window: navigation on the left, one view at a time, menus, status bar.

Every view is a QWidget built as `View(ctx)` with `refresh()`; a view that holds typed
text not yet saved also has `flush() -> bool`, which the window calls before closing or
switching. Views talk to each other only through `ctx.hub` signals.
"""

from __future__ import annotations

import gc
from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from .. import APP_NAME
from ..storage.backup import backup_database, list_backups, restore_backup
from ..storage.database import open_database
from ..storage.restore import describe as describe_backup
from ..storage.restore import inspect_backup
from .common.accessible import PAGE_TITLE
from .common.geometry import place_window
from .context import AppContext, Topic
from .help_dialog import HelpDialog
from .look import icon
from .shortcuts import shortcut
from .undo_bar import UndoBar
from .watcher import ChangeWatcher


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        shown = ctx.db.url.label if ctx.db.url is not None else ctx.db.path.name
        self.setWindowTitle(f"{APP_NAME} — {shown}")
        place_window(self)  # a centred default that fits the free area of the screen
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.live_view: QWidget | None = None
        # (title, "feature.module:Class" below ui/, shortcut). The meeting list is built now;
        # the others when first shown, so the window appears without importing them all.
        self._pages = [
            (tr("Meetings"), "meetings.view:MeetingsView", "view_meetings"),
            (tr("Members & organisations"), "members.view:MembersView", "view_members"),
            (tr("Actions"), "actions.view:ActionsView", "view_actions"),
            (tr("Decisions"), "decisions.view:DecisionsView", "view_decisions"),
            (tr("Objectives"), "objectives.view:ObjectivesView", "view_objectives"),
            (tr("Attendance"), "statistics.view:AttendanceView", "view_attendance"),
            (tr("Settings"), "settings.view:SettingsView", "view_settings"),
        ]
        self._built: list[QWidget | None] = [None] * len(self._pages)
        self.page_actions: list[QAction] = []  # in the View menu, with their shortcuts
        for index, (title, _where, key) in enumerate(self._pages):
            self.stack.addWidget(QWidget())  # a placeholder until the page is first shown
            QListWidgetItem(icon(key.removeprefix("view_")), title, self.nav)
            # a menu reads "&" as a mnemonic: "Members & organisations" needs "&&"
            action = QAction(icon(key.removeprefix("view_")), title.replace("&", "&&"), self)
            action.setShortcut(shortcut(key))
            action.triggered.connect(lambda _=False, i=index: self.show_view(i))
            self.addAction(action)  # also while live minutes hide the menu's page
            self.page_actions.append(action)
        self.meetings_view = self.view(0)
        # wide enough for the longest (translated) entry, so nothing is cut off
        widest = max(self.nav.sizeHintForColumn(0), self.fontMetrics().horizontalAdvance("M" * 12))
        self.nav.setMinimumWidth(widest + 2 * self.nav.frameWidth() + 16)
        self.nav.setMaximumWidth(max(220, self.nav.minimumWidth()))
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.setCentralWidget(self.splitter)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().showMessage(ctx.db.label)  # a server: its URL without password
        self._build_menus()
        ctx.hub.open_meeting.connect(self.open_meeting)
        ctx.hub.open_item.connect(self.open_item)
        self.search_dialog: QWidget | None = None
        find = QAction(tr("Search"), self)
        find.setShortcut(shortcut("find"))
        find.triggered.connect(self.show_search)
        self.addAction(find)
        ctx.hub.open_live.connect(self.open_live)
        ctx.hub.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.undo_bar = UndoBar(self.statusBar())
        ctx.hub.undoable.connect(self.undo_bar.offer)
        self.watcher = ChangeWatcher(ctx, self)  # a shared database: others' changes show
        self.watcher.start()
        self._restore_state()
        self.nav.setCurrentRow(0)

    def refresh_icons(self) -> None:
        """The navigation's icons again in the new colour scheme's colours."""
        for index, (_title, _where, key) in enumerate(self._pages):
            page_icon = icon(key.removeprefix("view_"))
            self.nav.item(index).setIcon(page_icon)
            self.page_actions[index].setIcon(page_icon)

    # ------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self._add(file_menu, tr("Make a &backup now"), self.make_backup, "backup")
        self._add(file_menu, tr("&Restore a backup…"), self.restore_backup)
        self._add(file_menu, tr("Open the &data folder"), self.open_data_folder)
        file_menu.addSeparator()
        self._add(file_menu, tr("&Quit"), self.close, "quit")
        view_menu = self.menuBar().addMenu(tr("&View"))
        view_menu.addActions(self.page_actions)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        self._add(help_menu, tr("&Keyboard shortcuts"), self.show_help, "help")
        self._add(help_menu, tr("&About Spitsregio Desktop"), self.show_about)

    def _add(self, menu, text: str, slot, key: str | None = None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if key:
            action.setShortcut(shortcut(key))
        return action

    # ------------------------------------------------------------ pages

    def view(self, index: int) -> QWidget:
        """The page at `index`, built the first time it is asked for."""
        built = self._built[index]
        if built is None:
            module, name = self._pages[index][1].split(":")
            built = getattr(import_module(f"{__package__}.{module}"), name)(self.ctx)
            built.setProperty(PAGE_TITLE, self._pages[index][0])  # names its lists
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, built)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[index] = built
        return built

    @property
    def views(self) -> list[QWidget]:
        """Every page (building those not shown yet): for the selftest and the tests."""
        return [self.view(i) for i in range(len(self._pages))]

    @property
    def members_view(self) -> QWidget:
        return self.view(1)

    def _built_views(self) -> list[QWidget]:
        return [v for v in self._built if v is not None]

    # ------------------------------------------------------------ navigation

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self._flush_current()
        self._drop_live_view()  # any way out of live mode gives the normal window back
        view = self.view(row)
        self.stack.setCurrentWidget(view)
        view.refresh()  # type: ignore[attr-defined]

    def show_view(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        if self.stack.currentIndex() != index:  # e.g. coming back from live minutes
            self._nav_changed(index)

    def open_meeting(self, meeting_id: int) -> None:
        self.show_view(0)
        self.meetings_view.open_meeting(meeting_id)  # type: ignore[attr-defined]

    def open_item(self, meeting_id: int, item_id: int) -> None:
        self.open_meeting(meeting_id)
        screen = getattr(self.meetings_view, "screen", None)
        if screen is not None and screen.meeting_id == meeting_id:
            screen.show_item(item_id)

    def show_search(self) -> None:
        """Ctrl+F: the non-modal search window, kept so it shows the last results again."""
        if self.live_view is not None:  # live minutes own the window
            return
        from .search_dialog import SearchDialog

        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.ctx, self)
        self.search_dialog.start()  # type: ignore[attr-defined]

    def open_live(self, meeting_id: int) -> None:
        from .live.live_view import LiveView

        self._flush_current()
        if not self._may_go_live(meeting_id):
            return
        self._drop_live_view()
        self.live_view = LiveView(self.ctx, meeting_id)
        self.live_view.closed.connect(lambda: self._leave_live(meeting_id))  # type: ignore[attr-defined]
        self.stack.addWidget(self.live_view)
        self.stack.setCurrentWidget(self.live_view)
        self.nav.hide()  # the meeting room needs every pixel; Ctrl+Shift+E brings it back

    def _may_go_live(self, meeting_id: int) -> bool:
        """Closed means closed: live mode on a closed meeting (or one whose minutes were
        sent or approved) asks first, with a reason, and the reopening is recorded."""
        from ..services.live_guard import reopen_for_live, reopen_question

        question = self.ctx.ops.run(reopen_question, meeting_id).inline(self)
        if not question:
            return False
        if not question.value:
            return True
        reason, ok = QInputDialog.getText(
            self, APP_NAME, question.value + "\n\n" + tr("Why is it reopened?")
        )
        if not ok:
            return False
        return bool(
            self.ctx.ops.run(reopen_for_live, meeting_id, reason)
            .changes(Topic.MEETINGS)
            .inline(self)
        )

    def _drop_live_view(self) -> None:
        """Leave the live view (its notes are saved) and give the navigation back."""
        if self.live_view is not None:
            self.live_view.flush()  # type: ignore[attr-defined]
            self.stack.removeWidget(self.live_view)
            self.live_view.deleteLater()
            self.live_view = None
        self.nav.show()

    def _leave_live(self, meeting_id: int) -> None:
        self._drop_live_view()
        self.open_meeting(meeting_id)

    def start(self, live_meeting_id: int | None = None) -> None:
        """After show(): open live minutes if asked, or resume an interrupted one."""
        from ..services.meetings import find_live_meeting, get_meeting

        if live_meeting_id is not None:
            if not self.ctx.ops.run(_exists, get_meeting, live_meeting_id).inline(self):
                live_meeting_id = None  # the Dutch reason was said
        else:
            live_meeting_id = self.ctx.ops.run(find_live_meeting).inline(self).value
        if live_meeting_id is not None:
            self.open_live(live_meeting_id)
        else:  # the keyboard starts in the meeting list: Home, Return opens the newest
            self.meetings_view.focus_list()  # type: ignore[attr-defined]
        QTimer.singleShot(300, self._warm_up)

    def _warm_up(self, index: int = 0) -> None:
        """Import the other pages' code while the user reads the first page: one module per
        turn of the event loop, so their first opening is quick and typing never waits."""
        modules = ["meetings.screen"] + [p[1].split(":")[0] for p in self._pages[1:]]
        if index >= len(modules):
            # All the program's code is loaded: the collector need not walk those objects
            # again each time a large list (18 000 actions on 30 years) triggers it.
            gc.freeze()
            gc.enable()  # the command line's window start disabled it (cli.cmd_window)
            return
        import_module(f"{__package__}.{modules[index]}")
        QTimer.singleShot(0, lambda: self._warm_up(index + 1))

    def _flush_current(self) -> bool:
        view = self.stack.currentWidget()
        flush = getattr(view, "flush", None)
        return flush() if flush else True

    # ------------------------------------------------------------ backups

    def make_backup(self) -> None:
        self.ctx.ops.task(backup_database, self.ctx.db.path, reason="manual").then(
            lambda target: self.statusBar().showMessage(
                tr("Backup saved: %1").replace("%1", str(target)), 8000
            )
        ).failing_as(tr("The backup failed: %1")).in_background(
            self, progress=tr("Making a backup…")
        )

    def restore_backup(self) -> None:
        backups = list_backups(self.ctx.db.path)
        if not backups:
            QMessageBox.information(self, APP_NAME, tr("There are no backups yet."))
            return
        name, ok = QInputDialog.getItem(
            self,
            tr("Restore a backup"),
            tr("Choose the backup to restore. The current state is kept as a backup too."),
            [b.name for b in backups],
            0,
            False,
        )
        if not ok:
            return
        chosen = next(b for b in backups if b.name == name)
        # what it holds, before anything is replaced; a bad file is refused here
        facts = self.ctx.ops.task(inspect_backup, chosen).inline(self)
        if not facts:
            return
        answer = QMessageBox.question(
            self,
            tr("Restore a backup"),
            tr("This backup holds:\n%1\n\nReplace the current database with it?").replace(
                "%1", describe_backup(facts.value)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._flush_current()
        path = self.ctx.db.path
        self.ctx.db.close()
        try:
            restored = self.ctx.ops.task(restore_backup, chosen, path).inline(self)
        finally:
            self.ctx.db = open_database(path, backup_on_start=False)
        if not restored:
            return
        for view in self._built_views():
            view.refresh()  # type: ignore[attr-defined]
        self.statusBar().showMessage(tr("Backup restored: %1").replace("%1", name), 8000)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.ctx.db.path).parent)))

    # ------------------------------------------------------------ help

    def show_help(self) -> None:
        HelpDialog(self).exec()

    def show_about(self) -> None:
        from .. import __version__  # looked up when asked: importlib.metadata is slow

        QMessageBox.about(
            self,
            APP_NAME,
            tr(
                "%1 %2\n\nMeeting secretariat for the Burgemeestersoverleg Oost-Brabant and "
                "the Taskforce Spitsregio Leuven.\n\nDatabase: %3"
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
            .replace("%3", str(self.ctx.db.path)),
        )

    # ------------------------------------------------------------ state

    def _restore_state(self) -> None:
        s = self.ctx.qsettings
        geometry = s.value("main/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            if not self.isMaximized():  # saved on a larger screen or another monitor
                place_window(self, self.geometry())
        splitter = s.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        for view in [*self._built_views(), self.live_view]:
            flush = getattr(view, "flush", None)
            if flush and not flush():
                answer = QMessageBox.question(
                    self,
                    APP_NAME,
                    tr(
                        "Some text could not be saved (see the message in the window). "
                        "Close anyway?"
                    ),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
        self.ctx.qsettings.setValue("main/geometry", self.saveGeometry())
        self.ctx.qsettings.setValue("main/splitter", self.splitter.saveState())
        self.ctx.tasks.wait(10000)
        event.accept()


def _exists(session, getter, item_id: int) -> bool:
    """Whether `getter` finds it (it refuses in Dutch when not): the ORM object stays here."""
    getter(session, item_id)
    return True
