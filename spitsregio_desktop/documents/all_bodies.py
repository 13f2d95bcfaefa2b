"""The decision register and the action list over every body, for `report` without --body.

One document: the per-body builders (build.py) make each body's groups, and here they are
put one after the other, each body's groups under its own heading (`section`). The page
frame names the secretariat and every body; a body with ESF co-funding (the Taskforce)
brings the EU emblem and its co-funding line, as its own documents carry them. What a
public version leaves out is decided by the per-body builders (build.left_out), unchanged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from ..services.meetings import list_bodies
from ..services.settings import load_settings
from ..services.views import BodyInfo
from .build import frame, long_date, period_text
from .model import ActionListDoc, DecisionListDoc, Frame
from .text import sentence

ALL = "alle overlegorganen"


def names_text(bodies: list[BodyInfo]) -> str:
    """ "Burgemeestersoverleg en Taskforce": every body, in the reference order."""
    names = [b.name for b in bodies]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def all_frame(
    session: Session, bodies: list[BodyInfo], kind: str, title: str, subtitle: str, public: bool
) -> Frame:
    """The letterhead of every body; the co-funding line(s) of those that have one."""
    if not bodies:
        from ..services.errors import ValidationError

        raise ValidationError("de database heeft geen overlegorganen", "body")
    base = frame(bodies[0], load_settings(session), kind, title, subtitle, public=public)
    cofunding = "; ".join(dict.fromkeys(b.cofunding for b in bodies if b.cofunding))
    names = names_text(bodies)
    return replace(
        base,
        letterhead=replace(base.letterhead, body_name=names),
        cofunding=cofunding or None,
        keywords=f"{title.lower()}, {names}" + (", ESF+" if cofunding else ""),
    )


def build_decisions_all(
    session: Session,
    *,
    public: bool = False,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> DecisionListDoc:
    from .build import build_decisions

    bodies = list_bodies(session)
    groups = []
    for b in bodies:
        doc = build_decisions(session, None, public=public, body=b.short, start=start, end=end)
        groups += [replace(g, section=b.name) for g in doc.groups]
    scope = period_text(start, end)
    return DecisionListDoc(
        frame=all_frame(session, bodies, "decisions", "Besluitenlijst", f"{ALL} – {scope}", public),
        scope=f"Alle overlegorganen ({names_text(bodies)}): {scope}.",
        groups=tuple(groups),
    )


def build_actions_all(
    session: Session,
    *,
    public: bool = False,
    today: dt.date | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> ActionListDoc:
    from .build import build_actions

    today = today or dt.date.today()
    bodies = list_bodies(session)
    groups, count, overdue = [], 0, 0
    for b in bodies:
        doc = build_actions(
            session, None, public=public, body=b.short, today=today, start=start, end=end
        )
        groups += [replace(g, section=b.name) for g in doc.groups]
        count += sum(len(g.actions) for g in doc.groups)
        overdue += doc.overdue_count
    scope = (
        f"Alle overlegorganen ({names_text(bodies)}). "
        f"Stand op {long_date(today)}: {count} open actiepunt"
        f"{'en' if count != 1 else ''}, waarvan {overdue} over tijd."
    )
    if start or end:
        scope += f" Afgesproken op de vergaderingen {period_text(start, end)}."
    return ActionListDoc(
        frame=all_frame(
            session, bodies, "actions", "Actielijst", f"{ALL} – open actiepunten", public
        ),
        scope=sentence(scope),
        groups=tuple(groups),
        overdue_count=overdue,
    )
