"""Starting the window: Qt application, translations, the database (with clear dialogs)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME
from ..storage.backup import backup_database, list_backups, restore_backup
from ..storage.database import Database, open_database
from ..storage.errors import DatabaseCorrupt, DatabaseInUse, StorageError
from ..storage.restore import inspect_backup
from .common import accessible
from .context import AppContext, Hub, make_qsettings
from .i18n import install_translators
from .look import apply_look
from .tasks import TaskRunner


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    accessible.install(app)
    app.setOrganizationName("Spitsregio")
    apply_look(app)  # Windows style, the system's light/dark, the application icon
    return app  # type: ignore[return-value]


def open_with_dialogs(
    db_path: Path, parent: QWidget | None = None, backup_on_start: bool = True
) -> Database | None:
    """Open the database; when it cannot be opened, say why and what to do (in Dutch)."""
    while True:
        try:
            return open_database(db_path, backup_on_start=backup_on_start)
        except DatabaseInUse:
            QMessageBox.critical(
                parent,
                APP_NAME,
                tr(
                    "This database is already open in another Spitsregio Desktop window.\n\n"
                    "Switch to that window, or close it and start the program again."
                ),
            )
            return None
        except DatabaseCorrupt as exc:
            backups = _sound_backups(Path(db_path))
            if not backups:
                QMessageBox.critical(
                    parent,
                    APP_NAME,
                    tr("The database is damaged and there is no backup to restore.\n\n%1").replace(
                        "%1", str(exc)
                    ),
                )
                return None
            answer = QMessageBox.question(
                parent,
                APP_NAME,
                tr("The database is damaged.\n\n%1\n\nRestore the most recent backup (%2)?")
                .replace("%1", str(exc))
                .replace("%2", backups[0].name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            try:  # the damaged file is kept as a "before-recovery" safety copy
                restore_backup(backups[0], Path(db_path))
            except StorageError as exc:
                QMessageBox.critical(parent, APP_NAME, str(exc))
                return None
        except StorageError as exc:
            QMessageBox.critical(parent, APP_NAME, str(exc))
            return None


def _sound_backups(db_path: Path) -> list[Path]:
    """The newest backup a restore would accept (a damaged "before-recovery" copy is not)."""
    for path in list_backups(db_path):
        try:
            inspect_backup(path)
        except StorageError:
            continue
        return [path]
    return []


def warn_if_synced(parent: QWidget, db_path: Path) -> None:
    """A database in OneDrive/SharePoint: WAL needs one host; said once at every start."""
    from ..storage.winpaths import synced_folder_warning
    from .common.forms import sentence

    warning = synced_folder_warning(db_path)
    if warning:
        QMessageBox.warning(parent, APP_NAME, sentence(warning))


def make_context(db: Database) -> AppContext:
    return AppContext(db=db, tasks=TaskRunner(), hub=Hub(), qsettings=make_qsettings())


def start_backup_in_background(ctx: AppContext) -> None:
    """The automatic backup at start, off the UI thread; a failure is said in the status
    bar, not hidden (and not in the way)."""
    if ctx.db.is_server:  # a server is backed up by its IT department (docs/SERVER.md)
        return
    ctx.ops.task(backup_database, ctx.db.path, reason="start").failing_as(
        tr("The automatic backup failed: %1")
    ).quietly().in_background()


def _chosen_database(db_path: Path):
    """Without --db: the database chosen in the settings (a server), else the usual file."""
    from ..storage.location import db_location
    from ..storage.paths import default_database_path
    from .settings.database import chosen_location

    chosen = chosen_location(make_qsettings())
    if chosen and db_path == default_database_path():
        return db_location(chosen)
    return db_path


def run_app(db_path: Path, live_meeting_id: int | None = None) -> int:
    app = ensure_app()
    install_translators(app, "nl")
    # the start backup runs once the window shows (a 10-year file takes a tenth of a second)
    db = open_with_dialogs(_chosen_database(db_path), backup_on_start=False)
    if db is None:
        return 1
    from ..services.settings import start_language

    ctx = make_context(db)
    language = ctx.ops.task(start_language, db).inline()  # without the ORM: shown sooner
    if language and language.value != "nl":
        install_translators(app, language.value)
    from .main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    warn_if_synced(window, db.path)
    window.start(live_meeting_id)
    start_backup_in_background(ctx)
    if not ctx.db.is_server:  # a server is backed up by its IT department (docs/SERVER.md)
        from .settings.offsite import OffsiteBackups

        window.offsite_backups = OffsiteBackups(ctx, window)  # type: ignore[attr-defined]
        window.offsite_backups.check()  # type: ignore[attr-defined]
    try:
        return app.exec()
    finally:
        db.close()
