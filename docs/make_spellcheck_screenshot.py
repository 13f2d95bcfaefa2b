"""docs/screenshots/spellcheck.png: live minute-taking with a misspelt word underlined and the
right-click menu open on it, in Dutch: `python docs/make_spellcheck_screenshot.py`.

The menu is a window of its own, so it is grabbed separately and painted onto the grab of
the live view where it opened.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots" / "spellcheck.png"

NOTES_END = (
    "Discussie over de timing: de burgemeesters vragen om de werken te spreiden.\n"
    "- Herent en Kortenberg starten in het voorjaar\n"
    "- Leuven volgt na de zomer\n"
    "De vorzitter stelt voor om in maart opnieuw te bespreken."
)


def main() -> None:
    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtGui import QPainter, QTextCursor

    from bench.meetings import fill_in_progress, sample_meeting
    from spitsregio_desktop.services.spelling import SpellChecker
    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.ui.app import ensure_app, make_context
    from spitsregio_desktop.ui.common import spellcheck
    from spitsregio_desktop.ui.i18n import install_translators
    from spitsregio_desktop.ui.live.live_view import LiveView

    app = ensure_app()
    install_translators(app, "nl")
    tmp = Path(tempfile.mkdtemp(prefix="spitsregio-spell-"))
    service = spellcheck.SpellService(SpellChecker(tmp / "woordenlijst.txt"))
    spellcheck.use_service(service)
    db = open_database(tmp / "shot.sqlite", backup_on_start=False)
    with db.session() as s:
        meeting_id = sample_meeting(s)
        fill_in_progress(s, meeting_id)
    ctx = make_context(db)
    ctx.qsettings = QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat)
    view = LiveView(ctx, meeting_id)
    view.resize(1280, 800)
    view.show()
    deadline = time.monotonic() + 20
    while not service.checker.loaded and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    editor = view.notes
    text = editor.toPlainText()
    cut = text.rfind("Discussie over de timing:")
    editor.setPlainText((text[:cut] if cut >= 0 else text + "\n\n") + NOTES_END)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for _ in range(5):
        app.processEvents()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().rindex("vorzitter") + 4)
    rect = editor.cursorRect(cursor)
    menu = spellcheck.spelling_menu(editor, rect.center(), service)
    menu.popup(editor.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 4)))
    for _ in range(5):
        app.processEvents()
    shot = view.grab()
    painter = QPainter(shot)
    painter.drawPixmap(view.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    shot.save(str(OUT))
    print(OUT, "underlined:", spellcheck.marked_words(editor.document()))
    menu.hide()
    view.close()
    db.close()


if __name__ == "__main__":
    main()
