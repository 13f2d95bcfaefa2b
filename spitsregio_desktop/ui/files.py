"""Opening what the program made: the file with its viewer, or its folder in Explorer."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> None:
    if sys.platform == "win32":
        # Explorer opens the folder with the file selected
        QProcess.startDetached("explorer", [f"/select,{path}"])
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
