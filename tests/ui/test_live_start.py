"""The command-line contract `spitsregio --db PATH --live ID`: the window opens in live
minute-taking on meeting ID with the cursor in the first item's notes; the roll call comes
first only while someone's attendance is not recorded (issue 14).

Run in process through `cli.main` (the console script's code path, offscreen): the event
loop is replaced by a check of what the window shows once it has started. Settings go to
a temporary file and the Dutch translators the start installs are taken out afterwards,
so the other tests keep their window.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from roll_call_data import record_everyone  # noqa: E402

from bench.meetings import sample_meeting  # noqa: E402
from spitsregio_desktop import cli  # noqa: E402
from spitsregio_desktop.services import attendance, meetings  # noqa: E402
from spitsregio_desktop.services.roll_call import unrecorded_people  # noqa: E402
from spitsregio_desktop.storage.database import open_database  # noqa: E402
from spitsregio_desktop.ui import app as app_module  # noqa: E402
from spitsregio_desktop.ui import i18n  # noqa: E402
from spitsregio_desktop.ui.live.live_view import LiveView  # noqa: E402
from spitsregio_desktop.ui.main_window import MainWindow  # noqa: E402
from spitsregio_desktop.ui.tasks import TaskRunner  # noqa: E402


def _meeting(path: Path, everyone_recorded: bool) -> tuple[int, int]:
    """A planned meeting with answered invitations; its id and its first item's id."""
    db = open_database(path, backup_on_start=False)
    try:
        with db.session() as s:
            meeting_id = sample_meeting(s)
            if everyone_recorded:
                attendance.fill_from_answers(s, meeting_id)
                record_everyone(s, meeting_id)
            assert bool(unrecorded_people(s, meeting_id)) != everyone_recorded
            return meeting_id, meetings.meeting_detail(s, meeting_id).items[0].id
    finally:
        db.close()


@pytest.fixture
def started(qapp, qtbot, tmp_path, monkeypatch):
    """Runs `spitsregio --db PATH --live ID`; returns what the window showed at start."""
    monkeypatch.setattr(TaskRunner, "synchronous", True)  # the start backup, inline
    monkeypatch.setattr(
        app_module,
        "make_qsettings",
        lambda *_a: QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
    )
    locale = QLocale()
    seen: dict[str, object] = {}

    def event_loop(*_args) -> int:
        (window,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        live = window.live_view
        assert isinstance(live, LiveView)
        window.activateWindow()  # a desktop activates a new window; offscreen, say it
        qtbot.waitUntil(lambda: QApplication.focusWidget() in (live.notes, live.roll_call.list))
        qtbot.wait(500)  # and it stays there once the start's delayed work has run
        seen.update(
            meeting=live.meeting_id,
            item=live.current_id,
            focus=QApplication.focusWidget(),
            notes=live.notes,
            roll_call=live.roll_call.list,
            roll_call_shown=live.roll_call.isVisible(),
        )
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)

    def start(path: Path, meeting_id: int) -> dict[str, object]:
        try:
            assert cli.main(["--db", str(path), "--live", str(meeting_id)]) == 0
        finally:
            for translator in i18n._installed:  # the start installs Dutch: take it out
                qapp.removeTranslator(translator)
            i18n._installed.clear()
            QLocale.setDefault(locale)
        return seen

    return start


def test_everyone_recorded_live_starts_in_the_first_items_notes(started, tmp_path):
    path = tmp_path / "live.sqlite"
    meeting_id, first_item = _meeting(path, everyone_recorded=True)
    seen = started(path, meeting_id)
    assert seen["meeting"] == meeting_id and seen["item"] == first_item
    assert seen["focus"] is seen["notes"]
    assert not seen["roll_call_shown"]


def test_someone_unrecorded_live_starts_with_the_roll_call(started, tmp_path):
    path = tmp_path / "live.sqlite"
    meeting_id, first_item = _meeting(path, everyone_recorded=False)
    seen = started(path, meeting_id)
    assert seen["meeting"] == meeting_id and seen["item"] == first_item
    assert seen["roll_call_shown"] and seen["focus"] is seen["roll_call"]
