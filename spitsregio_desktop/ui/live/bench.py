"""Keystroke latency of the live notes field, and a realistic meeting to measure it on.

`live_keystroke_ms(db_path)` works on a copy of the database (the original is never
touched): it plans a meeting in the copy (or uses `meeting_id`), opens live minute-taking,
posts ~300 key events at typing speed while the autosave runs, and measures for each the
time from posting the event to the notes field having painted the character. Returns the
p95 in milliseconds (budget 16 ms).

`sample_meeting(session)` plans a short Burgemeestersoverleg meeting (standard agenda plus
two items, invitations with answers); the tests, the screenshot and the bench use it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy.orm import Session

SAMPLE_TEXT = (
    "De voorzitter licht het mobiliteitsplan toe. Interleuven vraagt de gemeenten hun "
    "parkeerbeleid af te stemmen op de nieuwe busassen; Leuven en Herent zijn akkoord. "
)


def sample_meeting(session: Session, day: dt.date | None = None) -> int:
    """A planned BO meeting with a realistic agenda and answered invitations; its id."""
    from ...services import agenda, attendance, meetings

    day = day or dt.date.today()
    meeting_id = meetings.create_meeting(session, meetings.MeetingInput(
        body="BO", date=day, start_time="09:00", end_time="11:00",
        location="Provinciehuis Leuven, zaal Vlaams-Brabant"))
    for title, kind, minutes, presenter in (  # each lands before "Varia"
        ("Mobiliteitsplan Spitsregio: stand van zaken", "discussion", 20, "Interleuven"),
        ("Kinderopvang: gezamenlijke aanvraag bij het Agentschap", "decision", 15,
         "Burgemeester Leuven"),
        ("Woonbeleid: regionale woonraad", "information", 10, ""),
    ):
        agenda.add_item(session, meeting_id, title, kind=kind, duration_minutes=minutes,
                        presenter=presenter)
    attendance.invite_members(session, meeting_id)
    detail = meetings.meeting_detail(session, meeting_id)
    for index, inv in enumerate(detail.invitations):
        answer = "excused" if index % 7 == 3 else ("no_answer" if index % 11 == 5 else "coming")
        attendance.set_answer(session, meeting_id, inv.person_id, answer)
    return meeting_id


def _copy_database(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def live_keystroke_ms(db_path: Path | str, meeting_id: int | None = None, keys: int = 300,
                      interval_ms: float = 25.0) -> float:
    """p95 of post-to-paint latency of `keys` keystrokes in the live notes, autosave running."""
    samples = keystroke_samples(db_path, meeting_id, keys, interval_ms)
    return statistics.quantiles(samples, n=20)[-1]


def keystroke_samples(db_path: Path | str, meeting_id: int | None = None, keys: int = 300,
                      interval_ms: float = 25.0) -> list[float]:
    """Post-to-paint milliseconds of each keystroke (see live_keystroke_ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent

    from ...storage.database import open_database
    from ..app import ensure_app, make_context
    from .live_view import LiveView

    app = ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.sqlite"
        _copy_database(Path(db_path), copy)
        db = open_database(copy, backup_on_start=False)
        try:
            if meeting_id is None:  # a new meeting, as on the day itself
                with db.session() as s:
                    meeting_id = sample_meeting(s)
            ctx = make_context(db)
            ctx.qsettings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
            view = LiveView(ctx, meeting_id)
            view.resize(1280, 800)
            view.show()
            app.processEvents()
            editor = view.notes
            editor.setFocus()
            samples: list[float] = []
            text = (SAMPLE_TEXT * (keys // len(SAMPLE_TEXT) + 1))[:keys]
            for char in text:
                start = time.perf_counter()
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.postEvent(editor, QKeyEvent(
                        kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
                app.processEvents()  # delivers the key (and any due autosave)
                editor.viewport().repaint()  # the character is on screen
                samples.append((time.perf_counter() - start) * 1000)
                pause_until = start + interval_ms / 1000
                while time.perf_counter() < pause_until:  # timers (autosave) run meanwhile
                    app.processEvents()
                    time.sleep(0.001)
            view.flush()
            view.close()
            view.deleteLater()
            app.processEvents()
        finally:
            db.close()
    return samples


if __name__ == "__main__":  # python -m spitsregio_desktop.ui.live.bench DB
    import sys

    found = keystroke_samples(sys.argv[1])
    print(f"live_keystroke_ms p95 {statistics.quantiles(found, n=20)[-1]:.2f} "
          f"p50 {statistics.median(found):.2f} max {max(found):.2f}")
