"""A realistic, deterministic demo history for both bodies (`spitsregio demo --years N`).

The history ends around `today`: meetings every fortnight or so with the usual order of a
meeting plus subject items on the body's themes, invitations and attendance (excused,
substituted, a late arrival, someone leaving the room), decisions, actions with progress
notes, approved minutes frozen with their SHA-256 (the last held meeting still has a
draft), adjourned items that come back at the next meeting, objectives with indicator
values, and a few planned meetings after `today`.

Speed matters (ten years must take seconds, not minutes), so every row is built as a plain
dict with an explicit id and written with one executemany per table, parents before
children so the foreign keys hold at each insert. Only the seats of the reference data
appear as people: no invented names.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..storage.dialect import after_explicit_ids
from ..storage.models import (
    Body,
    Meeting,
    Membership,
    Organisation,
    Person,
    Setting,
)
from .demo_followup import _FollowUp
from .demo_held import _HeldMeetings
from .demo_meetings import _Meetings
from .demo_rows import DEMO_SETTING_KEY, EMAIL_DOMAIN, DemoSummary, _BodyCtx, _Seat, dutch_date
from .demo_secretariat import demo_secretariat
from .errors import ValidationError


def generate_demo(
    session: Session, years: int = 2, seed: int = 2026, today: dt.date | None = None
) -> DemoSummary:
    """Fill a freshly opened database (reference data present) with `years` of history.

    Deterministic for a given `seed` and `today`. Refuses a database that already holds
    meetings, so a real history can never be mixed with invented data.
    """
    if not isinstance(years, int) or not 1 <= years <= 30:
        raise ValidationError("het aantal jaren moet tussen 1 en 30 liggen", "years")
    if session.scalar(select(func.count()).select_from(Meeting)):
        raise ValidationError(
            "deze database bevat al vergaderingen; maak de demo in een nieuw, leeg bestand",
            "db",
        )
    demo_secretariat(session)
    bodies = _load_bodies(session)
    if not bodies:
        raise ValidationError(
            "de referentiegegevens (overlegorganen en leden) ontbreken in deze database", "db"
        )
    gen = _Generator(session, random.Random(seed), today or dt.date.today(), years)
    gen.set_emails()
    for ctx in bodies:
        gen.objectives(ctx)
        gen.history(ctx)
    gen.write()
    # the rows carry their own ids: a server's id sequences must move past them
    after_explicit_ids(session)
    note = f"years={years} seed={seed} today={gen.today}"
    session.merge(Setting(key=DEMO_SETTING_KEY, value=note))
    session.commit()
    return gen.summary()


def _load_bodies(session: Session) -> list[_BodyCtx]:
    result = []
    for body in session.scalars(select(Body).order_by(Body.id)):
        rows = session.execute(
            select(Membership.person_id, Person.name, Membership.role, Organisation)
            .join(Person, Person.id == Membership.person_id)
            .outerjoin(Organisation, Organisation.id == Membership.organisation_id)
            .where(Membership.body_id == body.id, Person.active.is_(True))
            .order_by(Membership.id)
        ).all()
        seats = [
            _Seat(
                pid,
                name,
                role,
                org.id if org else None,
                org.short if org else "",
                org.kind if org else None,
            )
            for pid, name, role, org in rows
        ]
        themes = body.theme_list or ["algemeen"]
        if seats:
            result.append(_BodyCtx(body.id, body.short, body.name, themes, seats))
    return result


class _Generator(_Meetings, _HeldMeetings, _FollowUp):
    """The whole generator: meetings, what they dealt with, their follow-up; one set of rows."""


__all__ = ["DEMO_SETTING_KEY", "EMAIL_DOMAIN", "DemoSummary", "dutch_date", "generate_demo"]
