"""Objectives (doelstellingen) with their indicator: a first read-only list.

The follow-up issue adds editing and measured values; this answers "where do we stand":
each objective with its baseline, target and the latest measured value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..storage.models import Objective
from .meetings import get_body


@dataclass(frozen=True)
class ObjectiveRow:
    id: int
    body_id: int
    body_short: str
    title: str
    theme: str
    indicator: str
    unit: str
    baseline: float
    baseline_date: dt.date | None
    target: float
    target_date: dt.date | None
    latest: float | None  # the most recent measured value, None before the first measurement
    latest_date: dt.date | None
    action_count: int = 0  # actions that contribute to it

    @property
    def progress(self) -> float | None:
        """Share of the way from baseline to target (0.0 – 1.0+), None without a measurement."""
        if self.latest is None or self.target == self.baseline:
            return None
        return (self.latest - self.baseline) / (self.target - self.baseline)


def list_objectives(session: Session, body: int | str | None = None) -> list[ObjectiveRow]:
    """Objectives per body (then theme and title), each with its latest measured value."""
    query = (
        select(Objective)
        .options(
            selectinload(Objective.body),
            selectinload(Objective.values),
            selectinload(Objective.actions),
        )
        .order_by(Objective.body_id, Objective.theme, Objective.title)
    )
    if body is not None:
        query = query.where(Objective.body_id == get_body(session, body).id)
    rows = []
    for o in session.scalars(query):
        last = max(o.values, key=lambda v: v.measured_on) if o.values else None
        rows.append(ObjectiveRow(
            id=o.id, body_id=o.body_id, body_short=o.body.short, title=o.title, theme=o.theme,
            indicator=o.indicator, unit=o.unit, baseline=o.baseline,
            baseline_date=o.baseline_date, target=o.target, target_date=o.target_date,
            latest=last.value if last else None, latest_date=last.measured_on if last else None,
            action_count=len(o.actions),
        ))
    return rows
