"""Where things live on disk: the local (not roaming) data folder, resources in source or bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "SpitsregioDesktop"
APP_AUTHOR = "Spitsregio"


def data_dir() -> Path:
    """The local app data folder: WAL needs the database on this host, never a synced folder."""
    from .private import owner_only_dir

    # made 0700: it holds the database, its backups and the attachments
    return owner_only_dir(user_data_path(APP_DIR_NAME, APP_AUTHOR, roaming=False))


def default_database_path() -> Path:
    return data_dir() / "spitsregio.sqlite"


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def attachments_dir_for(db_path: Path) -> Path:
    return db_path.parent / "attachments"


def _project_root() -> Path:
    if getattr(sys, "frozen", False):  # PyInstaller bundle: data sits beside the executable
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    """resources/ of the source tree, of an installed wheel (mapped into the package), or bundle."""
    installed = Path(__file__).resolve().parents[1] / "resources"
    if installed.is_dir():
        return installed
    return _project_root() / "resources"


def translations_dir() -> Path:
    installed = Path(__file__).resolve().parents[1] / "translations"
    if installed.is_dir():
        return installed
    return _project_root() / "translations"
