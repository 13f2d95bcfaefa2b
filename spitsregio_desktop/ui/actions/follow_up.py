"""The follow-up of one action from the tracker's pane: the dialog each button opens and
the operation it runs through the gateway (progress, closing, cancelling, reopening,
reassigning, postponing), and the status bar's offer to undo a closing, a cancelling or a
postponement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...services import actions as action_service
from ...services.errors import ValidationError
from ...services.live import owner_candidates
from ...services.views import ActionRow
from ...storage.enums import ActionStatus
from ..context import AppContext, Topic
from ..ops import Operation
from .dialogs import ActionDialog, NoteDialog, PostponeDialog, ReassignDialog


class ActionFollowUp(QObject):
    """Starts the follow-up a button of the pane asks for; `view` is the parent of its
    dialogs and of the messages of what is run at once."""

    def __init__(self, ctx: AppContext, view: QWidget):
        super().__init__(view)
        self.ctx = ctx
        self.view = view

    def start(self, what: str, row: ActionRow, today: dt.date) -> ActionDialog | None:
        """Reopening runs at once (None); the others return the dialog that asks for the
        rest, for the caller to open."""
        view = self.view
        if what == "reopen":
            self._follow(
                action_service.set_status, row.id, ActionStatus.OPEN, on_date=today
            ).decided_on(row.row_version).inline(view)
            return None
        if what == "note":
            return NoteDialog(
                self.tr("Progress note"),
                self.tr("Note:"),
                today,
                lambda text, day: self._follow(
                    action_service.add_progress, row.id, text, on_date=day
                ),
                self.tr("Date:"),
                view,
            )
        if what == "close":
            return NoteDialog(
                self.tr("Close the action"),
                self.tr("Note (optional):"),
                today,
                lambda text, day: self._undoable(
                    self._follow(
                        action_service.set_status, row.id, ActionStatus.DONE, text, on_date=day
                    ).decided_on(row.row_version),
                    self.tr("Action closed: %1"),
                    row,
                ),
                self.tr("Done on:"),
                view,
            )
        if what == "cancel":
            return NoteDialog(
                self.tr("Cancel the action"),
                self.tr("Reason:"),
                today,
                lambda text, day: self._undoable(
                    self._cancel(row, text, day), self.tr("Action cancelled: %1"), row
                ),
                self.tr("Cancelled on:"),
                view,
            )
        if what == "reassign":
            candidates = self.ctx.ops.run(owner_candidates).inline(view).value or []
            return ReassignDialog(
                candidates,
                row.owner,
                lambda who, note: self._follow(
                    action_service.reassign,
                    row.id,
                    owner_person_id=who.person_id,
                    owner_organisation_id=who.organisation_id,
                    note=note,
                    on_date=today,
                ).decided_on(row.row_version),
                view,
            )
        if what == "postpone":
            return PostponeDialog(
                row.due_date,
                today,
                lambda day, reason: self._undoable(
                    self._follow(
                        action_service.postpone, row.id, day, reason, on_date=today
                    ).decided_on(row.row_version),
                    self.tr("Action postponed: %1"),
                    row,
                ),
                view,
                meeting_date=row.meeting_date,
            )
        return None

    def _follow(self, fn: Callable[..., object], *args: object, **kwargs: object) -> Operation:
        """A follow-up for the gateway: every list showing actions reloads after it. The
        dialogs run it and show a refusal inside, staying open with what was typed."""
        return self.ctx.ops.run(fn, *args, **kwargs).changes(Topic.ACTIONS)

    def _undoable(self, operation: Operation, text: str, row: ActionRow) -> Operation:
        """Once it took, the status bar says so (the row may leave the list shown) and
        offers to undo it: the status or due date it had, through the services."""
        what = first_line(row.description)
        what = what if len(what) <= 60 else what[:59] + "…"
        return operation.then(
            lambda _: self.ctx.hub.undoable.emit(text.replace("%1", what), lambda: self._undo(row))
        )

    def _undo(self, before: ActionRow) -> None:
        view = self.view
        now = self.ctx.ops.run(action_service.get_action_row, before.id).inline(view).value
        if now is None:
            return
        note = self.tr("undone")
        if now.status != before.status:
            self._follow(action_service.set_status, before.id, before.status, note).inline(view)
        if now.due_date != before.due_date:
            if before.due_date is None:
                self._follow(action_service.update_action, before.id, due_date=None).inline(view)
            else:
                self._follow(action_service.postpone, before.id, before.due_date, note).inline(view)
        self.ctx.hub.status_message.emit(self.tr("Undone."))

    def _cancel(self, row: ActionRow, reason: str, day: dt.date) -> Operation:
        if not reason.strip():
            raise ValidationError("geef de reden waarom het actiepunt vervalt", "reason")
        return self._follow(
            action_service.set_status, row.id, ActionStatus.CANCELLED, reason, on_date=day
        ).decided_on(row.row_version)


def first_line(text: str) -> str:
    """What the list and the undo offer show of a description of several lines."""
    return text.strip().splitlines()[0] if text.strip() else ""
