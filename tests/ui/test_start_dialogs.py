"""Starting on a database that is open elsewhere or damaged: a clear dialog, then what to do."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from spitsregio_desktop.storage.backup import backup_database  # noqa: E402
from spitsregio_desktop.storage.database import open_database  # noqa: E402
from spitsregio_desktop.ui.app import open_with_dialogs  # noqa: E402


def test_second_window_on_the_same_database_is_told_to_close_the_other(qapp, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    first = open_database(tmp_path / "x.sqlite")
    try:
        assert open_with_dialogs(tmp_path / "x.sqlite") is None
    finally:
        first.close()
    assert len(shown) == 1 and "another Spitsregio Desktop window" in shown[0]


def test_damaged_database_offers_the_newest_backup_and_opens_it(qapp, tmp_path: Path, monkeypatch):
    path = tmp_path / "x.sqlite"
    db = open_database(path)
    db.close()
    backup_database(path, reason="manual")
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\x13" * 8192  # a damaged page in the middle of the file
    path.write_bytes(bytes(data))
    asked: list[str] = []

    def answer(parent, title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    db = open_with_dialogs(path)
    assert db is not None, "the restored backup should open"
    try:
        assert "damaged" in asked[0] and "x-" in asked[0]
        with db.engine.connect() as con:
            assert con.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.close()


def test_damaged_database_without_backup_says_so_and_changes_nothing(qapp, tmp_path, monkeypatch):
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"this is not a database" * 500)
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert open_with_dialogs(path) is None
    assert "no backup" in shown[0]
    assert path.read_bytes() == before
