"""One whole meeting day through the real window (issue 14, "Done when"), read back from the
minutes the secretary sends out.

On two years of demo history the secretary plans the next Taskforce meeting (the date typed
as 12/01/2027), records three answers in the invitation (coming, excused, substituted by a
name), opens live mode (Ctrl+L), takes the roll call by keys, types notes, a decision and an
action (owner picked from the completer, due `over 2 weken`), closes the meeting and
exports the minutes as Word and PDF. The services are only used to lay down the history
and to read back; every step of the day is a key press or a click in the main window.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import re  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from spitsregio_desktop import APP_NAME  # noqa: E402
from spitsregio_desktop.services import meetings  # noqa: E402
from spitsregio_desktop.services.demo import generate_demo  # noqa: E402
from spitsregio_desktop.storage.enums import MeetingStatus  # noqa: E402
from spitsregio_desktop.ui.live.live_view import LiveView  # noqa: E402
from spitsregio_desktop.ui.main_window import MainWindow  # noqa: E402

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton
MEETING_DAY = dt.date(2027, 1, 12)
HISTORY_UNTIL = dt.date(2026, 11, 20)  # the demo's "today": its last TF meeting is before
SUBSTITUTE = "Els Janssens"  # answered before the meeting
ROLL_CALL_SUBSTITUTE = "Pieter Claes"  # said in the room
NOTES = "De voorzitter opent de vergadering en verwelkomt de leden."
DECISION = "De Taskforce keurt het werkplan 2027 goed."
ACTION = "Mobiliteitsplan bezorgen aan de leden"


@dataclass
class Attendance:
    """What the secretary entered, by invitee name, to compare with the minutes."""

    present: list[str] = field(default_factory=list)
    excused: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    substituted: dict[str, str] = field(default_factory=dict)


# ------------------------------------------------------------------ keyboard and dialogs


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user presses it: to an open completer list, else where the cursor is."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    qtbot.keyClick(widget, key, modifiers)


def type_here(qtbot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    qtbot.keyClicks(widget, text)


def when_dialog_opens(kind: type, act: Callable[[QWidget], None], seen: list[str]) -> None:
    """Answer the next modal dialog of `kind` through its own widgets once it shows (a
    static QMessageBox/QInputDialog runs its own event loop; this runs inside it). A failed
    check closes the dialog and is noted in `seen` as "failed: …", so the test goes on to
    say so instead of waiting for ever."""
    tries = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog.windowTitle())
            try:
                act(dialog)
            except Exception as exc:  # said by the test, not lost inside Qt's event loop
                seen.append(f"failed: {exc!r}")
                dialog.reject()
        elif tries[0] < 300:  # three seconds, then the test's own assertion says what failed
            tries[0] += 1
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def click_button(qtbot, text: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        buttons = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text]
        assert buttons, (
            f"no button {text!r} in {[b.text() for b in dialog.findChildren(QPushButton)]}"
        )
        qtbot.mouseClick(buttons[0], LEFT)

    return act


def type_and_ok(qtbot, text: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        edit = dialog.findChild(QLineEdit)
        assert edit.text() == ""  # nobody named yet
        qtbot.keyClicks(edit, text)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, LEFT)

    return act


def back_in(window: QWidget, qtbot) -> None:
    """A desktop gives the window the keyboard back when a dialog closes; offscreen Qt
    does not, so it is said here."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def click_row(qtbot, table, row: int) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(index).center())


def find_row(table, name: str) -> int:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return row
    raise AssertionError(f"{name} is not in the list")


# ------------------------------------------------------------------ the day, step by step


def plan_the_meeting(window: MainWindow, qtbot) -> int:
    """Ctrl+N in the meeting list, the Taskforce, the date typed as a Belgian does."""
    view = window.meetings_view
    qtbot.waitUntil(view.table.hasFocus)
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = view.new_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.body.hasFocus)
    type_here(qtbot, "T")  # the combo box jumps to "Taskforce Spitsregio Leuven (TF)"
    assert "(TF)" in dialog.body.currentText()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date.edit
    type_here(qtbot, "12/01/2027")
    assert dialog.date.edit.text() == "12/01/2027"
    assert dialog.date.shown.text() == "dinsdag 12 januari 2027"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert not dialog.isVisible()
    assert dialog.meeting_id is not None
    assert view.currentWidget() is view.screen and view.screen.meeting_id == dialog.meeting_id
    subtitle = view.screen.subtitle.text().lower()  # in the window's language
    assert "12 januari 2027" in subtitle or "12 january 2027" in subtitle
    return dialog.meeting_id


def record_answers(window: MainWindow, qtbot) -> tuple[int, str, str, str]:
    """Invite the members, then one comes, one is excused, one sends a substitute;
    returns how many were invited and those three."""
    screen = window.meetings_view.screen
    bar = screen.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(screen.tabs.indexOf(screen.details)).center())
    assert screen.tabs.currentWidget() is screen.details
    panel = screen.details.invitations
    qtbot.mouseClick(panel.invite_button, LEFT)
    names = [panel.table.model().index(r, 0).data() for r in range(panel.table.model().rowCount())]
    assert len(names) >= 6, names
    coming = next(n for n in names if "Interleuven" in n)
    excused = next(n for n in names if "VDAB" in n)
    substituted = next(n for n in names if "ACV" in n)
    for name, button in ((coming, panel.coming_button), (excused, panel.excused_button)):
        click_row(qtbot, panel.table, find_row(panel.table, name))
        qtbot.mouseClick(button, LEFT)
    click_row(qtbot, panel.table, find_row(panel.table, substituted))
    seen: list[str] = []
    when_dialog_opens(QInputDialog, type_and_ok(qtbot, SUBSTITUTE), seen)
    qtbot.mouseClick(panel.substitute_button, LEFT)
    assert seen == ["Substituted by"]
    model = panel.table.model()
    answers = {model.index(r, 0).data(): model.index(r, 4).data() for r in range(model.rowCount())}
    assert answers[coming] == "coming" and answers[excused] == "excused"
    assert answers[substituted] == f"substituted by {SUBSTITUTE}"
    assert panel.counts.text() == (
        f"1 coming · 1 excused · {len(names) - 3} no answer · 1 substituted"
    )
    return len(names), coming, excused, substituted


def take_the_roll_call(live: LiveView, qtbot, entered: Attendance, invited: int) -> None:
    """A, V, F and S (with a name) for the first four, A for the others, then Enter."""
    roll_call = live.roll_call
    qtbot.waitUntil(roll_call.list.hasFocus)
    assert live.notes.isHidden()
    people = [p.name for p in roll_call.people]
    # the three answers became attendance; all the others, and only they, are asked
    assert len(people) == invited - 3 and roll_call.unrecorded_count() == len(people)
    assert not {*entered.present, *entered.excused, *entered.substituted} & set(people)
    for row in range(roll_call.list.count()):  # the answers were taken: not asked again
        assert "not recorded" in roll_call.list.item(row).text()
    press(qtbot, Qt.Key.Key_A)
    press(qtbot, Qt.Key.Key_V)
    press(qtbot, Qt.Key.Key_F)
    press(qtbot, Qt.Key.Key_S)
    assert QApplication.focusWidget() is roll_call.substitute
    type_here(qtbot, ROLL_CALL_SUBSTITUTE)
    press(qtbot, Qt.Key.Key_Return)
    entered.present.append(people[0])
    entered.excused.append(people[1])
    entered.absent.append(people[2])
    entered.substituted[people[3]] = ROLL_CALL_SUBSTITUTE
    for name in people[4:]:
        assert roll_call.current().name == name
        press(qtbot, Qt.Key.Key_A)
        entered.present.append(name)
    assert roll_call.unrecorded_count() == 0
    press(qtbot, Qt.Key.Key_Return)  # done: the notes of the first item
    qtbot.waitUntil(live.notes.hasFocus)
    assert roll_call.isHidden()


def take_the_minutes(live: LiveView, qtbot) -> None:
    """Notes in the first item, a decision (Ctrl+D), an action (Ctrl+T) with its owner
    picked from the list and its due date in words."""
    assert live.current_id == live.detail.items[0].id
    type_here(qtbot, NOTES)
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert QApplication.focusWidget() is live.decision_entry.text
    type_here(qtbot, DECISION)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(live.notes.hasFocus)

    press(qtbot, Qt.Key.Key_T, CTRL)
    entry = live.action_entry
    assert QApplication.focusWidget() is entry.what
    type_here(qtbot, ACTION)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is entry.owner
    type_here(qtbot, "Interl")
    assert entry.owner.popup_visible()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # picks the name; the cursor stays in the owner field
    assert QApplication.focusWidget() is entry.owner
    assert entry.owner.text() == "Interleuven"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is entry.due
    type_here(qtbot, "over 2 weken")
    assert entry.due_label.text() == "dinsdag 26 januari 2027"  # from the meeting, not today
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(live.notes.hasFocus)
    assert entry.isHidden()
    assert live.notes.toPlainText() == NOTES


def close_the_meeting(window: MainWindow, live: LiveView, qtbot) -> None:
    """Ctrl+Shift+E, and Yes to "Close the meeting now?"; back on the meeting's screen."""
    seen: list[str] = []
    when_dialog_opens(QMessageBox, click_button(qtbot, "Yes"), seen)
    with qtbot.waitSignal(live.closed, timeout=5000):
        press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    assert seen == [APP_NAME]  # one question: everyone is recorded, no roll call asked
    qtbot.waitUntil(lambda: window.live_view is None)
    assert window.nav.isVisible()


def export_the_minutes(window: MainWindow, qtbot, monkeypatch, folder: Path) -> dict[str, Path]:
    """Ctrl+E on the meeting's screen, then "Minutes (full)" as Word and as PDF."""
    screen = window.meetings_view.screen
    assert window.meetings_view.currentWidget() is screen
    back_in(window, qtbot)
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert screen.tabs.currentWidget() is screen.documents
    suggested: list[str] = []

    def save_as(_parent, _title, proposed, _filter):
        suggested.append(Path(proposed).name)
        return str(folder / Path(proposed).name), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    out = {}
    for fmt in ("docx", "pdf"):
        qtbot.mouseClick(screen.documents.buttons[("minutes", False, fmt)], LEFT)
        out[fmt] = folder / f"2027-01-12 TF verslag.{fmt}"
        assert out[fmt].is_file(), suggested
    assert suggested == ["2027-01-12 TF verslag.docx", "2027-01-12 TF verslag.pdf"]
    return out


# ------------------------------------------------------------------ reading the minutes


def docx_text(path: Path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(path)).paragraphs]


def pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(str(path)).pages]


def section(paragraphs: list[str], lead: str) -> list[str]:
    """The names after "Aanwezig: " etc., one per entry."""
    found = [p for p in paragraphs if p.startswith(lead)]
    assert len(found) == 1, (lead, found)
    rest = found[0][len(lead) :]
    return [] if rest == "niemand" else rest.split("; ")


def entry_of(entries: list[str], name: str) -> str:
    """The entry that names this invitee (organisation or role may follow the name)."""
    matching = [
        e for e in entries if e == name or e.startswith(name + " (") or e.startswith(name + ",")
    ]
    assert len(matching) == 1, (name, entries)
    return matching[0]


def check_the_minutes(paragraphs: list[str], entered: Attendance) -> None:
    present = section(paragraphs, "Aanwezig: ")
    excused = section(paragraphs, "Verontschuldigd: ")
    absent = section(paragraphs, "Afwezig: ")
    assert not any(p.startswith("Aanwezigheid niet geregistreerd") for p in paragraphs)
    # exactly as entered: nobody assumed, nobody missing, nobody twice
    assert len(present) == len(entered.present) + len(entered.substituted)
    assert len(excused) == len(entered.excused) + len(entered.substituted)
    assert len(absent) == len(entered.absent)
    for name in entered.present:
        entry_of(present, name)
    for name in entered.excused:
        entry_of(excused, name)
    for name in entered.absent:
        entry_of(absent, name)
    for name, substitute in entered.substituted.items():
        assert entry_of(excused, name).endswith(f", vervangen door {substitute}")
        assert f"{substitute} (ter vervanging van {name})" in present

    # the first item: the notes as typed, the decision, the action with owner and due date
    opening = next(i for i, p in enumerate(paragraphs) if p.startswith("1. "))
    following = next(i for i, p in enumerate(paragraphs) if i > opening and p.startswith("2. "))
    item = paragraphs[opening:following]
    assert NOTES in item
    assert any(DECISION in p for p in item)
    (action,) = [p for p in item if ACTION in p]
    assert action == f"Actie: {ACTION} – Interleuven – termijn 26/01/2027", action
    for text in ("over 2 weken", "Interl"):
        assert not any(text in p for p in item if p != action), (text, item)
    assert not any("over 2 weken" in p for p in paragraphs)

    assert any("Deze vergadering legde 1 nieuw actiepunt vast; het staat " in p for p in paragraphs)

    # the closing block
    closing = paragraphs[paragraphs.index("Sluiting") :]
    assert any(re.fullmatch(r"De vergadering wordt gesloten om \d\d:\d\d\.", p) for p in closing), (
        closing
    )
    assert any(p.startswith("Volgende vergadering: ") for p in closing)
    assert any(p.startswith("Verslag: ") and len(p) > len("Verslag: ") for p in closing)


def test_a_whole_meeting_day(ctx, db, show, qtbot, monkeypatch, tmp_path):
    with db.session() as s:  # two years of history; the next Taskforce meeting is ours
        generate_demo(s, years=2, today=HISTORY_UNTIL)
    window = MainWindow(ctx)
    show(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.start()

    meeting_id = plan_the_meeting(window, qtbot)
    invited, coming, excused, substituted = record_answers(window, qtbot)
    entered = Attendance(present=[coming], excused=[excused], substituted={substituted: SUBSTITUTE})

    back_in(window, qtbot)
    press(qtbot, Qt.Key.Key_L, CTRL)  # live minutes
    live = window.live_view
    assert isinstance(live, LiveView) and live.meeting_id == meeting_id
    assert not window.nav.isVisible()
    take_the_roll_call(live, qtbot, entered, invited)
    take_the_minutes(live, qtbot)
    close_the_meeting(window, live, qtbot)

    with db.session() as s:  # what was saved, read back
        d = meetings.meeting_detail(s, meeting_id)
    assert d.status == MeetingStatus.MINUTES_DRAFT and not d.unrecorded
    (action,) = d.actions
    assert action.due_date == MEETING_DAY + dt.timedelta(days=14)
    assert action.owner == "Interleuven" and action.owner_organisation_id is not None
    assert d.items[0].notes == NOTES

    files = export_the_minutes(window, qtbot, monkeypatch, tmp_path)
    check_the_minutes(docx_text(files["docx"]), entered)
    pages = pdf_pages(files["pdf"])
    assert len(pages) <= 6  # an ordinary meeting's minutes, read to the end (issue 14)
    pdf = "\n".join(pages)
    for text in (
        "Aanwezig:",
        "Verontschuldigd:",
        f"vervangen door {SUBSTITUTE}",
        f"vervangen door {ROLL_CALL_SUBSTITUTE}",
        "26/01/2027",
        "Sluiting",
        "De vergadering wordt gesloten om",
        NOTES,
    ):
        assert text in " ".join(pdf.split()), text
    assert "over 2 weken" not in pdf and "niet geregistreerd" not in pdf
