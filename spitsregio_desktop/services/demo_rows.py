"""The demo's row bookkeeping: ids, rows per table, one executemany per table at the end.

Also the plain records the generator passes around (a seat, a body, a meeting slot) and
the small date and text helpers every part of the demo uses.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from ..storage.enums import (
    OrganisationKind,
    Role,
)
from ..storage.models import (
    Action,
    ActionEvent,
    AgendaItem,
    Attendance,
    Decision,
    IndicatorValue,
    Invitation,
    ItemAbsence,
    Meeting,
    MinutesRemark,
    MinutesVersion,
    Objective,
    Organisation,
    Person,
)
from . import demo_texts as T

DEMO_SETTING_KEY = "demo.generated"
EMAIL_DOMAIN = "example.be"
_BO_PARTNERS = ("Interleuven", "de provincie")
_ORG_LABEL = {"Provincie": "de provincie", "ERSV": "ERSV Vlaams-Brabant"}
FUTURE_DAYS = 50  # a few planned meetings: about seven weeks ahead


@dataclass(frozen=True)
class DemoSummary:
    """What was generated; the first four figures are the ones the issue asks about."""

    meetings: int
    items: int
    decisions: int
    actions: int
    action_events: int = 0
    invitations: int = 0
    attendances: int = 0
    objectives: int = 0
    first_date: dt.date | None = None
    last_date: dt.date | None = None


@dataclass
class _Seat:
    """A member seat of one body, as the reference data created it."""

    person_id: int
    name: str
    role: Role
    organisation_id: int | None
    org_short: str
    org_kind: OrganisationKind | None


@dataclass
class _BodyCtx:
    body_id: int
    short: str
    name: str
    themes: list[str]
    seats: list[_Seat]
    objectives: dict[str, list[int]] = field(default_factory=dict)  # theme → objective ids


@dataclass
class _Slot:
    """One meeting date in the schedule of a body, before its content exists."""

    date: dt.date
    start: dt.time
    location: str
    cancelled: bool = False
    meeting_id: int = 0
    number: int = 0


def dutch_date(d: dt.date) -> str:
    """ "12 maart 2025": demo text only, so no Babel import on this path."""
    return f"{d.day} {T.MONTHS[d.month - 1]} {d.year}"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return ".".join(ascii_text.lower().replace("'", "").split())


def _subject_phrase(title: str) -> str:
    """The subject of an item as it reads inside a sentence: "fietssnelweg F25 …"."""
    subject = title.split(":")[0].strip()
    if len(subject) > 1 and subject[1].islower():  # leave acronyms like "ESF" alone
        subject = subject[0].lower() + subject[1:]
    return subject


def _add_minutes(d: dt.date, t: dt.time, minutes: int) -> dt.time:
    return (dt.datetime.combine(d, t) + dt.timedelta(minutes=minutes)).time()


def _in_holidays(d: dt.date) -> bool:
    """School holidays: the bodies do not meet in July, early August, Christmas, Easter."""
    return (
        d.month == 7
        or (d.month == 8 and d.day < 20)
        or (d.month == 12 and d.day >= 22)
        or (d.month == 1 and d.day <= 6)
        or (d.month == 4 and d.day <= 12)
    )


class _Rows:
    """The rows the demo will write, with their ids; the text helpers draw from rng."""

    def __init__(self, session: Session, rng: random.Random, today: dt.date, years: int):
        self.session = session
        self.rng = rng
        self.today = today
        self.start = today - dt.timedelta(days=round(365.25 * years))
        self.rows: dict[type, list[dict[str, Any]]] = {}
        self._next_id: dict[type, int] = {}
        self.municipalities = [
            name
            for (name,) in session.execute(
                select(Organisation.short)
                .where(Organisation.kind == OrganisationKind.MUNICIPALITY)
                .order_by(Organisation.id)
            )
        ] or ["Leuven"]
        self.orgs_by_short = {
            short: oid
            for oid, short in session.execute(select(Organisation.id, Organisation.short))
        }
        # Organisations that a body's texts may mention ("de vertegenwoordiger van …"):
        # the mayors' body has no union seats, so it only hears from its partners.
        self.org_pool: list[str] = list(_BO_PARTNERS)

    # -- bookkeeping -------------------------------------------------------------------

    def new_id(self, model: type) -> int:
        if model not in self._next_id:
            current = self.session.scalar(select(func.max(model.id))) or 0  # type: ignore[attr-defined]
            self._next_id[model] = current + 1
        value = self._next_id[model]
        self._next_id[model] = value + 1
        return value

    def add(self, model: type, **values: Any) -> int:
        if "id" not in values:  # not setdefault: that would draw an id even when given
            values["id"] = self.new_id(model)
        self.rows.setdefault(model, []).append(values)
        return values["id"]

    def write(self) -> None:
        # Parents before children: each executemany must find the rows its keys point to.
        order = [
            Objective,
            IndicatorValue,
            Meeting,
            AgendaItem,
            Invitation,
            Attendance,
            ItemAbsence,
            Decision,
            Action,
            ActionEvent,
            MinutesVersion,
            MinutesRemark,
        ]
        for model in order:
            rows = self.rows.get(model)
            if not rows:
                continue
            table: Table = model.__table__  # type: ignore[attr-defined]
            # Core executemany needs one key set: fill in the columns a row left out.
            columns = [c.name for c in table.columns]
            full = [{c: r.get(c, _DEFAULTS.get(c)) for c in columns} for r in rows]
            self.session.execute(insert(table), full)

    def summary(self) -> DemoSummary:
        meetings = self.rows.get(Meeting, [])
        dates = [m["date"] for m in meetings]
        return DemoSummary(
            meetings=len(meetings),
            items=len(self.rows.get(AgendaItem, [])),
            decisions=len(self.rows.get(Decision, [])),
            actions=len(self.rows.get(Action, [])),
            action_events=len(self.rows.get(ActionEvent, [])),
            invitations=len(self.rows.get(Invitation, [])),
            attendances=len(self.rows.get(Attendance, [])),
            objectives=len(self.rows.get(Objective, [])),
            first_date=min(dates) if dates else None,
            last_date=max(dates) if dates else None,
        )

    # -- text helpers ------------------------------------------------------------------

    def pick(self, options: list[str], **fmt: Any) -> str:
        return self.fill(self.rng.choice(options), **fmt)

    def fill(self, template: str, **fmt: Any) -> str:
        fmt.setdefault("gemeente", self.rng.choice(self.municipalities))
        fmt.setdefault("org", self.rng.choice(self.org_pool))
        return template.format(**fmt)

    # -- persons -----------------------------------------------------------------------

    def set_emails(self) -> None:
        """Fictitious addresses on example.be for seats without one, for the e-mail exports."""
        rows = [
            {"pid": pid, "email": f"{_slug(name)}@{EMAIL_DOMAIN}"}
            for pid, name in self.session.execute(
                select(Person.id, Person.name).where(Person.email == "")
            )
        ]
        if rows:
            self.session.execute(
                update(Person.__table__)
                .where(Person.__table__.c.id == bindparam("pid"))
                .values(email=bindparam("email")),
                rows,
            )


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _planned(slot: _Slot, top_level: Iterable[dict[str, Any]]) -> dict[int, dt.time]:
    clock = dt.datetime.combine(slot.date, slot.start)
    times = {}
    for item in top_level:
        times[item["id"]] = clock.time()
        clock += dt.timedelta(minutes=item["duration_minutes"] or 10)
    return times


def _numbers(items: list[dict[str, Any]]) -> dict[int, str]:
    """Shown numbers ("3", "3.1") in the order the generator wrote the items."""
    result: dict[int, str] = {}
    top = 0
    sub: dict[int, int] = {}
    for row in items:
        parent = row.get("parent_id")
        if parent is None:
            top += 1
            result[row["id"]] = str(top)
        else:
            sub[parent] = sub.get(parent, 0) + 1
            result[row["id"]] = f"{result[parent]}.{sub[parent]}"
    return result


# Column defaults for the columns a row dict leaves out (Core executemany needs them all).
_DEFAULTS: dict[str, Any] = {
    "parent_id": None,
    "standard": None,
    "theme": "",
    "presenter": "",
    "duration_minutes": 0,
    "confidential": False,
    "notes": "",
    "internal_notes": "",
    "done": False,
    "adjourned": False,
    "adjourned_from_id": None,
    "substitute_id": None,
    "substitute_name": "",
    "arrived_at": None,
    "left_at": None,
    "arrived_from_item_id": None,
    "left_after_item_id": None,
    "owner_person_id": None,
    "owner_organisation_id": None,
    "owner_text": "",
    "objective_id": None,
    "closed_on": None,
    "sent_on": None,
    "approved_on": None,
    "approved_at_meeting_id": None,
    "approved_text": None,
    "sha256": None,
    "reopened_on": None,
    "reopened_reason": "",
    "votes_for": None,
    "votes_against": None,
    "votes_abstain": None,
    "live_item_id": None,
    "live_started_at": None,
    "calendar_sequence": 0,
    "description": "",
    "processed": False,
    "note": "",
    "reason": "",
    "row_version": 1,
}
