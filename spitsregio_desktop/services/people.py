"""Organisations, persons and memberships: who sits in which body, in which role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..storage.enums import OrganisationKind, Role
from ..storage.models import Body, Membership, Organisation, Person
from .errors import ValidationError, check_version
from .lookup import get_or_raise
from .meetings import get_body
from .parse import check_email, optional_text, parse_enum, parse_optional_date, require_text
from .views import MembershipRow, OrganisationRow, PersonRow


def list_organisations(session: Session, include_inactive: bool = True) -> list[OrganisationRow]:
    counts = dict(
        session.execute(
            select(Person.organisation_id, func.count()).group_by(Person.organisation_id)
        ).all()
    )
    query = select(Organisation).order_by(Organisation.kind, Organisation.name)
    if not include_inactive:
        query = query.where(Organisation.active.is_(True))
    return [
        OrganisationRow(o.id, o.name, o.short, o.kind, o.active, counts.get(o.id, 0))
        for o in session.scalars(query)
    ]


def save_organisation(
    session: Session,
    organisation_id: int | None,
    *,
    name: str,
    short: str = "",
    kind: str = OrganisationKind.OTHER,
    active: bool = True,
) -> int:
    name = require_text(name, "name", "de naam van de organisatie", 200)
    clash = session.scalar(
        select(Organisation.id).where(func.lower(Organisation.name) == name.lower())
    )
    if clash is not None and clash != organisation_id:
        raise ValidationError(f"er bestaat al een organisatie '{name}'", "name")
    org = Organisation() if organisation_id is None else session.get(Organisation, organisation_id)
    if org is None:
        raise ValidationError("die organisatie bestaat niet meer", "organisation")
    org.name, org.short = name, (short or "").strip()
    org.kind = parse_enum(OrganisationKind, kind, "kind")
    org.active = bool(active)
    session.add(org)
    session.commit()
    return org.id


def _person_row(p: Person) -> PersonRow:
    return PersonRow(
        p.id,
        p.name,
        p.function,
        p.email,
        p.phone,
        p.organisation_id,
        p.organisation.name if p.organisation else "",
        p.active,
        p.row_version,
    )


def list_persons(session: Session, include_inactive: bool = True) -> list[PersonRow]:
    query = select(Person).options(selectinload(Person.organisation)).order_by(Person.name)
    if not include_inactive:
        query = query.where(Person.active.is_(True))
    return [_person_row(p) for p in session.scalars(query)]


def get_person(session: Session, person_id: int) -> PersonRow:
    person = get_or_raise(session, Person, person_id, "person", what="persoon")
    return _person_row(person)


def save_person(
    session: Session,
    person_id: int | None,
    *,
    name: str,
    function: str = "",
    email: str = "",
    phone: str = "",
    organisation_id: int | None = None,
    active: bool = True,
    expected_version: int | None = None,
) -> int:
    """Create or change a person. Two persons of one organisation cannot share a name.

    `expected_version`: the row_version the window showed; someone else's newer save wins
    and this one is refused (ConflictError with the current name and contact details)."""
    name = require_text(name, "name", "de naam", 200)
    email = check_email(email, "email")
    if organisation_id is not None and session.get(Organisation, organisation_id) is None:
        raise ValidationError("die organisatie bestaat niet", "organisation")
    query = select(Person.id).where(func.lower(Person.name) == name.lower())
    query = query.where(
        Person.organisation_id.is_(None)
        if organisation_id is None
        else Person.organisation_id == organisation_id
    )
    clash = session.scalar(query.limit(1))
    if clash is not None and clash != person_id:
        raise ValidationError(f"'{name}' bestaat al bij deze organisatie", "name")
    person = Person() if person_id is None else session.get(Person, person_id)
    if person is None:
        raise ValidationError("die persoon bestaat niet meer", "person")
    if person_id is not None:
        fields = ("name", "function", "email", "phone")
        check_version(person, expected_version, "De persoon", fields)
    person.name = name
    person.function = optional_text(function, "function").strip()
    person.email = email
    person.phone = optional_text(phone, "phone").strip()
    person.organisation_id = organisation_id
    person.active = bool(active)
    session.add(person)
    session.commit()
    return person.id


def _membership_row(m: Membership, today: dt.date) -> MembershipRow:
    active = (
        m.person.active
        and (m.start_date is None or m.start_date <= today)
        and (m.end_date is None or m.end_date >= today)
    )
    return MembershipRow(
        m.id,
        m.body_id,
        m.body.short,
        m.person_id,
        m.person.name,
        (m.organisation or m.person.organisation).name
        if (m.organisation or m.person.organisation)
        else "",
        m.role,
        m.substitute_id,
        m.substitute.name if m.substitute else "",
        m.person.email,
        m.person.phone,
        m.start_date,
        m.end_date,
        active,
    )


def list_memberships(
    session: Session, body: int | str | None = None, today: dt.date | None = None
) -> list[MembershipRow]:
    query = (
        select(Membership)
        .join(Person, Membership.person_id == Person.id)
        .options(
            selectinload(Membership.person).selectinload(Person.organisation),
            selectinload(Membership.organisation),
            selectinload(Membership.substitute),
            selectinload(Membership.body),
        )
        .order_by(Membership.body_id, Person.name)
    )
    if body is not None:
        query = query.where(Membership.body_id == get_body(session, body).id)
    today = today or dt.date.today()
    return [_membership_row(m, today) for m in session.scalars(query)]


def save_membership(
    session: Session,
    membership_id: int | None,
    *,
    body: int | str,
    person_id: int,
    role: str = Role.MEMBER,
    substitute_id: int | None = None,
    organisation_id: int | None = None,
    start_date: object = None,
    end_date: object = None,
) -> int:
    body_row: Body = get_body(session, body)
    get_or_raise(session, Person, person_id, "person", missing="die persoon bestaat niet")
    if substitute_id is not None:
        if substitute_id == person_id:
            raise ValidationError("iemand kan zijn eigen plaatsvervanger niet zijn", "substitute")
        get_or_raise(
            session, Person, substitute_id, "substitute", missing="die plaatsvervanger bestaat niet"
        )
    start = parse_optional_date(start_date, "start_date")
    end = parse_optional_date(end_date, "end_date")
    if start and end and end < start:
        raise ValidationError("het einde van het mandaat ligt voor het begin", "end_date")
    clash = session.scalar(
        select(Membership.id).where(
            Membership.body_id == body_row.id,
            Membership.person_id == person_id,
            Membership.end_date.is_(None),
        )
    )
    if clash is not None and clash != membership_id and end is None:
        raise ValidationError("deze persoon is al lid van dit overlegorgaan", "person")
    m = Membership() if membership_id is None else session.get(Membership, membership_id)
    if m is None:
        raise ValidationError("dat lidmaatschap bestaat niet meer", "membership")
    m.body_id, m.person_id = body_row.id, person_id
    m.role = parse_enum(Role, role, "role")
    m.substitute_id, m.organisation_id = substitute_id, organisation_id
    m.start_date, m.end_date = start, end
    session.add(m)
    session.commit()
    return m.id


def end_membership(session: Session, membership_id: int, on: dt.date | None = None) -> None:
    m = get_or_raise(
        session,
        Membership,
        membership_id,
        "membership",
        missing="dat lidmaatschap bestaat niet meer",
    )
    m.end_date = on or dt.date.today()
    session.commit()


@contextmanager
def _one_transaction(session: Session) -> Iterator[None]:
    """Let several self-committing services run as one unit: their commits only flush.

    The outer caller commits once at the end, or rolls everything back on the first error,
    so a person is never saved without the membership the same dialog asked for.
    """
    session.commit = session.flush  # type: ignore[method-assign]
    try:
        yield
    except BaseException:
        del session.commit
        session.rollback()
        raise
    del session.commit
    session.commit()


def save_member(
    session: Session,
    person_id: int | None,
    membership_id: int | None,
    *,
    person: dict,
    membership: dict | None = None,
    expected_version: int | None = None,
) -> tuple[int, int | None]:
    """Save a person and (optionally) their membership together: both, or neither.

    `person` holds the keyword arguments of `save_person`, `membership` those of
    `save_membership` without `person_id`. Returns (person id, membership id).
    `expected_version`: the person's row_version shown (see save_person).
    """
    with _one_transaction(session):
        pid = save_person(session, person_id, **person, expected_version=expected_version)
        mid = (
            save_membership(session, membership_id, person_id=pid, **membership)
            if membership is not None
            else None
        )
    return pid, mid
