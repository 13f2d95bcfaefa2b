"""What live minute-taking writes: a decision, an action, an arrival or a departure, a presence.

Each is saved inline by the operation gateway, for the item that is current at that moment.
A refusal is said in the entry (or the roll call) that asked, which keeps what was typed.
Other screens refresh when shown again (and at close): no topic per entry.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ...services import attendance
from ...services.actions import add_action
from ...services.decisions import add_decision
from ...services.live import OwnerCandidate
from ...storage.enums import Presence
from ..ops import Outcome
from .attendance import ARRIVAL, DEPARTURE

if TYPE_CHECKING:
    from .live_view import LiveView


class LiveRecorder:
    """The save callbacks of the live view's entries and roll call."""

    def __init__(self, view: LiveView) -> None:
        self.view = view

    def decision(self, text: str, votes_for: str, against: str, abstain: str) -> Outcome:
        view = self.view
        return (
            view.ctx.ops.run(
                add_decision,
                view.current_id,
                text,
                votes_for or None,
                against or None,
                abstain or None,
            )
            .refused(lambda r: view.decision_entry.show_error(r.message))
            .inline(view)
        )

    def action(
        self, what: str, owner: OwnerCandidate | None, owner_text: str, due: dt.date | None
    ) -> Outcome:
        view = self.view
        return (
            view.ctx.ops.run(
                add_action,
                view.current_id,
                what,
                owner_person_id=owner.person_id if owner else None,
                owner_organisation_id=owner.organisation_id if owner else None,
                owner_text="" if owner else owner_text,
                due_date=due,
            )
            .refused(lambda r: view.action_entry.show_error(r.message))
            .inline(view)
        )

    def attendance_event(self, mode: str, who: OwnerCandidate, at: dt.time) -> Outcome:
        view = self.view
        person_id, meeting_id, item_id = who.person_id, view.meeting_id, view.current_id
        row = (
            next((r for r in view.detail.attendance if r.person_id == person_id), None)
            if view.detail
            else None
        )
        # leaving the room presumes being there: record the presence too
        absent = row is None or row.presence not in (Presence.PRESENT, Presence.SUBSTITUTED)

        def record(session: Session) -> None:
            if mode == ARRIVAL:
                attendance.mark_arrival(session, meeting_id, person_id, at=at, from_item_id=item_id)
            elif mode == DEPARTURE:
                attendance.mark_departure(
                    session, meeting_id, person_id, at=at, after_item_id=item_id
                )
            else:
                if absent:
                    attendance.set_presence(session, meeting_id, person_id, Presence.PRESENT)
                attendance.add_item_absence(session, meeting_id, person_id, item_id)

        return (
            view.ctx.ops.run(record)
            .refused(lambda r: view.attendance_entry.show_error(r.message))
            .inline(view)
        )

    def presence(self, person_id: int, presence: str, substitute: str) -> Outcome:
        view = self.view
        return (
            view.ctx.ops.run(
                attendance.set_presence,
                view.meeting_id,
                person_id,
                presence,
                substitute_name=substitute,
            )
            .refused(lambda r: view.roll_call.show_error(r.message))
            .inline(view)
        )

    def clear_presence(self, person_id: int) -> Outcome:
        view = self.view
        return (
            view.ctx.ops.run(attendance.clear_presence, view.meeting_id, person_id)
            .refused(lambda r: view.roll_call.show_error(r.message))
            .inline(view)
        )
