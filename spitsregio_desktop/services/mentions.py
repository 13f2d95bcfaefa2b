"""Names at hand in the notes: "@leuv" offers the people and organisations to name.

The same candidates and matching as the owner field of a live action (services.live), with
the people of this meeting (invited or recorded) first, and for each the words to insert as
the minutes write them: a person's name ("Burgemeester Leuven", "An Peeters"), an
organisation's name ("Interleuven") — without the "(organisation)" the list shows to tell
two namesakes apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.models import Attendance, Invitation, Organisation, Person
from .live import OwnerCandidate, match_owners, owner_candidates


@dataclass(frozen=True)
class Mentions:
    candidates: list[OwnerCandidate]  # this meeting's people first
    written: dict[OwnerCandidate, str]  # what goes into the text for each

    def match(self, typed: str, limit: int = 8) -> list[OwnerCandidate]:
        return match_owners(self.candidates, typed, limit)


def mention_candidates(session: Session, meeting_id: int | None = None) -> Mentions:
    candidates = owner_candidates(session)
    person_names = dict(session.execute(select(Person.id, Person.name)).tuples().all())
    org_names = dict(session.execute(select(Organisation.id, Organisation.name)).tuples().all())
    ours: set[int] = set()
    if meeting_id is not None:
        for model in (Invitation, Attendance):
            ours |= set(
                session.scalars(select(model.person_id).where(model.meeting_id == meeting_id)).all()
            )
    # stable sort: within each group the owner field's order (persons, then organisations)
    candidates.sort(key=lambda c: c.person_id not in ours)
    written = {
        c: person_names.get(c.person_id, c.label)
        if c.person_id is not None
        else org_names.get(c.organisation_id, c.label)
        for c in candidates
    }
    return Mentions(candidates, written)
