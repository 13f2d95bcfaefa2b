"""Reference data loaded into every new database: the two bodies, the 30 municipalities,
the partner organisations, and a seat per member ("Burgemeester Leuven") without names.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import column, select, table

from .enums import ItemKind, OrganisationKind, Role, StandardItem

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .database import Database

SEEDED_KEY = "reference.seeded"

# A meeting's usual order (DESIGN.md); the items of the day go between follow-up and varia.
STANDARD_AGENDA = [
    {
        "title": "Opening en vaststelling van de agenda",
        "standard": StandardItem.OPENING,
        "kind": ItemKind.DECISION,
        "duration_minutes": 5,
    },
    {
        "title": "Goedkeuring verslag vorige vergadering",
        "standard": StandardItem.PREVIOUS_MINUTES,
        "kind": ItemKind.DECISION,
        "duration_minutes": 5,
    },
    {
        "title": "Mededelingen",
        "standard": StandardItem.ANNOUNCEMENTS,
        "kind": ItemKind.INFORMATION,
        "duration_minutes": 10,
    },
    {
        "title": "Opvolging actiepunten",
        "standard": StandardItem.ACTIONS_FOLLOW_UP,
        "kind": ItemKind.DISCUSSION,
        "duration_minutes": 15,
    },
    {
        "title": "Varia",
        "standard": StandardItem.VARIA,
        "kind": ItemKind.INFORMATION,
        "duration_minutes": 5,
    },
    {
        "title": "Rondvraag",
        "standard": StandardItem.QUESTIONS,
        "kind": ItemKind.INFORMATION,
        "duration_minutes": 5,
    },
    {
        "title": "Volgende vergadering",
        "standard": StandardItem.NEXT_MEETING,
        "kind": ItemKind.INFORMATION,
        "duration_minutes": 5,
    },
]


def load_reference() -> dict:
    text = (
        resources.files("spitsregio_desktop.storage")
        .joinpath("reference_data.json")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


# the settings table as plain Core (storage.models.Setting maps it): read at every open,
# before the window shows, without importing the ORM and the models
_SETTINGS = table("settings", column("key"), column("value"))


def is_seeded(db: Database) -> bool:
    """Whether the reference data was loaded, read without the ORM."""
    with db.connection() as connection:
        found = connection.execute(
            select(_SETTINGS.c.key).where(_SETTINGS.c.key == SEEDED_KEY)
        ).first()
    return found is not None


def seed_reference_data(session: Session) -> bool:
    """Load the reference data once per database; returns True if it did."""
    from .models import Body, Membership, Organisation, Person, Setting

    if session.execute(select(_SETTINGS.c.key).where(_SETTINGS.c.key == SEEDED_KEY)).first():
        return False
    ref = load_reference()
    standard = json.dumps(
        [
            {**item, "standard": str(item["standard"]), "kind": str(item["kind"])}
            for item in STANDARD_AGENDA
        ],
        ensure_ascii=False,
    )
    bodies = {}
    for b in ref["bodies"]:
        body = session.scalar(select(Body).where(Body.name == b["name"]))
        if body is None:
            body = Body(
                name=b["name"],
                short=b["short"],
                secretariat=b.get("secretariat", ""),
                members_description=b.get("members", ""),
                themes="\n".join(b.get("themes", [])),
                cofunding=b.get("cofunding"),
                standard_agenda=standard,
            )
            session.add(body)
        bodies[b["short"]] = body

    orgs: dict[str, Organisation] = {}
    for name in ref["municipalities"]:
        orgs[name] = Organisation(name=name, short=name, kind=OrganisationKind.MUNICIPALITY)
    for o in ref["organisations"]:
        orgs[o["short"]] = Organisation(
            name=o["name"], short=o["short"], kind=OrganisationKind(o["kind"])
        )
    session.add_all(orgs.values())
    session.flush()

    mayors, taskforce = bodies.get("BO"), bodies.get("TF")
    for name in ref["municipalities"]:
        seat = Person(name=f"Burgemeester {name}", function="burgemeester", organisation=orgs[name])
        session.add(seat)
        if mayors:
            session.add(
                Membership(body=mayors, person=seat, organisation=orgs[name], role=Role.MEMBER)
            )
        if taskforce:
            session.add(
                Membership(body=taskforce, person=seat, organisation=orgs[name], role=Role.MEMBER)
            )
    if taskforce:
        for o in ref["organisations"]:
            org = orgs[o["short"]]
            role = Role.EXPERT if o["kind"] == "deskundige" else Role.MEMBER
            if o["kind"] == "secretariaat":
                role = Role.SECRETARY
            seat = Person(name=f"Vertegenwoordiger {o['short']}", organisation=org)
            session.add(seat)
            session.add(Membership(body=taskforce, person=seat, organisation=org, role=role))
    session.add(Setting(key=SEEDED_KEY, value="1"))
    session.commit()
    return True
