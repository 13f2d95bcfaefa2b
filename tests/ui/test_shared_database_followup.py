"""Several people on one database (issue 19): the action follow-ups and the agenda item's
small fields. User A is the window, user B another session writing through the services
(helpers of test_shared_database.py); SQLite and, with SPITSREGIO_TEST_PG_URL, PostgreSQL.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402
from test_actions_tracker import descriptions, ok, select  # noqa: E402
from test_shared_database import answer_conflict, as_b, item_row, meeting, window  # noqa: E402, F401

from spitsregio_desktop.services import actions, agenda  # noqa: E402
from spitsregio_desktop.storage.enums import ActionStatus, ItemKind  # noqa: E402

B_DUE = dt.date(2027, 2, 26)


@pytest.fixture
def action(database, meeting) -> int:  # noqa: F811 - the fixture imported above
    return as_b(
        database,
        actions.add_action,
        meeting["item"],
        "Tracé bezorgen aan de gemeenten",
        owner_text="Provincie",
        due_date="2027-01-15",
    )


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """The message boxes A sees (a real one would wait for a click)."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: texts.append(text))
    return texts


def tracker(window, show, qtbot):  # noqa: F811
    from spitsregio_desktop.ui.actions.view import ActionsView

    view = ActionsView(window)
    show(view)
    view.refresh()
    select(view, qtbot, "Tracé bezorgen aan de gemeenten")
    return view


def row_of(database, action_id: int):
    with database.session() as s:
        return actions.get_action_row(s, action_id)


@pytest.mark.parametrize("what", ["close", "postpone"])
def test_a_follow_up_after_b_postponed_is_refused_and_shows_b_due_date(
    window,  # noqa: F811
    database,
    action,
    show,
    qtbot,
    said,
    what,
):
    view = tracker(window, show, qtbot)
    assert view.detail.fields["due"].text() == "15/01/2027"
    as_b(database, actions.postpone, action, B_DUE.isoformat(), "wacht op de gemeente")
    before = row_of(database, action)

    view.detail.buttons[what].click()
    dialog = view.dialog
    if what == "postpone":
        qtbot.keyClicks(dialog.due.edit, "31/03/2027")
    ok(qtbot, dialog)

    assert len(said) == 1  # one clear Dutch message
    assert "intussen door iemand anders gewijzigd" in said[0]
    assert "niet bewaard" in said[0] and "beslis opnieuw" in said[0]
    assert not dialog.isVisible()  # closed: the list shows what is there now
    now = row_of(database, action)
    assert (now.status, now.due_date, now.row_version) == (
        ActionStatus.OPEN,
        B_DUE,
        before.row_version,
    )  # B's change kept, nothing of A's written
    assert view.detail.fields["due"].text() == "26/02/2027"  # A now sees B's due date
    assert view.detail.row.row_version == before.row_version

    # seen it, A decides again on what is there now: that goes through
    view.detail.buttons["close"].click()
    ok(qtbot, view.dialog)
    assert len(said) == 1
    assert row_of(database, action).status == ActionStatus.DONE
    assert "Tracé bezorgen aan de gemeenten" not in descriptions(view)


def test_reopen_after_b_reassigned_is_refused(window, database, action, show, qtbot, said):  # noqa: F811
    as_b(database, actions.set_status, action, ActionStatus.DONE)
    from spitsregio_desktop.ui.actions.view import ActionsView

    view = ActionsView(window)
    show(view)
    view.refresh()
    view.status.setCurrentIndex(view.status.findText("All"))
    select(view, qtbot, "Tracé bezorgen aan de gemeenten")
    as_b(database, actions.reassign, action, owner_text="Gemeente Leuven")
    view.detail.buttons["reopen"].click()
    assert said and "intussen door iemand anders gewijzigd" in said[0]
    now = row_of(database, action)
    assert (now.status, now.owner) == (ActionStatus.DONE, "Gemeente Leuven")
    assert view.detail.fields["owner"].text() == "Gemeente Leuven"


def agenda_tab(window, meeting, show):  # noqa: F811
    from spitsregio_desktop.ui.meetings.agenda_tab import AgendaTab

    tab = AgendaTab(window)
    tab.load(meeting["meeting"])
    show(tab, 1366, 768)
    tab.select(meeting["item"])
    return tab


def test_item_minutes_changed_by_b_are_not_overwritten_by_a(window, database, meeting, show):  # noqa: F811
    tab = agenda_tab(window, meeting, show)
    editor = tab.editor
    as_b(database, agenda.update_item, meeting["item"], duration_minutes=20)
    editor.minutes.setValue(45)
    seen = answer_conflict()
    assert not editor.flush()
    assert "door iemand anders gewijzigd" in seen["text"]
    assert seen["theirs"] == {"duration_minutes": "20"}
    assert seen["yours"] == {"duration_minutes": "45"}
    assert editor.minutes.value() == 20  # A's form shows B's minutes
    assert item_row(database, meeting["meeting"], meeting["item"]).duration_minutes == 20
    editor.minutes.setValue(30)  # now from B's value: saved
    assert editor.flush()
    assert item_row(database, meeting["meeting"], meeting["item"]).duration_minutes == 30


def test_item_kind_changed_by_both_shows_b_kind_in_dutch(
    window,  # noqa: F811
    database,
    meeting,  # noqa: F811
    show,
    tmp_path,
):
    tab = agenda_tab(window, meeting, show)
    editor = tab.editor
    as_b(database, agenda.update_item, meeting["item"], kind=ItemKind.DECISION)
    index = editor.kind.findData(str(ItemKind.INFORMATION))
    editor.kind.setCurrentIndex(index)
    editor.kind.activated.emit(index)  # as when A picks it from the list
    seen = answer_conflict(tmp_path / "kind-conflict.png")
    assert not editor.flush()
    assert seen["theirs"] == {"kind": "ter beslissing"}
    assert seen["yours"] == {"kind": "ter informatie"}
    assert seen["shot"]
    assert editor.kind.currentData() == str(ItemKind.DECISION)
    assert item_row(database, meeting["meeting"], meeting["item"]).kind == ItemKind.DECISION


def test_b_presenter_and_a_confidential_flag_both_stand(window, database, meeting, show):  # noqa: F811
    """Different fields of the same item: no dialog, neither overwritten."""
    tab = agenda_tab(window, meeting, show)
    editor = tab.editor
    as_b(database, agenda.update_item, meeting["item"], presenter="Gedeputeerde")
    editor.confidential.click()
    assert editor.flush()
    now = item_row(database, meeting["meeting"], meeting["item"])
    assert (now.presenter, now.confidential_flag) == ("Gedeputeerde", True)
    # the save reloaded the item: A's form shows B's presenter, and A's change made
    # from it goes through (it was seen, so it is not refused)
    assert editor.presenter.text() == "Gedeputeerde"
    editor.presenter.setText("Gedeputeerde en secretaris")
    editor._edited("presenter", editor.presenter.text())
    assert editor.flush()
    now = item_row(database, meeting["meeting"], meeting["item"])
    assert (now.presenter, now.confidential_flag) == ("Gedeputeerde en secretaris", True)
