"""What the objectives screen says of an objective: the columns of its list and of the
selected objective's measured values and actions, the colour of a row, and the summary
under the objective's title with what needs attention.

These are the view's texts, translated in its context ("ObjectivesView").
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...documents.chart_scale import number, percent
from ...services.objectives import ObjectiveRow, ValueRow
from ...services.views import ActionRow
from ..common.lists import ACTION_STATUS, word
from ..common.table_model import Column

CONTEXT = "ObjectivesView"
REACHED = QColor("#1b6e20")
ATTENTION = QColor("#a04a00")
OVERDUE = QColor("#b00020")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def objective_columns() -> list[Column[ObjectiveRow]]:
    return [
        Column(tr("Body"), lambda r: r.body_short),
        Column(tr("Theme"), lambda r: r.theme),
        Column(tr("Objective"), lambda r: r.title, tooltip=lambda r: r.indicator),
        Column(
            tr("Progress"),
            lambda r: percent(r.progress),
            sort=lambda r: r.progress if r.progress is not None else float("-inf"),
            align_right=True,
        ),
        Column(
            tr("Baseline"),
            lambda r: number(r.baseline),
            sort=lambda r: r.baseline,
            align_right=True,
        ),
        Column(
            tr("Target"),
            lambda r: number(r.target),
            sort=lambda r: r.target,
            align_right=True,
            tooltip=target_tip,
        ),
        Column(
            tr("Latest"),
            lambda r: number(r.latest),
            sort=lambda r: r.latest if r.latest is not None else float("-inf"),
            align_right=True,
            tooltip=latest_tip,
        ),
        Column(tr("Unit"), lambda r: r.unit),
        Column(tr("Needs attention"), attention),
    ]


def value_columns() -> list[Column[ValueRow]]:
    return [
        Column(tr("Measured on"), lambda v: v.measured_on),
        Column(
            tr("Value"),
            lambda v: number(v.value),
            sort=lambda v: v.value,
            align_right=True,
        ),
        Column(
            tr("Progress"),
            lambda v: percent(v.progress),
            sort=lambda v: v.progress or 0.0,
            align_right=True,
        ),
        Column(tr("Note"), lambda v: v.note, tooltip=lambda v: v.note),
    ]


def action_columns() -> list[Column[ActionRow]]:
    return [
        Column(
            tr("Action"),
            lambda a: a.description.strip().splitlines()[0] if a.description.strip() else "",
            tooltip=lambda a: a.description,
        ),
        Column(tr("Owner"), lambda a: a.owner),
        Column(tr("Due"), lambda a: a.due_date),
        Column(tr("Status"), lambda a: word(ACTION_STATUS, a.status)),
    ]


def objective_colour(row: ObjectiveRow) -> QColor | None:
    if (row.progress or 0) >= 1:
        return REACHED
    return ATTENTION if row.no_action or row.stale else None


def action_colour(row: ActionRow) -> QColor | None:
    return OVERDUE if row.overdue else None


def summary(r: ObjectiveRow) -> str:
    """The line under the title (rich text): indicator, the way from baseline to target,
    how far along, and what needs attention in the attention colour."""
    parts = []
    if r.indicator:
        parts.append(escape(r.indicator))
    goal = (
        tr("from %1 to %2")
        .replace("%1", _amount(r.baseline, r.unit))
        .replace("%2", _amount(r.target, r.unit))
    )
    if r.target_date:
        goal += " " + tr("by %1").replace("%1", r.target_date.strftime("%d/%m/%Y"))
    parts.append(escape(goal))
    if r.progress is not None:
        parts.append(
            "<b>" + escape(tr("%1 of the way").replace("%1", percent(r.progress))) + "</b>"
        )
    text = " · ".join(parts)
    flags = attention(r)
    if flags:
        text += f' · <span style="color:{ATTENTION.name()}">{escape(flags)}</span>'
    return text


def attention(r: ObjectiveRow) -> str:
    """What needs attention: no action serves it, or no value measured for a year."""
    flags = []
    if r.no_action:
        flags.append(tr("no action"))
    if r.stale:
        flags.append(
            tr("not measured yet") if r.latest_date is None else tr("no value for 12 months")
        )
    return ", ".join(flags)


def latest_tip(row: ObjectiveRow) -> str:
    if row.latest_date is None:
        return tr("Not measured yet")
    return tr("Measured on %1").replace("%1", row.latest_date.strftime("%d/%m/%Y"))


def target_tip(row: ObjectiveRow) -> str:
    if row.target_date is None:
        return ""
    return tr("Target date: %1").replace("%1", row.target_date.strftime("%d/%m/%Y"))


def _amount(value: float, unit: str) -> str:
    return f"{number(value)} {unit}".strip()
