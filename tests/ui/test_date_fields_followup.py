"""The follow-up screens' date fields are the one Dutch date entry too: postponing and
closing actions, objectives and their measured values, the list filters and periods
(issue 14). Typed as a Belgian types them, read back in the database; an impossible date
is marked, refused and changes nothing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402
from test_date_fields import next_friday, type_date  # noqa: E402

from spitsregio_desktop.services import actions, agenda  # noqa: E402
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting  # noqa: E402
from spitsregio_desktop.services.objectives import (  # noqa: E402
    ObjectiveInput,
    create_objective,
    list_objectives,
    objective_detail,
)
from spitsregio_desktop.ui.actions.view import ActionsView  # noqa: E402
from spitsregio_desktop.ui.common.list_export import ExportDialog  # noqa: E402
from spitsregio_desktop.ui.objectives.dialogs import ObjectiveDialog, ValueDialog  # noqa: E402

TODAY = dt.date.today()


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def action_row(ctx, action_id: int):
    with ctx.session() as s:
        return next(r for r in actions.list_actions(s) if r.id == action_id)


@pytest.fixture
def data(ctx) -> dict[str, object]:
    """An action of a past meeting and one of a meeting six weeks ahead."""
    ahead = TODAY + dt.timedelta(weeks=6)
    with ctx.session() as s:
        past = create_meeting(s, MeetingInput(body="BO", date=TODAY - dt.timedelta(days=40)))
        item = agenda.add_item(s, past, "Fietsroutes")
        future = create_meeting(s, MeetingInput(body="BO", date=ahead))
        later = agenda.add_item(s, future, "Jobbeurs")
        return {
            "ahead": ahead,
            "past": actions.add_action(
                s, item, "Tracé tekenen", owner_text="VDAB", due_date=TODAY + dt.timedelta(days=3)
            ),
            "future": actions.add_action(
                s,
                later,
                "Standhouders zoeken",
                owner_text="VDAB",
                due_date=ahead + dt.timedelta(days=30),
            ),
        }


def open_view(ctx, show) -> ActionsView:
    view = ActionsView(ctx)
    show(view)
    view.refresh()
    return view


def follow_up(view, qtbot, action_id: int, what: str):
    row = next(
        r
        for r in range(view.proxy.rowCount())
        if view.proxy.entity(view.proxy.index(r, 0)).id == action_id
    )
    view.table.selectRow(row)
    qtbot.mouseClick(view.detail.buttons[what], Qt.MouseButton.LeftButton)
    return view.dialog


def test_postpone_typed_impossible_and_relative_to_a_meeting_ahead(ctx, data, show, qtbot):
    view = open_view(ctx, show)
    dialog = follow_up(view, qtbot, data["past"], "postpone")
    type_date(qtbot, dialog.due, "31/02/2027")
    assert "geen dag 31" in dialog.due.shown.text()  # marked before OK
    ok(qtbot, dialog)
    assert dialog.isVisible() and "geen dag 31" in dialog.error.text()
    assert action_row(ctx, data["past"]).due_date == TODAY + dt.timedelta(days=3)
    type_date(qtbot, dialog.due, "12/01/2027")
    assert dialog.due.shown.text() == "dinsdag 12 januari 2027"
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert action_row(ctx, data["past"]).due_date == dt.date(2027, 1, 12)

    # the action of the meeting six weeks ahead: "volgende vrijdag" is after that meeting
    dialog = follow_up(view, qtbot, data["future"], "postpone")
    type_date(qtbot, dialog.due, "volgende vrijdag")
    ok(qtbot, dialog)
    assert action_row(ctx, data["future"]).due_date == next_friday(data["ahead"])


def test_postponing_before_the_meeting_asks_first(ctx, data, show, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: (asked.append(text), QMessageBox.StandardButton.No)[1],
    )
    view = open_view(ctx, show)
    dialog = follow_up(view, qtbot, data["future"], "postpone")
    type_date(qtbot, dialog.due, "morgen")  # counted from the meeting: the day after it
    assert dialog.due.value() == data["ahead"] + dt.timedelta(days=1)
    type_date(qtbot, dialog.due, TODAY.strftime("%d/%m/%Y"))
    ok(qtbot, dialog)
    assert asked and "vóór de vergadering" in asked[0] and dialog.isVisible()
    assert action_row(ctx, data["future"]).due_date == data["ahead"] + dt.timedelta(days=30)


def test_progress_note_date_typed_and_impossible(ctx, data, show, qtbot):
    view = open_view(ctx, show)
    dialog = follow_up(view, qtbot, data["past"], "note")
    qtbot.keyClicks(dialog.text, "Studiebureau aangesteld")
    type_date(qtbot, dialog.day, "31/02/2027")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "geen dag 31" in dialog.error.text()
    with ctx.session() as s:
        assert actions.action_history(s, data["past"]) == ()
    type_date(qtbot, dialog.day, "12/01/2027")
    ok(qtbot, dialog)
    with ctx.session() as s:
        (note,) = actions.action_history(s, data["past"])
    assert note.on_date == dt.date(2027, 1, 12)


def test_objective_dates_typed_and_impossible(ctx, show, qtbot):
    dialog = ObjectiveDialog(ctx, body="TF")
    show(dialog, 700, 700)
    qtbot.keyClicks(dialog.title, "Minder werkloosheid")
    qtbot.keyClicks(dialog.baseline, "8")
    qtbot.keyClicks(dialog.target, "6")
    type_date(qtbot, dialog.baseline_date, "12/01/2027")
    type_date(qtbot, dialog.target_date, "31/02/2030")
    ok(qtbot, dialog)
    assert "geen dag 31" in dialog.errors["target_date"].text()
    with ctx.session() as s:
        assert list_objectives(s) == []  # nothing saved
    type_date(qtbot, dialog.target_date, "eind december 2030")
    assert dialog.target_date.shown.text() == "dinsdag 31 december 2030"
    ok(qtbot, dialog)
    with ctx.session() as s:
        [row] = list_objectives(s)
    assert (row.baseline_date, row.target_date) == (dt.date(2027, 1, 12), dt.date(2030, 12, 31))


def test_measured_on_typed_and_impossible(ctx, show, qtbot):
    with ctx.session() as s:
        oid = create_objective(
            s,
            ObjectiveInput(body="TF", title="Minder werkloosheid", unit="%", baseline=8, target=6),
        )
    dialog = ValueDialog(ctx, oid, "%")
    show(dialog, 500, 300)
    qtbot.keyClicks(dialog.amount, "7,5")
    type_date(qtbot, dialog.measured_on, "31/02/2026")
    ok(qtbot, dialog)
    assert "geen dag 31" in dialog.errors["measured_on"].text()
    with ctx.session() as s:
        assert objective_detail(s, oid).values == ()
    type_date(qtbot, dialog.measured_on, "12/01/2026")  # a value is measured in the past
    ok(qtbot, dialog)
    with ctx.session() as s:
        assert [v.measured_on for v in objective_detail(s, oid).values] == [dt.date(2026, 1, 12)]


def test_due_filter_period_typed_and_impossible_kept(ctx, data, show, qtbot):
    view = open_view(ctx, show)
    view.due.setCurrentIndex(view.due.findData("custom"))
    type_date(qtbot, view.due_from, "1/1/2027")
    type_date(qtbot, view.due_to, "31/12/2030")
    assert [view.proxy.entity(view.proxy.index(r, 0)).id for r in range(view.proxy.rowCount())] == [
        data["future"]
    ]
    type_date(qtbot, view.due_to, "31/02/2030")  # marked; the list stays as it was
    assert "geen dag 31" in view.due_to.shown.text()
    assert view.proxy.rowCount() == 1


def test_export_period_refuses_an_impossible_date(ctx, show, qtbot):
    dialog = ExportDialog(ctx, "Besluitenlijst", "BO", (dt.date(2026, 1, 1), TODAY))
    show(dialog, 600, 300)
    type_date(qtbot, dialog.start, "12/01/2027")
    type_date(qtbot, dialog.end, "31/02/2027")
    dialog.accept()
    assert dialog.result() == 0 and "geen dag 31" in dialog.error.text()
    type_date(qtbot, dialog.end, "eind januari 2027")
    dialog.accept()
    assert dialog.period() == (dt.date(2027, 1, 12), dt.date(2027, 1, 31))
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_statistics_period_typed_and_impossible_said(ctx, show, qtbot):
    from spitsregio_desktop.ui.statistics.view import AttendanceView

    view = show(AttendanceView(ctx))
    view.period.setCurrentIndex(view.period.findData(-1))  # "from … to …"
    type_date(qtbot, view.start, "12/01/2026")
    type_date(qtbot, view.end, "31/12/2026")
    assert "from 12/01/2026 to 31/12/2026" in view.info.text()
    type_date(qtbot, view.end, "31/02/2026")
    assert "geen dag 31" in view.info.text() and view.summary is None
    assert not view.pdf_button.isEnabled()  # nothing is exported for a period not typed


def test_membership_period_typed_and_impossible(ctx, show, qtbot):
    from spitsregio_desktop.services.people import list_memberships
    from spitsregio_desktop.ui.members.dialogs import MemberDialog

    dialog = show(MemberDialog(ctx, body="BO"), 560, 700)
    qtbot.keyClicks(dialog.name, "Schepen Leuven")
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Leuven"))
    type_date(qtbot, dialog.start, "31/02/2027")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "geen dag 31" in dialog.errors["start_date"].text()
    with ctx.session() as s:
        assert not [m for m in list_memberships(s) if m.person == "Schepen Leuven"]
    type_date(qtbot, dialog.start, "12/01/2027")
    ok(qtbot, dialog)
    with ctx.session() as s:
        (member,) = [
            m
            for m in list_memberships(s, today=dt.date(2027, 2, 1))
            if m.person == "Schepen Leuven"
        ]
    assert (member.start_date, member.end_date) == (dt.date(2027, 1, 12), None)


def test_a_day_without_a_year_looks_back_where_the_date_records_what_happened(ctx, show, qtbot):
    """A value measured "on 24/11" was measured this past 24 November, not next year's."""
    with ctx.session() as s:
        oid = create_objective(
            s, ObjectiveInput(body="TF", title="Minder werkloosheid", unit="%", baseline=8)
        )
    earlier = TODAY - dt.timedelta(days=3)
    dialog = ValueDialog(ctx, oid, "%")
    show(dialog, 500, 300)
    qtbot.keyClicks(dialog.amount, "7,5")
    type_date(qtbot, dialog.measured_on, f"{earlier.day}/{earlier.month}")
    ok(qtbot, dialog)
    with ctx.session() as s:
        assert [v.measured_on for v in objective_detail(s, oid).values] == [earlier]
