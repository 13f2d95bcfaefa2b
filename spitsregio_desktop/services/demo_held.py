"""The demo's held meetings: what each one dealt with, in the order of the meeting (the
standard items, subjects with their notes, sub-items and adjourned items), its
decisions and votes and the actions under its items. The schedule, the agendas of other
meetings and the attendance are in demo_meetings; actions and minutes in demo_followup.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..storage.enums import ItemKind, MeetingStatus, StandardItem
from ..storage.models import AgendaItem, Decision
from ..storage.reference import STANDARD_AGENDA
from . import demo_texts as T
from .demo_rows import _add_minutes, _BodyCtx, _Rows, _Slot, _subject_phrase, dutch_date


class _HeldMeetings(_Rows):
    """A held meeting's agenda as it went, and what came of it (demo._Generator mixes in)."""

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
