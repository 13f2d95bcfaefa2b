"""Settings: every field autosaves; a bad value says why next to the field and is not stored."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt, QTime  # noqa: E402
from PySide6.QtGui import QColor, QPixmap  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget  # noqa: E402

from spitsregio_desktop.services.settings import load_settings  # noqa: E402
from spitsregio_desktop.storage.backup import list_backups  # noqa: E402
from spitsregio_desktop.ui.settings.view import SettingsView  # noqa: E402


def settings(ctx):
    with ctx.session() as s:
        return load_settings(s)


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editingFinished: saved at once


def test_invalid_email_is_refused_next_to_the_field(ctx, show, qtbot):
    view = show(SettingsView(ctx))
    view.refresh()
    good = settings(ctx).secretariat_email
    email = view.fields["secretariat_email"]
    assert email.text() == good
    retype(qtbot, email, "x")
    error = view.errors["secretariat_email"]
    assert error.isVisible() and error.text() == "'x' is geen geldig e-mailadres"
    assert settings(ctx).secretariat_email == good
    assert view.flush() is True  # the refused value is not retried forever
    retype(qtbot, email, "secretariaat@leuven.example")
    assert not error.isVisible()
    assert settings(ctx).secretariat_email == "secretariaat@leuven.example"
    assert view.state.text() == "All changes saved"


def test_text_choices_and_templates_autosave(ctx, show, qtbot):
    view = show(SettingsView(ctx))
    view.refresh()
    with qtbot.waitSignal(ctx.hub.settings_changed):
        retype(qtbot, view.fields["secretariat_name"], "Secretariaat Spitsregio")
    bcc = view.fields["recipients_in_bcc"]
    qtbot.mouseClick(bcc, Qt.MouseButton.LeftButton, pos=QPoint(8, bcc.height() // 2))
    view.language.setCurrentIndex(view.language.findData("en"))
    view.backup_keep.setValue(25)
    view.fields["default_start"].setTime(QTime(14, 0))
    body = view.fields["invitation_body"]
    body.setFocus()
    body.selectAll()
    body.insertPlainText("Beste leden, welkom op {datum} in {plaats}.")
    assert view.flush()  # what the window calls when leaving the view
    s = settings(ctx)
    assert s.secretariat_name == "Secretariaat Spitsregio"
    assert s.recipients_in_bcc is False
    assert s.language == "en"
    assert (s.backup_keep, s.default_start) == (25, "14:00")
    assert s.invitation_body == "Beste leden, welkom op {datum} in {plaats}."


def test_autosave_without_leaving_the_field(ctx, show, qtbot):
    view = show(SettingsView(ctx))
    view.refresh()
    edit = view.fields["default_location"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Stadhuis Leuven")
    qtbot.waitUntil(lambda: settings(ctx).default_location == "Stadhuis Leuven", timeout=1000)


def test_logo_with_preview(ctx, show, qtbot, tmp_path, monkeypatch):
    logo = tmp_path / "logo.png"
    image = QPixmap(200, 80)
    image.fill(QColor("#1f4e79"))
    image.save(str(logo))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    view = show(SettingsView(ctx))
    view.refresh()
    qtbot.mouseClick(view.logo_choose, Qt.MouseButton.LeftButton)
    assert settings(ctx).logo_path == str(logo)
    assert not view.logo_preview.pixmap().isNull()
    qtbot.mouseClick(view.logo_clear, Qt.MouseButton.LeftButton)
    assert settings(ctx).logo_path == ""
    assert view.logo_preview.text() == "No logo"


def test_backup_now_list_and_restore_delegates_to_the_window(ctx, show, qtbot):
    class Host(QWidget):
        restored = 0

        def restore_backup(self) -> None:
            Host.restored += 1

    host = Host()
    view = SettingsView(ctx)
    QVBoxLayout(host).addWidget(view)
    show(host)
    view.refresh()
    assert view.backups.model.rowCount() == 0
    qtbot.mouseClick(view.backups.backup_button, Qt.MouseButton.LeftButton)
    assert len(list_backups(ctx.db.path)) == 1
    assert view.backups.model.rowCount() == 1
    table = view.backups.table.model()
    assert table.index(0, 1).data() == "made by hand"
    assert table.index(0, 2).data().endswith(("kB", "MB"))
    assert "Backup saved" in view.backups.status.text()
    qtbot.mouseClick(view.backups.restore_button, Qt.MouseButton.LeftButton)
    assert Host.restored == 1
