"""A refusal of the program during follow-up is said in Dutch, never raised out of a slot."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from spitsregio_desktop.services import actions, agenda  # noqa: E402
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting  # noqa: E402
from spitsregio_desktop.storage.enums import ActionStatus  # noqa: E402
from spitsregio_desktop.ui.actions.view import ActionsView  # noqa: E402


def test_reopening_an_action_deleted_meanwhile_says_so(ctx, show, qtbot, monkeypatch):
    with ctx.session() as s:
        meeting = create_meeting(s, MeetingInput(body="BO", date="2026-10-01"))
        item = agenda.add_item(s, meeting, "Fietsroutes")
        done = actions.add_action(s, item, "Tracé fietsroute tekenen")
        actions.set_status(s, done, ActionStatus.DONE, on_date=dt.date(2026, 10, 20))
    view = ActionsView(ctx)
    show(view)
    view.status.setCurrentIndex(view.status.findData(None))  # every status, done ones too
    view.refresh()
    assert view.select_action(done)
    assert view.detail.buttons["reopen"].isEnabled()
    with ctx.session() as s:  # someone removes it in the agenda, in another window
        actions.delete_action(s, done)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))

    qtbot.mouseClick(view.detail.buttons["reopen"], Qt.MouseButton.LeftButton)

    assert len(said) == 1 and said[0].startswith("Er is geen actiepunt met nummer")
