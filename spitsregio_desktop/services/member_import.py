"""Import a member list (CSV or XLSX) with a preview, a per-row error report, all-or-nothing.

The secretariat gets member lists from municipalities and partners as Excel files or CSV
exports; member_file reads them into rows. A first pass (`preview_import`) checks every
row against the database without changing it; `apply_import` plans again on the current
database and writes every row in one transaction, or nothing at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..storage.enums import OrganisationKind, Role
from ..storage.models import Body, Membership, Organisation, Person
from .errors import ValidationError
from .member_file import read_table
from .names import name_key, organisation_named, person_named, persons_named
from .parse import check_email

_ROLES: dict[str, Role] = {
    "voorzitter": Role.CHAIR,
    "chair": Role.CHAIR,
    "chairman": Role.CHAIR,
    "lid": Role.MEMBER,
    "member": Role.MEMBER,
    "": Role.MEMBER,
    "secretaris": Role.SECRETARY,
    "secretary": Role.SECRETARY,
    "deskundige": Role.EXPERT,
    "expert": Role.EXPERT,
    "waarnemer": Role.OBSERVER,
    "observer": Role.OBSERVER,
}
ROLE_WORDS = "voorzitter, lid, secretaris, deskundige, waarnemer"

# The reference data seeds seats without names; an imported real person takes over the seat.
_SEAT_PREFIXES = ("Burgemeester ", "Vertegenwoordiger ")


@dataclass(frozen=True)
class ImportRow:
    line: int  # the line (CSV) or row (spreadsheet) number the user sees in the file
    values: dict[str, str]
    action: str  # "new" | "update" | "unchanged"
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what else happens: new organisation …


@dataclass(frozen=True)
class ImportPreview:
    rows: list[ImportRow]
    ok: bool
    body: str | None = None  # the body chosen for rows without an "overlegorgaan" column
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def error_count(self) -> int:
        return sum(1 for r in self.rows if r.errors)

    def error_report(self) -> list[str]:
        """One Dutch line per problem, naming the line of the file."""
        return [f"regel {r.line}: {e}" for r in self.rows for e in r.errors]


@dataclass(frozen=True)
class ImportSummary:
    new: int
    updated: int
    unchanged: int


# ---------------------------------------------------------------- planning


@dataclass
class _Plan:
    line: int
    values: dict[str, str]
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    action: str = "new"
    body: Body | None = None
    role: Role = Role.MEMBER
    organisation: Organisation | None = None
    new_organisation: str = ""
    person: Person | None = None  # existing person (matched, or a seat taken over)
    membership: Membership | None = None  # existing current membership in the body
    substitute: Person | None = None
    substitute_line: int | None = None  # the substitute is a new person of this file


def _find_body(session: Session, text: str) -> Body | None:
    wanted = text.strip().casefold()
    bodies = list(session.scalars(select(Body)))
    for b in bodies:
        if wanted in (b.short.casefold(), b.name.casefold()):
            return b
    starts = [b for b in bodies if len(wanted) >= 5 and b.name.casefold().startswith(wanted)]
    return starts[0] if len(starts) == 1 else None


def _find_organisation(session: Session, text: str) -> Organisation | None:
    return organisation_named(session, text)


def _find_person(session: Session, name: str, organisation: Organisation | None) -> Person | None:
    return person_named(session, name, organisation.id if organisation else None)


def _current_membership(session: Session, body: Body, person: Person, today: dt.date):
    return session.scalar(
        select(Membership)
        .where(
            Membership.body_id == body.id,
            Membership.person_id == person.id,
            or_(Membership.end_date.is_(None), Membership.end_date >= today),
        )
        .limit(1)
    )


def _free_seat(session: Session, body: Body, org: Organisation, taken: set[int]) -> Person | None:
    """The unnamed seat ("Burgemeester Leuven") of `org` in `body`, if still unnamed."""
    names = {
        f"Burgemeester {org.name}",
        f"Vertegenwoordiger {org.short}",
        f"Vertegenwoordiger {org.name}",
    }
    seats = session.scalars(
        select(Person)
        .join(Membership, Membership.person_id == Person.id)
        .where(
            Membership.body_id == body.id,
            Person.organisation_id == org.id,
            Membership.end_date.is_(None),
            Person.name.in_(names),
        )
    )
    return next((p for p in seats if p.id not in taken), None)


def _plan(session: Session, rows: list[tuple[int, dict]], body: str | None) -> list[_Plan]:
    today = dt.date.today()
    default_body = _find_body(session, body) if body else None
    plans = [_Plan(line, dict(values)) for line, values in rows]
    seen: dict[tuple[str, str, str], int] = {}
    seats_taken: set[int] = set()
    for p in plans:
        v = p.values
        if not v["name"]:
            p.errors.append("de naam ontbreekt")
        try:
            v["email"] = check_email(v["email"], "email")
        except ValidationError as exc:
            p.errors.append(exc.message)
        role = _ROLES.get(v["role"].strip().lower())
        if role is None:
            p.errors.append(f"onbekende rol '{v['role']}' (toegelaten: {ROLE_WORDS})")
        else:
            p.role = role
        if v["body"]:
            p.body = _find_body(session, v["body"])
            if p.body is None:
                p.errors.append(f"onbekend overlegorgaan '{v['body']}' (BO of TF)")
        elif default_body is not None:
            p.body = default_body
        else:
            p.errors.append(
                "geen overlegorgaan: kies er een voor alle regels of vul de kolom "
                "'overlegorgaan' in"
            )
        if v["organisation"]:
            p.organisation = _find_organisation(session, v["organisation"])
            if p.organisation is None:
                p.new_organisation = v["organisation"]
                p.notes.append(f"nieuwe organisatie '{v['organisation']}'")
        if not v["name"]:
            continue
        key = (
            name_key(v["name"]),
            name_key(v["organisation"]),
            p.body.short if p.body else name_key(v["body"]),
        )
        if key in seen:
            p.errors.append(f"dubbele regel: '{v['name']}' staat al op regel {seen[key]}")
            continue
        seen[key] = p.line
        _match(session, p, today, seats_taken)
    _resolve_substitutes(session, plans)
    return plans


def _match(session: Session, p: _Plan, today: dt.date, seats_taken: set[int]) -> None:
    """Decide new / update / unchanged for one row; existing persons match name + organisation."""
    v = p.values
    if p.organisation is not None:
        p.person = _find_person(session, v["name"], p.organisation)
    elif not p.new_organisation:
        p.person = _find_person(session, v["name"], None)
    if p.person is None and p.organisation is not None and p.body is not None:
        seat = _free_seat(session, p.body, p.organisation, seats_taken)
        if seat is not None:
            seats_taken.add(seat.id)
            p.person = seat
            p.notes.append(f"vervangt de zetel '{seat.name}'")
    if p.person is None:
        p.action = "new"
        return
    if p.body is not None:
        p.membership = _current_membership(session, p.body, p.person, today)
    changed = (
        v["name"] != p.person.name
        or any(v[f] and v[f] != getattr(p.person, f) for f in ("function", "email", "phone"))
        or not p.person.active
        or p.membership is None
        or p.membership.role != p.role
    )
    if p.membership is None and p.body is not None:
        p.notes.append(f"wordt lid van {p.body.short}")
    p.action = "update" if changed else "unchanged"


def _resolve_substitutes(session: Session, plans: list[_Plan]) -> None:
    in_file = {name_key(p.values["name"]): p for p in plans if p.values["name"]}
    for p in plans:
        wanted = p.values["substitute"]
        if not wanted:
            continue
        if name_key(wanted) == name_key(p.values["name"]):
            p.errors.append("iemand kan zijn eigen plaatsvervanger niet zijn")
            continue
        other = in_file.get(name_key(wanted))
        if other is not None and other.person is not None:
            p.substitute = other.person
        elif other is not None:
            p.substitute_line = other.line
        else:
            found = persons_named(session, wanted)[:2]
            if len(found) == 1:
                p.substitute = found[0]
            elif found:
                p.errors.append(
                    f"er zijn meerdere personen '{wanted}': zet de plaatsvervanger "
                    "ook in de lijst, met zijn organisatie"
                )
            else:
                p.errors.append(
                    f"plaatsvervanger '{wanted}' niet gevonden (niet in de lijst "
                    "en niet bij de leden)"
                )
        if (
            p.substitute is not None
            and p.membership is not None
            and p.membership.substitute_id != p.substitute.id
            and p.action == "unchanged"
        ):
            p.action = "update"
        if p.membership is None and p.substitute is not None and p.action == "unchanged":
            p.action = "update"


# ---------------------------------------------------------------- the two steps


def preview_import(session: Session, path: Path | str, body: str | None = None) -> ImportPreview:
    """Read and check a member list; changes nothing. `body`: short or name for all rows."""
    if body:
        from .meetings import get_body

        get_body(session, body)  # an unknown body is the caller's mistake: say so now
    _columns, ignored, rows = read_table(path)
    try:
        plans = _plan(session, rows, body)
        result = [
            ImportRow(p.line, p.values, p.action, list(p.errors), list(p.notes)) for p in plans
        ]
    finally:
        session.rollback()  # the preview reads only; leave no transaction behind
    return ImportPreview(
        rows=result, ok=all(not r.errors for r in result), body=body, ignored_columns=ignored
    )


def apply_import(session: Session, preview: ImportPreview) -> ImportSummary:
    """Write every row of the preview in one transaction; refuse if any row has an error.

    The rows are checked again against the database as it is now, so a preview that went
    stale (someone edited a member meanwhile) cannot write something inconsistent.
    """
    if not preview.ok:
        raise ValidationError(
            f"de lijst bevat {preview.error_count} regel(s) met fouten; er is niets ingevoerd",
            "file",
        )
    plans = _plan(session, [(r.line, r.values) for r in preview.rows], preview.body)
    errors = [f"regel {p.line}: {e}" for p in plans for e in p.errors]
    if errors:
        session.rollback()
        raise ValidationError("; ".join(errors[:5]) + " — er is niets ingevoerd", "file")
    try:
        organisations: dict[str, Organisation] = {}
        by_line: dict[int, Person] = {}
        for p in plans:
            by_line[p.line] = _write_person(session, p, organisations)
        session.flush()
        for p in plans:
            _write_membership(session, p, by_line)
        session.commit()
    except Exception:
        session.rollback()
        raise
    return ImportSummary(
        new=sum(p.action == "new" for p in plans),
        updated=sum(p.action == "update" for p in plans),
        unchanged=sum(p.action == "unchanged" for p in plans),
    )


def _write_person(session: Session, p: _Plan, organisations: dict[str, Organisation]) -> Person:
    v = p.values
    org = p.organisation
    if org is None and p.new_organisation:
        key = name_key(p.new_organisation)
        org = organisations.get(key)
        if org is None:
            org = Organisation(name=p.new_organisation, short="", kind=OrganisationKind.OTHER)
            session.add(org)
            organisations[key] = org
    person = p.person
    if person is None:
        person = Person(
            name=v["name"],
            function=v["function"],
            email=v["email"],
            phone=v["phone"],
            organisation=org,
            active=True,
        )
        session.add(person)
        return person
    person.name = v["name"]  # also renames a seat ("Burgemeester Leuven") to the person
    for name in ("function", "email", "phone"):
        if v[name]:  # an empty cell never wipes what the secretariat already knows
            setattr(person, name, v[name])
    person.active = True
    return person


def _write_membership(session: Session, p: _Plan, by_line: dict[int, Person]) -> None:
    assert p.body is not None  # planning refused rows without a body
    person = by_line[p.line]
    substitute = p.substitute or (by_line[p.substitute_line] if p.substitute_line else None)
    m = p.membership
    if m is None:
        m = Membership(
            body_id=p.body.id, person=person, role=p.role, organisation=person.organisation
        )
        session.add(m)
    m.role = p.role
    if substitute is not None:
        m.substitute = substitute
