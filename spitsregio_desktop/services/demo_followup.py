"""The demo's follow-up of meetings: objectives with their measured values, actions with
their progress notes, and minutes (approved ones frozen with their SHA-256).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..storage.enums import (
    ActionEventKind,
    ActionStatus,
    MinutesStatus,
)
from ..storage.models import (
    Action,
    ActionEvent,
    Attendance,
    IndicatorValue,
    Meeting,
    MinutesRemark,
    MinutesVersion,
    Objective,
)
from . import demo_texts as T
from .demo_rows import (
    _BodyCtx,
    _numbers,
    _Rows,
    _sha,
    _Slot,
    dutch_date,
)


class _FollowUp(_Rows):
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
                shorts = (
                    ["ERSV"] * 5
                    + ["VDAB"] * 3
                    + ["Provincie", "Interleuven", "VOKA", "UNIZO", "ACV", "ABVV", "ACLVB"]
                )
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
            [
                ActionStatus.OPEN,
                ActionStatus.IN_PROGRESS,
                ActionStatus.DONE,
                ActionStatus.CANCELLED,
            ],
            weights,
        )[0]
        closed = None
        if status in (ActionStatus.DONE, ActionStatus.CANCELLED):
            latest = min(self.today, due + dt.timedelta(days=45))
            span = max(1, (latest - created).days)
            closed = created + dt.timedelta(days=rng.randint(min(7, span), span))
        theme = row.get("theme", "")
        objective = None
        if ctx.objectives.get(theme) and rng.random() < 0.15:
            objective = rng.choice(ctx.objectives[theme])
        description = self.pick(
            T.ACTIONS, subject=subject, subject_cap=subject[:1].upper() + subject[1:]
        )
        owner = self.owner(ctx, theme)
        postponed_from = None
        if status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS) and rng.random() < 0.3:
            postponed_from = due
            due = due + dt.timedelta(days=rng.choice([30, 60, 90]))
        aid = self.add(
            Action,
            meeting_id=slot.meeting_id,
            agenda_item_id=row["id"],
            description=description,
            due_date=due,
            status=status,
            objective_id=objective,
            created_on=created,
            closed_on=closed,
            **owner,
        )
        self.events(aid, created, status, closed, postponed_from, due)
        return f"Actie: {description} (tegen {due:%d/%m/%Y})"

    def events(
        self,
        aid: int,
        created: dt.date,
        status: ActionStatus,
        closed: dt.date | None,
        postponed_from: dt.date | None,
        due: dt.date,
    ) -> None:
        rng = self.rng
        horizon = min(self.today, closed or self.today)

        def when(lo: int = 3) -> dt.date:
            span = (horizon - created).days
            return created + dt.timedelta(days=rng.randint(min(lo, span), max(span, 0)))

        if status != ActionStatus.CANCELLED and (status != ActionStatus.OPEN or rng.random() < 0.3):
            for _ in range(1 if status != ActionStatus.IN_PROGRESS else rng.randint(1, 2)):
                self.add(
                    ActionEvent,
                    action_id=aid,
                    on_date=when(),
                    kind=ActionEventKind.NOTE,
                    text=rng.choice(T.EVENT_STARTED),
                )
        if postponed_from is not None:
            self.add(
                ActionEvent,
                action_id=aid,
                on_date=min(self.today, postponed_from),
                kind=ActionEventKind.POSTPONED,
                text=T.EVENT_POSTPONED.format(
                    old=f"{postponed_from:%d/%m/%Y}",
                    new=f"{due:%d/%m/%Y}",
                    why=rng.choice(T.POSTPONE_REASONS),
                ),
            )
        if closed and status in (ActionStatus.DONE, ActionStatus.CANCELLED):
            texts = T.EVENT_DONE if status == ActionStatus.DONE else T.EVENT_CANCELLED
            self.add(
                ActionEvent,
                action_id=aid,
                on_date=closed,
                kind=ActionEventKind.STATUS,
                text=rng.choice(texts),
            )

    # -- minutes -----------------------------------------------------------------------

    def minutes(
        self,
        ctx: _BodyCtx,
        slot: _Slot,
        items: list[dict[str, Any]],
        dec_lines: dict[int, list[str]],
        act_lines: dict[int, list[str]],
        *,
        last: bool,
        reopen: bool,
        approver: _Slot | None,
        second_approver: _Slot | None,
        remarkers: dict[int, str],
    ) -> None:
        created = dt.datetime.combine(slot.date, dt.time(18, 0))
        if last or approver is None:
            self.add(
                MinutesVersion,
                meeting_id=slot.meeting_id,
                version=1,
                status=MinutesStatus.DRAFT,
                created_at=created,
            )
            return
        text = self.minutes_text(ctx, slot, items, dec_lines, act_lines)
        sent = slot.date + dt.timedelta(days=7)
        common = {"meeting_id": slot.meeting_id, "created_at": created, "sent_on": sent}
        if reopen and second_approver is not None:
            remarker = self.rng.choice(ctx.seats).name
            self.add(
                MinutesVersion,
                version=1,
                status=MinutesStatus.REOPENED,
                approved_on=approver.date,
                approved_at_meeting_id=approver.meeting_id,
                approved_text=text,
                sha256=_sha(text),
                reopened_on=min(self.today, approver.date + dt.timedelta(days=3)),
                reopened_reason=T.REOPEN_REASON.format(remarker=remarker),
                **common,
            )
            corrected = text + "\n\nGecorrigeerde versie na heropening."
            self.add(
                MinutesVersion,
                version=2,
                status=MinutesStatus.APPROVED,
                approved_on=second_approver.date,
                approved_at_meeting_id=second_approver.meeting_id,
                approved_text=corrected,
                sha256=_sha(corrected),
                **{
                    **common,
                    "created_at": dt.datetime.combine(
                        approver.date + dt.timedelta(days=3), dt.time(10, 0)
                    ),
                },
            )
            return
        vid = self.add(
            MinutesVersion,
            version=1,
            status=MinutesStatus.APPROVED,
            approved_on=approver.date,
            approved_at_meeting_id=approver.meeting_id,
            approved_text=text,
            sha256=_sha(text),
            **common,
        )
        if self.rng.random() < 0.15:
            seat = self.rng.choice(ctx.seats)
            remarkers[slot.meeting_id] = seat.name
            self.add(
                MinutesRemark,
                minutes_version_id=vid,
                person_id=seat.person_id,
                received_on=min(approver.date, sent + dt.timedelta(days=3)),
                text=self.rng.choice(T.REMARKS),
                processed=True,
            )

    def minutes_text(
        self,
        ctx: _BodyCtx,
        slot: _Slot,
        items: list[dict[str, Any]],
        dec_lines: dict[int, list[str]],
        act_lines: dict[int, list[str]],
    ) -> str:
        """The approved text that the SHA-256 freezes: a plain rendering of the minutes."""
        meeting = self.rows[Meeting][-1]
        lines = [
            ctx.name,
            f"Verslag van vergadering {slot.number} van {dutch_date(slot.date)}, "
            f"{slot.start:%H:%M}–{meeting['end_time']:%H:%M}, {slot.location}",
            "",
        ]
        names = {s.person_id: s.name for s in ctx.seats}
        by_presence: dict[str, list[str]] = {}
        for att in self.rows[Attendance][-len(ctx.seats) :]:
            label = names[att["person_id"]]
            if att["substitute_name"]:
                label += f" (vervangen door {att['substitute_name']})"
            by_presence.setdefault(str(att["presence"]), []).append(label)
        for code, heading in (
            ("present", "Aanwezig"),
            ("substituted", "Vervangen"),
            ("excused", "Verontschuldigd"),
            ("absent", "Afwezig"),
        ):
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
