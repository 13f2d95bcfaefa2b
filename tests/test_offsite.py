"""A copy off the laptop (issue 12): verified backups in a second folder, daily and after a
meeting is closed; a warning when the last one is more than a week old."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.offsite import (
    choose_offsite_folder,
    make_offsite_backup,
    offsite_due,
    offsite_status,
    record_offsite_backup,
)
from spitsregio_desktop.storage.errors import StorageError
from spitsregio_desktop.storage.identity import APPLICATION_ID


@pytest.mark.sqlite_only  # copies the SQLite file; a server is backed up with pg_dump
def test_a_verified_copy_goes_to_the_second_folder(database, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    with database.session() as s:
        assert offsite_due(s) is None and not offsite_status(s).overdue  # nothing chosen
        choose_offsite_folder(s, str(stick))
        assert offsite_due(s) == stick  # never made: due now
        assert offsite_status(s).overdue
    target = make_offsite_backup(database.path, stick)
    assert target.parent == stick and target.name.endswith("-offsite.sqlite")
    con = sqlite3.connect(target)
    try:  # a self-contained, sound copy of ours (not the live file with its -wal)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        con.close()
    assert not list(stick.glob("*-wal")) and not list(stick.glob("*.partial"))
    now = dt.datetime(2026, 12, 10, 12, 0)
    with database.session() as s:
        record_offsite_backup(s, now)
        assert offsite_due(s, now + dt.timedelta(hours=23)) is None
        assert offsite_due(s, now + dt.timedelta(days=1)) == stick  # at least daily
        assert not offsite_status(s, now + dt.timedelta(days=7)).overdue
        late = offsite_status(s, now + dt.timedelta(days=8))
    assert late.overdue and "meer dan een week" in late.text()
    assert "10/12/2026 12:00" in late.text()


def test_an_unreachable_folder_is_said_not_hidden(database, tmp_path: Path) -> None:
    with database.session() as s, pytest.raises(ValidationError):
        choose_offsite_folder(s, str(tmp_path / "weg"))
    with pytest.raises(StorageError, match="niet bereikbaar"):
        make_offsite_backup(database.path, tmp_path / "weg")
