"""The pieces every document builder shares: Dutch dates, the letterhead and frame, the
meeting's heading, what a public version leaves out, and decision and action lines.
build.py (one builder per kind) and the register and report builders use them.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from babel.dates import format_date

from ..services import labels
from ..services.actions import latest_progress
from ..services.settings import AppSettings, require_secretariat
from ..services.views import (
    ActionRow,
    AgendaItemRow,
    BodyInfo,
    DecisionRow,
    MeetingDetail,
    MeetingRef,
)
from ..storage.enums import StandardItem
from .minutes_end import followed_up_rows
from .model import (
    ActionLine,
    DecisionLine,
    Frame,
    Letterhead,
    MeetingInfo,
)
from .text import one_line, sentence

LOCALE = "nl_BE"  # Babel wants the underscore form; "nl-BE" raises


@functools.lru_cache(maxsize=4096)  # a register over 30 years asks it ~5 000 times
def long_date(d: dt.date) -> str:
    return format_date(d, format="full", locale=LOCALE)


def short_date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def hm(t: dt.time | None) -> str:
    return t.strftime("%H:%M") if t else ""


def hours(start: dt.time | None, end: dt.time | None) -> str:
    if start and end:
        return f"{hm(start)} – {hm(end)}"
    return hm(start)


# ---- shared pieces -------------------------------------------------------------------------


def letterhead(body: BodyInfo, settings: AppSettings) -> Letterhead:
    lines = tuple(
        s
        for s in (
            settings.secretariat_address,
            settings.secretariat_email,
            settings.secretariat_phone,
        )
        if s
    )
    return Letterhead(body.name, settings.secretariat_name, lines, settings.logo_path)


def frame(
    body: BodyInfo,
    settings: AppSettings,
    kind: str,
    title: str,
    subtitle: str,
    concept: bool = False,
    public: bool = False,
) -> Frame:
    require_secretariat(settings)  # never a letterhead without the secretariat's details
    return Frame(
        kind=kind,
        title=title,
        subtitle=subtitle,
        letterhead=letterhead(body, settings),
        cofunding=body.cofunding or None,
        concept=concept,
        author=settings.secretariat_name,
        keywords=f"{title.lower()}, {body.name}" + (", ESF+" if body.cofunding else ""),
        public=public,
    )


def meeting_info(d: MeetingDetail) -> MeetingInfo:
    return MeetingInfo(
        body=d.body.name,
        number=f"Vergadering {d.number}",
        date=sentence(long_date(d.date)),
        hours=hours(d.start_time, d.end_time),
        location=d.location,
    )


def subtitle(d: MeetingDetail) -> str:
    return f"{d.body.name} – vergadering {d.number} van {long_date(d.date)}"


def ref_text(ref: MeetingRef) -> str:
    text = f"vergadering {ref.number} van {long_date(ref.date)}"
    return f"{text}, punt {ref.item_number}" if ref.item_number else text


def left_out(row: AgendaItemRow | DecisionRow | ActionRow, public: bool) -> bool:
    """Whether a public version leaves it out; `confidential` is the inherited value."""
    return public and row.confidential


def visible_items(d: MeetingDetail, public: bool) -> list[AgendaItemRow]:
    """Public: a confidential item goes, and so do its sub-items (they inherit it)."""
    return [item for item in d.items if not left_out(item, public)]


def votes_text(d: DecisionRow) -> str:
    if not d.has_votes:
        return ""
    parts = []
    if d.votes_for is not None:
        parts.append(f"{d.votes_for} voor")
    if d.votes_against is not None:
        parts.append(f"{d.votes_against} tegen")
    if d.votes_abstain is not None:
        word = "onthouding" if d.votes_abstain == 1 else "onthoudingen"
        parts.append(f"{d.votes_abstain} {word}")
    return "Stemming: " + ", ".join(parts)


def decision_line(d: DecisionRow, with_context: bool = False) -> DecisionLine:
    context = ""
    if with_context:
        title = one_line(d.item_title)
        context = f"Punt {d.item_number}: {title}" if d.item_number else title
    return DecisionLine(
        f"Besluit {d.number}", d.text, votes_text(d), context, confidential=d.confidential
    )


def action_line(a: ActionRow) -> ActionLine:
    origin = ""
    if a.meeting_number is not None:
        origin = f"{a.body_short} {a.meeting_number}".strip()
        if a.meeting_date:
            origin += f" ({short_date(a.meeting_date)})"
        if a.item_number:
            origin += f", punt {a.item_number}"
    status = labels.ACTION_STATUS.get(a.status, str(a.status))
    if a.overdue:
        status += " – over tijd"
    elif a.closed_on and not a.is_open:
        status += f" op {short_date(a.closed_on)}"
    return ActionLine(
        description=a.description,
        owner=a.owner or "nog toe te wijzen",
        due=short_date(a.due_date),
        status=status,
        overdue=a.overdue,
        origin=origin,
        progress=progress_text(a),
        confidential=a.confidential,
    )


def progress_text(a: ActionRow) -> str:
    """The latest progress note with its date ("" without one): where the action stands."""
    last = latest_progress(a.events)
    return f"{short_date(last.on_date)}: {last.text.strip()}" if last else ""


def follow_up_item_id(d: MeetingDetail) -> int | None:
    """The item under which earlier open actions are followed up ("Opvolging actiepunten")."""
    for item in d.items:
        if item.standard == StandardItem.ACTIONS_FOLLOW_UP:
            return item.id
    return None


def _actions(rows: Iterable[ActionRow], public: bool) -> tuple[ActionLine, ...]:
    return tuple(action_line(a) for a in rows if not left_out(a, public))


def followed_up(d: MeetingDetail, public: bool) -> tuple[tuple[ActionLine, ...], str]:
    rows, note = followed_up_rows(d, public)
    return _actions(rows, public), note
