"""Screenshots of the window as a Dutch-speaking user sees it: `python docs/make_screenshots.py`.

Opens the real main window offscreen, in Dutch, on a fresh one-year demo database, on the
laptop screens the secretariat has, and grabs every view, every tab of a meeting, live
minute-taking and the search window into docs/screenshots/:
- 1366×768 at 100 % (the window as it first opens there): docs/screenshots/*.png;
- 1920×1080 at 150 % (1280×720 logical pixels, grabbed sharp): docs/screenshots/150/*.png.
Each screen is a child process, since Qt fixes the screen when the application starts.
Re-run it after a change to the window. With `--documents` it makes only the document
pages (and the minutes' PDF beside their Word rendering), no window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
# (width, height, scale, folder): what laptops ship with
SCREENS = [(1366, 768, "1", OUT), (1920, 1080, "1.5", OUT / "150")]


def screen_argv(width: int, height: int, tmp: Path) -> list[str]:
    """Qt's offscreen platform with one screen of this size (its JSON configuration)."""
    config = tmp / "screen.json"
    config.write_text(
        json.dumps(
            {
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
                ]
            }
        )
    )
    return [sys.argv[0], "-platform", f"offscreen:configfile={config}"]


def main() -> None:
    if "--screen" in sys.argv:
        width, height, out = sys.argv[sys.argv.index("--screen") + 1 :][:3]
        shoot(int(width), int(height), Path(out))
        return
    for width, height, scale, out in SCREENS:
        out.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, QT_SCALE_FACTOR=scale)
        subprocess.run(
            [sys.executable, __file__, "--screen", str(width), str(height), str(out)],
            env=env,
            check=True,
        )


def shoot(width: int, height: int, out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from spitsregio_desktop.services.demo import generate_demo
    from spitsregio_desktop.services.meetings import list_meetings
    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.storage.enums import MeetingStatus
    from spitsregio_desktop.ui.app import ensure_app, make_context
    from spitsregio_desktop.ui.i18n import install_translators
    from spitsregio_desktop.ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp(prefix="spitsregio-shots-"))
    app = ensure_app(screen_argv(width, height, tmp))
    install_translators(app, "nl")
    full = out == OUT  # the 150 % set: the main screens only
    db = open_database(tmp / "demo.sqlite", backup_on_start=False)
    with db.session() as session:
        generate_demo(session, years=1)
        meetings = list_meetings(session)
    ctx = make_context(db)
    ctx.tasks.synchronous = True
    ctx.qsettings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx)  # placed as at a first start on this screen
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def grab(name: str, widget=None) -> None:
        settle()
        (widget or window).grab().save(str(out / f"{name}.png"))
        print("wrote", out / name)

    grab("meetings")
    draft = next(m for m in meetings if m.status == MeetingStatus.MINUTES_DRAFT)
    window.open_meeting(draft.id)
    screen = window.meetings_view.screen
    for index, name in enumerate(("details", "agenda", "attendance", "minutes", "documents")):
        screen.tabs.setCurrentIndex(index)
        if name == "agenda":  # an item with decisions, its decisions shown under the notes
            item = next(i for i in screen.detail.items if i.decisions and i.actions)
            screen.show_item(item.id)
            screen.agenda.editor.outcome_tabs.setCurrentIndex(1)
        grab(f"meeting-{name}")
    for index, name in enumerate(
        ("meetings", "members", "actions", "decisions", "objectives", "attendance", "settings")
    ):
        if index == 0:
            continue
        window.show_view(index)
        grab(name)
    window.show_view(0)
    upcoming = next(m for m in reversed(meetings) if m.status == MeetingStatus.INVITED)
    window.open_live(upcoming.id)
    live = window.live_view
    if live.roll_call.isVisible():  # the roll call first: a few keyed, the rest still open
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        for key in (Qt.Key.Key_A, Qt.Key.Key_V, Qt.Key.Key_A):
            QTest.keyClick(live.roll_call.list, key)
        grab("live-roll-call")
        live._roll_call_finished()
    grab("live")
    live.new_action()  # the action panel: what, owner, due date read back in full
    entry = live.action_entry
    entry.what.setText("Fietsroute langs de Dijle uittekenen")
    entry.owner.setText("Interleuven")
    entry.due.setText("over 2 weken")
    grab("live-action")
    live._entry_cancelled()
    window._leave_live(upcoming.id)
    if not full:
        window.close()
        db.close()
        return
    from spitsregio_desktop.services.people import list_persons, save_person
    from spitsregio_desktop.ui.meetings.mail_actions import MailConfirmDialog, plan_mail

    with db.session() as session:  # two members without an address, as in real life
        for person in [p for p in list_persons(session) if p.email][:2]:
            save_person(
                session,
                person.id,
                name=person.name,
                function=person.function,
                email="",
                phone=person.phone,
                organisation_id=person.organisation_id,
            )
        plan = plan_mail(session, upcoming.id)
    confirm = MailConfirmDialog("invitation", plan, window)
    confirm.show()
    grab("mail-confirm", confirm)
    confirm.close()
    window.show_search()
    dialog = window.search_dialog
    dialog.field.setText("mobiliteit")
    dialog.run_search()
    dialog.resize(900, 560)
    grab("search", dialog)
    dialog.close()
    documents(
        db,
        next(
            m for m in meetings if m.status == MeetingStatus.MINUTES_DRAFT and m.body_short == "TF"
        ),
        tmp,
    )
    window.close()
    QApplication.processEvents()
    db.close()


def documents_only() -> None:
    """`python docs/make_screenshots.py --documents`: the document pages, without a window."""
    from spitsregio_desktop.services.demo import generate_demo
    from spitsregio_desktop.services.meetings import list_meetings
    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.storage.enums import MeetingStatus

    tmp = Path(tempfile.mkdtemp(prefix="spitsregio-docs-"))
    db = open_database(tmp / "demo.sqlite", backup_on_start=False)
    with db.session() as session:
        generate_demo(session, years=1)
        meetings = list_meetings(session)
    documents(
        db,
        next(
            m for m in meetings if m.status == MeetingStatus.MINUTES_DRAFT and m.body_short == "TF"
        ),
        tmp,
    )
    db.close()


def pdf_vs_word(db, meeting, tmp: Path) -> None:
    """The minutes' first page as PDF beside the DOCX as LibreOffice renders it."""
    import shutil
    import subprocess

    from PIL import Image

    from spitsregio_desktop.documents.export import export_document

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("soffice missing: doc-minutes-pdf-vs-word not made")
        return
    with db.session() as session:
        export_document(session, meeting.id, "minutes", "docx", tmp / "word.docx")
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp / 'lo'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp / "lo-out"),
            str(tmp / "word.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(tmp / "lo-out" / "word.pdf"),
            str(tmp / "word"),
        ],
        check=True,
    )
    pdf, word = Image.open(OUT / "doc-minutes.png"), Image.open(tmp / "word.png")
    both = Image.new("RGB", (pdf.width + word.width + 12, max(pdf.height, word.height)), "#8a8a8a")
    both.paste(pdf, (0, 0))
    both.paste(word, (pdf.width + 12, 0))
    both.save(OUT / "doc-minutes-pdf-vs-word.png", optimize=True)
    print("wrote doc-minutes-pdf-vs-word")


def documents(db, meeting, tmp: Path) -> None:
    """First page of each document of a Taskforce meeting (ESF: with the EU emblem)."""
    import shutil

    from spitsregio_desktop.documents.export import export_document

    if shutil.which("pdftoppm") is None:
        print("pdftoppm missing: document pages not made")
        return
    for kind in ("invitation", "agenda", "attendance-sheet", "minutes", "decisions", "actions"):
        pdf = tmp / f"{kind}.pdf"
        with db.session() as session:
            export_document(session, meeting.id, kind, "pdf", pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(OUT / f"doc-{kind}"),
            ],
            check=True,
        )
        print("wrote", f"doc-{kind}")
    pdf_vs_word(db, meeting, tmp)


if __name__ == "__main__":
    documents_only() if "--documents" in sys.argv else main()
