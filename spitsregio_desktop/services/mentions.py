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
from .live import OwnerCandidate, _rank, fold, match_owners, owner_candidates


@dataclass(frozen=True)
class Mentions:
    candidates: list[OwnerCandidate]
    written: dict[OwnerCandidate, str]  # what goes into the text for each
    ours: frozenset[OwnerCandidate] = frozenset()  # the people of this meeting

    def match(self, typed: str, limit: int = 8) -> list[OwnerCandidate]:
        """The owner field's matches, the people of this meeting first ("leuv": the mayor of
        Leuven who sits at the table before the municipality Leuven)."""
        found = match_owners(self.candidates, typed, limit=len(self.candidates))
        tokens = fold(typed).split()
        # stable: a match at a word start before one inside a word ("inter": Interleuven
        # before Burgemeester Linter), then the owner field's order
        found.sort(key=lambda c: ((_rank(c, tokens) or 0) > 1, c not in self.ours))
        return found[:limit]


def mention_candidates(session: Session, meeting_id: int | None = None) -> Mentions:
    candidates = owner_candidates(session)
    person_names = {i: n for i, n in session.execute(select(Person.id, Person.name))}
    org_names = {i: n for i, n in session.execute(select(Organisation.id, Organisation.name))}
    ours: set[int] = set()
    if meeting_id is not None:
        for model in (Invitation, Attendance):
            ours |= set(
                session.scalars(select(model.person_id).where(model.meeting_id == meeting_id)).all()
            )
    written = {
        c: person_names.get(c.person_id, c.label)
        if c.person_id is not None
        else org_names.get(c.organisation_id, c.label)
        for c in candidates
    }
    people = frozenset(c for c in candidates if c.person_id in ours)
    return Mentions(candidates, written, people)
