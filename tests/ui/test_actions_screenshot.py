"""The action tracker and the decision register on a one-year demo history, grabbed as
docs/screenshots/actions.png and decisions.png.

Runs as a smoke test every time (into tmp_path); set SPITSREGIO_SCREENSHOTS=1 to refresh
the pictures in docs/.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

from spitsregio_desktop.services.actions import list_actions  # noqa: E402
from spitsregio_desktop.services.demo import generate_demo  # noqa: E402
from spitsregio_desktop.ui.actions.view import ActionsView  # noqa: E402
from spitsregio_desktop.ui.decisions.view import DecisionsView  # noqa: E402

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TODAY = dt.date(2026, 11, 27)


def target(tmp_path: Path, name: str) -> Path:
    return (DOCS if os.environ.get("SPITSREGIO_SCREENSHOTS") else tmp_path) / name


def test_tracker_and_register_screenshots(ctx, show, qtbot, tmp_path):
    with ctx.session() as s:
        generate_demo(s, years=1, today=TODAY)
        followed = [
            r
            for r in list_actions(s, open_only=True, with_events=True, today=TODAY)
            if len(r.events) >= 2 and r.due_date and r.due_date >= TODAY
        ]
    view = ActionsView(ctx)
    view.today = lambda: TODAY
    show(view)
    view.refresh()
    view.due.setCurrentIndex(view.due.findData("quarter"))
    chosen = max(followed, key=lambda r: len(r.events))
    assert view.select_action(chosen.id)
    assert view.detail.row.id == chosen.id and view.detail.history.toPlainText()
    qtbot.wait(50)  # let the pending layout requests run, as the event loop would
    view.grab().save(str(target(tmp_path, "actions.png")))

    register = DecisionsView(ctx)
    show(register)
    register.refresh()
    register.body.setCurrentIndex(register.body.findData("TF"))
    register.year.setCurrentIndex(register.year.findData(2026))
    register.table.selectRow(0)
    assert register.proxy.rowCount() > 0
    qtbot.wait(50)
    register.grab().save(str(target(tmp_path, "decisions.png")))
