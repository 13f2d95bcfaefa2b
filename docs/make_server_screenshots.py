"""What several people on one database see, in Dutch at 1366×768:
`python docs/make_server_screenshots.py` writes docs/screenshots/server-checked-out.png (a
meeting taken along to a laptop, read-only with the banner) and server-conflict.png (the
dialog when someone else saved the notes first). Both situations are made as the tests
make them: a second session writes through the services, as a second window would.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    from make_screenshots import screen_argv
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from spitsregio_desktop.services import agenda
    from spitsregio_desktop.services.checkout import Who, check_out
    from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details
    from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.ui.app import ensure_app, make_context
    from spitsregio_desktop.ui.common.conflict import ConflictDialog
    from spitsregio_desktop.ui.i18n import install_translators
    from spitsregio_desktop.ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp(prefix="spitsregio-server-shots-"))
    app = ensure_app(screen_argv(1366, 768, tmp))
    install_translators(app, "nl")
    db = open_database(tmp / "server.sqlite", backup_on_start=False)
    with db.session() as s:
        demo_secretariat_details(s)
        taken = create_meeting(s, MeetingInput("BO", "2026-12-10", "09:00", "11:00", "Leuven"))
        agenda.add_item(s, taken, "Fietssnelweg F25")
        shared = create_meeting(s, MeetingInput("TF", "2026-12-17", "14:00", "16:00", "Leuven"))
        item = agenda.add_item(s, shared, "Mobiliteitsplan: stand van zaken")
    with open_database(tmp / "laptop.sqlite") as laptop, db.session() as s, laptop.session() as lap:
        check_out(s, lap, taken, str(db.path), Who("anna", "LAPTOP-ZAAL"))
    ctx = make_context(db)
    ctx.tasks.synchronous = True
    ctx.qsettings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx)
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    window.open_meeting(taken)
    settle()
    window.grab().save(str(OUT / "server-checked-out.png"))

    window.open_meeting(shared)
    screen = window.meetings_view.screen
    screen.show_item(item)
    settle()
    with db.session() as s:  # someone else saves the notes first
        agenda.save_notes(
            s,
            item,
            "De provincie licht de stand van zaken toe; de timing "
            "van fase 2 schuift naar het voorjaar.",
        )
    editor = screen.agenda.editor
    editor.notes.setFocus()
    editor.notes.insertPlainText("Geen opmerkingen van de leden.")

    def shoot() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(10, shoot)
            return
        settle()
        dialog.grab().save(str(OUT / "server-conflict.png"))
        dialog.accept()

    QTimer.singleShot(0, shoot)
    editor.flush()
    window.close()
    db.close()
    print("wrote", OUT / "server-checked-out.png", OUT / "server-conflict.png")


if __name__ == "__main__":
    main()
