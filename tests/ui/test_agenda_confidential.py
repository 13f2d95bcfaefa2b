"""The agenda shows inherited confidentiality, and a new sub-item of a confidential item
starts confidential."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from agenda_data import plain_meeting  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from spitsregio_desktop.services import agenda  # noqa: E402
from spitsregio_desktop.ui.meetings.agenda_model import COL_CONFIDENTIAL  # noqa: E402
from spitsregio_desktop.ui.meetings.agenda_tab import AgendaTab  # noqa: E402


def test_new_sub_item_of_a_confidential_item_is_confidential(ctx, show, qtbot) -> None:
    meeting_id = plain_meeting(ctx, template=False)
    with ctx.session() as s:
        agenda.add_item(s, meeting_id, "Opening")
        secret = agenda.add_item(s, meeting_id, "Personeelsdossier", confidential=True)
        agenda.add_item(s, meeting_id, "Mobiliteit")
    tab = AgendaTab(ctx)
    tab.load(meeting_id)
    show(tab)
    tab.select(secret)
    tab.sub_action.trigger()  # the window's "New sub-item"
    new = next(r for r in tab.model.rows.values() if r.parent_id == secret)
    assert new.confidential_flag and new.confidential  # its own box is ticked
    assert tab.editor.confidential.isChecked()

    # a sub-item whose own box is unticked still shows the item above as the reason
    with ctx.session() as s:
        agenda.update_item(s, new.id, confidential=False)
        deeper = agenda.add_item(s, meeting_id, "Dossier X", parent_id=new.id, confidential=False)
    tab.load(meeting_id)
    model = tab.model
    for item_id in (new.id, deeper):
        index = model.index_of(item_id, COL_CONFIDENTIAL)
        assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert tip == "Confidential via item 2", tip
    public = next(r for r in model.rows.values() if r.title == "Mobiliteit")
    index = model.index_of(public.id, COL_CONFIDENTIAL)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    tab.select(deeper)
    qtbot.waitUntil(lambda: "via item 2" in tab.editor.confidential.text(), timeout=2000)
