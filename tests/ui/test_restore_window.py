"""The window's restore (issue 12): it says what a backup holds before replacing anything,
refuses a bad file with the reason, and Instellingen lists and deletes the safety copies."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy  # noqa: E402
import datetime as dt  # noqa: E402
import hashlib  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QInputDialog, QMessageBox  # noqa: E402

from spitsregio_desktop.services.meetings import list_meetings  # noqa: E402
from spitsregio_desktop.services.package import import_package  # noqa: E402
from spitsregio_desktop.storage.backup import backup_database, list_backups  # noqa: E402
from spitsregio_desktop.storage.paths import backup_dir_for  # noqa: E402
from spitsregio_desktop.ui import main_window  # noqa: E402
from spitsregio_desktop.ui.settings.view import SettingsView  # noqa: E402
from tests.test_package import PACKAGE  # noqa: E402


def _add_meeting(ctx, date: str) -> None:
    package = copy.deepcopy(PACKAGE)
    package["date"] = date
    with ctx.db.session() as s:
        import_package(s, package)


def test_restore_shows_what_the_backup_holds_and_refuses_a_bad_file(ctx, show, monkeypatch):
    _add_meeting(ctx, "2026-03-05")
    good = backup_database(ctx.db.path, reason="manual")
    _add_meeting(ctx, "2026-09-01")
    empty = backup_dir_for(ctx.db.path) / "x-20260101-000000-manual.sqlite"
    empty.write_bytes(b"")
    window = show(main_window.MainWindow(ctx))

    asked: list[str] = []
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))

    def answer(reply):
        def question(_parent, _title, text, *a, **k):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (empty.name, True))
    window.restore_backup()
    assert warned and "het bestand is leeg" in warned[0] and not asked

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (good.name, True))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    before = hashlib.sha256(ctx.db.path.read_bytes()).hexdigest()
    window.restore_backup()
    assert "1 vergadering, laatste vergadering 2026-03-05" in asked[-1]
    assert "gemaakt op" in asked[-1]
    assert hashlib.sha256(ctx.db.path.read_bytes()).hexdigest() == before

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.restore_backup()
    with window.ctx.db.session() as s:
        assert [m.date.isoformat() for m in list_meetings(s)] == ["2026-03-05"]
    window.ctx.db.close()


def test_settings_list_safety_copies_with_their_reason_and_delete_them(
    ctx, show, qtbot, monkeypatch
):
    safety = backup_database(ctx.db.path, reason="before-restore")
    assert safety.parent.name == "safety"
    view = show(SettingsView(ctx))
    view.refresh()
    table = view.backups.table
    assert table.model().index(0, 1).data() == "before a restore"
    table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.backups.delete_button, Qt.MouseButton.LeftButton)
    assert not safety.exists() and list_backups(ctx.db.path) == []
    assert view.backups.model.rowCount() == 0


def test_the_window_names_a_newer_database_and_makes_no_backup(qapp, tmp_path, monkeypatch):
    import sqlite3

    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.ui.app import open_with_dialogs

    path = tmp_path / "x.sqlite"
    open_database(path, backup_on_start=False).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert open_with_dialogs(path) is None
    assert len(shown) == 1
    assert "gemaakt door een nieuwere versie van Spitsregio Desktop" in shown[0]
    assert "oudere" not in shown[0]
    assert list_backups(path) == []


def test_settings_choose_the_second_folder_and_a_closed_meeting_copies_there(
    ctx, show, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog, QMainWindow

    from spitsregio_desktop.services.meetings import close_meeting
    from spitsregio_desktop.services.offsite import offsite_status, record_offsite_backup
    from spitsregio_desktop.ui.context import Topic
    from spitsregio_desktop.ui.settings.offsite import OffsiteBackups

    stick = tmp_path / "usb"
    stick.mkdir()
    view = show(SettingsView(ctx))
    view.refresh()
    assert "geen tweede map" in view.backups.offsite_status.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    view.backups.offsite_button.click()
    assert view.backups.offsite_folder.text() == str(stick)
    assert len(list(stick.glob("*-offsite.sqlite"))) == 1
    assert "Laatste reservekopie buiten deze laptop" in view.backups.offsite_status.text()

    window = show(QMainWindow())
    offsite = OffsiteBackups(ctx, window)
    assert offsite.warning.text() == ""
    with ctx.session() as s:  # a week and a day without a copy: the window warns
        record_offsite_backup(s, dt.datetime.now() - dt.timedelta(days=8))
    offsite.show_status()
    assert "meer dan een week" in offsite.warning.text()
    _add_meeting(ctx, "2026-03-05")
    with ctx.session() as s:
        meeting_id = list_meetings(s)[0].id
    # as the window closes a meeting: through the gateway, which announces the change
    assert ctx.ops.run(close_meeting, meeting_id).changes(Topic.MEETINGS).inline()
    assert len(list(stick.glob("*-offsite.sqlite"))) == 2
    assert offsite.warning.text() == ""
    with ctx.session() as s:
        assert not offsite_status(s).overdue


def test_a_damaged_start_offers_the_newest_sound_backup(qapp, tmp_path, monkeypatch):
    from spitsregio_desktop.storage.backup import safety_dir_for
    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.ui.app import open_with_dialogs

    path = tmp_path / "x.sqlite"
    open_database(path, backup_on_start=False).close()
    good = backup_database(path, reason="manual")
    damaged_copy = safety_dir_for(path) / "x-20990101-000000-before-recovery.sqlite"
    damaged_copy.parent.mkdir(parents=True, exist_ok=True)
    damaged_copy.write_bytes(b"kapot" * 1000)  # the newest, but no sound backup
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\x13" * 8192
    path.write_bytes(bytes(data))
    asked: list[str] = []

    def answer(_p, _t, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    db = open_with_dialogs(path)
    assert db is not None and good.name in asked[0]
    db.close()
    kept = [p for p in list_backups(path) if p.parent.name == "safety" and p != damaged_copy]
    assert len(kept) == 1  # the damaged file itself was kept too, apart from the rotation
