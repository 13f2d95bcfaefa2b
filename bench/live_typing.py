"""Keystroke latency of the live notes field: `python -m bench.live_typing DB` (bench/run.py's
`live_keystroke_ms` figure), and the live screenshot of a meeting in progress.

`live_keystroke_ms(db_path)` works on a copy of the database (the original is never
touched): it plans a meeting in the copy (or uses `meeting_id`), opens live minute-taking,
posts ~300 key events at typing speed while the autosave runs, and measures for each the
time from posting the event to the notes field having painted the character. Returns the
p95 in milliseconds (budget 16 ms).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/…py` from a checkout
    sys.path.insert(0, str(ROOT))

from bench.meetings import fill_in_progress, roll_call_taken, sample_meeting  # noqa: E402

SAMPLE_TEXT = (
    "De voorzitter licht het mobiliteitsplan toe. Interleuven vraagt de gemeenten hun "
    "parkeerbeleid af te stemmen op de nieuwe busassen; Leuven en Herent zijn akkoord. "
)


def _copy_database(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def live_keystroke_ms(
    db_path: Path | str, meeting_id: int | None = None, keys: int = 300, interval_ms: float = 25.0
) -> float:
    """p95 of post-to-paint latency of `keys` keystrokes in the live notes, autosave running."""
    samples = keystroke_samples(db_path, meeting_id, keys, interval_ms)
    return statistics.quantiles(samples, n=20)[-1]


def keystroke_samples(
    db_path: Path | str, meeting_id: int | None = None, keys: int = 300, interval_ms: float = 25.0
) -> list[float]:
    """Post-to-paint milliseconds of each keystroke (see live_keystroke_ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent

    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.ui.app import ensure_app, make_context
    from spitsregio_desktop.ui.live.live_view import LiveView

    app = ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.sqlite"
        _copy_database(Path(db_path), copy)
        db = open_database(copy, backup_on_start=False)
        try:
            if meeting_id is None:  # a new meeting, as on the day itself
                with db.session() as s:
                    meeting_id = sample_meeting(s)
                    roll_call_taken(s, meeting_id)  # typed in the notes, not the roll call
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
                    QCoreApplication.postEvent(
                        editor,
                        QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char),
                    )
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


def make_screenshot(
    out: Path | str, width: int = 1280, height: int = 800, action_entry: bool = False
) -> Path:
    """docs/screenshots/live.png: a realistic meeting in progress (optionally with a new
    action being typed: owner list open, due date understood)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor

    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.ui.app import ensure_app, make_context
    from spitsregio_desktop.ui.live.live_view import LiveView

    app = ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shot.sqlite", backup_on_start=False)
        try:
            with db.session() as s:
                meeting_id = sample_meeting(s)
                fill_in_progress(s, meeting_id)
            ctx = make_context(db)
            ctx.qsettings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
            view = LiveView(ctx, meeting_id)
            view.clock.times._since -= 17 * 60 + 12  # 17 minutes into the item
            view.clock.started_at = dt.datetime.now() - dt.timedelta(minutes=52, seconds=40)
            view.notes.moveCursor(QTextCursor.MoveOperation.End)
            view.resize(width, height)
            view.show()
            view.activateWindow()
            view.clock.tick()
            for _ in range(5):
                app.processEvents()
            if action_entry:
                _type_action(view, app)
            out = Path(out)
            out.parent.mkdir(parents=True, exist_ok=True)
            _grab(view, str(out))
            view.close()
        finally:
            db.close()
    return out


def _type_action(view, app) -> None:
    """A new action being typed: owner picked from "leuv" with ↓↓ Enter, due in words."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view.new_action()
    entry = view.action_entry
    QTest.keyClicks(entry.what, "Timing fietsostrades afstemmen met De Lijn")
    entry.owner.setFocus()
    QTest.keyClicks(entry.owner, "leuv")
    popup = entry.owner.picker.popup()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
        QTest.keyClick(popup, key)
    QTest.keyClicks(entry.due, "volgende vrijdag")
    for _ in range(5):
        app.processEvents()


def _grab(view, path: str) -> None:
    view.grab().save(path)


if __name__ == "__main__":  # python -m bench.live_typing DB
    import sys

    found = keystroke_samples(sys.argv[1])
    print(
        f"live_keystroke_ms p95 {statistics.quantiles(found, n=20)[-1]:.2f} "
        f"p50 {statistics.median(found):.2f} max {max(found):.2f}"
    )
