"""E-mail drafts and the calendar invitation from the meeting screen (issue 7).

The drafts are parsed the way a mail client would (Python's `email`, policy default) and
the calendar with `icalendar`; the mail handler is replaced by a recorder of the URL.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import email  # noqa: E402
import email.policy  # noqa: E402
from pathlib import Path  # noqa: E402

import icalendar  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: E402

from spitsregio_desktop.services.agenda import add_attachment, add_item  # noqa: E402
from spitsregio_desktop.services.attendance import invite_members  # noqa: E402
from spitsregio_desktop.services.meetings import (  # noqa: E402
    MeetingInput,
    create_meeting,
    meeting_detail,
)
from spitsregio_desktop.services.people import get_person, save_person  # noqa: E402
from spitsregio_desktop.services.settings import save_settings  # noqa: E402
from spitsregio_desktop.ui.meetings.mail_actions import MailConfirmDialog  # noqa: E402
from spitsregio_desktop.ui.meetings.view import MeetingsView  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
ADDRESSES = (
    "burgemeester@aarschot.be",
    "burgemeester@begijnendijk.be",
    "burgemeester@bekkevoort.be",
)


def _set_email(session, person_id: int, address: str) -> None:
    p = get_person(session, person_id)
    save_person(
        session,
        person_id,
        name=p.name,
        function=p.function,
        email=address,
        phone=p.phone,
        organisation_id=p.organisation_id,
    )


@pytest.fixture
def meeting_id(ctx) -> int:
    """A BO meeting with the 30 mayors invited, three of them with an address."""
    with ctx.session() as s:
        mid = create_meeting(s, MeetingInput("BO", "2026-12-10", "09:00", "11:00", "Leuven"))
        add_item(s, mid, "Mobiliteitsplan")
        add_item(s, mid, "Personeelsdossier", confidential=True)
        invite_members(s, mid)
        for row, address in zip(meeting_detail(s, mid).invitations, ADDRESSES, strict=False):
            _set_email(s, row.person_id, address)
    return mid


@pytest.fixture
def screen(ctx, show, meeting_id):
    view = MeetingsView(ctx)
    show(view)
    view.refresh()
    assert view.open_meeting(meeting_id)
    return view.screen


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    """What the program asked the system to open (Outlook, in real life)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def _answer_dialog(
    monkeypatch, seen: list[MailConfirmDialog], accept: bool = True, public: bool = False
) -> None:
    """Replace the modal run of the confirmation: look at it, choose, press a button."""

    def fake_exec(dialog: MailConfirmDialog) -> int:
        seen.append(dialog)
        if public:
            dialog.public.setChecked(True)
        button = (
            dialog.continue_button
            if accept
            else dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        )
        button.click()
        return dialog.result()

    monkeypatch.setattr(MailConfirmDialog, "exec", fake_exec)


def _outbox(ctx) -> Path:
    return ctx.db.path.parent / "outbox"


def _parse(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def _detail(ctx, meeting_id):
    with ctx.session() as s:
        return meeting_detail(s, meeting_id)


def test_email_the_invitation_lists_who_is_missing_then_opens_the_draft(
    ctx, screen, meeting_id, qtbot, monkeypatch, opened
):
    seen: list[MailConfirmDialog] = []
    _answer_dialog(monkeypatch, seen)
    tab = screen.documents
    screen.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.mail_buttons["email_invitation"], LEFT)

    # the confirmation names the 27 mayors without an address, prominently
    dialog = seen[0]
    assert dialog.missing_title.text() == "These members will not receive the e-mail:"
    missing = dialog.missing.text().splitlines()
    assert len(missing) == 27
    assert "• Burgemeester Boortmeerbeek" in missing
    assert "3 people (in Bcc)" in dialog.recipients.text()
    assert not dialog.full.isVisibleTo(dialog)  # full/public is for minutes only

    out = _outbox(ctx) / "2026-12-10 BO uitnodiging.eml"
    assert out.is_file()
    assert [u.toLocalFile() for u in opened] == [str(out)]
    msg = _parse(out)
    assert msg["X-Unsent"] == "1"
    assert sorted(a.addr_spec for a in msg["Bcc"].addresses) == sorted(ADDRESSES)
    assert msg["Subject"].startswith("Uitnodiging Burgemeestersoverleg")
    names = [part.get_filename() for part in msg.iter_attachments()]
    assert "Uitnodiging BO 2026-12-10.pdf" in names
    pdf = next(p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf")
    assert pdf.get_content().startswith(b"%PDF")
    assert any(n and n.endswith(".ics") for n in names)

    # the sent dates are recorded for the three reached, and the window shows them
    detail = _detail(ctx, meeting_id)
    sent = {r.person_id for r in detail.invitations if r.sent_on == dt.date.today()}
    assert len(sent) == 3 and all(
        r.sent_on is None for r in detail.invitations if r.person_id not in sent
    )
    assert detail.status == "invited"
    panel = screen.details.invitations
    shown = [
        panel.proxy.entity(panel.proxy.index(i, 0)).sent_on for i in range(panel.proxy.rowCount())
    ]
    assert shown.count(dt.date.today()) == 3
    assert tab.result.isVisibleTo(tab) and str(out) in tab.result_label.text()


def test_cancel_writes_nothing(ctx, screen, meeting_id, qtbot, monkeypatch, opened):
    seen: list[MailConfirmDialog] = []
    _answer_dialog(monkeypatch, seen, accept=False)
    # the button on the invitations panel and the shortcut lead to the same confirmation
    qtbot.mouseClick(screen.details.invitations.email_button, LEFT)
    assert len(seen) == 1
    assert not _outbox(ctx).exists() and opened == []
    assert all(r.sent_on is None for r in _detail(ctx, meeting_id).invitations)


def test_email_the_minutes_public(ctx, screen, meeting_id, qtbot, monkeypatch, opened):
    seen: list[MailConfirmDialog] = []
    _answer_dialog(monkeypatch, seen, public=True)
    screen.tabs.setCurrentWidget(screen.documents)
    qtbot.mouseClick(screen.documents.mail_buttons["email_minutes"], LEFT)
    assert seen[0].full.isVisibleTo(seen[0])
    out = _outbox(ctx) / "2026-12-10 BO verslag openbaar.eml"
    assert [u.toLocalFile() for u in opened] == [str(out)]
    msg = _parse(out)
    assert msg["X-Unsent"] == "1"
    names = [part.get_filename() for part in msg.iter_attachments()]
    assert names == ["Verslag BO 2026-12-10 (openbaar).pdf"]
    assert all(r.sent_on is None for r in _detail(ctx, meeting_id).invitations)  # minutes


def test_a_vanished_attachment_or_no_sender_is_refused_in_dutch(
    ctx, screen, meeting_id, qtbot, monkeypatch, opened, tmp_path
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    seen: list[MailConfirmDialog] = []
    _answer_dialog(monkeypatch, seen)
    source = tmp_path / "nota.pdf"
    source.write_bytes(b"%PDF-1.4 nota")
    with ctx.session() as s:
        item_id = _detail(ctx, meeting_id).items[0].id
        add_attachment(s, item_id, source, ctx.attachments_dir)
    stored = ctx.attachments_dir / _detail(ctx, meeting_id).items[0].attachments[0].stored_path
    stored.unlink()
    screen.reload()

    qtbot.mouseClick(screen.documents.mail_buttons["email_invitation"], LEFT)
    assert len(shown) == 1 and "De bijlage 'nota.pdf' bij agendapunt 1" in shown[0]
    assert not list(_outbox(ctx).glob("*.eml"))  # nothing written, not even half
    assert opened == [] and screen.documents.progress is None
    assert all(b.isEnabled() for b in screen.documents.all_buttons())
    assert all(r.sent_on is None for r in _detail(ctx, meeting_id).invitations)

    # no address of the secretariat: said before the confirmation
    with ctx.session() as s:
        save_settings(s, secretariat_email="")
    qtbot.mouseClick(screen.documents.mail_buttons["email_minutes"], LEFT)
    assert len(seen) == 1  # no second confirmation
    assert "e-mailadres van het secretariaat" in shown[-1]
    assert shown[-1][0].isupper()


def test_nobody_invited_says_so(ctx, show, qtbot, monkeypatch, opened):
    with ctx.session() as s:
        mid = create_meeting(s, MeetingInput("TF", "2026-12-11", "14:00", "16:00", "Leuven"))
    view = MeetingsView(ctx)
    show(view)
    view.refresh()
    assert view.open_meeting(mid)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(MailConfirmDialog, "exec", lambda d: pytest.fail("no dialog"))
    view.screen.documents.email("invitation")
    assert told and "invite the members first" in told[0]


def test_calendar_invitation_saved_and_parsed(
    ctx, screen, meeting_id, qtbot, monkeypatch, tmp_path
):
    tab = screen.documents
    asked: list[tuple[str, str]] = []

    def fake_ask(suggested: Path, fmt: str) -> str:
        asked.append((suggested.name, fmt))
        return str(tmp_path / "agenda")  # no extension typed

    monkeypatch.setattr(tab, "ask_path", fake_ask)
    qtbot.mouseClick(tab.mail_buttons["ics"], LEFT)
    assert asked == [("2026-12-10 BO uitnodiging.ics", "ics")]
    out = tmp_path / "agenda.ics"
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert str(cal["METHOD"]) == "REQUEST"
    event = next(iter(cal.walk("VEVENT")))
    start = event.decoded("DTSTART")
    assert (start.date(), start.hour, start.minute) == (dt.date(2026, 12, 10), 9, 0)
    assert str(event["LOCATION"]) == "Leuven"
    attendees = event.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert sorted(str(a).removeprefix("mailto:") for a in attendees) == sorted(ADDRESSES)
    assert "Personeelsdossier" not in str(event.get("DESCRIPTION", ""))  # confidential
    assert tab.result.isVisibleTo(tab) and str(out) in tab.result_label.text()


def test_confirmation_dialog_really_runs(ctx, screen, qtbot, opened):
    """The real modal dialog: Escape cancels it, nothing is written."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def press_escape() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)
    screen.documents.email("invitation")
    assert opened == [] and not _outbox(ctx).exists()


def test_the_draft_is_made_off_the_ui_thread(ctx, screen, meeting_id, qtbot, monkeypatch, opened):
    import threading

    from spitsregio_desktop.ui.meetings import documents_tab
    from spitsregio_desktop.ui.tasks import TaskRunner

    monkeypatch.setattr(TaskRunner, "synchronous", False)
    _answer_dialog(monkeypatch, [])
    real = documents_tab.mail_and_open_in_worker
    on_main: list[bool] = []

    def spy(*args, **kwargs):
        on_main.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(documents_tab, "mail_and_open_in_worker", spy)
    tab = screen.documents
    qtbot.mouseClick(tab.mail_buttons["email_invitation"], LEFT)
    assert not tab.mail_buttons["email_minutes"].isEnabled()  # busy: one file at a time
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    assert on_main == [False]
    assert tab.progress is None and all(b.isEnabled() for b in tab.all_buttons())
    assert sum(r.sent_on is not None for r in _detail(ctx, meeting_id).invitations) == 3


def test_after_the_mail_explorer_and_the_addresses_are_offered(
    ctx, screen, meeting_id, qtbot, monkeypatch, opened
):
    """No MAPI mail program here: the draft opens, and the panel offers the two ways on."""
    from PySide6.QtWidgets import QApplication

    _answer_dialog(monkeypatch, [])
    tab = screen.documents
    qtbot.mouseClick(tab.mail_buttons["email_minutes"], LEFT)
    out = _outbox(ctx) / "2026-12-10 BO verslag.eml"
    assert [u.toLocalFile() for u in opened] == [str(out)]  # the fallback: the .eml itself
    panel = tab.after_mail
    assert panel.isVisible() and out.name in panel.message.text()
    assert "Simple MAPI" in panel.message.text()
    qtbot.mouseClick(panel.copy_button, LEFT)
    assert sorted(QApplication.clipboard().text().split("; ")) == sorted(ADDRESSES)
    qtbot.mouseClick(panel.show_button, LEFT)
    assert opened[-1].toLocalFile() == str(out.parent)  # Explorer /select on Windows
    assert panel.isVisible()  # both stay on offer until Close


def test_the_invitation_says_when_the_agenda_runs_past_the_end(
    ctx, screen, meeting_id, qtbot, monkeypatch, opened
):
    with ctx.session() as s:  # a long item: the agenda now ends well after 11:00
        add_item(s, meeting_id, "Werksessie mobiliteitsplan", duration_minutes=240)
    seen: list[MailConfirmDialog] = []
    _answer_dialog(monkeypatch, seen, accept=False)
    tab = screen.documents
    screen.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.mail_buttons["email_invitation"], LEFT)
    dialog = seen[0]
    assert not dialog.overrun.isHidden()
    assert "na het einde van de vergadering (11:00)" in dialog.overrun.text()
    assert opened == []  # cancelled: nothing was made
