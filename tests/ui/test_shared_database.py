"""Several people on one database (issue 19), seen through the window.

User A is the window (an AppContext on the database); user B is another session on the
same database writing through the services, as a second window would. Every test runs on
SQLite and, with SPITSREGIO_TEST_PG_URL, on PostgreSQL (the `database` fixture's
parameter).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: E402

from spitsregio_desktop.services import actions, agenda, decisions  # noqa: E402
from spitsregio_desktop.services.checkout import Who, check_out  # noqa: E402
from spitsregio_desktop.services.meetings import (  # noqa: E402
    MeetingInput,
    create_meeting,
    meeting_detail,
    update_meeting,
)
from spitsregio_desktop.storage.database import Database, open_database  # noqa: E402
from spitsregio_desktop.ui.app import make_context  # noqa: E402
from spitsregio_desktop.ui.common.conflict import ConflictDialog  # noqa: E402
from spitsregio_desktop.ui.context import AppContext  # noqa: E402
from spitsregio_desktop.ui.tasks import TaskRunner  # noqa: E402

ANNA = Who(user="anna", computer="LAPTOP-ZAAL")
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def window(qapp, database: Database, tmp_path: Path, monkeypatch) -> AppContext:
    """User A: the window's context on the shared database."""
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    context = make_context(database)
    context.qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return context


@pytest.fixture
def meeting(database: Database) -> dict:
    with database.session() as s:
        meeting_id = create_meeting(s, MeetingInput("BO", "2026-12-10", "09:00", "11:00", "Leuven"))
        item = agenda.add_item(s, meeting_id, "Fietssnelweg F25")
        decision = decisions.add_decision(s, item, "Het overleg neemt kennis.")
    return {"meeting": meeting_id, "item": item, "decision": decision}


def as_b(database: Database, fn, *args, **kwargs):
    """User B: another session on the same database, saving through the services."""
    with database.session() as s:
        return fn(s, *args, **kwargs)


def item_row(database: Database, meeting_id: int, item_id: int):
    with database.session() as s:
        return next(i for i in meeting_detail(s, meeting_id).items if i.id == item_id)


def answer_conflict(shot: Path | None = None) -> dict:
    """Wait for the conflict dialog, read it as a person would, copy mine, take theirs."""
    seen: dict = {}

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(10, handle)
            return
        seen["title"] = dialog.windowTitle()
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(type(dialog.copied)))
        seen["theirs"] = {name: e.toPlainText() for name, e in dialog.theirs.items()}
        seen["yours"] = {name: e.toPlainText() for name, e in dialog.yours.items()}
        if shot is not None:
            dialog.resize(max(dialog.width(), 700), dialog.sizeHint().height())
            seen["shot"] = dialog.grab().save(str(shot))
        dialog.copy_button.click()
        seen["clipboard"] = QApplication.clipboard().text()
        dialog.accept()

    QTimer.singleShot(0, handle)
    return seen


def test_notes_saved_by_b_are_not_overwritten_by_a(
    window, database, meeting, show, qtbot, tmp_path
):
    from spitsregio_desktop.ui.meetings.agenda_tab import AgendaTab

    tab = AgendaTab(window)
    tab.load(meeting["meeting"])
    show(tab, 1366, 768)
    tab.select(meeting["item"])  # A opens the item's notes
    assert tab.editor.notes.toPlainText() == ""
    version = item_row(database, meeting["meeting"], meeting["item"]).row_version
    as_b(database, agenda.save_notes, meeting["item"], "B: de provincie licht het tracé toe.")

    tab.editor.notes.setFocus()
    tab.editor.notes.insertPlainText("A: geen bezwaren.")
    seen = answer_conflict(tmp_path / "conflict.png")
    assert not tab.editor.flush()  # A's save is refused

    assert seen["title"] in ("Changed by someone else", "Gewijzigd door iemand anders")
    assert "door iemand anders gewijzigd" in seen["text"]
    assert seen["theirs"] == {"notes": "B: de provincie licht het tracé toe."}
    assert seen["yours"] == {"notes": "A: geen bezwaren."}
    assert seen["clipboard"] == "A: geen bezwaren."  # A's text is not lost
    assert seen["shot"]
    now = item_row(database, meeting["meeting"], meeting["item"])
    assert now.notes == "B: de provincie licht het tracé toe."  # nothing overwritten
    assert now.row_version == version + 1
    # A's window now shows B's text and A can add to it: that save goes through
    assert tab.editor.notes.toPlainText() == "B: de provincie licht het tracé toe."
    tab.editor.notes.moveCursor(tab.editor.notes.textCursor().MoveOperation.End)
    tab.editor.notes.insertPlainText(" A: geen bezwaren.")
    assert tab.editor.flush()
    assert (
        item_row(database, meeting["meeting"], meeting["item"]).notes
        == "B: de provincie licht het tracé toe. A: geen bezwaren."
    )


def test_b_changing_another_field_does_not_refuse_a(window, database, meeting, show):
    """B renames the item while A writes its notes: both stand, no dialog."""
    from spitsregio_desktop.ui.meetings.agenda_tab import AgendaTab

    tab = AgendaTab(window)
    tab.load(meeting["meeting"])
    show(tab)
    tab.select(meeting["item"])
    as_b(database, agenda.update_item, meeting["item"], title="Fietssnelweg F25 (tracé)")
    tab.editor.notes.setFocus()
    tab.editor.notes.insertPlainText("A: geen bezwaren.")
    assert tab.editor.flush()
    now = item_row(database, meeting["meeting"], meeting["item"])
    assert (now.title, now.notes) == ("Fietssnelweg F25 (tracé)", "A: geen bezwaren.")
    # A's title field still shows the old title: changing it now is checked against B's
    assert tab.editor.title.text() == "Fietssnelweg F25"
    tab.editor.title.setFocus()
    tab.editor.title.end(False)
    tab.editor.title.insert(" (F)")
    tab.editor._edited("title", tab.editor.title.text())
    seen = answer_conflict()
    assert not tab.editor.flush()
    assert seen["theirs"] == {"title": "Fietssnelweg F25 (tracé)"}
    assert tab.editor.title.text() == "Fietssnelweg F25 (tracé)"
    now = item_row(database, meeting["meeting"], meeting["item"])
    assert (now.title, now.notes) == ("Fietssnelweg F25 (tracé)", "A: geen bezwaren.")


def test_meeting_details_saved_by_b_win(window, database, meeting, show, qtbot):
    from spitsregio_desktop.ui.meetings.view import MeetingsView

    view = MeetingsView(window)
    show(view)
    view.refresh()
    assert view.open_meeting(meeting["meeting"])
    details = view.screen.details
    as_b(database, update_meeting, meeting["meeting"], location="Provinciehuis, zaal 2")
    details.location.setFocus()
    qtbot.keyClicks(details.location, " (raadzaal)")
    seen = answer_conflict()
    assert not details.flush()
    assert seen["theirs"] == {"location": "Provinciehuis, zaal 2"}
    assert seen["yours"] == {"location": "Leuven (raadzaal)"}
    assert details.location.text() == "Provinciehuis, zaal 2"
    assert "Provinciehuis, zaal 2" in view.screen.subtitle.text()
    with database.session() as s:
        assert meeting_detail(s, meeting["meeting"]).location == "Provinciehuis, zaal 2"


def test_decision_dialog_keeps_b_text_and_stays_open(window, database, meeting):
    from spitsregio_desktop.ui.meetings.outcome_dialogs import DecisionDialog

    row = item_row(database, meeting["meeting"], meeting["item"]).decisions[0]
    dialog = DecisionDialog(window, meeting["item"], row)
    as_b(database, decisions.update_decision, row.id, text="Het overleg keurt het tracé goed.")
    dialog.text.setPlainText("Het overleg verdaagt het punt.")
    seen = answer_conflict()
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted  # stays open: nothing saved
    assert seen["theirs"] == {"text": "Het overleg keurt het tracé goed."}
    assert dialog.text.toPlainText() == "Het overleg keurt het tracé goed."
    now = item_row(database, meeting["meeting"], meeting["item"]).decisions[0]
    assert now.text == "Het overleg keurt het tracé goed."
    dialog.close()


def test_member_dialog_keeps_b_phone_number(window, database):
    from spitsregio_desktop.services.people import get_person, list_memberships, save_person
    from spitsregio_desktop.ui.members.dialogs import MemberDialog

    with database.session() as s:
        membership = list_memberships(s, "BO")[0]
        person = get_person(s, membership.person_id)
    dialog = MemberDialog(window, membership)
    as_b(
        database,
        save_person,
        person.id,
        name=person.name,
        organisation_id=person.organisation_id,
        phone="016 27 20 00",
    )
    dialog.phone.setText("016 99 99 99")
    seen = answer_conflict()
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert seen["theirs"]["phone"] == "016 27 20 00"
    assert seen["yours"]["phone"] == "016 99 99 99"
    assert dialog.phone.text() == "016 27 20 00"
    with database.session() as s:
        assert get_person(s, person.id).phone == "016 27 20 00"
    dialog.close()


def test_live_notes_refused_when_b_saved_first(window, database, meeting, show, qtbot):
    from spitsregio_desktop.ui.live.live_view import LiveView

    live = LiveView(window, meeting["meeting"])
    show(live, 1366, 768)
    live.go_to(meeting["item"])
    as_b(database, agenda.save_notes, meeting["item"], "B was eerst.")
    live.notes.insertPlainText("A typt live.")
    seen = answer_conflict()
    assert not live.saver.flush()
    assert seen["theirs"] == {"notes": "B was eerst."}
    assert live.notes.toPlainText() == "B was eerst."
    assert item_row(database, meeting["meeting"], meeting["item"]).notes == "B was eerst."


def test_action_list_refreshes_after_b_adds_an_action(window, database, meeting, show, qtbot):
    from spitsregio_desktop.ui.actions.view import ActionsView
    from spitsregio_desktop.ui.watcher import ChangeWatcher

    view = ActionsView(window)
    show(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() >= 0, timeout=2000)
    before = view.model.rowCount()
    watcher = ChangeWatcher(window, interval_ms=50)
    watcher.poll()  # the baseline
    as_b(
        database,
        actions.add_action,
        meeting["item"],
        "Tracé bezorgen aan de gemeenten",
        owner_text="Provincie",
    )
    watcher.poll()
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1, timeout=3000)
    assert any(r.description == "Tracé bezorgen aan de gemeenten" for r in view.model.rows)


def test_no_reload_while_a_form_has_unsaved_typing(window, database, meeting, show, qtbot):
    from spitsregio_desktop.ui.meetings.view import MeetingsView
    from spitsregio_desktop.ui.watcher import ChangeWatcher

    view = MeetingsView(window)
    show(view)
    view.refresh()
    assert view.open_meeting(meeting["meeting"])
    watcher = ChangeWatcher(window)
    watcher.poll()
    details = view.screen.details
    details.title.setFocus()
    qtbot.keyClicks(details.title, " - voorbereiding")  # pending in the autosaver
    as_b(database, update_meeting, meeting["meeting"], location="Provinciehuis")
    watcher.poll()
    assert watcher.waiting  # seen, but held back while A types
    assert "Provinciehuis" not in view.screen.subtitle.text()
    details.autosaver.flush()
    watcher.deliver()
    assert not watcher.waiting
    assert "Provinciehuis" in view.screen.subtitle.text()  # the header shows B's place


@pytest.fixture
def taken_along(database: Database, meeting: dict, tmp_path: Path) -> dict:
    where = str(database.url.redacted) if database.is_server else str(database.path)
    with (
        open_database(tmp_path / "laptop.sqlite") as laptop,
        database.session() as server,
        laptop.session() as lap,
    ):
        check_out(server, lap, meeting["meeting"], where, ANNA)
    return meeting


def test_checked_out_meeting_says_by_whom_and_refuses_live(
    window, taken_along, show, qtbot, tmp_path
):
    from spitsregio_desktop.ui.meetings.view import MeetingsView

    view = MeetingsView(window)
    show(view, 1366, 768)
    view.refresh()
    qtbot.waitUntil(lambda: view.select_meeting(taken_along["meeting"]), timeout=2000)
    assert not view.live_button.isEnabled()
    assert "anna op LAPTOP-ZAAL" in view.live_button.toolTip()
    started: list[int] = []
    window.hub.open_live.connect(started.append)
    view.start_live()  # the shortcut's way in
    assert view.open_meeting(taken_along["meeting"])
    screen = view.screen
    assert screen.checkout_banner.isVisible()
    assert "anna op LAPTOP-ZAAL" in screen.checkout_banner.text()
    assert not screen.live_button.isEnabled()
    assert "anna op LAPTOP-ZAAL" in screen.live_button.toolTip()
    screen.start_live()
    assert started == []
    assert not screen.details.title.isEnabled()  # edits are disabled
    assert not screen.details.invitations.invite_button.isEnabled()
    screen.tabs.setCurrentWidget(screen.agenda)
    screen.agenda.select(taken_along["item"])
    assert screen.agenda.editor.notes.isReadOnly()
    qtbot.wait(50)
    assert view.grab().save(str(tmp_path / "checked-out.png"))
    if os.environ.get("SPITSREGIO_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SHOTS / "checked-out.png"))


@pytest.mark.parametrize("fresh_database", ["postgresql"], indirect=True)
def test_take_along_and_bring_back_from_the_window(
    window, database, meeting, show, qtbot, tmp_path, monkeypatch
):
    """ "Meenemen voor de vergadering" on the server, "Terugbrengen" on the laptop."""
    from spitsregio_desktop.ui.meetings import checkout as buttons
    from spitsregio_desktop.ui.meetings.view import MeetingsView

    laptop_file = tmp_path / "laptop.sqlite"
    monkeypatch.setattr(
        buttons.QFileDialog, "getSaveFileName", lambda *a, **k: (str(laptop_file), "")
    )
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    server_view = MeetingsView(window)
    show(server_view)
    server_view.refresh()
    qtbot.waitUntil(lambda: server_view.select_meeting(meeting["meeting"]), timeout=2000)
    assert server_view.checkout.take_button.isVisible()
    server_view.checkout.take_button.click()
    assert said and str(laptop_file) in said[-1]
    assert server_view.select_meeting(meeting["meeting"])
    assert not server_view.live_button.isEnabled()  # read-only on the server now

    with open_database(laptop_file) as laptop:
        laptop_ctx = make_context(laptop)
        laptop_ctx.qsettings = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
        laptop_view = MeetingsView(laptop_ctx)
        show(laptop_view)
        laptop_view.refresh()
        with laptop.session() as s:
            from spitsregio_desktop.services.meetings import list_meetings

            [row] = list_meetings(s)
            item = next(i for i in meeting_detail(s, row.id).items if i.title == "Fietssnelweg F25")
            agenda.save_notes(s, item.id, "Genotuleerd op de laptop.")
        qtbot.waitUntil(lambda: laptop_view.select_meeting(row.id), timeout=2000)
        assert laptop_view.checkout.bring_button.isVisible()
        laptop_view.checkout.bring_button.click()
        laptop_view.close()
    assert any("Brought back" in t or "Teruggebracht" in t for t in said)
    assert (
        item_row(database, meeting["meeting"], meeting["item"]).notes == "Genotuleerd op de laptop."
    )
    server_view.load_list()
    assert server_view.select_meeting(meeting["meeting"])
    assert server_view.live_button.isEnabled()
