"""The first start's next steps, for the welcome panel: what a new user does first.

1. the secretariat's details (every letterhead and e-mail needs them),
2. the members (the seats come with the program, the names and addresses do not),
3. the first meeting.
Each step says whether it is done, so the panel can tick it off and point at the next.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..storage.models import Meeting, Membership, Person
from .settings import load_settings, missing_secretariat


@dataclass(frozen=True)
class FirstStep:
    key: str  # "secretariat" | "members" | "meeting": what the panel opens
    title: str
    hint: str
    done: bool


def first_steps(session: Session) -> list[FirstStep]:
    secretariat = not missing_secretariat(load_settings(session))
    reachable = session.scalar(
        select(func.count())
        .select_from(Membership)
        .join(Person, Membership.person_id == Person.id)
        .where(Person.active.is_(True), Person.email != "")
    )
    meetings = session.scalar(select(func.count()).select_from(Meeting))
    return [
        FirstStep(
            "secretariat",
            "Gegevens van het secretariaat",
            "Naam, adres en e-mailadres: ze staan in de briefhoofding en de e-mails.",
            secretariat,
        ),
        FirstStep(
            "members",
            "Leden",
            "Vul bij elke zetel de naam en het e-mailadres in, of lees een ledenlijst in.",
            bool(reachable),
        ),
        FirstStep(
            "meeting",
            "Eerste vergadering",
            "Plan een vergadering: dag, uur en plaats worden voorgesteld.",
            bool(meetings),
        ),
    ]


def is_first_start(session: Session) -> bool:
    """True while any first step is still to do (the welcome panel shows)."""
    return not all(step.done for step in first_steps(session))
