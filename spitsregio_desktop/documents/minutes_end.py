"""The parts of the minutes that say what happened around the items: who was not recorded,
which earlier actions were followed up, and how the meeting closed (with signatures)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..services import labels
from ..services.follow_up import follow_up, others_text
from ..services.settings import AppSettings
from ..services.signatories import signatories
from ..services.views import ActionRow, AttendanceRow, InvitationRow, MeetingDetail
from ..storage.enums import MeetingStatus, Role
from .model import MinutesClosing, SignatureLine


def invitee_text(i: InvitationRow | AttendanceRow) -> str:
    """An invitee or attendee as the attendance lists name people: "name (organisation),
    role" (the role only for the chair and the secretary)."""
    text = i.name
    if i.organisation and i.organisation not in i.name:
        text += f" ({i.organisation})"
    if i.role in (Role.CHAIR, Role.SECRETARY):
        text += f", {labels.ROLE[i.role]}"
    return text


def followed_up_rows(d: MeetingDetail, public: bool) -> tuple[tuple[ActionRow, ...], str]:
    """This body's actions open at the meeting and due by its date, and the pointer that
    counts the others (or says there are none)."""
    shown = tuple(a for a in d.open_actions if not (public and a.confidential))
    split = follow_up(shown, d.date)
    if split.total == 0:
        return (), "Er staan geen actiepunten van vorige vergaderingen open."
    note = others_text(split.others)
    if not split.due:
        note = ("Geen actiepunten met een termijn tot en met deze vergadering. " + note).strip()
    return split.due, note


def closing_block(
    session: Session, d: MeetingDetail, settings: AppSettings, next_text: str
) -> MinutesClosing:
    """Closing time (once the meeting is closed), next meeting, note-taker; the signature
    lines of chair and secretary once the minutes are approved."""
    closed = ""
    if d.end_time and d.status in (MeetingStatus.MINUTES_DRAFT, MeetingStatus.MINUTES_APPROVED):
        closed = f"De vergadering wordt gesloten om {d.end_time:%H:%M}."
    who = signatories(session, d.id)
    taker = who.secretary
    note_taker = f"{taker.name}, {taker.function}" if taker.name else settings.secretariat_name
    lines: tuple[SignatureLine, ...] = ()
    if d.minutes.approved:
        lines = (
            SignatureLine("De voorzitter", who.chair.name, who.chair.function),
            SignatureLine("De secretaris", taker.name, taker.function),
        )
    return MinutesClosing(closed, next_text, note_taker, lines)
