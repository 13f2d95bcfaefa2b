"""E-mail drafts (.eml) and calendar invitations (.ics) for a meeting. No Qt, no network.

The program has no mail server: it writes a standard RFC 5322 message with `X-Unsent: 1`,
which Outlook (and Thunderbird, Apple Mail) opens as an unsent draft; the secretary checks
it and presses Send. Built with `email.message.EmailMessage` (policy default), which encodes
non-ASCII names in headers (RFC 2047) and attachment names (RFC 2231) correctly.

- invitation + ics: the calendar file alone (METHOD:REQUEST, or CANCEL for a cancelled
  meeting, same UID).
- invitation + eml: subject and text from the templates in the settings; attachments: the
  invitation PDF, the agenda items' attachment files and the .ics (text/calendar;
  method=REQUEST), the latter also as an alternative to the text so calendar-aware clients
  show the invitation. A cancelled meeting gives a cancellation mail with only the .ics.
  With the recipients in Bcc (the default) that .ics names the organiser only.
- minutes + eml: the minutes PDF (full, or public with `public=True`) and the DOCX when the
  settings ask for it.

Invited persons without a usable address are not dropped silently: `recipients_report`
lists them for the window before the draft is made, and `export_mail` names them in one
line ("Zonder e-mailadres: …") on stderr or through its `warn` callback.
"""

from __future__ import annotations

import mimetypes
import re
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from ..services.errors import ValidationError
from ..services.sending import (
    Recipient,
    Unreachable,
    normalise_address,
    split_recipients,
    unreachable_line,
)
from ..services.settings import AppSettings
from ..services.views import MeetingDetail
from ..storage.enums import MeetingStatus
from ..storage.winpaths import windows_name
from .build import long_date, visible_items
from .calendar import build_ics, calendar_method
from .files import write_atomically
from .text import clean, one_line

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAIL_KINDS: dict[str, tuple[str, ...]] = {"invitation": ("ics", "eml"), "minutes": ("eml",)}
KIND_LABEL = {"invitation": "uitnodiging", "minutes": "verslag"}
CANCEL_SUBJECT = "Geannuleerd: {body} van {datum}"
CANCEL_BODY = (
    "Geachte leden,\n\nDe vergadering van {body} van {datum} om {uur} in {plaats} gaat niet "
    "door. De agenda-uitnodiging in bijlage haalt ze uit uw agenda.\n\n"
    "Met vriendelijke groeten,\n{secretariaat}"
)
UPDATE_PREFIX = "Gewijzigd: "
# CRLF line ends on disk: what mail clients on Windows expect in an .eml file. Headers fold
# only beyond 998 characters (RFC 5322's limit): at 78, Python folds a subject of 70-odd
# characters right after "Subject:", and readers then show it with a leading space.
WRITE_POLICY = policy.default.clone(linesep="\r\n", max_line_length=998)
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# an attachment saved from the mail into Documents\<a folder>\ still fits in MAX_PATH
WINDOWS_NAME_UNITS = 120


@dataclass(frozen=True)
class MailAttachment:
    filename: str
    data: bytes
    maintype: str = "application"
    subtype: str = "octet-stream"
    params: Mapping[str, str] = field(default_factory=dict)


# ---- who ------------------------------------------------------------------------------------


def recipients_report(
    detail: MeetingDetail,
) -> tuple[tuple[Recipient, ...], tuple[Unreachable, ...]]:
    """(with_address, without_address) of the invited persons; show the second list to the
    secretary before the draft is made. An invalid address counts as without, with a reason."""
    return split_recipients(detail.invitations)


def _address(name: str, email: str) -> Address:
    """A header address; the display name may hold commas, quotes and non-ASCII."""
    local, _, domain = email.rpartition("@")
    return Address(display_name=one_line(name), username=local, domain=domain)


def sender(settings: AppSettings) -> Address:
    email = normalise_address(settings.secretariat_email)
    if email is None:
        raise ValidationError(
            "vul bij de instellingen een geldig e-mailadres van het secretariaat in; "
            "het is de afzender van de e-mail",
            "secretariat_email",
        )
    return _address(settings.secretariat_name, email)


# ---- what -----------------------------------------------------------------------------------


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """Replace the known {placeholders}; anything else (a typo, a lone brace) stays as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template or "")


def template_values(detail: MeetingDetail, settings: AppSettings) -> dict[str, str]:
    return {
        "body": one_line(detail.body.name),
        "datum": long_date(detail.date),
        "uur": detail.start_time.strftime("%H:%M")
        if detail.start_time
        else "een nog te bepalen uur",
        "plaats": one_line(detail.location) or "een nog te bepalen plaats",
        "secretariaat": one_line(settings.secretariat_name),
        "nummer": str(detail.number),
        "titel": one_line(detail.title),
    }


def safe_filename(name: str) -> str:
    """A name every file system and mail client accepts (Windows' reserved names and length
    included, storage/winpaths.py); non-ASCII letters stay."""
    return windows_name(clean(name), max_units=WINDOWS_NAME_UNITS, default="bijlage")


def file_label(detail: MeetingDetail, word: str, ext: str, *, public: bool = False) -> str:
    """'Uitnodiging BO 2026-12-10.pdf', 'Verslag TF 2026-12-10 (openbaar).pdf'."""
    extra = " (openbaar)" if public else ""
    return safe_filename(f"{word} {detail.body.short} {detail.date.isoformat()}{extra}") + ext


def _unique(name: str, taken: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 2
    while candidate.lower() in taken:
        candidate = f"{stem} ({n}).{ext}" if dot else f"{stem} ({n})"
        n += 1
    taken.add(candidate.lower())
    return candidate


def agenda_attachments(
    detail: MeetingDetail, attachments_dir: Path, *, public: bool = False
) -> list[MailAttachment]:
    """The files attached to the agenda items, read from the data folder.

    A file that vanished from disk stops the draft with a message naming it: a draft that
    silently lacks a document is worse than none.
    """
    base = Path(attachments_dir)
    found: list[MailAttachment] = []
    for item in visible_items(detail, public):
        for att in item.attachments:
            path = base / att.stored_path
            try:
                inside = path.resolve().is_relative_to(base.resolve())
                data = path.read_bytes() if inside and path.is_file() else None
            except OSError:
                data = None
            if data is None:
                raise ValidationError(
                    f"de bijlage '{att.filename}' bij agendapunt {item.number} is niet meer "
                    f"te vinden ({path}); voeg ze opnieuw toe of verwijder ze en maak het "
                    "concept opnieuw",
                    "attachment",
                )
            guessed, _ = mimetypes.guess_type(att.filename)
            maintype, _, subtype = (guessed or "application/octet-stream").partition("/")
            # the name the recipient saves it under: one Windows accepts ("aux.pdf" would not)
            found.append(MailAttachment(safe_filename(att.filename), data, maintype, subtype))
    return found


def _subject_and_text(detail: MeetingDetail, settings: AppSettings, kind: str) -> tuple[str, str]:
    values = template_values(detail, settings)
    if kind == "minutes":
        subject, text = settings.minutes_subject, settings.minutes_body
    elif detail.status == MeetingStatus.CANCELLED:
        subject, text = CANCEL_SUBJECT, CANCEL_BODY
    else:
        subject, text = settings.invitation_subject, settings.invitation_body
    subject = one_line(fill_template(subject, values))
    if kind == "invitation" and detail.status != MeetingStatus.CANCELLED:
        if detail.calendar_sequence > 0:
            subject = UPDATE_PREFIX + subject
    return subject, clean(fill_template(text, values)).rstrip() + "\n"


def build_eml(
    detail: MeetingDetail,
    settings: AppSettings,
    *,
    kind: str = "invitation",
    attachments: Sequence[MailAttachment] = (),
    ics: bytes | None = None,
    recipients: Sequence[Recipient] | None = None,
) -> bytes:
    """The draft's bytes. `ics` (for invitations) goes in as an alternative to the text and
    as an attachment named like the other files."""
    if recipients is None:
        recipients, _ = split_recipients(detail.invitations)
    me = sender(settings)
    msg = EmailMessage(policy=policy.default)
    msg["X-Unsent"] = "1"
    msg["From"] = me
    others = [_address(r.name, r.email) for r in recipients]
    if settings.recipients_in_bcc:
        msg["To"] = me
        if others:
            msg["Bcc"] = others
    else:
        msg["To"] = others or [me]
    subject, text = _subject_and_text(detail, settings, kind)
    msg["Subject"] = subject
    msg["Content-Language"] = "nl-BE"
    msg.set_content(text, charset="utf-8")

    method = calendar_method(detail)
    if ics is not None:
        msg.add_alternative(
            ics, maintype="text", subtype="calendar", params={"method": method, "charset": "utf-8"}
        )
    taken: set[str] = set()
    for att in attachments:
        _attach(
            msg, _unique(att.filename, taken), att.data, att.maintype, att.subtype, dict(att.params)
        )
    if ics is not None:
        name = _unique(file_label(detail, "Uitnodiging", ".ics"), taken)
        _attach(msg, name, ics, "text", "calendar", {"method": method, "charset": "utf-8"})
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # only the message itself carries it
    return msg.as_bytes(policy=WRITE_POLICY)


def _attach(
    msg: EmailMessage,
    filename: str,
    data: bytes,
    maintype: str,
    subtype: str,
    params: dict[str, str],
) -> None:
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, params=params)
    part = msg.get_payload()[-1]  # type: ignore[index]
    part.set_param("name", filename)  # for clients that read the name from Content-Type


def calendar_attendees(
    settings: AppSettings, recipients: Sequence[Recipient]
) -> Sequence[Recipient]:
    """Who the calendar invitation inside a draft names. Bcc means no invitee sees another's
    address: the attached .ics then holds the organiser only (every mail client accepts an
    invitation without an attendee list); in To everyone sees the others anyway."""
    return () if settings.recipients_in_bcc else recipients


# ---- the entry point ------------------------------------------------------------------------


def check_mail_pair(kind: str, fmt: str) -> None:
    if kind not in MAIL_KINDS:
        raise ValidationError(
            f"'{kind}' kan niet als {fmt} worden bewaard: een e-mail (eml) bestaat voor "
            "invitation en minutes, een agenda-uitnodiging (ics) alleen voor invitation",
            "kind",
        )
    if fmt not in MAIL_KINDS[kind]:
        if kind == "minutes" and fmt == "ics":
            raise ValidationError(
                "een verslag kan niet als agenda-uitnodiging (ics) worden bewaard; kies eml",
                "format",
            )
        raise ValidationError(
            f"een {KIND_LABEL[kind]} kan niet als '{fmt}' worden bewaard; kies "
            f"{' of '.join(MAIL_KINDS[kind])}",
            "format",
        )


def _export_file(session: Session, meeting_id: int, kind: str, fmt: str, public: bool) -> bytes:
    from .export import export_document

    with tempfile.TemporaryDirectory(prefix="spitsregio-mail-") as tmp:
        path = export_document(
            session, meeting_id, kind, fmt, Path(tmp) / f"{kind}.{fmt}", public=public
        )
        return path.read_bytes()


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


def export_mail(
    session: Session,
    meeting_id: int,
    kind: str,
    fmt: str,
    out: Path,
    *,
    public: bool = False,
    attachments_dir: Path,
    mark_sent: bool = False,
    warn: Callable[[str], None] | None = _stderr,
) -> Path:
    """Write the .ics or .eml of a meeting to `out` (atomically) and return the path.

    Invited persons without a usable address are named in one line passed to `warn`
    (stderr by default; None for silence). With `mark_sent`, a successful invitation records
    today's date on the invitations it reached (the window does this; the command line
    opens the database read-only and does not).
    """
    from ..services.agenda import attachments_here
    from ..services.meetings import meeting_detail
    from ..services.settings import load_settings

    kind = (kind or "").strip().lower()
    fmt = (fmt or "").strip().lower().lstrip(".")
    check_mail_pair(kind, fmt)
    detail = meeting_detail(session, meeting_id)
    settings = load_settings(session)
    recipients, unreachable = recipients_report(detail)
    cancelled = detail.status == MeetingStatus.CANCELLED

    if fmt == "ics":
        data = build_ics(detail, settings, public=public, recipients=recipients)
    elif kind == "invitation":
        sender(settings)  # a missing sender address stops us before the slow work
        ics = build_ics(
            detail, settings, public=public, recipients=calendar_attendees(settings, recipients)
        )
        attachments: list[MailAttachment] = []
        if not cancelled:
            attachments_here(session, meeting_id, attachments_dir)  # added on another PC
            files = agenda_attachments(detail, attachments_dir, public=public)
            pdf = _export_file(session, meeting_id, "invitation", "pdf", public)
            attachments = [
                MailAttachment(
                    file_label(detail, "Uitnodiging", ".pdf"), pdf, "application", "pdf"
                ),
                *files,
            ]
        data = build_eml(
            detail, settings, kind=kind, attachments=attachments, ics=ics, recipients=recipients
        )
    else:
        sender(settings)
        attachments = [
            MailAttachment(
                file_label(detail, "Verslag", ".pdf", public=public),
                _export_file(session, meeting_id, "minutes", "pdf", public),
                "application",
                "pdf",
            )
        ]
        if settings.attach_minutes_docx:
            attachments.append(
                MailAttachment(
                    file_label(detail, "Verslag", ".docx", public=public),
                    _export_file(session, meeting_id, "minutes", "docx", public),
                    "application",
                    "vnd.openxmlformats-officedocument.wordprocessingml.document",
                )
            )
        data = build_eml(
            detail, settings, kind=kind, attachments=attachments, recipients=recipients
        )

    out = Path(out)
    write_atomically(out, fmt, lambda fh: fh.write(data), public=public)
    if warn is not None and unreachable:
        warn(unreachable_line(unreachable))
    if mark_sent and kind == "invitation" and not cancelled and recipients:
        from ..services.sending import record_invitations_sent

        record_invitations_sent(session, meeting_id, [r.person_id for r in recipients])
    return out
