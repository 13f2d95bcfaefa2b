"""The minutes workflow and the documents tab of the meeting screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox  # noqa: E402
from roll_call_data import record_everyone  # noqa: E402

from spitsregio_desktop.services.meetings import (  # noqa: E402
    MeetingInput,
    create_meeting,
    meeting_detail,
)
from spitsregio_desktop.services.minutes import verify  # noqa: E402
from spitsregio_desktop.storage.enums import MinutesStatus  # noqa: E402
from spitsregio_desktop.ui.meetings import documents_tab  # noqa: E402
from spitsregio_desktop.ui.meetings.view import MeetingsView  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def meetings(ctx) -> tuple[int, int]:
    with ctx.session() as s:
        first = create_meeting(s, MeetingInput("BO", "2026-10-08", "09:00", "11:00", "Leuven"))
        second = create_meeting(s, MeetingInput("BO", "2026-12-10", "09:00", "11:00", "Leuven"))
    return first, second


@pytest.fixture
def screen(ctx, show, meetings):
    view = MeetingsView(ctx)
    show(view)
    view.refresh()
    assert view.open_meeting(meetings[0])
    return view.screen


def _minutes(ctx, meeting_id):
    with ctx.session() as s:
        return meeting_detail(s, meeting_id).minutes


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_minutes_send_remark_approve_reopen(ctx, screen, meetings, qtbot, monkeypatch):
    first, second = meetings
    qtbot.mouseClick(screen.details.invitations.invite_button, LEFT)
    with ctx.session() as s:  # minutes go out only once everyone's attendance is recorded
        record_everyone(s, first)
    screen.tabs.setCurrentWidget(screen.minutes)
    tab = screen.minutes
    assert "draft" in tab.status.text()

    qtbot.mouseClick(tab.send_button, LEFT)
    info = _minutes(ctx, first)
    assert (info.status, info.sent_on) == (MinutesStatus.SENT_FOR_REMARKS, dt.date.today())
    assert "sent for remarks" in tab.status.text()

    # a member sends a remark
    qtbot.mouseClick(tab.add_remark_button, LEFT)
    dialog = tab.dialog
    assert dialog.isVisible()
    dialog.person.setCurrentIndex(3)
    member = dialog.person.currentData()
    qtbot.keyClicks(dialog.text, "In punt 4 moet het 'fietsstraat' zijn.")
    qtbot.mouseClick(_ok(dialog), LEFT)
    assert not dialog.isVisible()
    remarks = _minutes(ctx, first).remarks
    assert [(r.person_id, r.text, r.processed) for r in remarks] == [
        (member, "In punt 4 moet het 'fietsstraat' zijn.", False)
    ]
    assert tab.remarks.rowCount() == 1

    # approving is refused while the remark is not processed: the dialog says why, stays open
    qtbot.mouseClick(tab.approve_button, LEFT)
    dialog = tab.dialog
    assert dialog.meeting.currentData() == second
    qtbot.mouseClick(_ok(dialog), LEFT)
    assert dialog.isVisible()
    assert "niet verwerkt" in dialog.error.text()
    assert _minutes(ctx, first).status == MinutesStatus.SENT_FOR_REMARKS
    dialog.reject()

    # tick "processed" in the table (what the checkbox does), then approve
    index = tab.proxy.index(0, tab.remarks.check_column)
    assert tab.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: _minutes(ctx, first).remarks[0].processed, timeout=1000)
    qtbot.waitUntil(
        lambda: tab.proxy.index(0, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked,
        timeout=1000,
    )
    qtbot.mouseClick(tab.approve_button, LEFT)
    dialog = tab.dialog
    qtbot.mouseClick(_ok(dialog), LEFT)
    assert not dialog.isVisible()
    info = _minutes(ctx, first)
    assert info.status == MinutesStatus.APPROVED
    assert info.approved_at is not None and info.approved_at.id == second
    with ctx.session() as s:
        assert verify(s, first)
    assert tab.frozen_note.isVisibleTo(tab)
    assert info.sha256[:16] in tab.status.text()
    assert not tab.add_remark_button.isEnabled() and tab.reopen_button.isEnabled()
    assert not screen.live_button.isEnabled()
    assert "minutes approved" in screen.status.text()

    # reopening needs a reason, which is recorded
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(tab, "ask_reason", lambda: "  ")
    qtbot.mouseClick(tab.reopen_button, LEFT)
    assert shown and "reden" in shown[0]
    assert _minutes(ctx, first).status == MinutesStatus.APPROVED
    monkeypatch.setattr(tab, "ask_reason", lambda: "Naam van de schepen verbeterd")
    qtbot.mouseClick(tab.reopen_button, LEFT)
    info = _minutes(ctx, first)
    assert (info.status, info.version) == (MinutesStatus.DRAFT, 2)
    assert "Naam van de schepen verbeterd" in info.history[0]
    assert "Naam van de schepen verbeterd" in tab.history.text()
    assert not tab.frozen_note.isVisibleTo(tab)


def test_close_a_held_meeting(ctx, screen, meetings, qtbot, monkeypatch):
    from spitsregio_desktop.services.meetings import update_meeting
    from spitsregio_desktop.ui.meetings import minutes_tab

    with ctx.session() as s:
        update_meeting(s, meetings[0], status="held")
    screen.tabs.setCurrentWidget(screen.minutes)
    tab = screen.minutes
    assert tab.close_button.isVisibleTo(tab)
    monkeypatch.setattr(minutes_tab, "ask_time", lambda *a: dt.time(11, 25))
    qtbot.mouseClick(tab.close_button, LEFT)
    with ctx.session() as s:
        detail = meeting_detail(s, meetings[0])
    assert (detail.status, detail.end_time) == ("minutes_draft", dt.time(11, 25))
    assert not tab.close_button.isVisibleTo(tab)


def test_documents_tab_exports_a_pdf(ctx, screen, meetings, qtbot, monkeypatch, tmp_path):
    screen.tabs.setCurrentWidget(screen.documents)
    tab = screen.documents
    asked: list[str] = []
    folders: list[Path] = []

    def fake_ask(suggested: Path, fmt: str) -> str:
        asked.append(suggested.name)
        folders.append(suggested.parent)
        return str(tmp_path / "out" / "verslag")  # no extension typed: it is added

    monkeypatch.setattr(tab, "ask_path", fake_ask)
    qtbot.mouseClick(tab.buttons[("minutes", False, "pdf")], LEFT)
    assert asked == ["2026-10-08 BO verslag.pdf"]
    out = tmp_path / "out" / "verslag.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    assert tab.result.isVisibleTo(tab) and str(out) in tab.result_label.text()
    assert ctx.qsettings.value(documents_tab.DIR_KEY) == str(out.parent)

    # the next suggestion is in the remembered folder; public minutes say so in the name
    qtbot.mouseClick(tab.buttons[("minutes", True, "docx")], LEFT)
    assert asked[-1] == "2026-10-08 BO verslag openbaar.docx"
    assert folders[-1] == out.parent
    assert (tmp_path / "out" / "verslag.docx").read_bytes()[:2] == b"PK"


def test_documents_tab_shows_a_refused_export(ctx, screen, qtbot, monkeypatch, tmp_path):
    from spitsregio_desktop.services.errors import ValidationError

    tab = screen.documents
    monkeypatch.setattr(tab, "ask_path", lambda s, f: str(tmp_path / "x.pdf"))

    def refuse(*args, **kwargs):
        raise ValidationError("het bestand x.pdf is geopend in een ander programma", "out")

    monkeypatch.setattr(documents_tab, "export_in_worker", refuse)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    qtbot.mouseClick(tab.buttons[("agenda", False, "pdf")], LEFT)
    assert shown == ["Het bestand x.pdf is geopend in een ander programma"]
    assert all(b.isEnabled() for b in tab.buttons.values())
    assert tab.progress is None


def test_export_runs_off_the_ui_thread(ctx, screen, qtbot, monkeypatch, tmp_path):
    import threading

    from spitsregio_desktop.ui.tasks import TaskRunner

    monkeypatch.setattr(TaskRunner, "synchronous", False)
    tab = screen.documents
    monkeypatch.setattr(tab, "ask_path", lambda s, f: str(tmp_path / "agenda.docx"))
    real = documents_tab.export_in_worker
    threads: list[bool] = []

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(documents_tab, "export_in_worker", spy)
    qtbot.mouseClick(tab.buttons[("agenda", False, "docx")], LEFT)
    assert not tab.buttons[("agenda", False, "pdf")].isEnabled()  # busy
    qtbot.waitUntil(lambda: tab.result.isVisibleTo(tab), timeout=15000)
    assert threads == [False]
    assert (tmp_path / "agenda.docx").read_bytes()[:2] == b"PK"
    assert tab.progress is None and tab.buttons[("agenda", False, "pdf")].isEnabled()
