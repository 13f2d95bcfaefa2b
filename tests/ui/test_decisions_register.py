"""The decision register: filter by theme and period, export the list of a period."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog  # noqa: E402

from spitsregio_desktop.services import agenda, decisions  # noqa: E402
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting  # noqa: E402
from spitsregio_desktop.ui.decisions.view import DecisionsView  # noqa: E402

# (body, date, theme, decision text)
DECISIONS = (
    ("BO", "2025-11-20", "mobiliteit", "Besluit fietsostrade 2025 goedgekeurd"),
    ("BO", "2026-02-12", "mobiliteit", "Besluit busbaan Kessel-Lo goedgekeurd"),
    ("BO", "2026-02-12", "wonen", "Besluit woonwijk Wilsele uitgesteld"),
    ("BO", "2026-06-18", "mobiliteit", "Besluit parkeerbeleid Leuven aangenomen"),
    ("TF", "2026-03-03", "mobiliteit", "Besluit taskforce pendelbus aangenomen"),
)


@pytest.fixture
def data(ctx) -> None:
    meetings: dict[tuple[str, str], int] = {}
    with ctx.session() as s:
        for body, date, theme, text in DECISIONS:
            if (body, date) not in meetings:
                meetings[body, date] = create_meeting(s, MeetingInput(body=body, date=date))
            item = agenda.add_item(s, meetings[body, date], f"Punt over {theme}", theme=theme)
            decisions.add_decision(s, item, text)


def texts(view) -> list[str]:
    rows = [view.proxy.entity(view.proxy.index(r, 0)) for r in range(view.proxy.rowCount())]
    return sorted(r.text for r in rows)


def test_filter_by_theme_and_period_then_export(ctx, data, show, qtbot, tmp_path, monkeypatch):
    view = show(DecisionsView(ctx))
    view.refresh()
    assert len(texts(view)) == 5
    view.theme.setCurrentIndex(view.theme.findData("mobiliteit"))
    view.year.setCurrentIndex(view.year.findData(2026))
    assert texts(view) == [
        "Besluit busbaan Kessel-Lo goedgekeurd",
        "Besluit parkeerbeleid Leuven aangenomen",
        "Besluit taskforce pendelbus aangenomen",
    ]
    assert view.start.isHidden()
    view.year.setCurrentIndex(view.year.findData("custom"))
    assert view.start.isVisible() and view.end.isVisible()
    view.start.set_date(dt.date(2026, 1, 1))
    view.end.set_date(dt.date(2026, 3, 31))
    view.body.setCurrentIndex(view.body.findData("BO"))
    assert texts(view) == ["Besluit busbaan Kessel-Lo goedgekeurd"]
    view.theme.setCurrentIndex(0)
    assert texts(view) == [
        "Besluit busbaan Kessel-Lo goedgekeurd",
        "Besluit woonwijk Wilsele uitgesteld",
    ]
    assert view.count.text() == "2 of 5 decisions"

    target = tmp_path / "besluiten.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.body.currentData() == "BO"
    assert dialog.period() == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))  # the filter's
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert target.exists() and view.exporter.last_path == target
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(target)).pages).split())
    assert "Besluit busbaan Kessel-Lo goedgekeurd" in text
    assert "Besluit woonwijk Wilsele uitgesteld" in text
    for outside in ("fietsostrade 2025", "parkeerbeleid", "pendelbus"):  # period or body
        assert outside not in text


def test_export_word_for_a_year(ctx, data, show, qtbot, tmp_path, monkeypatch):
    import docx

    target = tmp_path / "jaar"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    view = show(DecisionsView(ctx))
    view.refresh()
    view.year.setCurrentIndex(view.year.findData(2025))
    view.table.selectRow(0)  # "all bodies": the export takes the selected decision's body
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.body.currentData() == "BO"
    assert dialog.period() == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    dialog.word.setChecked(True)
    dialog.accept()
    out = target.with_name("jaar.docx")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Besluit fietsostrade 2025 goedgekeurd" in text and "busbaan" not in text
