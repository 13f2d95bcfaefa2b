"""Attendance statistics: how often each municipality and organisation took part.

The ESF reporting and the bodies themselves ask for the attendance rate per organisation
over a period. Counted per organisation and meeting, not per person: an organisation with
two seats was represented when at least one of its people was there (in person, or by a
substitute). Per meeting the organisation gets its best state, in the order
present > substituted > excused > absent, so the four counts add up to `meetings`.

An organisation was expected at a meeting when one of its people has an attendance row
there (attendance is recorded for everyone invited). Cancelled meetings do not count;
nor do meetings without any attendance recorded yet. A person without an organisation
(an invited expert) is counted under their own name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import MeetingStatus, Presence
from ..storage.models import Attendance, Meeting, Organisation, Person
from .errors import ValidationError
from .meetings import get_body

# best first: the state an organisation gets for a meeting when its people differ
_ORDER = (Presence.PRESENT, Presence.SUBSTITUTED, Presence.EXCUSED, Presence.ABSENT)
_RANK = {p: n for n, p in enumerate(_ORDER)}


@dataclass(frozen=True)
class AttendanceRate:
    organisation: str
    meetings: int  # meetings where it was expected
    present: int
    substituted: int
    excused: int
    absent: int
    rate: float  # (present + substituted) / meetings, 0.0 – 1.0

    @property
    def attended(self) -> int:
        return self.present + self.substituted


@dataclass(frozen=True)
class AttendanceSummary:
    body_short: str
    body_name: str
    start: dt.date | None
    end: dt.date | None
    meetings: int  # meetings of the period with attendance recorded
    rates: tuple[AttendanceRate, ...]

    @property
    def average(self) -> float | None:
        """The mean of the organisations' rates (each organisation weighs the same)."""
        return sum(r.rate for r in self.rates) / len(self.rates) if self.rates else None


def _check_period(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and end < start:
        raise ValidationError(
            f"het einde van de periode ({end:%d/%m/%Y}) ligt voor het begin ({start:%d/%m/%Y})",
            "end",
        )


def _rows(session: Session, body_id: int, start: dt.date | None, end: dt.date | None):
    query = (
        select(Attendance.meeting_id, Attendance.presence, Person.name, Organisation.name)
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .join(Person, Person.id == Attendance.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Meeting.body_id == body_id, Meeting.status != MeetingStatus.CANCELLED)
    )
    if start is not None:
        query = query.where(Meeting.date >= start)
    if end is not None:
        query = query.where(Meeting.date <= end)
    return session.execute(query).all()


def attendance_rates(
    session: Session,
    body: int | str,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[AttendanceRate]:
    """Per organisation, best rate first (then by name). Period bounds are inclusive."""
    return list(attendance_summary(session, body, start, end).rates)


def attendance_summary(
    session: Session,
    body: int | str,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> AttendanceSummary:
    _check_period(start, end)
    b = get_body(session, body)
    best: dict[tuple[str, int], Presence] = {}
    meetings: set[int] = set()
    for meeting_id, presence, person, organisation in _rows(session, b.id, start, end):
        meetings.add(meeting_id)
        key = ((organisation or person or "").strip(), meeting_id)
        state = Presence(presence)
        if key not in best or _RANK[state] < _RANK[best[key]]:
            best[key] = state
    counts: dict[str, dict[Presence, int]] = {}
    for (organisation, _meeting), state in best.items():
        per = counts.setdefault(organisation, dict.fromkeys(_ORDER, 0))
        per[state] += 1
    rates = []
    for organisation, per in counts.items():
        total = sum(per.values())
        attended = per[Presence.PRESENT] + per[Presence.SUBSTITUTED]
        rates.append(
            AttendanceRate(
                organisation=organisation,
                meetings=total,
                present=per[Presence.PRESENT],
                substituted=per[Presence.SUBSTITUTED],
                excused=per[Presence.EXCUSED],
                absent=per[Presence.ABSENT],
                rate=attended / total if total else 0.0,
            )
        )
    rates.sort(key=lambda r: (-r.rate, r.organisation.casefold()))
    return AttendanceSummary(b.short, b.name, start, end, len(meetings), tuple(rates))


def meeting_years(session: Session, body: int | str) -> list[int]:
    """The years in which the body met (newest first), for a year filter."""
    b = get_body(session, body)
    dates = session.scalars(
        select(Meeting.date).where(
            Meeting.body_id == b.id, Meeting.status != MeetingStatus.CANCELLED
        )
    )
    return sorted({d.year for d in dates}, reverse=True)
