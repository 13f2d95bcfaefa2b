"""Opening what the program made: the file with its viewer, or its folder in Explorer."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> None:
    if sys.platform == "win32":
        # Explorer opens the folder with the file selected
        QProcess.startDetached("explorer", [f"/select,{path}"])
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


EXPORT_DIR_KEY = "export/dir"  # one folder memory for every "save as" of the program


def export_dir(settings: QSettings) -> Path:
    """Where a save dialog opens: the folder used last, else the user's Documents."""
    remembered = settings.value(EXPORT_DIR_KEY)
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def chosen_file(settings: QSettings, chosen: str, fmt: str) -> Path | None:
    """The file a save dialog returned, with its extension, and its folder remembered."""
    if not chosen:
        return None
    out = Path(chosen)
    if out.suffix.lower() != f".{fmt}":
        out = out.with_name(out.name + f".{fmt}")
    settings.setValue(EXPORT_DIR_KEY, str(out.parent))
    return out


def export_failure() -> str:
    """What to tell the user when an export failed for another reason than a refusal of the
    services (those say their own Dutch sentence): %1 is what broke."""
    return QCoreApplication.translate("Export", "The document could not be made:\n%1")
