"""Small helpers of live minute-taking: choosing an action's owner by typing a few letters.

The secretary types "leuv" or "inter" and picks from persons and organisations. Matching is
case- and accent-insensitive ("desiré" finds "Désiré") and ranks a match at the start of a
word above one inside a word, persons before organisations.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.models import Organisation, Person


@dataclass(frozen=True)
class OwnerCandidate:
    """One choice in the owner list: what is shown, and whom it means."""

    label: str
    person_id: int | None
    organisation_id: int | None
    key: str  # folded label, for matching

    @property
    def owner(self) -> tuple[int | None, int | None]:
        return self.person_id, self.organisation_id


def fold(text: str) -> str:
    """Lower case without accents: "Désiré" → "desire"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def owner_candidates(session: Session) -> list[OwnerCandidate]:
    """Active persons ("name (organisation)") and organisations, loaded once per screen."""
    result: list[OwnerCandidate] = []
    persons = session.execute(
        select(Person.id, Person.name, Organisation.name)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Person.active.is_(True))
        .order_by(Person.name)
    )
    for person_id, name, org in persons:
        label = f"{name} ({org})" if org and fold(org) not in fold(name) else name
        result.append(OwnerCandidate(label, person_id, None, fold(label)))
    orgs = session.execute(
        select(Organisation.id, Organisation.name, Organisation.short)
        .where(Organisation.active.is_(True))
        .order_by(Organisation.name)
    )
    for org_id, name, short in orgs:
        label = f"{name} ({short})" if short and fold(short) != fold(name) else name
        result.append(OwnerCandidate(label, None, org_id, fold(label)))
    return result


def _token_rank(key: str, token: str) -> int | None:
    position = key.find(token)
    if position < 0:
        return None
    if position == 0:
        return 0  # the name itself starts so: "inter" → Interleuven first
    if not key[position - 1].isalnum():
        return 1  # a word starts so: "leuv" → Burgemeester Leuven
    while position >= 0:  # a later occurrence may still start a word
        if not key[position - 1].isalnum():
            return 1
        position = key.find(token, position + 1)
    return 2


def _rank(candidate: OwnerCandidate, tokens: list[str]) -> int | None:
    ranks = [_token_rank(candidate.key, token) for token in tokens]
    if any(r is None for r in ranks):
        return None
    return max(ranks)  # type: ignore[type-var]


def match_owners(
    candidates: list[OwnerCandidate], text: str, limit: int = 12
) -> list[OwnerCandidate]:
    """The candidates containing every typed word (folded), best first; "" matches nothing."""
    tokens = fold(text).split()
    if not tokens:
        return []
    ranked = []
    for index, candidate in enumerate(candidates):
        rank = _rank(candidate, tokens)
        if rank is not None:
            kind = 0 if candidate.person_id is not None else 1
            ranked.append((rank, kind, index, candidate))
    ranked.sort(key=lambda r: r[:3])
    return [r[3] for r in ranked[:limit]]


def resolve_owner(candidates: list[OwnerCandidate], text: str) -> OwnerCandidate | None:
    """The one candidate `text` means: its exact label, or the only match; else None."""
    folded = fold(text)
    if not folded:
        return None
    for candidate in candidates:
        if candidate.key == folded:
            return candidate
    matches = match_owners(candidates, text, limit=2)
    return matches[0] if len(matches) == 1 else None
