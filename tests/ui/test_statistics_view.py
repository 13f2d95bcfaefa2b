"""Attendance statistics: body and period filters, table by rate, bar chart, CSV export."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from spitsregio_desktop.services.meetings import MeetingInput, create_meeting  # noqa: E402
from spitsregio_desktop.storage.enums import Presence  # noqa: E402
from spitsregio_desktop.storage.models import Attendance, Person  # noqa: E402
from spitsregio_desktop.ui.statistics.view import AttendanceView  # noqa: E402


@pytest.fixture
def data(ctx):
    """Three TF meetings in 2026 and one in 2025; two people with organisations."""
    with ctx.session() as s:
        by_org = {
            p.organisation_id: p
            for p in s.query(Person).order_by(Person.id)
            if p.organisation is not None
        }
        a, b = list(by_org.values())[:2]  # two people of two organisations
        names = (a.organisation.name, b.organisation.name)
        plan = [
            (dt.date(2026, 2, 3), Presence.PRESENT, Presence.ABSENT),
            (dt.date(2026, 3, 3), Presence.SUBSTITUTED, Presence.EXCUSED),
            (dt.date(2026, 4, 7), Presence.PRESENT, Presence.PRESENT),
            (dt.date(2025, 5, 6), Presence.ABSENT, Presence.PRESENT),
        ]
        for day, first, second in plan:
            mid = create_meeting(s, MeetingInput(body="TF", date=day), from_template=False)
            s.add_all(
                [
                    Attendance(meeting_id=mid, person_id=a.id, presence=first),
                    Attendance(meeting_id=mid, person_id=b.id, presence=second),
                ]
            )
        s.commit()
    return names


def test_year_and_custom_period_table_chart_and_csv(
    ctx, show, qtbot, data, monkeypatch, tmp_path: Path
):
    first, second = data
    view = show(AttendanceView(ctx))
    view.body.setCurrentIndex(view.body.findData("TF"))
    assert [view.period.itemText(i) for i in range(view.period.count())][:2] == ["2026", "2025"]
    assert not view.start.isEnabled()  # a year fixes the dates
    rows = [view.proxy.entity(view.proxy.index(r, 0)) for r in range(view.proxy.rowCount())]
    assert [(r.organisation, r.meetings, r.attended) for r in rows] == [
        (first, 3, 3),
        (second, 3, 1),
    ]
    assert view.proxy.index(0, 1).data() == "100 %" and view.proxy.index(1, 1).data() == "33 %"
    assert view.info.text().startswith("3 meetings from 01/01/2026 to 31/12/2026")
    assert [(b.label, round(b.share, 2)) for b in view.chart.bars] == [(first, 1.0), (second, 0.33)]
    assert view.chart.bar_rect(1).top() > view.chart.bar_rect(0).top()
    view.chart.grab()

    view.period.setCurrentIndex(1)  # 2025
    assert [(r.organisation, r.rate) for r in view.model.rows] == [(second, 1.0), (first, 0.0)]

    view.set_period(dt.date(2026, 3, 1), dt.date(2026, 12, 31))
    assert view.start.isEnabled()
    assert {r.organisation: r.meetings for r in view.model.rows} == {first: 2, second: 2}
    view.set_period(dt.date(2026, 3, 1), dt.date(2026, 1, 1))  # end before start
    assert "ligt voor het begin" in view.info.text() and not view.csv_button.isEnabled()
    view.set_period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))

    out = tmp_path / "aanwezig"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    raw = (tmp_path / "aanwezig.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Organisatie;Vergaderingen;Aanwezig;")
    assert lines[1] == f"{first};3;2;1;0;0;100,0"
    assert lines[2] == f"{second};3;1;0;1;1;33,3"

    pdf = tmp_path / "aanwezig.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes()[:5] == b"%PDF-"
