"""The action tracker as the secretary uses it: filter, follow up, export."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QBrush  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog  # noqa: E402

from spitsregio_desktop.services import actions, agenda  # noqa: E402
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting  # noqa: E402
from spitsregio_desktop.services.people import list_persons  # noqa: E402
from spitsregio_desktop.storage.enums import ActionEventKind, ActionStatus  # noqa: E402
from spitsregio_desktop.ui.actions.view import ActionsView, due_range  # noqa: E402

TODAY = dt.date(2026, 11, 27)  # a Friday


@pytest.fixture
def data(ctx) -> dict[str, int]:
    with ctx.session() as s:
        m = create_meeting(s, MeetingInput(body="BO", date="2026-10-01", start_time="09:00"))
        mobility = agenda.add_item(s, m, "Fietsroutes", theme="mobiliteit")
        work = agenda.add_item(s, m, "Jobbeurs", theme="werk")
        leuven = next(p.id for p in list_persons(s) if p.name == "Burgemeester Leuven")
        vdab = actions.find_owner(s, "VDAB").organisation_id
        tf = create_meeting(s, MeetingInput(body="TF", date="2026-10-06"))
        tf_item = agenda.add_item(s, tf, "Opleidingen", theme="werk")
        return {
            "meeting": m,
            "late": actions.add_action(
                s,
                mobility,
                "Tracé fietsroute tekenen",
                owner_person_id=leuven,
                due_date="2026-11-10",
            ),
            "soon": actions.add_action(
                s, work, "Standhouders zoeken", owner_organisation_id=vdab, due_date="2026-11-30"
            ),
            "later": actions.add_action(
                s, work, "Affiche jobbeurs maken", owner_person_id=leuven, due_date="2027-01-20"
            ),
            "tf": actions.add_action(
                s,
                tf_item,
                "Opleidingsaanbod inventariseren",
                owner_organisation_id=vdab,
                due_date="2027-03-01",
            ),
        }


def open_view(ctx, show) -> ActionsView:
    view = ActionsView(ctx)
    view.today = lambda: TODAY
    show(view)
    view.refresh()
    return view


def shown(view) -> list:
    return [view.proxy.entity(view.proxy.index(r, 0)) for r in range(view.proxy.rowCount())]


def descriptions(view) -> list[str]:
    return [r.description for r in shown(view)]


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_due_periods() -> None:
    start, end = dt.date(2026, 1, 1), dt.date(2026, 2, 1)
    assert due_range("week", TODAY, start, end) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert due_range("month", TODAY, start, end) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert due_range("month", dt.date(2026, 12, 31), start, end)[1] == dt.date(2026, 12, 31)
    assert due_range("quarter", TODAY, start, end) == (TODAY, dt.date(2027, 2, 26))
    assert due_range("custom", TODAY, start, end) == (start, end)
    assert due_range("all", TODAY, start, end) is None


def test_filters_owner_theme_period_and_overdue(ctx, data, show, qtbot):
    view = open_view(ctx, show)
    assert descriptions(view) == [
        "Tracé fietsroute tekenen",
        "Standhouders zoeken",
        "Affiche jobbeurs maken",
        "Opleidingsaanbod inventariseren",
    ]
    red = view.proxy.index(0, 3).data(Qt.ItemDataRole.ForegroundRole)
    amber = view.proxy.index(1, 3).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QBrush) and red.color().name() == "#b00020"
    assert isinstance(amber, QBrush) and amber.color().name() == "#a15c00"
    assert view.proxy.index(2, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.count.text() == "4 of 4 actions · 1 overdue"

    # owner: a few typed letters narrow the list, an exact name from the list is that owner
    qtbot.keyClicks(view.owner.lineEdit(), "leuven")
    assert descriptions(view) == ["Tracé fietsroute tekenen", "Affiche jobbeurs maken"]
    view.owner.lineEdit().clear()
    view.owner.setCurrentIndex(view.owner.findText("VDAB"))
    assert descriptions(view) == ["Standhouders zoeken", "Opleidingsaanbod inventariseren"]
    view.body.setCurrentIndex(view.body.findData("TF"))
    assert descriptions(view) == ["Opleidingsaanbod inventariseren"]
    view.body.setCurrentIndex(0)
    view.owner.lineEdit().clear()
    assert len(shown(view)) == 4

    view.theme.setCurrentIndex(view.theme.findData("werk"))
    assert {r.theme for r in shown(view)} == {"werk"} and len(shown(view)) == 3
    view.theme.setCurrentIndex(0)

    view.due.setCurrentIndex(view.due.findData("week"))
    assert descriptions(view) == []
    view.due.setCurrentIndex(view.due.findData("month"))
    assert descriptions(view) == ["Tracé fietsroute tekenen", "Standhouders zoeken"]
    view.due.setCurrentIndex(view.due.findData("quarter"))
    assert descriptions(view) == ["Standhouders zoeken", "Affiche jobbeurs maken"]
    assert view.due_from.isHidden()
    view.due.setCurrentIndex(view.due.findData("custom"))
    assert view.due_from.isVisible() and view.due_to.isVisible()
    view.due_from.set_date(dt.date(2027, 1, 1))
    view.due_to.set_date(dt.date(2027, 12, 31))
    assert descriptions(view) == ["Affiche jobbeurs maken", "Opleidingsaanbod inventariseren"]
    view.due.setCurrentIndex(view.due.findData("overdue"))
    assert descriptions(view) == ["Tracé fietsroute tekenen"]
    view.due.setCurrentIndex(view.due.findData("all"))

    qtbot.mouseClick(view.overdue_only, Qt.MouseButton.LeftButton)
    assert descriptions(view) == ["Tracé fietsroute tekenen"]


def select(view, qtbot, text: str) -> None:
    row = descriptions(view).index(text)
    index = view.proxy.index(row, 3)
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    assert view.detail.row.description == text


def history(ctx, action_id: int):
    with ctx.session() as s:
        return actions.action_history(s, action_id)


def row_of(ctx, action_id: int):
    with ctx.session() as s:
        return next(r for r in actions.list_actions(s) if r.id == action_id)


def test_follow_up_note_postpone_reassign_close(ctx, data, show, qtbot):
    view = open_view(ctx, show)
    select(view, qtbot, "Tracé fietsroute tekenen")
    assert "overdue" in view.detail.fields["due"].text()
    assert not view.detail.buttons["reopen"].isEnabled()

    # a progress note, dated today by default
    qtbot.mouseClick(view.detail.buttons["note"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.keyClicks(dialog.text, "Studiebureau aangesteld")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    (note,) = history(ctx, data["late"])
    assert (note.on_date, note.kind, note.text) == (
        TODAY,
        ActionEventKind.NOTE,
        "Studiebureau aangesteld",
    )
    assert row_of(ctx, data["late"]).status == ActionStatus.IN_PROGRESS
    assert view.detail.row.id == data["late"]  # still selected after the reload
    assert "Studiebureau aangesteld" in view.detail.history.toPlainText()
    assert "27/11/2026" in view.detail.history.toPlainText()

    # postpone by typing Dutch words; the understood date is shown before saving
    qtbot.mouseClick(view.detail.buttons["postpone"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.keyClicks(dialog.due.edit, "volgende vrijdag")
    assert dialog.due.shown.text() == "vrijdag 4 december 2026"
    qtbot.keyClicks(dialog.reason, "wacht op het studiebureau")
    ok(qtbot, dialog)
    row = row_of(ctx, data["late"])
    assert row.due_date == dt.date(2026, 12, 4)
    last = history(ctx, data["late"])[-1]
    assert last.kind == ActionEventKind.POSTPONED and last.on_date == TODAY
    assert "10/11/2026 → 04/12/2026" in last.text and "studiebureau" in last.text
    assert view.detail.fields["due"].text() == "04/12/2026"

    # reassign by typing "inter" and picking Interleuven from the list
    qtbot.mouseClick(view.detail.buttons["reassign"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.owner, "inter")
    assert dialog.owner.shown[0].label == "Interleuven"
    assert not dialog.ok_button().isEnabled()  # several match: a pick is needed
    popup = dialog.owner.picker.popup()
    assert popup.isVisible()
    first = popup.model().index(0, 0)
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(first).center()
    )
    assert dialog.owner.text() == "Interleuven" and dialog.ok_button().isEnabled()
    ok(qtbot, dialog)
    assert row_of(ctx, data["late"]).owner == "Interleuven"
    last = history(ctx, data["late"])[-1]
    assert last.kind == ActionEventKind.REASSIGNED and "Burgemeester Leuven" in last.text
    assert view.detail.fields["owner"].text() == "Interleuven"

    # close
    qtbot.mouseClick(view.detail.buttons["close"], Qt.MouseButton.LeftButton)
    ok(qtbot, view.dialog)
    row = row_of(ctx, data["late"])
    assert row.status == ActionStatus.DONE and row.closed_on == TODAY
    assert history(ctx, data["late"])[-1].kind == ActionEventKind.STATUS
    # the "Open" status filter now hides it; "All" shows it with Reopen enabled
    assert "Tracé fietsroute tekenen" not in descriptions(view)
    view.status.setCurrentIndex(view.status.findText("All"))
    select(view, qtbot, "Tracé fietsroute tekenen")
    assert view.detail.buttons["reopen"].isEnabled()
    assert not view.detail.buttons["close"].isEnabled()
    qtbot.mouseClick(view.detail.buttons["reopen"], Qt.MouseButton.LeftButton)
    assert row_of(ctx, data["late"]).status == ActionStatus.OPEN


def test_cancel_asks_a_reason(ctx, data, show, qtbot):
    view = open_view(ctx, show)
    select(view, qtbot, "Standhouders zoeken")
    qtbot.mouseClick(view.detail.buttons["cancel"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    ok(qtbot, dialog)
    assert dialog.isVisible() and "reden" in dialog.error.text()
    assert row_of(ctx, data["soon"]).status == ActionStatus.OPEN  # nothing saved
    qtbot.keyClicks(dialog.text, "Jobbeurs gaat niet door")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    row = row_of(ctx, data["soon"])
    assert row.status == ActionStatus.CANCELLED and row.closed_on == TODAY
    assert "Jobbeurs gaat niet door" in history(ctx, data["soon"])[-1].text


def test_open_meeting_from_the_detail_pane(ctx, data, show, qtbot):
    view = open_view(ctx, show)
    select(view, qtbot, "Standhouders zoeken")
    with qtbot.waitSignal(ctx.hub.open_meeting) as opened:
        qtbot.mouseClick(view.detail.buttons["open"], Qt.MouseButton.LeftButton)
    assert opened.args == [data["meeting"]]


def test_export_action_list_as_pdf(ctx, data, show, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out" / "actielijst"
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    view = open_view(ctx, show)
    view.body.setCurrentIndex(view.body.findData("BO"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.body.currentData() == "BO" and dialog.pdf.isChecked()
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert asked and Path(asked[0]).name == "2026-11-27 BO actielijst.pdf"
    out = target.with_name("actielijst.pdf")
    assert out.exists() and view.exporter.last_path == out
    assert view.exporter.isVisible() and str(out) in view.exporter.label.text()
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(out)).pages).split())
    assert "Tracé fietsroute tekenen" in text and "Standhouders zoeken" in text
    assert "Opleidingsaanbod" not in text  # a TF action
