"""A realistic, deterministic demo history for both bodies (`spitsregio demo --years N`).

The history ends around `today`: meetings every fortnight or so with the usual order of a
meeting plus subject items on the body's themes, invitations and attendance (excused,
substituted, a late arrival, someone leaving the room), decisions, actions with progress
notes, approved minutes frozen with their SHA-256 (the last held meeting still has a
draft), adjourned items that come back at the next meeting, objectives with indicator
values, and a few planned meetings after `today`.

Speed matters (ten years must take seconds, not minutes), so every row is built as a plain
dict with an explicit id and written with one executemany per table, parents before
children so the foreign keys hold at each insert. Only the seats of the reference data
appear as people: no invented names.
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

from ..storage.dialect import after_explicit_ids
from ..storage.enums import (
    ActionEventKind,
    ActionStatus,
    Answer,
    ItemKind,
    MeetingStatus,
    MinutesStatus,
    OrganisationKind,
    Presence,
    Role,
    StandardItem,
)
from ..storage.models import (
    Action,
    ActionEvent,
    AgendaItem,
    Attendance,
    Body,
    Decision,
    IndicatorValue,
    Invitation,
    ItemAbsence,
    Meeting,
    Membership,
    MinutesRemark,
    MinutesVersion,
    Objective,
    Organisation,
    Person,
    Setting,
)
from ..storage.reference import STANDARD_AGENDA
from . import demo_texts as T
from .demo_secretariat import demo_secretariat
from .errors import ValidationError

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


def generate_demo(
    session: Session, years: int = 2, seed: int = 2026, today: dt.date | None = None
) -> DemoSummary:
    """Fill a freshly opened database (reference data present) with `years` of history.

    Deterministic for a given `seed` and `today`. Refuses a database that already holds
    meetings, so a real history can never be mixed with invented data.
    """
    if not isinstance(years, int) or not 1 <= years <= 30:
        raise ValidationError("het aantal jaren moet tussen 1 en 30 liggen", "years")
    if session.scalar(select(func.count()).select_from(Meeting)):
        raise ValidationError(
            "deze database bevat al vergaderingen; maak de demo in een nieuw, leeg bestand",
            "db",
        )
    demo_secretariat(session)
    bodies = _load_bodies(session)
    if not bodies:
        raise ValidationError(
            "de referentiegegevens (overlegorganen en leden) ontbreken in deze database", "db"
        )
    gen = _Generator(session, random.Random(seed), today or dt.date.today(), years)
    gen.set_emails()
    for ctx in bodies:
        gen.objectives(ctx)
        gen.history(ctx)
    gen.write()
    # the rows carry their own ids: a server's id sequences must move past them
    after_explicit_ids(session)
    note = f"years={years} seed={seed} today={gen.today}"
    session.merge(Setting(key=DEMO_SETTING_KEY, value=note))
    session.commit()
    return gen.summary()


def _load_bodies(session: Session) -> list[_BodyCtx]:
    result = []
    for body in session.scalars(select(Body).order_by(Body.id)):
        rows = session.execute(
            select(Membership.person_id, Person.name, Membership.role, Organisation)
            .join(Person, Person.id == Membership.person_id)
            .outerjoin(Organisation, Organisation.id == Membership.organisation_id)
            .where(Membership.body_id == body.id, Person.active.is_(True))
            .order_by(Membership.id)
        ).all()
        seats = [
            _Seat(
                pid, name, role,
                org.id if org else None, org.short if org else "", org.kind if org else None,
            )
            for pid, name, role, org in rows
        ]
        themes = body.theme_list or ["algemeen"]
        if seats:
            result.append(_BodyCtx(body.id, body.short, body.name, themes, seats))
    return result


def dutch_date(d: dt.date) -> str:
    """"12 maart 2025": demo text only, so no Babel import on this path."""
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


class _Generator:
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
            Objective, IndicatorValue, Meeting, AgendaItem, Invitation, Attendance, ItemAbsence,
            Decision, Action, ActionEvent, MinutesVersion, MinutesRemark,
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

    # -- objectives --------------------------------------------------------------------

    def objectives(self, ctx: _BodyCtx) -> None:
        """One objective per theme of the body, with a value measured every half year."""
        body_subject = T.BODY_SUBJECT.get(ctx.short, "het overleg")
        baseline_date = dt.date(self.start.year, 1, 1)
        target_date = dt.date(max(self.today.year + 3, 2030), 12, 31)
        for theme in ctx.themes:
            for title, indicator, unit, baseline, target in T.OBJECTIVES.get(theme, [])[:1]:
                oid = self.add(
                    Objective,
                    body_id=ctx.body_id,
                    title=title,
                    description=T.OBJECTIVE_DESCRIPTION.format(body=body_subject),
                    theme=theme,
                    indicator=indicator,
                    unit=unit,
                    baseline=baseline,
                    baseline_date=baseline_date,
                    target=target,
                    target_date=target_date,
                )
                ctx.objectives.setdefault(theme, []).append(oid)
                # Real progress lags the plan: a share of the straight line, with noise.
                pace = self.rng.uniform(0.55, 0.95)
                span = (target_date - baseline_date).days
                measured = dt.date(baseline_date.year, 6, 30)
                while measured <= self.today:
                    share = (measured - baseline_date).days / span * pace
                    value = baseline + (target - baseline) * share
                    value += (target - baseline) * self.rng.uniform(-0.03, 0.03)
                    self.add(
                        IndicatorValue,
                        objective_id=oid,
                        measured_on=measured,
                        value=round(value, 1),
                        note=self.rng.choice(T.INDICATOR_NOTES),
                    )
                    measured = (
                        dt.date(measured.year, 12, 31)
                        if measured.month == 6
                        else dt.date(measured.year + 1, 6, 30)
                    )

    # -- schedule ----------------------------------------------------------------------

    def schedule(self, ctx: _BodyCtx) -> list[_Slot]:
        """The mayors meet every other Thursday morning; the taskforce two Tuesdays in three."""
        weekday, start = (3, dt.time(8, 0)) if ctx.short == "BO" else (1, dt.time(14, 0))
        d = self.start + dt.timedelta(days=(weekday - self.start.weekday()) % 7)
        end = self.today + dt.timedelta(days=FUTURE_DAYS)
        slots: list[_Slot] = []
        week = 0
        while d <= end:
            meets = week % 2 == 0 if ctx.short == "BO" else week % 3 != 2
            if meets and not _in_holidays(d):
                online = dt.date(2020, 3, 15) <= d <= dt.date(2021, 6, 30)
                location = (
                    T.ONLINE_LOCATION
                    if online
                    else self.pick(T.LOCATIONS.get(ctx.short, T.LOCATIONS["BO"]))
                )
                slot_start = start
                if ctx.short != "BO" and self.rng.random() < 0.25:
                    slot_start = dt.time(9, 30)
                cancelled = d < self.today and self.rng.random() < 0.015
                slots.append(_Slot(d, slot_start, location, cancelled))
            d += dt.timedelta(days=7)
            week += 1
        for n, slot in enumerate(slots, start=1):
            slot.number = n
            slot.meeting_id = self.new_id(Meeting)
        return slots

    # -- one body's history ------------------------------------------------------------

    def history(self, ctx: _BodyCtx) -> None:
        slots = self.schedule(ctx)
        self.org_pool = sorted(
            {_ORG_LABEL.get(s.org_short, s.org_short) for s in ctx.seats
             if s.org_short and s.org_kind != OrganisationKind.MUNICIPALITY}
        ) or list(_BO_PARTNERS)
        held = [s for s in slots if s.date < self.today and not s.cancelled]
        future = [s for s in slots if s.date >= self.today]
        next_held = {a.meeting_id: b for a, b in zip(held, held[1:], strict=False)}
        prev_held = {b.meeting_id: a for a, b in zip(held, held[1:], strict=False)}
        # One approved version per body is reopened and approved again, so the history
        # shows how a correction is recorded.
        reopen_id = held[len(held) // 2].meeting_id if len(held) >= 6 else None
        carried: list[dict[str, Any]] = []  # adjourned items waiting for the next meeting
        remarkers: dict[int, str] = {}  # meeting id → who sent a remark on its minutes
        for slot in slots:
            nxt = next_held.get(slot.meeting_id) or (future[0] if future else None)
            if slot.cancelled:
                self.cancelled_meeting(ctx, slot)
            elif slot.date < self.today:
                carried = self.held_meeting(
                    ctx, slot, carried, prev_held.get(slot.meeting_id), nxt, remarkers,
                    last=slot is held[-1],
                    reopen=slot.meeting_id == reopen_id,
                    approver=next_held.get(slot.meeting_id),
                    second_approver=next_held.get(
                        next_held[slot.meeting_id].meeting_id
                    ) if slot.meeting_id in next_held else None,
                )
            else:
                self.planned_meeting(ctx, slot, carried, invited=slot is future[0])
                carried = []

    def meeting_row(self, ctx: _BodyCtx, slot: _Slot, status: MeetingStatus,
                    end: dt.time | None) -> None:
        self.add(
            Meeting,
            id=slot.meeting_id,
            body_id=ctx.body_id,
            number=slot.number,
            title=f"{ctx.name} – vergadering {slot.number}",
            date=slot.date,
            start_time=slot.start,
            end_time=end,
            location=slot.location,
            status=status,
            calendar_sequence=0,
            created_at=dt.datetime.combine(slot.date - dt.timedelta(days=30), dt.time(9, 0)),
        )

    def item(self, meeting_id: int, position: int, title: str, kind: ItemKind, **extra: Any) -> int:
        return self.add(
            AgendaItem,
            meeting_id=meeting_id,
            position=position,
            title=title,
            kind=kind,
            **extra,
        )

    def cancelled_meeting(self, ctx: _BodyCtx, slot: _Slot) -> None:
        end = _add_minutes(slot.date, slot.start, 120)
        self.meeting_row(ctx, slot, MeetingStatus.CANCELLED, end)
        for position, std in enumerate(STANDARD_AGENDA):
            self.item(slot.meeting_id, position, std["title"], std["kind"],
                      standard=std["standard"], duration_minutes=std["duration_minutes"])
        self.minutes_draft(slot)

    def minutes_draft(self, slot: _Slot) -> None:
        self.add(MinutesVersion, meeting_id=slot.meeting_id, version=1,
                 status=MinutesStatus.DRAFT,
                 created_at=dt.datetime.combine(slot.date, dt.time(18, 0)))

    def subjects(self, ctx: _BodyCtx, count: int) -> list[tuple[str, str]]:
        """`count` (theme, title) pairs for one meeting, no title twice."""
        chosen: list[tuple[str, str]] = []
        seen: set[str] = set()
        while len(chosen) < count:
            theme = self.rng.choice(ctx.themes)
            options = T.SUBJECTS.get(theme) or [
                t.replace("{Theme}", theme.capitalize()) for t in T.FALLBACK_SUBJECTS
            ]
            title = self.rng.choice(options)
            if title in seen:
                available = sum(len(T.SUBJECTS.get(t, T.FALLBACK_SUBJECTS)) for t in ctx.themes)
                if len(seen) >= available:
                    break
                continue
            seen.add(title)
            chosen.append((theme, title))
        return chosen

    def presenter(self, theme: str) -> str:
        return self.pick(T.PRESENTERS.get(theme, T.FALLBACK_PRESENTERS))

    def subject_kind(self) -> ItemKind:
        r = self.rng.random()
        if r < 0.38:
            return ItemKind.DECISION
        if r < 0.80:
            return ItemKind.DISCUSSION
        return ItemKind.INFORMATION

    # -- a meeting that took place -----------------------------------------------------

    def held_meeting(
        self,
        ctx: _BodyCtx,
        slot: _Slot,
        carried: list[dict[str, Any]],
        previous: _Slot | None,
        nxt: _Slot | None,
        remarkers: dict[int, str],
        *,
        last: bool,
        reopen: bool,
        approver: _Slot | None,
        second_approver: _Slot | None,
    ) -> list[dict[str, Any]]:
        rng = self.rng
        mid = slot.meeting_id
        body_subject = T.BODY_SUBJECT.get(ctx.short, "het overleg")
        items: list[dict[str, Any]] = []  # top-level and sub-items, in reading order
        decisions: list[tuple[dict[str, Any], str]] = []  # (item, text)
        position = 0

        def top(title: str, kind: ItemKind, **extra: Any) -> dict[str, Any]:
            nonlocal position
            iid = self.item(mid, position, title, kind, done=True, **extra)
            row = self.rows[AgendaItem][-1]
            assert row["id"] == iid
            items.append(row)
            position += 1
            return row

        def child(parent: dict[str, Any], pos: int, title: str, kind: ItemKind,
                  **extra: Any) -> dict[str, Any]:
            self.item(mid, pos, title, kind, parent_id=parent["id"], done=True, **extra)
            row = self.rows[AgendaItem][-1]
            items.append(row)
            return row

        std = {s["standard"]: s for s in STANDARD_AGENDA}

        def standard(code: StandardItem, notes: str) -> dict[str, Any]:
            s = std[code]
            return top(s["title"], s["kind"], standard=code,
                       duration_minutes=s["duration_minutes"], notes=notes)

        opening_note = self.pick(T.OPENING_NOTES, time=f"{slot.start:%H:%M}")
        opening = standard(StandardItem.OPENING, opening_note)
        if rng.random() < 0.1:
            decisions.append((opening, T.DECISION_AGENDA_CHANGED))
        minutes_item = standard(StandardItem.PREVIOUS_MINUTES, self.pick(T.MINUTES_NOTES))
        if previous is None:
            decisions.append((minutes_item, T.DECISION_MINUTES_FIRST))
        elif previous.meeting_id in remarkers:
            decisions.append((minutes_item, T.DECISION_MINUTES_REMARKS.format(
                date=dutch_date(previous.date), remarker=remarkers[previous.meeting_id])))
        else:
            text = T.DECISION_MINUTES.format(date=dutch_date(previous.date))
            decisions.append((minutes_item, text))
        announcements = standard(StandardItem.ANNOUNCEMENTS, self.pick(T.ANNOUNCEMENT_NOTES))
        if rng.random() < 0.4:
            for pos, title in enumerate(rng.sample(T.ANNOUNCEMENTS, rng.randint(1, 3))):
                child(announcements, pos, title, ItemKind.INFORMATION, duration_minutes=5,
                      notes=self.pick(T.ANNOUNCEMENT_NOTES))
        standard(StandardItem.ACTIONS_FOLLOW_UP, self.pick(T.FOLLOW_UP_NOTES, n=rng.randint(2, 9)))

        # Subject items: those adjourned last time come first, then the new ones.
        subject_rows: list[tuple[dict[str, Any], str]] = []
        for old in carried:
            presenter = old["presenter"]
            row = top(old["title"], old["kind"], theme=old["theme"], presenter=presenter,
                      duration_minutes=old["duration_minutes"], confidential=old["confidential"],
                      adjourned_from_id=old["id"],
                      notes=T.ADJOURNED_AGAIN_NOTE.format(presenter=presenter) + " "
                      + self.note(presenter, slot.date.year))
            subject_rows.append((row, old["title"]))
        for theme, title in self.subjects(ctx, rng.randint(5, 12)):
            presenter = self.presenter(theme)
            row = top(
                title, self.subject_kind(), theme=theme, presenter=presenter,
                duration_minutes=rng.choice([10, 10, 15, 15, 20, 20, 30]),
                confidential=rng.random() < 0.07,
                notes=self.note(presenter, slot.date.year),
                internal_notes=self.pick(T.INTERNAL_NOTES) if rng.random() < 0.15 else "",
            )
            subject_rows.append((row, title))
        if rng.random() < 0.25 and subject_rows:
            parent, _ = rng.choice(subject_rows)
            total = parent["duration_minutes"]
            parent["duration_minutes"] = 0  # the sub-items carry the planned minutes
            for pos, (title, kind) in enumerate(T.SUB_ITEMS[: rng.randint(2, 3)]):
                child(parent, pos, title.format(presenter=parent["presenter"]), ItemKind(kind),
                      theme=parent["theme"], duration_minutes=max(5, total // 2),
                      notes=self.pick(T.NOTE_MIDDLES, year=slot.date.year))
        adjourned: list[dict[str, Any]] = []
        if rng.random() < 0.08 and len(subject_rows) > 3:
            row, _ = subject_rows[-1]
            if not row.get("adjourned_from_id"):
                row["adjourned"] = True
                row["done"] = False
                row["notes"] = T.ADJOURNED_NOTE
                adjourned.append(row)
        varia = standard(StandardItem.VARIA, self.pick(T.VARIA_NOTES))
        questions = standard(StandardItem.QUESTIONS, self.pick(T.QUESTIONS_NOTES))
        if nxt is not None:
            next_note = T.NEXT_MEETING_NOTE.format(date=dutch_date(nxt.date),
                                                   time=f"{nxt.start:%H:%M}", location=nxt.location)
        else:
            next_note = T.NEXT_MEETING_UNKNOWN
        standard(StandardItem.NEXT_MEETING, next_note)

        duration = sum(i["duration_minutes"] for i in items)
        end = _add_minutes(slot.date, slot.start, max(45, duration + rng.randint(-15, 20)))
        if end <= slot.start:  # a long meeting must not wrap past midnight
            end = dt.time(23, 30)
        last_status = MeetingStatus.MINUTES_DRAFT if last else MeetingStatus.MINUTES_APPROVED
        self.meeting_row(ctx, slot, last_status, end)

        present = self.attendance(ctx, slot, items, subject_rows)

        # Decisions and actions under the subject items, numbered per meeting in item order.
        owners_for_actions: list[tuple[dict[str, Any], str, float]] = []
        for row, title in subject_rows:
            if row.get("adjourned"):
                continue
            subject = _subject_phrase(title)
            kind = row["kind"]
            n_dec = (
                rng.choices([1, 2, 3], [55, 40, 5])[0] if kind == ItemKind.DECISION
                else int(rng.random() < 0.7) if kind == ItemKind.DISCUSSION else 0
            )
            for _ in range(n_dec):
                decisions.append((row, self.pick(T.DECISIONS, Body=body_subject.capitalize(),
                                                 subject=subject)))
            mean = {ItemKind.DECISION: 1.9, ItemKind.DISCUSSION: 1.5}.get(kind, 0.5)
            owners_for_actions.append((row, subject, mean))
        if rng.random() < 0.3:
            owners_for_actions.append((varia, "de vraag onder varia", 1.0))
        if rng.random() < 0.2:
            owners_for_actions.append((questions, "de vraag uit de rondvraag", 1.0))

        dec_lines: dict[int, list[str]] = {}
        item_order = {row["id"]: n for n, row in enumerate(items)}
        decisions.sort(key=lambda d: item_order[d[0]["id"]])
        for number, (row, text) in enumerate(decisions, start=1):
            votes: dict[str, int | None] = {"votes_for": None, "votes_against": None,
                                            "votes_abstain": None}
            # Votes are the exception (the bodies decide by consensus), and only on a
            # proposal, never on taking note of something.
            vote_rate = 0.12 if ctx.short == "BO" else 0.06
            if row["kind"] == ItemKind.DECISION and rng.random() < vote_rate and present > 4:
                against = rng.randint(0, max(1, present // 6))
                abstain = rng.randint(0, max(1, present // 8))
                votes = {"votes_for": present - against - abstain, "votes_against": against,
                         "votes_abstain": abstain}
                row["notes"] += " " + T.VOTE_SENTENCE.format(
                    for_=votes["votes_for"], against=against, abstain=abstain)
            self.add(Decision, meeting_id=mid, agenda_item_id=row["id"], number=number,
                     text=text, **votes)
            dec_lines.setdefault(row["id"], []).append(f"Besluit {number}: {text}")

        act_lines: dict[int, list[str]] = {}
        for row, subject, mean in owners_for_actions:
            count = sum(rng.random() < mean / 3 for _ in range(3))
            for _ in range(count):
                act_lines.setdefault(row["id"], []).append(
                    self.action(ctx, slot, row, subject)
                )

        self.minutes(ctx, slot, items, dec_lines, act_lines, last=last, reopen=reopen,
                     approver=approver, second_approver=second_approver, remarkers=remarkers)
        return adjourned

    def note(self, presenter: str, meeting_year: int) -> str:
        """A few sentences of discussion; figures are those of this or last year."""
        year = self.rng.choice([meeting_year - 1, meeting_year])
        middles = self.rng.sample(T.NOTE_MIDDLES, self.rng.randint(1, 3))
        parts = [self.pick(T.NOTE_OPENERS, presenter=presenter, year=year)]
        parts += [self.fill(m, year=year) for m in middles]
        parts.append(self.pick(T.NOTE_CLOSERS))
        return " ".join(parts)

    # -- invitations and attendance ----------------------------------------------------

    def attendance(self, ctx: _BodyCtx, slot: _Slot, items: list[dict[str, Any]],
                   subjects: list[tuple[dict[str, Any], str]]) -> int:
        """Invite every seat, record answers and presence; returns how many were present."""
        rng = self.rng
        sent = slot.date - dt.timedelta(days=14)
        present_ids: list[int] = []
        for seat in ctx.seats:
            r = rng.random()
            answer = Answer.COMING if r < 0.78 else Answer.EXCUSED if r < 0.95 else Answer.NO_ANSWER
            if seat.role == Role.SECRETARY:
                answer = Answer.COMING  # the secretariat takes the minutes
            self.add(
                Invitation, meeting_id=slot.meeting_id, person_id=seat.person_id, role=seat.role,
                sent_on=sent, answer=answer, substitute_name="",
                answered_on=None if answer == Answer.NO_ANSWER
                else sent + dt.timedelta(days=rng.randint(1, 12)),
            )
            substitute = ""
            if answer == Answer.COMING:
                presence = Presence.PRESENT if rng.random() < 0.97 else Presence.ABSENT
            elif answer == Answer.EXCUSED:
                presence = Presence.SUBSTITUTED if rng.random() < 0.35 else Presence.EXCUSED
            else:
                presence = Presence.PRESENT if rng.random() < 0.4 else Presence.ABSENT
            if presence == Presence.SUBSTITUTED:
                if seat.org_kind == OrganisationKind.MUNICIPALITY:
                    substitute = self.pick(
                        T.SUBSTITUTE_FUNCTIONS_MUNICIPALITY, gemeente=seat.org_short
                    )
                else:
                    substitute = self.pick(T.SUBSTITUTE_FUNCTIONS_ORGANISATION,
                                           org=seat.org_short or "de organisatie")
                # the member announced it: the answer "vervangen door …"
                invitation = self.rows[Invitation][-1]
                invitation["answer"], invitation["substitute_name"] = (
                    Answer.SUBSTITUTED, substitute)
            aid = self.add(
                Attendance, meeting_id=slot.meeting_id, person_id=seat.person_id,
                presence=presence, substitute_name=substitute,
            )
            if presence == Presence.PRESENT and seat.role != Role.SECRETARY:
                present_ids.append(aid)
        att_rows = {row["id"]: row for row in self.rows[Attendance][-len(ctx.seats):]}
        top_level = [i for i in items if i.get("parent_id") is None]
        times = _planned(slot, top_level)
        if present_ids and rng.random() < 0.5 and len(top_level) > 5:
            late = att_rows[rng.choice(present_ids)]
            item = top_level[rng.randint(2, 5)]
            late["arrived_from_item_id"] = item["id"]
            late["arrived_at"] = times[item["id"]]
        if present_ids and rng.random() < 0.25 and subjects:
            leaver = att_rows[rng.choice(present_ids)]
            item = subjects[-1][0]
            if leaver.get("arrived_from_item_id") is None:
                leaver["left_after_item_id"] = item["id"]
                leaver["left_at"] = times.get(item["id"])
        if present_ids and rng.random() < 0.15 and subjects:
            self.add(ItemAbsence, attendance_id=rng.choice(present_ids),
                     agenda_item_id=rng.choice(subjects)[0]["id"],
                     reason=rng.choice(T.ITEM_ABSENCE_REASONS))
        return len(present_ids) + sum(
            1 for a in att_rows.values() if a["presence"] == Presence.SUBSTITUTED
        )

    # -- actions -----------------------------------------------------------------------

    def owner(self, ctx: _BodyCtx, theme: str) -> dict[str, Any]:
        rng = self.rng
        r = rng.random()
        if r < 0.40:
            seat = rng.choice(ctx.seats)
            return {"owner_person_id": seat.person_id}
        if r < 0.93:
            if ctx.short == "BO":
                shorts = ["Interleuven"] * 6 + ["Provincie"] * 2
            else:
                shorts = ["ERSV"] * 5 + ["VDAB"] * 3 + ["Provincie", "Interleuven", "VOKA",
                                                        "UNIZO", "ACV", "ABVV", "ACLVB"]
            short = rng.choice(shorts)
            if short in self.orgs_by_short:
                return {"owner_organisation_id": self.orgs_by_short[short]}
        return {"owner_text": rng.choice(T.ACTION_OWNER_TEXT).format(theme=theme or "algemeen")}

    def action(self, ctx: _BodyCtx, slot: _Slot, row: dict[str, Any], subject: str) -> str:
        rng = self.rng
        created = slot.date
        due = created + dt.timedelta(days=rng.choice([14, 30, 30, 60, 60, 90, 180]))
        age = (self.today - due).days
        if age > 60:
            weights = [1, 1, 91, 7]
        elif age > 0:
            weights = [25, 25, 45, 5]
        else:
            weights = [50, 33, 15, 2]
        status = rng.choices(
            [ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE,
             ActionStatus.CANCELLED], weights)[0]
        closed = None
        if status in (ActionStatus.DONE, ActionStatus.CANCELLED):
            latest = min(self.today, due + dt.timedelta(days=45))
            span = max(1, (latest - created).days)
            closed = created + dt.timedelta(days=rng.randint(min(7, span), span))
        theme = row.get("theme", "")
        objective = None
        if ctx.objectives.get(theme) and rng.random() < 0.15:
            objective = rng.choice(ctx.objectives[theme])
        description = self.pick(T.ACTIONS, subject=subject,
                                subject_cap=subject[:1].upper() + subject[1:])
        owner = self.owner(ctx, theme)
        postponed_from = None
        if status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS) and rng.random() < 0.3:
            postponed_from = due
            due = due + dt.timedelta(days=rng.choice([30, 60, 90]))
        aid = self.add(
            Action, meeting_id=slot.meeting_id, agenda_item_id=row["id"], description=description,
            due_date=due, status=status, objective_id=objective, created_on=created,
            closed_on=closed, **owner,
        )
        self.events(aid, created, status, closed, postponed_from, due)
        return f"Actie: {description} (tegen {due:%d/%m/%Y})"

    def events(self, aid: int, created: dt.date, status: ActionStatus, closed: dt.date | None,
               postponed_from: dt.date | None, due: dt.date) -> None:
        rng = self.rng
        horizon = min(self.today, closed or self.today)

        def when(lo: int = 3) -> dt.date:
            span = (horizon - created).days
            return created + dt.timedelta(days=rng.randint(min(lo, span), max(span, 0)))

        if status != ActionStatus.CANCELLED and (status != ActionStatus.OPEN or rng.random() < 0.3):
            for _ in range(1 if status != ActionStatus.IN_PROGRESS else rng.randint(1, 2)):
                self.add(ActionEvent, action_id=aid, on_date=when(), kind=ActionEventKind.NOTE,
                         text=rng.choice(T.EVENT_STARTED))
        if postponed_from is not None:
            self.add(ActionEvent, action_id=aid, on_date=min(self.today, postponed_from),
                     kind=ActionEventKind.POSTPONED,
                     text=T.EVENT_POSTPONED.format(old=f"{postponed_from:%d/%m/%Y}",
                                                   new=f"{due:%d/%m/%Y}",
                                                   why=rng.choice(T.POSTPONE_REASONS)))
        if status == ActionStatus.DONE and closed:
            self.add(ActionEvent, action_id=aid, on_date=closed, kind=ActionEventKind.STATUS,
                     text=rng.choice(T.EVENT_DONE))
        elif status == ActionStatus.CANCELLED and closed:
            self.add(ActionEvent, action_id=aid, on_date=closed, kind=ActionEventKind.STATUS,
                     text=rng.choice(T.EVENT_CANCELLED))

    # -- minutes -----------------------------------------------------------------------

    def minutes(self, ctx: _BodyCtx, slot: _Slot, items: list[dict[str, Any]],
                dec_lines: dict[int, list[str]], act_lines: dict[int, list[str]], *,
                last: bool, reopen: bool, approver: _Slot | None,
                second_approver: _Slot | None, remarkers: dict[int, str]) -> None:
        created = dt.datetime.combine(slot.date, dt.time(18, 0))
        if last or approver is None:
            self.add(MinutesVersion, meeting_id=slot.meeting_id, version=1,
                     status=MinutesStatus.DRAFT, created_at=created)
            return
        text = self.minutes_text(ctx, slot, items, dec_lines, act_lines)
        sent = slot.date + dt.timedelta(days=7)
        common = {"meeting_id": slot.meeting_id, "created_at": created, "sent_on": sent}
        if reopen and second_approver is not None:
            remarker = self.rng.choice(ctx.seats).name
            self.add(MinutesVersion, version=1, status=MinutesStatus.REOPENED,
                     approved_on=approver.date, approved_at_meeting_id=approver.meeting_id,
                     approved_text=text, sha256=_sha(text),
                     reopened_on=min(self.today, approver.date + dt.timedelta(days=3)),
                     reopened_reason=T.REOPEN_REASON.format(remarker=remarker), **common)
            corrected = text + "\n\nGecorrigeerde versie na heropening."
            self.add(MinutesVersion, version=2, status=MinutesStatus.APPROVED,
                     approved_on=second_approver.date,
                     approved_at_meeting_id=second_approver.meeting_id,
                     approved_text=corrected, sha256=_sha(corrected),
                     **{**common, "created_at": dt.datetime.combine(
                         approver.date + dt.timedelta(days=3), dt.time(10, 0))})
            return
        vid = self.add(MinutesVersion, version=1, status=MinutesStatus.APPROVED,
                       approved_on=approver.date, approved_at_meeting_id=approver.meeting_id,
                       approved_text=text, sha256=_sha(text), **common)
        if self.rng.random() < 0.15:
            seat = self.rng.choice(ctx.seats)
            remarkers[slot.meeting_id] = seat.name
            self.add(MinutesRemark, minutes_version_id=vid, person_id=seat.person_id,
                     received_on=min(approver.date, sent + dt.timedelta(days=3)),
                     text=self.rng.choice(T.REMARKS), processed=True)

    def minutes_text(self, ctx: _BodyCtx, slot: _Slot, items: list[dict[str, Any]],
                     dec_lines: dict[int, list[str]], act_lines: dict[int, list[str]]) -> str:
        """The approved text that the SHA-256 freezes: a plain rendering of the minutes."""
        meeting = self.rows[Meeting][-1]
        lines = [ctx.name, f"Verslag van vergadering {slot.number} van {dutch_date(slot.date)}, "
                 f"{slot.start:%H:%M}–{meeting['end_time']:%H:%M}, {slot.location}", ""]
        names = {s.person_id: s.name for s in ctx.seats}
        by_presence: dict[str, list[str]] = {}
        for att in self.rows[Attendance][-len(ctx.seats):]:
            label = names[att["person_id"]]
            if att["substitute_name"]:
                label += f" (vervangen door {att['substitute_name']})"
            by_presence.setdefault(str(att["presence"]), []).append(label)
        for code, heading in (("present", "Aanwezig"), ("substituted", "Vervangen"),
                              ("excused", "Verontschuldigd"), ("absent", "Afwezig")):
            if by_presence.get(code):
                lines.append(f"{heading}: " + ", ".join(by_presence[code]))
        numbers = _numbers(items)
        for row in items:
            lines += ["", f"{numbers[row['id']]}. {row['title']}"]
            if row.get("confidential"):
                lines.append("(vertrouwelijk)")
            if row.get("notes"):
                lines.append(row["notes"])
            lines += dec_lines.get(row["id"], []) + act_lines.get(row["id"], [])
        return "\n".join(lines) + "\n"

    # -- planned meetings --------------------------------------------------------------

    def planned_meeting(self, ctx: _BodyCtx, slot: _Slot, carried: list[dict[str, Any]],
                        *, invited: bool) -> None:
        rng = self.rng
        mid = slot.meeting_id
        position = 0
        durations = 0

        def add_item(title: str, kind: ItemKind, **extra: Any) -> None:
            nonlocal position, durations
            self.item(mid, position, title, kind, **extra)
            durations += extra.get("duration_minutes", 0)
            position += 1

        std = iter(STANDARD_AGENDA)
        for s in list(std)[:4]:
            add_item(s["title"], s["kind"], standard=s["standard"],
                     duration_minutes=s["duration_minutes"])
        for old in carried:
            add_item(old["title"], old["kind"], theme=old["theme"], presenter=old["presenter"],
                     duration_minutes=old["duration_minutes"], confidential=old["confidential"],
                     adjourned_from_id=old["id"])
        for theme, title in self.subjects(ctx, rng.randint(3, 6)):
            add_item(title, self.subject_kind(), theme=theme, presenter=self.presenter(theme),
                     duration_minutes=rng.choice([15, 20, 30]),
                     confidential=rng.random() < 0.07)
        for s in STANDARD_AGENDA[4:]:
            add_item(s["title"], s["kind"], standard=s["standard"],
                     duration_minutes=s["duration_minutes"])
        status = MeetingStatus.INVITED if invited else MeetingStatus.PLANNED
        self.meeting_row(ctx, slot, status, _add_minutes(slot.date, slot.start, durations + 10))
        self.minutes_draft(slot)
        if not invited:
            return
        sent = min(self.today, slot.date - dt.timedelta(days=14))
        for seat in ctx.seats:
            answered = rng.random() < 0.6
            answer = (
                rng.choices([Answer.COMING, Answer.EXCUSED], [85, 15])[0]
                if answered else Answer.NO_ANSWER
            )
            self.add(Invitation, meeting_id=mid, person_id=seat.person_id, role=seat.role,
                     sent_on=sent, answer=answer,
                     answered_on=min(self.today, sent + dt.timedelta(days=rng.randint(1, 7)))
                     if answered else None)


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


__all__ = ["DemoSummary", "dutch_date", "generate_demo"]
