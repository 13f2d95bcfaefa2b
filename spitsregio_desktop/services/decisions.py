"""Decisions (besluiten): numbered per meeting, with optional vote counts; the register."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..storage.models import AgendaItem, Decision, Meeting
from .convert import decision_rows
from .errors import ValidationError, check_version
from .lookup import get_or_raise
from .meetings import ensure_editable, get_body
from .parse import require_text
from .views import DecisionRow


def _votes(value: object, field: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        count = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(f"'{value}' is geen aantal stemmen", field) from None
    if count < 0:
        raise ValidationError("een aantal stemmen kan niet negatief zijn", field)
    return count


def add_decision(
    session: Session,
    item_id: int,
    text: str,
    votes_for: object = None,
    votes_against: object = None,
    votes_abstain: object = None,
) -> int:
    item = get_or_raise(session, AgendaItem, item_id, "item", what="agendapunt")
    ensure_editable(session, item.meeting_id)
    text = require_text(text, "text", "de tekst van het besluit", 100_000)
    number = (
        session.scalar(
            select(func.max(Decision.number)).where(Decision.meeting_id == item.meeting_id)
        )
        or 0
    ) + 1
    decision = Decision(
        meeting_id=item.meeting_id,
        agenda_item_id=item.id,
        number=number,
        text=text,
        votes_for=_votes(votes_for, "votes_for"),
        votes_against=_votes(votes_against, "votes_against"),
        votes_abstain=_votes(votes_abstain, "votes_abstain"),
    )
    session.add(decision)
    session.commit()
    return decision.id


def update_decision(
    session: Session, decision_id: int, *, expected_version: int | None = None, **fields: object
) -> int:
    decision = _get(session, decision_id)
    ensure_editable(session, decision.meeting_id)
    check_version(decision, expected_version, "Het besluit", ("text",))
    if "text" in fields:
        decision.text = require_text(fields["text"], "text", "de tekst van het besluit", 100_000)
    for name in ("votes_for", "votes_against", "votes_abstain"):
        if name in fields:
            setattr(decision, name, _votes(fields[name], name))
    session.commit()
    return decision.row_version  # the next save's expected_version


def delete_decision(session: Session, decision_id: int) -> None:
    """Remove a decision and close the gap, so numbering stays 1, 2, 3 …"""
    decision = _get(session, decision_id)
    ensure_editable(session, decision.meeting_id)
    meeting_id = decision.meeting_id
    session.delete(decision)
    session.flush()
    rest = session.scalars(
        select(Decision).where(Decision.meeting_id == meeting_id).order_by(Decision.number)
    ).all()
    # two passes: the unique (meeting, number) constraint must hold after every statement
    for d in rest:
        d.number = -d.number
    session.flush()
    for n, d in enumerate(rest, start=1):
        d.number = n
    session.commit()


def _get(session: Session, decision_id: int) -> Decision:
    decision = get_or_raise(session, Decision, decision_id, "decision", what="besluit")
    return decision


def list_decisions(
    session: Session,
    body: int | str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    meeting_id: int | None = None,
    theme: str | None = None,
) -> list[DecisionRow]:
    """The decision register, oldest first, each with its meeting and agenda item."""
    conditions = []
    if body is not None:
        conditions.append(Meeting.body_id == get_body(session, body).id)
    if start is not None:
        conditions.append(Meeting.date >= start)
    if end is not None:
        conditions.append(Meeting.date <= end)
    if meeting_id is not None:
        conditions.append(Decision.meeting_id == meeting_id)
    if theme:
        conditions.append(AgendaItem.theme == theme)
    return decision_rows(session, *conditions)


def restore_decision(
    session: Session,
    item_id: int,
    number: int,
    text: str,
    votes_for: object = None,
    votes_against: object = None,
    votes_abstain: object = None,
) -> int:
    """Put a deleted decision back under its old number (undo): the ones after it move up
    one again, as they moved down when it was deleted."""
    decision_id = add_decision(session, item_id, text, votes_for, votes_against, votes_abstain)
    decision = _get(session, decision_id)
    rest = session.scalars(
        select(Decision)
        .where(Decision.meeting_id == decision.meeting_id, Decision.id != decision.id)
        .order_by(Decision.number)
    ).all()
    order = list(rest)
    order.insert(max(0, min(number - 1, len(order))), decision)
    for d in order:  # two passes, as in delete_decision: (meeting, number) stays unique
        d.number = -d.number
    session.flush()
    for n, d in enumerate(order, start=1):
        d.number = n
    session.commit()
    return decision_id
