"""Going live on a closed meeting asks, in a real QInputDialog, why it is reopened.

Seen: that dialog ended the whole program with a segmentation fault. The app-wide filter
that names controls for screen readers met a label the static dialog had already deleted;
an exception leaving a Qt event filter kills the process under PySide6. The real window runs
in a child process here, so a crash is a failed test and not a dead test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog
from spitsregio_desktop.services.demo import generate_demo
from spitsregio_desktop.services.live_guard import reopen_question
from spitsregio_desktop.services.meetings import list_meetings
from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.ui.app import ensure_app, make_context
from spitsregio_desktop.ui.i18n import install_translators
from spitsregio_desktop.ui.main_window import MainWindow

app = ensure_app()
install_translators(app, "nl")
db = open_database(sys.argv[1], backup_on_start=False)
with db.session() as s:
    generate_demo(s, years=1)
    closed = next(m for m in list_meetings(s) if reopen_question(s, m.id))
window = MainWindow(make_context(db))
window.show()
asked = []

def answer():
    for top in app.topLevelWidgets():
        if isinstance(top, QInputDialog) and top.isVisible():
            asked.append(top.labelText())
            top.reject()

QTimer.singleShot(500, answer)
window.open_live(closed.id)
print("asked" if asked else "not asked", "live" if window.live_view is not None else "not live")
"""


def test_the_reopen_question_does_not_end_the_program(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "demo.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # the question was shown, and declining it keeps the closed meeting out of live mode
    assert done.stdout.strip().splitlines()[-1] == "asked not live"
