"""Objectives screen: make an objective, measure, link an action, see the chart, export."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox  # noqa: E402

from spitsregio_desktop.services.actions import add_action  # noqa: E402
from spitsregio_desktop.services.agenda import add_item  # noqa: E402
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting  # noqa: E402
from spitsregio_desktop.services.objectives import list_objectives, objective_detail  # noqa: E402
from spitsregio_desktop.ui.common.charts import ProgressSeries  # noqa: E402
from spitsregio_desktop.ui.objectives import view as objectives_module  # noqa: E402
from spitsregio_desktop.ui.objectives.dialogs import (  # noqa: E402
    LinkActionsDialog,
    ObjectiveDialog,
    ValueDialog,
)
from spitsregio_desktop.ui.objectives.view import ObjectivesView  # noqa: E402


def press_ok(qtbot, dialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def scripted(monkeypatch, cls, *steps):
    """Replace a dialog's exec(): each call runs the next step on the real dialog, which
    types and clicks like a user; exec() returns what the dialog's buttons decided."""
    queue = list(steps)

    def fake_exec(dialog):
        queue.pop(0)(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return queue


def cell(view, row: int, column: int) -> str:
    return view.proxy.index(row, column).data()


@pytest.fixture
def view(ctx, show):
    v = show(ObjectivesView(ctx))
    v.refresh()
    return v


def test_new_objective_with_validation_next_to_the_field(view, ctx, qtbot, monkeypatch):
    assert view.proxy.rowCount() == 0 and view.heading.text() == "No objective selected"
    view.body.setCurrentIndex(view.body.findData("TF"))

    def refused_then_fixed(d: ObjectiveDialog) -> None:
        assert d.body.currentData() == "TF"  # the body of the list's filter
        qtbot.keyClicks(d.title, "Minder werkloosheid")
        d.unit.setText("%")
        qtbot.keyClicks(d.baseline, "8")
        qtbot.keyClicks(d.target, "8,0")
        qtbot.keyClicks(d.baseline_date.edit, "01/01/2025")
        qtbot.keyClicks(d.target_date.edit, "31/12/2030")
        press_ok(qtbot, d)
        message = d.errors["target"]
        assert not message.isHidden() and "verschillen van de beginwaarde" in message.text()
        assert d.result() == 0  # still open
        with ctx.session() as s:
            assert list_objectives(s) == []  # nothing half-saved
        d.target.clear()
        qtbot.keyClicks(d.target, "6")
        press_ok(qtbot, d)

    scripted(monkeypatch, ObjectiveDialog, refused_then_fixed)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    with ctx.session() as s:
        [row] = list_objectives(s)
    assert (row.title, row.baseline, row.target, row.unit) == ("Minder werkloosheid", 8, 6, "%")
    assert row.target_date == dt.date(2030, 12, 31)
    assert cell(view, 0, 2) == "Minder werkloosheid"
    assert cell(view, 0, 8) == "no action, not measured yet"
    assert view.heading.text() == "Minder werkloosheid"
    assert "from 8 % to 6 % by 31/12/2030" in view.summary.text()


def test_values_progress_chart_and_linked_actions(view, ctx, qtbot, monkeypatch):
    with ctx.session() as s:
        from spitsregio_desktop.services.objectives import ObjectiveInput, create_objective

        oid = create_objective(
            s,
            ObjectiveInput(
                body="TF",
                title="Minder werkloosheid",
                unit="%",
                baseline=8,
                target=6,
                baseline_date=dt.date(2025, 1, 1),
                target_date=dt.date(2030, 12, 31),
            ),
        )
        meeting = create_meeting(s, MeetingInput(body="TF", date=dt.date(2026, 10, 6)))
        item = add_item(s, meeting, "Jobbeurs")
        action = add_action(s, item, "Jobbeurs organiseren met VDAB", owner_text="VDAB")
    view.refresh()
    assert view.detail is not None and view.detail.row.id == oid

    def measure(day: dt.date, value: str):
        def step(d: ValueDialog) -> None:
            d.measured_on.edit.selectAll()
            qtbot.keyClicks(d.measured_on.edit, day.strftime("%d/%m/%Y"))
            qtbot.keyClicks(d.amount, value)
            press_ok(qtbot, d)

        return step

    def duplicate(d: ValueDialog) -> None:
        d.measured_on.edit.selectAll()
        qtbot.keyClicks(d.measured_on.edit, "30/06/2026")
        qtbot.keyClicks(d.amount, "6,9")
        press_ok(qtbot, d)
        assert "Er is al een meting op 30/06/2026" in d.errors["measured_on"].text()
        d.reject()

    scripted(
        monkeypatch,
        ValueDialog,
        measure(dt.date(2025, 12, 31), "7,5"),
        measure(dt.date(2026, 6, 30), "7"),
        duplicate,
    )
    for _ in range(3):
        qtbot.mouseClick(view.add_value_button, Qt.MouseButton.LeftButton)
    assert cell(view, 0, 3) == "50 %"  # from 8 to 6: 7 is half way
    assert cell(view, 0, 6) == "7"
    assert view.values_proxy.rowCount() == 2
    assert view.values_proxy.index(0, 0).data() == "30/06/2026"  # newest first
    assert view.tabs.tabText(0) == "Measured values (2)"
    series = view.chart.series
    assert series is not None and series.points == (
        (dt.date(2025, 12, 31), 7.5),
        (dt.date(2026, 6, 30), 7.0),
    )
    layout = view.chart.layout_for(view.chart.width(), view.chart.height())
    assert layout.y(6) > layout.y(8)  # the target below the baseline is drawn lower (y down)
    assert layout.x(dt.date(2025, 12, 31)) < layout.x(dt.date(2026, 6, 30))

    # delete the older value after confirming
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.values_table.setCurrentIndex(view.values_proxy.index(1, 0))
    qtbot.mouseClick(view.delete_value_button, Qt.MouseButton.LeftButton)
    with ctx.session() as s:
        assert [v.value for v in objective_detail(s, oid).values] == [7.0]

    def link(d: LinkActionsDialog) -> None:
        assert d.proxy.rowCount() == 1
        qtbot.keyClicks(d.search, "vdab")
        assert d.proxy.rowCount() == 1
        d.buttons = d.findChild(QDialogButtonBox)
        qtbot.mouseClick(
            d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    scripted(monkeypatch, LinkActionsDialog, link)
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    with ctx.session() as s:
        assert [a.id for a in objective_detail(s, oid).actions] == [action]
    assert view.tabs.currentIndex() == 1 and view.tabs.tabText(1) == "Actions (1)"
    assert view.actions_proxy.index(0, 0).data() == "Jobbeurs organiseren met VDAB"
    assert cell(view, 0, 8) == ""  # linked and measured: nothing needs attention
    view.actions_table.setCurrentIndex(view.actions_proxy.index(0, 0))
    with qtbot.waitSignal(ctx.hub.open_meeting) as opened:
        view.actions_table.activated.emit(view.actions_proxy.index(0, 0))
    assert opened.args == [meeting]
    qtbot.mouseClick(view.unlink_button, Qt.MouseButton.LeftButton)
    assert cell(view, 0, 8) == "no action"


def test_export_progress_report_pdf(view, ctx, qtbot, monkeypatch, tmp_path: Path):
    with ctx.session() as s:
        from spitsregio_desktop.services.objectives import (
            ObjectiveInput,
            add_value,
            create_objective,
        )

        oid = create_objective(
            s, ObjectiveInput(body="TF", title="Meer jobs", baseline=60, target=80, unit="%")
        )
        add_value(s, oid, dt.date(2026, 6, 30), 70)
    view.refresh()
    out = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes()[:5] == b"%PDF-"
    assert not view.export_bar.isHidden() and str(out) in view.export_bar.label.text()


def test_chart_paints_without_values_and_both_directions(qtbot, show):
    chart = objectives_module.ProgressChart()
    show(chart, 600, 320)
    chart.grab()  # nothing selected: a hint, no exception
    rising = ProgressSeries("%", 60, dt.date(2025, 1, 1), 80, dt.date(2030, 12, 31))
    chart.set_series(rising)
    image = chart.grab().toImage()
    assert not image.isNull()
    layout = chart.layout_for(600, 320)
    assert layout.y(80) < layout.y(60)
    assert layout.yticks[0] <= 60 and layout.yticks[-1] >= 80
    assert [t.label for t in layout.xticks][:2] == ["2025", "2026"]
