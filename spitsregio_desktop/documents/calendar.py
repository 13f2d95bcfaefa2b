"""The calendar invitation of a meeting: an iCalendar (RFC 5545) file, written with `icalendar`.

One VEVENT per meeting with a UID that never changes for that meeting, so that a mail client
updates the entry it already has: SEQUENCE is the meeting's `calendar_sequence` (the services
raise it when date, hours or place change after the invitations went out), and a cancelled
meeting gives METHOD:CANCEL with the same UID. Times are local Europe/Brussels with their
VTIMEZONE inside the file (no network, no server). No Qt.

The description holds the agenda. A calendar entry is copied into every attendee's calendar,
where assistants and phones see it, so a confidential item shows there as its number and
"Vertrouwelijk punt" only; its title is in the invitation letter. A public export leaves
confidential items out entirely. Internal notes never leave the program.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from ..services.errors import ValidationError
from ..services.sending import Recipient, normalise_address, split_recipients
from ..services.settings import AppSettings
from ..services.views import MeetingDetail
from ..storage.enums import MeetingStatus
from .build import long_date, visible_items
from .text import clean, one_line, sentence

TZ_NAME = "Europe/Brussels"
TZ = ZoneInfo(TZ_NAME)
PRODID = "-//Spitsregio Desktop//Vergadersecretariaat//NL"
DEFAULT_LENGTH = dt.timedelta(hours=2)


def meeting_uid(detail: MeetingDetail) -> str:
    """Stable per meeting: the same on every export, before and after a change or cancel."""
    short = "".join(ch for ch in detail.body.short.lower() if ch.isalnum()) or "body"
    return f"meeting-{detail.id}-{short}@spitsregio-desktop"


def summary(detail: MeetingDetail) -> str:
    title = one_line(detail.title)
    name = one_line(detail.body.name)
    if not title or title.lower().startswith(name.lower()):
        return title or name
    return f"{name}: {title}"


def event_times(detail: MeetingDetail) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime]:
    """(start, end): aware local times, or whole days when the meeting has no start hour.

    No end hour, or an end not after the start: two hours.
    """
    if detail.start_time is None:
        return detail.date, detail.date + dt.timedelta(days=1)
    start = dt.datetime.combine(detail.date, detail.start_time, tzinfo=TZ)
    end = start + DEFAULT_LENGTH
    if detail.end_time is not None:
        candidate = dt.datetime.combine(detail.date, detail.end_time, tzinfo=TZ)
        if candidate > start:
            end = candidate
    return start, end


def hours_text(detail: MeetingDetail) -> str:
    if detail.start_time is None:
        return ""
    start = detail.start_time.strftime("%H:%M")
    return f"{start} – {detail.end_time:%H:%M}" if detail.end_time else start


def description(detail: MeetingDetail, settings: AppSettings, *, public: bool = False) -> str:
    """Plain text: when and where, the agenda with presenters and hours, and whom to ask."""
    cancelled = detail.status == MeetingStatus.CANCELLED
    lines = [f"Vergadering {detail.number} van {one_line(detail.body.name)}"]
    when = sentence(long_date(detail.date))
    if hours_text(detail):
        when += f", {hours_text(detail)}"
    lines.append(when)
    if detail.location:
        lines.append(one_line(detail.location))
    if cancelled:
        lines += ["", "Deze vergadering gaat niet door."]
    else:
        lines += ["", "Agenda"]
        for item in visible_items(detail, public):
            indent = "   " * item.depth
            if item.confidential:
                lines.append(f"{indent}{item.number}. Vertrouwelijk punt")
                continue
            text = f"{indent}{item.number}. {one_line(item.title)}"
            extras = []
            if item.presenter:
                extras.append(one_line(item.presenter))
            if item.planned_start and item.duration_minutes:
                extras.append(item.planned_start.strftime("%H:%M"))
            if extras:
                text += f" ({', '.join(extras)})"
            lines.append(text)
        lines += ["", "De uitnodiging en de bijlagen worden u per e-mail bezorgd."]
    contact = settings.secretariat_email.strip()
    if contact:
        lines.append(f"Vragen: {one_line(settings.secretariat_name)}, {contact}")
    return clean("\n".join(lines))


def _organizer(settings: AppSettings) -> vCalAddress:
    address = normalise_address(settings.secretariat_email)
    if address is None:
        raise ValidationError(
            "vul bij de instellingen een geldig e-mailadres van het secretariaat in; "
            "het is de organisator van de vergadering in de agenda",
            "secretariat_email",
        )
    organizer = vCalAddress(f"mailto:{address}")
    name = one_line(settings.secretariat_name)
    if name:
        organizer.params["CN"] = name
    return organizer


def _attendee(recipient: Recipient) -> vCalAddress:
    attendee = vCalAddress(f"mailto:{recipient.email}")
    name = one_line(recipient.name)
    if name:
        attendee.params["CN"] = name  # icalendar quotes it; a '"' is escaped as ^' (RFC 6868)
    attendee.params["CUTYPE"] = "INDIVIDUAL"
    attendee.params["ROLE"] = "REQ-PARTICIPANT"
    attendee.params["PARTSTAT"] = "NEEDS-ACTION"
    attendee.params["RSVP"] = "TRUE"
    return attendee


def build_calendar(
    detail: MeetingDetail,
    settings: AppSettings,
    *,
    public: bool = False,
    recipients: Sequence[Recipient] | None = None,
    now: dt.datetime | None = None,
) -> Calendar:
    """The VCALENDAR object; `recipients` defaults to the invited persons with an address."""
    cancelled = detail.status == MeetingStatus.CANCELLED
    if recipients is None:
        recipients, _ = split_recipients(detail.invitations)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "CANCEL" if cancelled else "REQUEST")

    event = Event()
    event.add("uid", meeting_uid(detail))
    event.add("sequence", max(0, int(detail.calendar_sequence)))
    event.add("dtstamp", stamp)
    start, end = event_times(detail)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", vText(summary(detail)))
    if detail.location:
        event.add("location", vText(one_line(detail.location)))
    event.add("description", vText(description(detail, settings, public=public)))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
    event.add("organizer", _organizer(settings), encode=False)
    for recipient in recipients:
        event.add("attendee", _attendee(recipient), encode=False)
    cal.add_component(event)

    year = detail.date.year
    cal.add_missing_timezones(first_date=dt.date(year - 1, 1, 1), last_date=dt.date(year + 2, 1, 1))
    return cal


def build_ics(
    detail: MeetingDetail,
    settings: AppSettings,
    *,
    public: bool = False,
    recipients: Sequence[Recipient] | None = None,
    now: dt.datetime | None = None,
) -> bytes:
    """The .ics file's bytes (UTF-8, CRLF line ends, lines folded at 75 octets)."""
    return build_calendar(detail, settings, public=public, recipients=recipients, now=now).to_ical()


def calendar_method(detail: MeetingDetail) -> str:
    return "CANCEL" if detail.status == MeetingStatus.CANCELLED else "REQUEST"
