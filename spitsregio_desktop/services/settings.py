"""Typed settings with defaults, stored as key/value rows (the letterhead, places, templates).

Only the keys of `AppSettings` exist; an unknown key is refused, a missing one has its default.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING

from sqlalchemy import Connection, column, select, table

from .errors import ValidationError
from .parse import check_email

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..storage.database import Database

PREFIX = "app."
# the settings table (storage.models.Setting) as plain Core: see load_settings
_SETTINGS = table("settings", column("key"), column("value"))


@dataclass(frozen=True)
class AppSettings:
    secretariat_name: str = "Secretariaat Burgemeestersoverleg en Taskforce Spitsregio Leuven"
    # no made-up address: documents and e-mails ask for the real one first
    secretariat_address: str = ""
    secretariat_email: str = ""
    secretariat_phone: str = ""
    logo_path: str = ""  # an image file shown at the top left of every document
    default_location: str = "Provinciehuis, Provincieplein 1, 3010 Leuven"
    default_start: str = "09:00"
    default_end: str = "11:00"
    note_taker: str = ""  # who writes the minutes; empty: the body's secretaris
    language: str = "nl"  # nl | en (window only; documents are always Dutch)
    recipients_in_bcc: bool = True
    attach_minutes_docx: bool = False
    invitation_subject: str = "Uitnodiging {body} van {datum}"
    invitation_body: str = (
        "Geachte leden,\n\nHierbij nodigen wij u uit voor de vergadering van {body} op {datum} "
        "om {uur} in {plaats}.\n\nDe agenda en de bijlagen vindt u in bijlage. Gelieve ons te "
        "laten weten of u aanwezig kunt zijn.\n\nMet vriendelijke groeten,\n{secretariaat}"
    )
    minutes_subject: str = "Verslag {body} van {datum}"
    minutes_body: str = (
        "Geachte leden,\n\nIn bijlage vindt u het verslag van de vergadering van {body} van "
        "{datum}. Opmerkingen ontvangen wij graag binnen de twee weken.\n\n"
        "Met vriendelijke groeten,\n{secretariaat}"
    )
    backup_keep: int = 10
    # a second backup folder off the laptop (USB stick, synced OneDrive/SharePoint folder,
    # network share) and when the last verified copy reached it (ISO date and time)
    offsite_folder: str = ""
    offsite_last_backup: str = ""


_TYPES = {f.name: f.type for f in fields(AppSettings)}
# Defaults of older versions that a database may have stored without anyone typing them:
# they are placeholders, never printed (read as not filled in).
_PLACEHOLDERS = {"secretariat_email": {"secretariaat@spitsregio.example"}}


def missing_secretariat(settings: AppSettings) -> list[str]:
    """What of the secretariat's details a letterhead or e-mail needs but is not filled in."""
    missing = []
    if not settings.secretariat_name.strip():
        missing.append("naam")
    if not settings.secretariat_email.strip():
        missing.append("e-mailadres")
    return missing


def require_secretariat(settings: AppSettings) -> None:
    """Refuse an export or e-mail until the secretariat's details are filled in."""
    missing = missing_secretariat(settings)
    if missing:
        raise ValidationError(
            "Vul eerst de gegevens van het secretariaat in bij Instellingen "
            f"({' en '.join(missing)}): ze staan in de briefhoofding van elk document en "
            "in de e-mails.",
            "secretariat",
        )


def load_settings(session: Session | Connection) -> AppSettings:
    """The settings, with defaults; also from a plain connection (`start_language`)."""
    # the table as plain Core, not the mapped class: read before the window shows, without
    # the models and the ORM's mapper configuration
    rows = session.execute(
        select(_SETTINGS.c.key, _SETTINGS.c.value).where(_SETTINGS.c.key.startswith(PREFIX))
    )
    values = {}
    for row in rows:
        name = row.key[len(PREFIX) :]
        if name not in _TYPES:
            continue
        try:
            values[name] = json.loads(row.value)
        except ValueError:
            continue
        if values[name] in _PLACEHOLDERS.get(name, ()):
            del values[name]
    defaults = AppSettings()
    clean = {k: v for k, v in values.items() if isinstance(v, type(getattr(defaults, k)))}
    return replace(defaults, **clean)


def start_language(db: Database) -> str:
    """The language of the window, read before it is built (and before the ORM loads)."""
    with db.connection() as connection:
        return load_settings(connection).language


def save_settings(session: Session, **changes: object) -> AppSettings:
    """Validate and store the given settings; nothing is stored if one is wrong."""
    current = load_settings(session)
    defaults = AppSettings()
    for name, value in changes.items():
        if name not in _TYPES:
            raise ValidationError(f"onbekende instelling '{name}'", name)
        expected = type(getattr(defaults, name))
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ValidationError(f"verkeerde soort waarde voor '{name}'", name)
    if "secretariat_email" in changes:
        check_email(str(changes["secretariat_email"]), "secretariat_email")
    if changes.get("language", "nl") not in ("nl", "en"):
        raise ValidationError("de taal is 'nl' of 'en'", "language")
    if "backup_keep" in changes and not 1 <= int(changes["backup_keep"]) <= 100:  # type: ignore[arg-type]
        raise ValidationError("bewaar tussen 1 en 100 reservekopieën", "backup_keep")
    new = replace(current, **changes)  # type: ignore[arg-type]
    from ..storage.models import Setting

    for name, value in asdict(new).items():
        key = PREFIX + name
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
    session.commit()
    return new
