"""The agenda tab with a realistic agenda, grabbed as docs/screenshots/meeting-agenda.png.

Runs as a smoke test every time (into tmp_path); set SPITSREGIO_SCREENSHOTS=1 to refresh
the picture in docs/.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

from agenda_data import realistic_meeting  # noqa: E402

from spitsregio_desktop.ui.meetings.agenda_tab import AgendaTab  # noqa: E402

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_agenda_screenshot(ctx, show, qtbot, tmp_path):
    meeting_id = realistic_meeting(ctx, tmp_path)
    tab = AgendaTab(ctx)
    tab.load(meeting_id)
    show(tab)
    child = next(r for r in tab.model.rows.values() if r.title.startswith("Kinderopvang"))
    tab.select(child.id)
    assert tab.editor.title.text() == child.title
    assert tab.editor.attachments.filenames() == ["Nota kinderopvang december.pdf"]
    qtbot.wait(100)  # let the pane's layout settle before the grab
    target = DOCS if os.environ.get("SPITSREGIO_SCREENSHOTS") else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    assert tab.grab().save(str(target / "meeting-agenda.png"))
