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
