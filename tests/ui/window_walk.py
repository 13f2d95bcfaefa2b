"""Walk the real window on a laptop-sized screen and report what a user would notice.

Run as a child process (Qt's screen size is fixed when QApplication starts):
    python tests/ui/window_walk.py WIDTH HEIGHT [--checks fit,lists,clip,names]
with QT_SCALE_FACTOR in the environment for 125/150 %. Prints one JSON object: the screen,
the window's frame, and a list of findings (each a short sentence naming page and widget).
The offscreen platform takes its screen from a JSON file (`configfile=`).
"""

from __future__ import annotations

import json  # noqa: I001
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def offscreen_argv(width: int, height: int, tmp: Path) -> list[str]:
    config = tmp / "screen.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": True,
                "windowFrameMargins": False,
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    return ["spitsregio", "-platform", f"offscreen:configfile={config}"]


def build_window(width: int, height: int):
    """The main window on a one-year demo database, in Dutch, as at a first start."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    tmp = Path(tempfile.mkdtemp(prefix="spitsregio-walk-"))
    from PySide6.QtCore import QSettings

    from spitsregio_desktop.services.demo import generate_demo
    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.ui.app import ensure_app, make_context
    from spitsregio_desktop.ui.i18n import install_translators
    from spitsregio_desktop.ui.tasks import TaskRunner

    app = ensure_app(offscreen_argv(width, height, tmp))
    install_translators(app, "nl")
    db = open_database(tmp / "demo.sqlite", backup_on_start=False)
    with db.session() as session:
        generate_demo(session, years=1)
    TaskRunner.synchronous = True
    ctx = make_context(db)
    ctx.qsettings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    from spitsregio_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    settle(app)
    return app, window, db


def settle(app) -> None:
    for _ in range(4):
        app.processEvents()


def pages(app, window, db):
    """(name, root widget) of every page as the user reaches it, shown in turn."""
    from spitsregio_desktop.services.meetings import list_meetings
    from spitsregio_desktop.storage.enums import MeetingStatus

    window.show_view(0)
    settle(app)
    yield "Vergaderingen", window.stack.currentWidget()
    with db.session() as session:
        meetings = list_meetings(session)
    draft = next(m for m in meetings if m.status == MeetingStatus.MINUTES_DRAFT)
    window.open_meeting(draft.id)
    screen = window.meetings_view.screen
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        settle(app)
        yield f"Vergadering/{screen.tabs.tabText(index)}", window.stack.currentWidget()
    for index in range(1, len(window._pages)):
        window.show_view(index)
        settle(app)
        yield window.nav.item(index).text(), window.stack.currentWidget()
    upcoming = next(m for m in reversed(meetings) if m.status == MeetingStatus.INVITED)
    window.open_live(upcoming.id)
    settle(app)
    yield "Live notulen", window.stack.currentWidget()
    window._leave_live(upcoming.id)
    settle(app)


def main(argv: list[str]) -> int:
    width, height = int(argv[0]), int(argv[1])
    checks = set(
        (argv[argv.index("--checks") + 1] if "--checks" in argv else "fit,lists,clip,names").split(
            ","
        )
    )
    from walk_checks import clip_findings, fit_findings, list_findings, name_findings

    app, window, db = build_window(width, height)
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    findings: list[str] = []
    if not available.contains(frame):
        findings.append(
            f"venster {frame.width()}×{frame.height()} op "
            f"({frame.x()},{frame.y()}) past niet in het vrije scherm "
            f"{available.width()}×{available.height()}"
        )
    if "fit" in checks:
        findings += fit_findings(window, "menu/statusbalk")
    shots = os.environ.get("WALK_SHOTS")  # a folder: each page as the user sees it
    for name, page in pages(app, window, db):
        if shots:
            safe = "".join(c if c.isalnum() else "-" for c in name.replace("&", ""))
            window.grab().save(str(Path(shots) / f"{width}x{height}-{safe}.png"))
        if not available.contains(window.frameGeometry()):
            findings.append(
                f"{name}: het venster groeit tot {window.width()}×"
                f"{window.height()}, groter dan het scherm"
            )
        if "fit" in checks:
            findings += fit_findings(page, name)
        if "lists" in checks:
            findings += list_findings(page, name)
        if "clip" in checks:
            findings += clip_findings(page, name)
        if "names" in checks:
            findings += name_findings(page, name)
    if checks & {"clip", "names", "order"}:
        from walk_dialogs import dialog_findings

        findings += dialog_findings(app, window, db, checks)
    print(
        json.dumps(
            {
                "screen": [available.width(), available.height()],
                "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                "findings": findings,
            },
            ensure_ascii=False,
        )
    )
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main(sys.argv[1:]))
