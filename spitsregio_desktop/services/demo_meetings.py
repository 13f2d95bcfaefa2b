"""The demo's meetings: the schedule of a body, cancelled and planned meetings with their
agendas, invitations and attendance. What a held meeting dealt with (its items, decisions
and actions) is in demo_held, the follow-up (actions, minutes) in demo_followup; the rows
are written by demo_rows.
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
)
from ..storage.models import (
    AgendaItem,
    Attendance,
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
