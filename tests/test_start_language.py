"""The window's language is read before the window is built, through a plain connection
(no ORM yet, issue 18): it is the language the settings hold, on SQLite and PostgreSQL."""

from __future__ import annotations

from spitsregio_desktop.services.settings import save_settings, start_language


def test_the_language_read_at_start_is_the_saved_one(database):
    assert start_language(database) == "nl"  # the default
    with database.session() as s:
        save_settings(s, language="en")
    assert start_language(database) == "en"
