"""Which earlier actions a meeting follows up: those of its body, open then and due by then.

The minutes are read by 30 mayors: "Opvolging actiepunten" lists the actions whose due date
has come by the meeting's date (overdue or due that day), one line each; the others
(a later due date, or none) are counted and left to the action list, which has them all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .views import ActionRow


@dataclass(frozen=True)
class FollowUp:
    """The actions a meeting follows up, and how many other open ones there are."""

    due: tuple[ActionRow, ...]  # due on or before the meeting's date, oldest due first
    others: int  # still open but due later or without a due date

    @property
    def total(self) -> int:
        return len(self.due) + self.others


def follow_up(open_actions: tuple[ActionRow, ...], meeting_date: dt.date) -> FollowUp:
    """Split the body's open actions (MeetingDetail.open_actions) at the meeting's date."""
    due = [a for a in open_actions if a.due_date is not None and a.due_date <= meeting_date]
    due.sort(key=lambda a: (a.due_date, a.id))
    return FollowUp(tuple(due), len(open_actions) - len(due))


def others_text(count: int) -> str:
    """The pointer under the list: how many others, and where they are."""
    if count == 0:
        return ""
    what = (
        "ander openstaand actiepunt heeft"
        if count == 1
        else "andere openstaande actiepunten hebben"
    )
    return (
        f"{count} {what} een latere of geen termijn; "
        "zie de actielijst (Actielijst – open actiepunten)."
    )
