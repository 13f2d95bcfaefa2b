"""Instellingen › Database: a server URL is tried, kept without its password, or refused."""

from __future__ import annotations

from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.ui.settings.database import SETTING, DatabaseBox


def test_a_server_address_is_kept_without_its_password(ctx, show, pg_template_url) -> None:
    url = pg_template_url
    with_password = str(url).replace("postgresql://postgres@", "postgresql://postgres:geheim@")
    box = show(DatabaseBox(ctx))
    box.location.setText(with_password)
    box.use_button.click()
    kept = ctx.qsettings.value(SETTING)
    assert kept == str(url) and "geheim" not in kept
    assert "vanaf de volgende start" in box.current.text() or "next start" in box.current.text()
    assert box.error.isHidden()
    # the window opens what was kept
    with open_database(kept, readonly=True) as db:
        assert db.is_server


def test_an_unreachable_server_is_said_and_not_kept(ctx, show) -> None:
    box = show(DatabaseBox(ctx))
    box.location.setText("postgresql://anna@/spitsregio?host=/nonexistent-folder&port=1")
    box.use_button.click()
    assert not box.error.isHidden()
    assert "niet bereikbaar" in box.error.text()
    assert ctx.qsettings.value(SETTING) in (None, "")
    box.use_local()
    assert ctx.qsettings.value(SETTING) in (None, "")


def test_the_meeting_list_says_who_took_a_meeting_away(ctx, show, tmp_path) -> None:
    from spitsregio_desktop.services.checkout import Who, check_out
    from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
    from spitsregio_desktop.ui.meetings.view import MeetingsView

    with ctx.session() as s:
        meeting_id = create_meeting(s, MeetingInput(body="BO", date="2026-12-10"))
    with open_database(tmp_path / "laptop.sqlite") as laptop:
        with ctx.session() as server, laptop.session() as lap:
            check_out(server, lap, meeting_id, "server", Who("anna", "LAPTOP-ZAAL"))
    view = show(MeetingsView(ctx))
    view.refresh()
    model = view.model
    status = model.columnCount() - 1
    texts = [model.index(r, status).data() for r in range(model.rowCount())]
    assert any(t.endswith("anna op LAPTOP-ZAAL") for t in texts), texts


def test_take_along_and_bring_back_from_the_meeting_list(
    ctx, show, tmp_path, monkeypatch, qtbot
) -> None:
    """The window's buttons do the check-out and check-in; a server here is a second file."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from spitsregio_desktop.services import agenda
    from spitsregio_desktop.services.meetings import (
        MeetingInput,
        create_meeting,
        meeting_detail,
    )
    from spitsregio_desktop.ui.app import make_context
    from spitsregio_desktop.ui.meetings.view import MeetingsView

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    with ctx.session() as s:
        meeting_id = create_meeting(s, MeetingInput(body="BO", date="2026-12-10"))
    # the "server" window: the ctx database, shown as a server would be
    monkeypatch.setattr(type(ctx.db), "is_server", property(lambda _self: True))
    laptop_file = tmp_path / "laptop.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(laptop_file), ""))
    view = show(MeetingsView(ctx))
    view.refresh()
    view.select_meeting(meeting_id)
    assert view.checkout.take_button.isVisible() and view.checkout.take_button.isEnabled()
    view.checkout.take_button.click()
    assert said and str(laptop_file) in said[-1]
    view.select_meeting(meeting_id)
    assert view.checkout.release_button.isEnabled()
    assert not view.checkout.take_button.isEnabled()
    monkeypatch.undo()  # the laptop window is an ordinary file database
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    server_path = ctx.db.path
    ctx.db.close()  # one writer per file: the laptop's window opens the "server" itself
    with open_database(laptop_file) as laptop:
        lap_ctx = make_context(laptop)
        lap_ctx.qsettings = ctx.qsettings
        lap_ctx.tasks.synchronous = True
        with laptop.session() as s:
            [laptop_id] = [m.id for m in list_meetings_of(s)]
            item = meeting_detail(s, laptop_id).items[0].id
            agenda.save_notes(s, item, "In de zaal genotuleerd")
        lap_view = show(MeetingsView(lap_ctx))
        lap_view.refresh()
        lap_view.select_meeting(laptop_id)
        assert lap_view.checkout.bring_button.isEnabled()
        lap_view.checkout.bring_button.click()
        assert "Teruggebracht" in said[-1] or "Brought back" in said[-1]
        lap_view.select_meeting(laptop_id)
        assert not lap_view.checkout.bring_button.isEnabled()
    with open_database(server_path) as server, server.session() as s:
        notes = [i.notes for i in meeting_detail(s, meeting_id).items]
        assert "In de zaal genotuleerd" in notes


def list_meetings_of(session):
    from spitsregio_desktop.services.meetings import list_meetings

    return list_meetings(session)
