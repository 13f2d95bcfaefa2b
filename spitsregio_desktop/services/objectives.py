"""Objectives (doelstellingen) with their indicator, measured values and contributing actions.

"Where do we stand": each objective with its baseline, target and the values measured over
time, the share of the way covered (`progress`, which also works when the target lies
below the baseline: less unemployment, fewer traffic jams), and flags for what needs the
secretariat's attention: no action serves the objective, or nothing was measured lately.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ..storage.models import Action, IndicatorValue, Meeting, Objective
from .convert import action_rows
from .errors import ValidationError
from .lookup import get_or_raise
from .meetings import get_body
from .parse import parse_date, parse_optional_date, require_text
from .views import ActionRow

STALE_MONTHS = 12  # no measurement for this long: the overview flags the objective


def progress(baseline: float, target: float, value: float) -> float | None:
    """Share of the way from baseline to target: 0.0 at the baseline, 1.0 at the target.

    Works in both directions (unemployment from 8 % to 6 %: a value of 7 is 0.5). Beyond
    the target gives more than 1.0, a move away from it less than 0.0. None when the target
    equals the baseline: there is no way to cover, so no share of it.
    """
    if target == baseline:
        return None
    return (value - baseline) / (target - baseline)


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
    stale: bool = False  # no measurement within the last STALE_MONTHS (or none at all)

    @property
    def progress(self) -> float | None:
        """Share of the way from baseline to target (0.0 – 1.0+), None without a measurement."""
        if self.latest is None:
            return None
        return progress(self.baseline, self.target, self.latest)

    @property
    def no_action(self) -> bool:
        return self.action_count == 0


@dataclass(frozen=True)
class ValueRow:
    id: int
    measured_on: dt.date
    value: float
    note: str
    progress: float | None


@dataclass(frozen=True)
class ObjectiveDetail:
    row: ObjectiveRow
    description: str
    values: tuple[ValueRow, ...]  # oldest first
    actions: tuple[ActionRow, ...]


@dataclass(frozen=True)
class ObjectiveInput:
    """What a person fills in; `body` only counts when creating."""

    body: int | str
    title: str
    description: str = ""
    theme: str = ""
    indicator: str = ""
    unit: str = ""
    baseline: float | str = 0.0
    baseline_date: dt.date | str | None = None
    target: float | str = 0.0
    target_date: dt.date | str | None = None


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (31 March − 1 month → 28/29 February)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _row(o: Objective, today: dt.date, stale_months: int) -> ObjectiveRow:
    last = max(o.values, key=lambda v: v.measured_on) if o.values else None
    return ObjectiveRow(
        id=o.id,
        body_id=o.body_id,
        body_short=o.body.short,
        title=o.title,
        theme=o.theme,
        indicator=o.indicator,
        unit=o.unit,
        baseline=o.baseline,
        baseline_date=o.baseline_date,
        target=o.target,
        target_date=o.target_date,
        latest=last.value if last else None,
        latest_date=last.measured_on if last else None,
        action_count=len(o.actions),
        stale=last is None or last.measured_on < months_before(today, stale_months),
    )


def list_objectives(
    session: Session,
    body: int | str | None = None,
    *,
    today: dt.date | None = None,
    stale_months: int = STALE_MONTHS,
) -> list[ObjectiveRow]:
    """Objectives per body (then theme and title), each with its latest measured value.

    The overview: `stale` flags an objective without a measurement in the last
    `stale_months`, `no_action` one that no action serves.
    """
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
    today = today or dt.date.today()
    return [_row(o, today, stale_months) for o in session.scalars(query)]


def get_objective(session: Session, objective_id: int) -> Objective:
    objective = get_or_raise(session, Objective, objective_id, "objective", what="doelstelling")
    return objective


def objective_detail(
    session: Session,
    objective_id: int,
    *,
    today: dt.date | None = None,
    stale_months: int = STALE_MONTHS,
) -> ObjectiveDetail:
    o = get_objective(session, objective_id)
    session.refresh(o)  # a long-lived session must not show yesterday's values
    actions = action_rows(session, Action.objective_id == o.id, today=today)
    return ObjectiveDetail(
        row=_row(o, today or dt.date.today(), stale_months),
        description=o.description,
        values=tuple(
            ValueRow(v.id, v.measured_on, v.value, v.note, progress(o.baseline, o.target, v.value))
            for v in sorted(o.values, key=lambda v: v.measured_on)
        ),
        actions=tuple(actions),
    )


# ---- editing --------------------------------------------------------------------------------


def parse_number(value: object, field: str, what: str) -> float:
    """A number as typed in Belgium: "7,5" or "7.5"; "1.250,5" with a thousands point."""
    if isinstance(value, bool):
        raise ValidationError(f"{what} moet een getal zijn", field)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value or "").strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            raise ValidationError(f"{what} is verplicht", field)
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(f"{what} moet een getal zijn, niet '{value}'", field) from None
    if not math.isfinite(number):
        raise ValidationError(f"{what} moet een gewoon getal zijn", field)
    return number


def _apply(o: Objective, data: ObjectiveInput) -> None:
    o.title = require_text(data.title, "title", "de titel van de doelstelling", 300)
    o.description = (data.description or "").strip()
    o.theme = (data.theme or "").strip()[:100]
    o.indicator = (data.indicator or "").strip()[:300]
    o.unit = (data.unit or "").strip()[:50]
    baseline = parse_number(data.baseline, "baseline", "de beginwaarde")
    target = parse_number(data.target, "target", "de streefwaarde")
    if target == baseline:
        raise ValidationError(
            "de streefwaarde moet verschillen van de beginwaarde, anders valt er geen "
            "vooruitgang te meten",
            "target",
        )
    baseline_date = parse_optional_date(data.baseline_date, "baseline_date")
    target_date = parse_optional_date(data.target_date, "target_date")
    if baseline_date and target_date and target_date <= baseline_date:
        raise ValidationError(
            f"de streefdatum ({target_date:%d/%m/%Y}) moet na de datum van de beginwaarde "
            f"({baseline_date:%d/%m/%Y}) liggen",
            "target_date",
        )
    o.baseline, o.target = baseline, target
    o.baseline_date, o.target_date = baseline_date, target_date


def create_objective(session: Session, data: ObjectiveInput) -> int:
    body = get_body(session, data.body)
    objective = Objective(body_id=body.id)
    _apply(objective, data)  # raises before anything is added to the session
    session.add(objective)
    session.commit()
    return objective.id


def update_objective(session: Session, objective_id: int, data: ObjectiveInput) -> None:
    objective = get_objective(session, objective_id)
    try:
        _apply(objective, data)
    except ValidationError:
        session.rollback()  # nothing half-changed stays in the session
        raise
    session.commit()


def delete_objective(session: Session, objective_id: int) -> None:
    """Its measured values go with it; the actions stay, no longer linked."""
    objective = get_objective(session, objective_id)
    for action in objective.actions:
        action.objective_id = None
    session.delete(objective)
    session.commit()


def _check_value(
    session: Session,
    objective_id: int,
    measured_on: object,
    value: object,
    value_id: int | None = None,
    today: dt.date | None = None,
) -> tuple[dt.date, float]:
    day = parse_date(measured_on, "measured_on")
    if day > (today or dt.date.today()):
        raise ValidationError(f"de meetdatum ({day:%d/%m/%Y}) ligt in de toekomst", "measured_on")
    number = parse_number(value, "value", "de gemeten waarde")
    clash = session.scalar(
        select(IndicatorValue.id).where(
            IndicatorValue.objective_id == objective_id,
            IndicatorValue.measured_on == day,
            IndicatorValue.id != (value_id or 0),
        )
    )
    if clash is not None:
        raise ValidationError(
            f"er is al een meting op {day:%d/%m/%Y} voor deze doelstelling; "
            "pas die meting aan of kies een andere datum",
            "measured_on",
        )
    return day, number


def add_value(
    session: Session,
    objective_id: int,
    measured_on: object,
    value: object,
    note: str = "",
    *,
    today: dt.date | None = None,
) -> int:
    get_objective(session, objective_id)
    day, number = _check_value(session, objective_id, measured_on, value, today=today)
    row = IndicatorValue(
        objective_id=objective_id, measured_on=day, value=number, note=(note or "").strip()
    )
    session.add(row)
    _commit_value(session, day)
    return row.id


def _get_value(session: Session, value_id: int) -> IndicatorValue:
    row = get_or_raise(session, IndicatorValue, value_id, "value", what="meting")
    return row


def update_value(
    session: Session,
    value_id: int,
    measured_on: object,
    value: object,
    note: str = "",
    *,
    today: dt.date | None = None,
) -> None:
    row = _get_value(session, value_id)
    day, number = _check_value(session, row.objective_id, measured_on, value, value_id, today=today)
    row.measured_on, row.value, row.note = day, number, (note or "").strip()
    _commit_value(session, day)


def _commit_value(session: Session, day: dt.date) -> None:
    try:
        session.commit()
    except IntegrityError:  # a concurrent writer got there first
        session.rollback()
        raise ValidationError(
            f"er is al een meting op {day:%d/%m/%Y} voor deze doelstelling", "measured_on"
        ) from None


def delete_value(session: Session, value_id: int) -> None:
    session.delete(_get_value(session, value_id))
    session.commit()


# ---- actions that serve an objective -------------------------------------------------------


def link_action(session: Session, objective_id: int, action_id: int) -> None:
    objective = get_objective(session, objective_id)
    action = get_or_raise(session, Action, action_id, "action", what="actiepunt")
    meeting = session.get(Meeting, action.meeting_id) if action.meeting_id else None
    if meeting is not None and meeting.body_id != objective.body_id:
        raise ValidationError(
            "dit actiepunt hoort bij een ander overlegorgaan dan de doelstelling", "action"
        )
    action.objective_id = objective.id
    session.commit()


def unlink_action(session: Session, action_id: int) -> None:
    action = get_or_raise(session, Action, action_id, "action", what="actiepunt")
    action.objective_id = None
    session.commit()


def linkable_actions(
    session: Session,
    objective_id: int,
    today: dt.date | None = None,
) -> list[ActionRow]:
    """The body's open actions not yet serving this objective (to pick one to link)."""
    from ..storage.enums import ActionStatus

    objective = get_objective(session, objective_id)
    rows = action_rows(
        session,
        Meeting.body_id == objective.body_id,
        Action.status.in_((ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
        today=today,
    )
    return [r for r in rows if r.objective_id != objective.id]
