"""Correcting an item's decisions and actions in the agenda tab after the meeting."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from agenda_data import plain_meeting  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox  # noqa: E402

from spitsregio_desktop.services import actions, agenda, decisions, meetings, minutes  # noqa: E402
from spitsregio_desktop.services.dutch_dates import parse_due_date  # noqa: E402
from spitsregio_desktop.storage.enums import ActionStatus  # noqa: E402
from spitsregio_desktop.ui.meetings.agenda_tab import AgendaTab  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


def item_row(ctx, meeting_id, item_id):
    with ctx.session() as s:
        detail = meetings.meeting_detail(s, meeting_id)
    return next(r for r in detail.items if r.id == item_id)


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


@pytest.fixture
def setup(ctx, show):
    meeting_id = plain_meeting(ctx)
    with ctx.session() as s:
        item = agenda.add_item(s, meeting_id, "Mobiliteitsplan regio Leuven-Noord")
        other = agenda.add_item(s, meeting_id, "Kinderopvang")
        decisions.add_decision(s, other, "Een besluit van een ander punt")
    tab = AgendaTab(ctx)
    tab.load(meeting_id)
    show(tab)
    tab.select(item)
    return tab, meeting_id, item


def test_decisions_add_edit_delete(setup, ctx, qtbot, monkeypatch):
    tab, meeting_id, item = setup
    pane = tab.editor.decisions
    changes: list[bool] = []
    tab.changed.connect(lambda: changes.append(True))
    tab.editor.outcome_tabs.setCurrentWidget(pane)
    assert tab.editor.outcome_tabs.tabText(1) == "De&cisions (0)"

    for text, votes in (
        ("Het plan wordt goedgekeurd.", ("25", "2", "")),
        ("De werkgroep krijgt een mandaat.", ("", "", "")),
    ):
        qtbot.mouseClick(pane.add_button, LEFT)
        dialog = pane.dialog
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.text, text)
        qtbot.keyClicks(dialog.votes_for, votes[0])
        qtbot.keyClicks(dialog.votes_against, votes[1])
        qtbot.keyClicks(dialog.votes_abstain, votes[2])
        ok(qtbot, dialog)
        assert not dialog.isVisible()

    rows = item_row(ctx, meeting_id, item).decisions
    # numbered per meeting: the other item's decision is 1
    assert [(d.number, d.text) for d in rows] == [
        (2, "Het plan wordt goedgekeurd."),
        (3, "De werkgroep krijgt een mandaat."),
    ]
    assert (rows[0].votes_for, rows[0].votes_against, rows[0].votes_abstain) == (25, 2, None)
    assert not rows[1].has_votes
    assert changes
    assert pane.count() == 2 and tab.editor.outcome_tabs.tabText(1) == "De&cisions (2)"
    assert pane.model.index(0, 2).data() == "25 / 2 / –"

    # correct a typo: double-click the row
    pane.view.selectRow(1)
    rect = pane.view.visualRect(pane.proxy.index(1, 1))
    qtbot.mouseClick(pane.view.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(pane.view.viewport(), LEFT, pos=rect.center())
    dialog = pane.dialog
    assert dialog.text.toPlainText() == "De werkgroep krijgt een mandaat."
    dialog.text.setPlainText("De werkgroep krijgt een ruim mandaat.")
    ok(qtbot, dialog)
    assert (
        item_row(ctx, meeting_id, item).decisions[1].text == "De werkgroep krijgt een ruim mandaat."
    )

    # delete decision 2: decision 3 becomes 2
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    pane.view.selectRow(0)
    said: list[tuple] = []
    ctx.hub.undoable.connect(lambda text, undo: said.append((text, undo)))
    before = [(d.number, d.text, d.votes_for) for d in item_row(ctx, meeting_id, item).decisions]
    qtbot.mouseClick(pane.delete_button, LEFT)
    assert "2" in asked[0]
    assert [text for text, _ in said] == ["Decision 2 deleted"]  # the status bar says so
    undo = said[0][1]
    undo()  # "Undo" in the status bar: back under its number, the next one moves up again
    after = [(d.number, d.text, d.votes_for) for d in item_row(ctx, meeting_id, item).decisions]
    assert after == before and pane.count() == 2
    said.clear()
    pane.view.selectRow(0)
    qtbot.mouseClick(pane.delete_button, LEFT)  # and gone again, for the rest of the test
    assert [text for text, _ in said] == ["Decision 2 deleted"]
    rows = item_row(ctx, meeting_id, item).decisions
    assert [(d.number, d.text) for d in rows] == [(2, "De werkgroep krijgt een ruim mandaat.")]
    assert pane.count() == 1 and pane.model.index(0, 0).data() == "2"


def test_empty_decision_is_refused_in_dutch(setup, ctx, qtbot):
    tab, meeting_id, item = setup
    pane = tab.editor.decisions
    qtbot.mouseClick(pane.add_button, LEFT)
    dialog = pane.dialog
    qtbot.keyClicks(dialog.votes_for, "3")
    ok(qtbot, dialog)
    assert dialog.isVisible()  # stays open with what was typed
    message = dialog.errors["text"].text()
    assert "tekst van het besluit" in message and message[0].isupper()
    assert item_row(ctx, meeting_id, item).decisions == ()
    qtbot.keyClicks(dialog.votes_against, "x")
    dialog.text.setPlainText("Goedgekeurd")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "geen aantal stemmen" in dialog.errors["votes_against"].text()
    assert item_row(ctx, meeting_id, item).decisions == ()
    dialog.reject()


def test_actions_add_edit_delete(setup, ctx, qtbot, monkeypatch):
    tab, meeting_id, item = setup
    pane = tab.editor.actions
    tab.editor.outcome_tabs.setCurrentWidget(pane)
    qtbot.mouseClick(pane.add_button, LEFT)
    dialog = pane.dialog
    qtbot.keyClicks(dialog.description, "Plan bezorgen aan de gemeenten")
    dialog.owner.setFocus()
    qtbot.keyClicks(dialog.owner, "inter")
    assert dialog.owner.shown[0].label == "Interleuven"
    popup = dialog.owner.picker.popup()
    assert popup.isVisible()
    first = popup.model().index(0, 0)
    qtbot.mouseClick(popup.viewport(), LEFT, pos=popup.visualRect(first).center())
    assert dialog.owner.text() == "Interleuven"
    assert dialog.owner_understood.text() == "→ Interleuven"
    qtbot.keyClicks(dialog.due.edit, "15/1")
    due = parse_due_date("15/1", dt.date(2026, 12, 10))  # counted from the meeting's date
    assert dialog.due.shown.text() == "vrijdag 15 januari 2027"
    ok(qtbot, dialog)
    assert not dialog.isVisible()

    (action,) = item_row(ctx, meeting_id, item).actions
    assert action.description == "Plan bezorgen aan de gemeenten"
    assert action.owner == "Interleuven" and action.owner_organisation_id is not None
    assert action.due_date == due and action.status == ActionStatus.OPEN
    assert tab.editor.outcome_tabs.tabText(2) == "Act&ions (1)"
    assert pane.model.index(0, 1).data() == "Interleuven"
    assert pane.model.index(0, 2).data() == due.strftime("%d/%m/%Y")

    # Enter on the row edits it; the owner and due date come back as they were
    pane.view.setFocus()
    pane.view.selectRow(0)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    dialog = pane.dialog
    assert dialog.owner.chosen() is not None and dialog.owner.text() == "Interleuven"
    assert dialog.due.text() == due.strftime("%d/%m/%Y")
    dialog.status.setCurrentIndex(dialog.status.findData(str(ActionStatus.DONE)))
    ok(qtbot, dialog)
    (action,) = item_row(ctx, meeting_id, item).actions
    assert action.status == ActionStatus.DONE
    assert action.owner == "Interleuven" and action.due_date == due
    assert pane.model.index(0, 3).data() == "done"

    # a wrong date is refused in Dutch; the dialog stays open
    pane.view.selectRow(0)
    qtbot.mouseClick(pane.edit_button, LEFT)
    dialog = pane.dialog
    dialog.due.edit.setText("morgenavond laat")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "geen datum" in dialog.errors["due"].text()
    dialog.reject()

    # deleting asks first; No keeps it
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer[0])
    pane.view.selectRow(0)
    qtbot.mouseClick(pane.delete_button, LEFT)
    assert len(item_row(ctx, meeting_id, item).actions) == 1
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(pane.delete_button, LEFT)
    assert item_row(ctx, meeting_id, item).actions == ()
    assert pane.count() == 0 and not pane.delete_button.isEnabled()
    with ctx.session() as s:
        assert not [a for a in actions.list_actions(s) if a.agenda_item_id == item]


def test_frozen_meeting_disables_the_buttons(ctx, show):
    meeting_id = plain_meeting(ctx)
    with ctx.session() as s:
        item = agenda.add_item(s, meeting_id, "Mobiliteitsplan")
        decisions.add_decision(s, item, "Goedgekeurd", 20, 0, 1)
        actions.add_action(s, item, "Plan bezorgen", owner_text="secretariaat")
        minutes.approve(s, meeting_id)
    tab = AgendaTab(ctx)
    tab.load(meeting_id)
    show(tab)
    tab.select(item)
    for pane in (tab.editor.decisions, tab.editor.actions):
        assert pane.count() == 1  # still readable
        pane.view.selectRow(0)
        for button in (pane.add_button, pane.edit_button, pane.delete_button):
            assert not button.isEnabled()
        pane.edit_selected()
        assert pane.dialog is None
