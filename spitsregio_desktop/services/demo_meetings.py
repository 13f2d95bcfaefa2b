"""The demo's meetings: the schedule of a body, held, cancelled and planned meetings with
their agendas, invitations and attendance. The follow-up (actions, minutes) is in
demo_followup; the rows are written by demo_rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..storage.enums import (
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
    AgendaItem,
    Attendance,
    Decision,
    Invitation,
    ItemAbsence,
    Meeting,
    MinutesVersion,
)
from ..storage.reference import STANDARD_AGENDA
from . import demo_texts as T
from .demo_rows import (
    _BO_PARTNERS,
    _ORG_LABEL,
    FUTURE_DAYS,
    _add_minutes,
    _BodyCtx,
    _in_holidays,
    _planned,
    _Rows,
    _Slot,
    _subject_phrase,
    dutch_date,
)


class _Meetings(_Rows):
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
            {
                _ORG_LABEL.get(s.org_short, s.org_short)
                for s in ctx.seats
                if s.org_short and s.org_kind != OrganisationKind.MUNICIPALITY
            }
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
                    ctx,
                    slot,
                    carried,
                    prev_held.get(slot.meeting_id),
                    nxt,
                    remarkers,
                    last=slot is held[-1],
                    reopen=slot.meeting_id == reopen_id,
                    approver=next_held.get(slot.meeting_id),
                    second_approver=next_held.get(next_held[slot.meeting_id].meeting_id)
                    if slot.meeting_id in next_held
                    else None,
                )
            else:
                self.planned_meeting(ctx, slot, carried, invited=slot is future[0])
                carried = []

    def meeting_row(
        self, ctx: _BodyCtx, slot: _Slot, status: MeetingStatus, end: dt.time | None
    ) -> None:
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
            self.item(
                slot.meeting_id,
                position,
                std["title"],
                std["kind"],
                standard=std["standard"],
                duration_minutes=std["duration_minutes"],
            )
        self.minutes_draft(slot)

    def minutes_draft(self, slot: _Slot) -> None:
        self.add(
            MinutesVersion,
            meeting_id=slot.meeting_id,
            version=1,
            status=MinutesStatus.DRAFT,
            created_at=dt.datetime.combine(slot.date, dt.time(18, 0)),
        )

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

        def child(
            parent: dict[str, Any], pos: int, title: str, kind: ItemKind, **extra: Any
        ) -> dict[str, Any]:
            self.item(mid, pos, title, kind, parent_id=parent["id"], done=True, **extra)
            row = self.rows[AgendaItem][-1]
            items.append(row)
            return row

        std = {s["standard"]: s for s in STANDARD_AGENDA}

        def standard(code: StandardItem, notes: str) -> dict[str, Any]:
            s = std[code]
            return top(
                s["title"],
                s["kind"],
                standard=code,
                duration_minutes=s["duration_minutes"],
                notes=notes,
            )

        opening_note = self.pick(T.OPENING_NOTES, time=f"{slot.start:%H:%M}")
        opening = standard(StandardItem.OPENING, opening_note)
        if rng.random() < 0.1:
            decisions.append((opening, T.DECISION_AGENDA_CHANGED))
        minutes_item = standard(StandardItem.PREVIOUS_MINUTES, self.pick(T.MINUTES_NOTES))
        if previous is None:
            decisions.append((minutes_item, T.DECISION_MINUTES_FIRST))
        elif previous.meeting_id in remarkers:
            decisions.append(
                (
                    minutes_item,
                    T.DECISION_MINUTES_REMARKS.format(
                        date=dutch_date(previous.date), remarker=remarkers[previous.meeting_id]
                    ),
                )
            )
        else:
            text = T.DECISION_MINUTES.format(date=dutch_date(previous.date))
            decisions.append((minutes_item, text))
        announcements = standard(StandardItem.ANNOUNCEMENTS, self.pick(T.ANNOUNCEMENT_NOTES))
        if rng.random() < 0.4:
            for pos, title in enumerate(rng.sample(T.ANNOUNCEMENTS, rng.randint(1, 3))):
                child(
                    announcements,
                    pos,
                    title,
                    ItemKind.INFORMATION,
                    duration_minutes=5,
                    notes=self.pick(T.ANNOUNCEMENT_NOTES),
                )
        standard(StandardItem.ACTIONS_FOLLOW_UP, self.pick(T.FOLLOW_UP_NOTES, n=rng.randint(2, 9)))

        # Subject items: those adjourned last time come first, then the new ones.
        subject_rows: list[tuple[dict[str, Any], str]] = []
        for old in carried:
            presenter = old["presenter"]
            row = top(
                old["title"],
                old["kind"],
                theme=old["theme"],
                presenter=presenter,
                duration_minutes=old["duration_minutes"],
                confidential=old["confidential"],
                adjourned_from_id=old["id"],
                notes=T.ADJOURNED_AGAIN_NOTE.format(presenter=presenter)
                + " "
                + self.note(presenter, slot.date.year),
            )
            subject_rows.append((row, old["title"]))
        for theme, title in self.subjects(ctx, rng.randint(5, 12)):
            presenter = self.presenter(theme)
            row = top(
                title,
                self.subject_kind(),
                theme=theme,
                presenter=presenter,
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
                child(
                    parent,
                    pos,
                    title.format(presenter=parent["presenter"]),
                    ItemKind(kind),
                    theme=parent["theme"],
                    duration_minutes=max(5, total // 2),
                    notes=self.pick(T.NOTE_MIDDLES, year=slot.date.year),
                )
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
            next_note = T.NEXT_MEETING_NOTE.format(
                date=dutch_date(nxt.date), time=f"{nxt.start:%H:%M}", location=nxt.location
            )
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
                rng.choices([1, 2, 3], [55, 40, 5])[0]
                if kind == ItemKind.DECISION
                else int(rng.random() < 0.7)
                if kind == ItemKind.DISCUSSION
                else 0
            )
            for _ in range(n_dec):
                decisions.append(
                    (row, self.pick(T.DECISIONS, Body=body_subject.capitalize(), subject=subject))
                )
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
            votes: dict[str, int | None] = {
                "votes_for": None,
                "votes_against": None,
                "votes_abstain": None,
            }
            # Votes are the exception (the bodies decide by consensus), and only on a
            # proposal, never on taking note of something.
            vote_rate = 0.12 if ctx.short == "BO" else 0.06
            if row["kind"] == ItemKind.DECISION and rng.random() < vote_rate and present > 4:
                against = rng.randint(0, max(1, present // 6))
                abstain = rng.randint(0, max(1, present // 8))
                votes = {
                    "votes_for": present - against - abstain,
                    "votes_against": against,
                    "votes_abstain": abstain,
                }
                row["notes"] += " " + T.VOTE_SENTENCE.format(
                    for_=votes["votes_for"], against=against, abstain=abstain
                )
            self.add(
                Decision,
                meeting_id=mid,
                agenda_item_id=row["id"],
                number=number,
                text=text,
                **votes,
            )
            dec_lines.setdefault(row["id"], []).append(f"Besluit {number}: {text}")

        act_lines: dict[int, list[str]] = {}
        for row, subject, mean in owners_for_actions:
            count = sum(rng.random() < mean / 3 for _ in range(3))
            for _ in range(count):
                act_lines.setdefault(row["id"], []).append(self.action(ctx, slot, row, subject))

        self.minutes(
            ctx,
            slot,
            items,
            dec_lines,
            act_lines,
            last=last,
            reopen=reopen,
            approver=approver,
            second_approver=second_approver,
            remarkers=remarkers,
        )
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

    def attendance(
        self,
        ctx: _BodyCtx,
        slot: _Slot,
        items: list[dict[str, Any]],
        subjects: list[tuple[dict[str, Any], str]],
    ) -> int:
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
                Invitation,
                meeting_id=slot.meeting_id,
                person_id=seat.person_id,
                role=seat.role,
                sent_on=sent,
                answer=answer,
                substitute_name="",
                answered_on=None
                if answer == Answer.NO_ANSWER
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
                    substitute = self.pick(
                        T.SUBSTITUTE_FUNCTIONS_ORGANISATION, org=seat.org_short or "de organisatie"
                    )
                # the member announced it: the answer "vervangen door …"
                invitation = self.rows[Invitation][-1]
                invitation["answer"], invitation["substitute_name"] = (
                    Answer.SUBSTITUTED,
                    substitute,
                )
            aid = self.add(
                Attendance,
                meeting_id=slot.meeting_id,
                person_id=seat.person_id,
                presence=presence,
                substitute_name=substitute,
            )
            if presence == Presence.PRESENT and seat.role != Role.SECRETARY:
                present_ids.append(aid)
        att_rows = {row["id"]: row for row in self.rows[Attendance][-len(ctx.seats) :]}
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
            self.add(
                ItemAbsence,
                attendance_id=rng.choice(present_ids),
                agenda_item_id=rng.choice(subjects)[0]["id"],
                reason=rng.choice(T.ITEM_ABSENCE_REASONS),
            )
        return len(present_ids) + sum(
            1 for a in att_rows.values() if a["presence"] == Presence.SUBSTITUTED
        )

    # -- planned meetings --------------------------------------------------------------

    def planned_meeting(
        self, ctx: _BodyCtx, slot: _Slot, carried: list[dict[str, Any]], *, invited: bool
    ) -> None:
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
            add_item(
                s["title"],
                s["kind"],
                standard=s["standard"],
                duration_minutes=s["duration_minutes"],
            )
        for old in carried:
            add_item(
                old["title"],
                old["kind"],
                theme=old["theme"],
                presenter=old["presenter"],
                duration_minutes=old["duration_minutes"],
                confidential=old["confidential"],
                adjourned_from_id=old["id"],
            )
        for theme, title in self.subjects(ctx, rng.randint(3, 6)):
            add_item(
                title,
                self.subject_kind(),
                theme=theme,
                presenter=self.presenter(theme),
                duration_minutes=rng.choice([15, 20, 30]),
                confidential=rng.random() < 0.07,
            )
        for s in STANDARD_AGENDA[4:]:
            add_item(
                s["title"],
                s["kind"],
                standard=s["standard"],
                duration_minutes=s["duration_minutes"],
            )
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
                if answered
                else Answer.NO_ANSWER
            )
            self.add(
                Invitation,
                meeting_id=mid,
                person_id=seat.person_id,
                role=seat.role,
                sent_on=sent,
                answer=answer,
                answered_on=min(self.today, sent + dt.timedelta(days=rng.randint(1, 7)))
                if answered
                else None,
            )
