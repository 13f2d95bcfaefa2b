"""The demo's secretariat details and chairs: what a real database asks the secretary for."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import Role
from ..storage.models import Body, Membership, Person
from .settings import save_settings

EMAIL_DOMAIN = "example.be"  # the demo's fictitious addresses, as for the members


# Who leads each body in the demo: the chair signs approved minutes.
DEMO_CHAIRS = {"BO": "Burgemeester Leuven", "TF": "Vertegenwoordiger Provincie"}


DEMO_SECRETARIAT = {
    "secretariat_name": "Secretariaat Burgemeestersoverleg en Taskforce Spitsregio Leuven",
    "secretariat_address": "Interleuven, Brouwersstraat 6, 3000 Leuven",
    "secretariat_email": f"secretariaat@{EMAIL_DOMAIN}",
    "secretariat_phone": "016 28 41 00",
}


def demo_secretariat_details(session: Session) -> None:
    """The demo secretariat's details, for invented data only (demo, benchmarks)."""
    save_settings(session, **DEMO_SECRETARIAT)


def demo_secretariat(session: Session) -> None:
    """The secretariat's details and each body's chair, so demo documents and e-mails
    carry a complete letterhead and signature lines (a real database asks for them)."""
    demo_secretariat_details(session)
    for short, name in DEMO_CHAIRS.items():
        membership = session.scalar(
            select(Membership)
            .join(Body, Membership.body_id == Body.id)
            .join(Person, Membership.person_id == Person.id)
            .where(Body.short == short, Person.name == name)
        )
        if membership is not None:
            membership.role = Role.CHAIR
    session.flush()
