"""Members & organisations, clicked and typed through the real widgets."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox  # noqa: E402

from spitsregio_desktop.services.people import list_memberships, list_organisations  # noqa: E402
from spitsregio_desktop.storage.enums import Role  # noqa: E402
from spitsregio_desktop.ui.members.dialogs import MemberDialog, OrganisationDialog  # noqa: E402
from spitsregio_desktop.ui.members.view import MembersView  # noqa: E402


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def shown_rows(tab) -> list:
    return [tab.proxy.entity(tab.proxy.index(r, 0)) for r in range(tab.proxy.rowCount())]


def row_of(tab, person: str):
    for r in range(tab.proxy.rowCount()):
        index = tab.proxy.index(r, 0)
        if tab.proxy.entity(index).person == person:
            return index
    raise AssertionError(f"{person} not in the list")


def double_click(qtbot, table, index) -> None:
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_filter_by_body_and_search_as_you_type(ctx, show, qtbot):
    view = show(MembersView(ctx))
    view.refresh()
    tab = view.members
    tab.body.setCurrentIndex(tab.body.findData("BO"))
    assert len(shown_rows(tab)) == 30
    assert {r.body_short for r in shown_rows(tab)} == {"BO"}
    qtbot.keyClicks(tab.search, "leuven")
    assert [r.person for r in shown_rows(tab)] == ["Burgemeester Leuven"]
    assert tab.count.text().startswith("1")


def test_double_click_renames_an_unnamed_seat(ctx, show, qtbot, monkeypatch):
    view = show(MembersView(ctx))
    view.refresh()
    tab = view.members
    tab.body.setCurrentIndex(tab.body.findData("BO"))
    index = row_of(tab, "Burgemeester Leuven")
    assert tab.model.data(tab.proxy.mapToSource(index), Qt.ItemDataRole.FontRole).italic()
    seen = {}

    def fill_in(dialog: MemberDialog) -> int:
        dialog.show()
        seen["hint"] = dialog.seat_hint.isVisible()
        seen["selected"] = dialog.name.selectedText()
        qtbot.keyClicks(dialog.name, "Mohamed Ridouani")  # replaces the selected seat name
        qtbot.keyClicks(dialog.email, "burgemeester@leuven.example")
        dialog.role.setCurrentIndex(dialog.role.findData("chair"))
        click_ok(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(MemberDialog, "exec", fill_in)
    double_click(qtbot, tab.table, index)
    assert seen == {"hint": True, "selected": "Burgemeester Leuven"}
    assert tab.selected().person == "Mohamed Ridouani"
    with ctx.session() as s:
        leuven = [m for m in list_memberships(s, "BO") if m.organisation == "Leuven"]
    assert [(m.person, m.email, m.role) for m in leuven] == [
        ("Mohamed Ridouani", "burgemeester@leuven.example", Role.CHAIR)
    ]


def test_invalid_email_keeps_the_dialog_open_and_saves_nothing(ctx, show, qtbot):
    with ctx.session() as s:
        before = list_memberships(s, "TF")
    dialog = show(MemberDialog(ctx, body="TF"), 560, 640)
    qtbot.keyClicks(dialog.name, "Els Peeters")
    qtbot.keyClicks(dialog.email, "x")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    error = dialog.errors["email"]
    assert error.isVisible() and error.text() == "'x' is geen geldig e-mailadres"
    with ctx.session() as s:
        assert list_memberships(s, "TF") == before
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "els@acv.example")
    dialog.substitute.setCurrentIndex(dialog.substitute.findText("Burgemeester Leuven (Leuven)"))
    click_ok(qtbot, dialog)
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    assert not error.isVisible()
    with ctx.session() as s:
        els = next(m for m in list_memberships(s, "TF") if m.person == "Els Peeters")
    assert (els.email, els.substitute) == ("els@acv.example", "Burgemeester Leuven")


def test_duplicate_member_and_bad_period_are_refused_next_to_the_field(ctx, show, qtbot):
    dialog = show(MemberDialog(ctx, body="BO"), 560, 640)
    qtbot.keyClicks(dialog.name, "Burgemeester Leuven")
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Leuven"))
    click_ok(qtbot, dialog)
    assert dialog.errors["name"].text() == "'Burgemeester Leuven' bestaat al bij deze organisatie"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Schepen Leuven")
    qtbot.keyClicks(dialog.start.edit, "01/06/2026")
    qtbot.keyClicks(dialog.end.edit, "01/01/2026")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "voor het begin" in dialog.errors["end_date"].text()
    with ctx.session() as s:
        assert not [m for m in list_memberships(s) if m.person == "Schepen Leuven"]


def test_end_membership_today(ctx, show, qtbot, monkeypatch):
    view = show(MembersView(ctx))
    view.refresh()
    tab = view.members
    tab.body.setCurrentIndex(tab.body.findData("BO"))
    tab.table.setCurrentIndex(row_of(tab, "Burgemeester Aarschot"))
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    qtbot.mouseClick(tab.end_button, Qt.MouseButton.LeftButton)
    assert "Burgemeester Aarschot" in asked[0]
    today = dt.date.today()
    row = next(r for r in shown_rows(tab) if r.person == "Burgemeester Aarschot")
    assert row.end_date == today  # the last day; inactive (hidden) from tomorrow
    period = tab.proxy.index(row_of(tab, "Burgemeester Aarschot").row(), 7).data()
    assert period == "… – " + today.strftime("%d/%m/%Y")
    with ctx.session() as s:
        tomorrow = list_memberships(s, "BO", today=today + dt.timedelta(days=1))
    assert not next(m for m in tomorrow if m.person == "Burgemeester Aarschot").active


def test_new_organisation_and_duplicate_name(ctx, show, qtbot, monkeypatch):
    view = show(MembersView(ctx))
    view.refresh()
    view.tabs.setCurrentWidget(view.organisations)
    names = []

    def fill_in(dialog: OrganisationDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.name, names.pop(0))
        qtbot.keyClicks(dialog.short, "NP")
        click_ok(qtbot, dialog)
        if dialog.isVisible():  # refused: record the message and cancel
            names.append(dialog.errors["name"].text())
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(OrganisationDialog, "exec", fill_in)
    names.append("Nieuwe Partner vzw")
    qtbot.mouseClick(view.organisations.new_button, Qt.MouseButton.LeftButton)
    names.append("nieuwe partner vzw")
    qtbot.mouseClick(view.organisations.new_button, Qt.MouseButton.LeftButton)
    assert names == ["Er bestaat al een organisatie 'nieuwe partner vzw'"]
    with ctx.session() as s:
        assert [o.short for o in list_organisations(s) if o.name == "Nieuwe Partner vzw"] == ["NP"]
    shown = [
        view.organisations.proxy.index(r, 0).data()
        for r in range(view.organisations.proxy.rowCount())
    ]
    assert "Nieuwe Partner vzw" in shown
