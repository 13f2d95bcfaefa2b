"""One way to match people and organisations by name: accents and case do not count.

SQLite's `lower()` folds ASCII only ("É" stays "É"), so matching in SQL duplicated
"Élise Dupré" on every re-import. Names are compared here, in Python: case folded, Unicode
decomposed (NFKD) and the combining marks dropped, spaces collapsed. Member import,
meeting packages, action owners and the window's pickers all use these functions.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.models import Organisation, Person


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """ "Élise DUPRÉ" → "elise dupre"; "Jürgen Ösé" → "jurgen ose"; "Straße" → "strasse"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(text: str) -> str:
    """The key two names match on: folded, with runs of spaces as one."""
    return " ".join(fold(text or "").split())


_ANY = object()


def persons_named(session: Session, name: str, organisation_id: object = _ANY) -> list[Person]:
    """Persons whose name matches `name`; optionally only of one organisation (None: none)."""
    key = name_key(name)
    if not key:
        return []
    query = select(Person.id, Person.name)
    if organisation_id is not _ANY:
        query = query.where(
            Person.organisation_id.is_(None)
            if organisation_id is None
            else Person.organisation_id == organisation_id
        )
    ids = [
        pid for pid, pname in session.execute(query.order_by(Person.id)) if name_key(pname) == key
    ]
    return [p for pid in ids if (p := session.get(Person, pid)) is not None]


def person_named(session: Session, name: str, organisation_id: object = _ANY) -> Person | None:
    found = persons_named(session, name, organisation_id)
    return found[0] if found else None


def organisation_named(session: Session, text: str) -> Organisation | None:
    """The organisation whose name or short name matches `text`."""
    key = name_key(text)
    if not key:
        return None
    rows = session.execute(
        select(Organisation.id, Organisation.name, Organisation.short).order_by(Organisation.id)
    )
    for oid, oname, short in rows:
        if key in (name_key(oname), name_key(short or "")):
            return session.get(Organisation, oid)
    return None
