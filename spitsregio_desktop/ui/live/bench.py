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


def fill_in_progress(session: Session, meeting_id: int) -> int:
    """The meeting half-way: notes, decisions, actions, a late arrival; the current item."""
    from ...services import agenda, attendance, meetings
    from ...services.actions import add_action
    from ...services.decisions import add_decision
    from ...services.live import owner_candidates, resolve_owner

    items = meetings.meeting_detail(session, meeting_id).items
    owners = owner_candidates(session)
    texts = [
        "De voorzitter opent de vergadering om 9.05 uur en verwelkomt de burgemeesters. "
        "De agenda wordt goedgekeurd zonder wijzigingen.",
        "Het verslag van de vorige vergadering wordt goedgekeurd.",
        "Burgemeester Leuven meldt dat de werken aan de Vaartkom in maart starten. "
        "Interleuven bezorgt de planning aan alle gemeenten.",
        "Van de 12 openstaande actiepunten zijn er 9 afgerond; de rest loopt.",
    ]
    for item, text in zip(items, texts, strict=False):
        agenda.save_notes(session, item.id, text)
        agenda.update_item(session, item.id, done=True)
    current = items[4]
    agenda.save_notes(session, current.id, (
        "Interleuven stelt de stand van zaken voor: zes busassen zijn uitgetekend, twee "
        "fietsostrades zitten in de aanbesteding.\n\n"
        "Herent en Kortenberg vragen de parkeerregels langs de assen op elkaar af te "
        "stemmen. Leuven is akkoord, op voorwaarde dat de handhaving gemeentelijk blijft.\n\n"
        "Discussie over de timing: "))
    add_decision(session, items[1].id, "Het verslag van de vergadering van 23 oktober wordt "
                 "goedgekeurd.")
    add_decision(session, current.id, "Het overleg keurt het tracé van de busassen goed.",
                 24, 2, 1)
    for what, who, due in (
        ("Parkeerbeleid langs de busassen afstemmen", "burgemeester leuven", 49),
        ("Planning fietsostrades bezorgen aan de gemeenten", "interleuven", 14),
    ):
        owner = resolve_owner(owners, who)
        add_action(session, current.id, what,
                   owner_person_id=owner.person_id if owner else None,
                   owner_organisation_id=owner.organisation_id if owner else None,
                   due_date=dt.date.today() + dt.timedelta(days=due))
    attendance.prefill_attendance(session, meeting_id)
    late = next(r for r in meetings.meeting_detail(session, meeting_id).attendance
                if r.presence.value == "absent")
    attendance.mark_arrival(session, meeting_id, late.person_id, at="09:40",
                            from_item_id=items[2].id)
    meetings.set_live_item(session, meeting_id, current.id)
    return current.id


def make_screenshot(out: Path | str, width: int = 1280, height: int = 800,
                    action_entry: bool = False) -> Path:
    """docs/screenshots/live.png: a realistic meeting in progress (optionally with a new
    action being typed: owner list open, due date understood)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor

    from ...storage.database import open_database
    from ..app import ensure_app, make_context
    from .live_view import LiveView

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

if __name__ == "__main__":  # python -m spitsregio_desktop.ui.live.bench DB
    import sys

    found = keystroke_samples(sys.argv[1])
    print(f"live_keystroke_ms p95 {statistics.quantiles(found, n=20)[-1]:.2f} "
          f"p50 {statistics.median(found):.2f} max {max(found):.2f}")
