"""Turning typed text into values, with Dutch messages that name the field."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import TypeVar

from .errors import ValidationError

E = TypeVar("E", bound=StrEnum)

_EMAIL = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[A-Za-z]{2,}$")


def parse_date(value: object, field: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("een datum is verplicht (JJJJ-MM-DD)", field)
    text = value.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    # what else a Belgian types ("12-1-27", "12 jan", "volgende vrijdag"): the one Dutch
    # parser, counted from today; an impossible or unknown date is refused, never guessed
    from .dutch_dates import HINT, parse_dutch_date

    try:
        return parse_dutch_date(text, dt.date.today(), field=field)
    except ValidationError:
        raise ValidationError(
            f"'{text}' is geen bestaande datum (JJJJ-MM-DD). {HINT}", field
        ) from None


def parse_optional_date(value: object, field: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value, field)


def parse_time(value: object, field: str) -> dt.time | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    if not isinstance(value, str):
        raise ValidationError("een uur is van de vorm UU:MM", field)
    m = re.fullmatch(r"\s*(\d{1,2})[:.hu](\d{2})?\s*", value)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(f"'{value.strip()}' is geen geldig uur (UU:MM)", field)


def check_hours(start: dt.time | None, end: dt.time | None, field: str = "end") -> None:
    if start and end and end <= start:
        raise ValidationError(
            f"het einde ({end:%H:%M}) moet na het begin ({start:%H:%M}) liggen", field
        )


def parse_enum(enum_cls: type[E], value: object, field: str) -> E:
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_cls)
        raise ValidationError(
            f"onbekende waarde '{value}' (toegelaten: {allowed})", field
        ) from None


def require_text(value: object, field: str, what: str = "dit veld", max_len: int = 500) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{what} mag niet leeg zijn", field)
    text = value.strip()
    if len(text) > max_len:
        raise ValidationError(f"{what} is te lang (hoogstens {max_len} tekens)", field)
    return text


def optional_text(value: object, field: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError("moet tekst zijn", field)
    return value


def check_email(value: str, field: str = "email") -> str:
    text = (value or "").strip()
    if text and not _EMAIL.match(text):
        raise ValidationError(f"'{text}' is geen geldig e-mailadres", field)
    return text


def parse_minutes(value: object, field: str) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError("moet een geheel aantal minuten zijn", field)
    try:
        minutes = int(value)
    except ValueError:
        raise ValidationError(f"'{value}' is geen aantal minuten", field) from None
    if minutes < 0:
        raise ValidationError("een duur kan niet negatief zijn", field)
    if minutes > 24 * 60:
        raise ValidationError("een duur van meer dan een dag is niet mogelijk", field)
    return minutes
