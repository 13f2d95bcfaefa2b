"""Instellingen › Database: a server URL is tried, kept without its password, or refused."""

from __future__ import annotations

from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.ui.views.settings_database import SETTING, DatabaseBox


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
    from spitsregio_desktop.ui.views.meetings import MeetingsView

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
