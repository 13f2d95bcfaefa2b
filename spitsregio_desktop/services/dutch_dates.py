"""Due dates as a Dutch-speaking secretary types them during a meeting.

One parser for every date field (meeting date, due dates, filters, periods):
`parse_dutch_date(text, base)` (alias `parse_due_date`) understands, case-insensitive and
with or without accents:

    15/1  15-1  15.1  15/01/2027  15-1-27  2027-01-15
    15 jan  15 januari  15 jan. 2027  15 januari '27
    vandaag  morgen  overmorgen  (and, for a date looking back: gisteren  eergisteren)
    vrijdag  vr  volgende vrijdag  komende vrijdag  aanstaande vrijdag  deze vrijdag
    vrijdag volgende week  volgende week vrijdag
    volgende week  volgende maand
    over 3 dagen  over 2 weken  over een maand  binnen twee weken  over een jaar
    eind januari  begin maart  half februari  midden februari
    einde van de maand  eind deze maand  eind volgende maand  eind van de week
    (optionally preceded by "tegen", "uiterlijk", "ten laatste" or "op")

Choices, made once so every screen agrees:
- A date without a year is the next such date on or after today: "15/1" typed in
  December is next January; "15/12" typed on 15 December is today.
- A weekday ("vrijdag", "volgende vrijdag", "komende vrijdag") is the first such day
  after today, never today itself: said on a Friday, "vrijdag" means a week later.
  Flemish usage of "volgende vrijdag" is "the coming Friday". "deze vrijdag" may be today.
  "vrijdag volgende week" / "volgende week vrijdag" is that day in next week (Mon–Sun).
- "volgende week" is the Monday of next week, "volgende maand" the first of next month:
  a deadline given as a period falls at its start, so it never comes later than meant.
- "eind januari" is 31 January, "begin maart" 1 March, "half/midden februari" the 15th,
  each the next one on or after today; "einde van de maand" is the last day of the
  current month, "eind van de week" the coming Friday (the working week's end).
- "over een maand" is the same day next month, or its last day when that day does not
  exist (31 January + 1 month = 28/29 February).
- Two-digit years are 20yy. A year given explicitly is taken as given, even if past.
- An impossible date (31/2, 15/13, 29/2/2027) is an error saying so, never another date.
- A date that records what happened (a remark received, a value measured, an action done:
  `parse_past_date`, `read_date(..., past=True)`) looks back instead: "25/11", "eind
  oktober" and "maandag" are the latest such day on or before today.

"Today" above is the base date the caller gives: for a meeting's actions and everything
else that belongs to a meeting it is the meeting's date (`base_for_meeting`), so
"volgende vrijdag" typed while preparing a meeting six weeks ahead is the Friday after
that meeting, not next week's. `read_date` also gives the full Dutch rendering to show
before the date is taken ("dinsdag 12 januari 2027"); `due_before_meeting` says when a
due date lies before its meeting, for the window to ask.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from .errors import ValidationError

HINT = (
    "Typ bv. 15/1, 15 jan of volgende vrijdag "
    "(ook: 15/01/2027, 2027-01-15, morgen, over 2 weken, eind januari)."
)

MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2, "febr": 2,
    "maart": 3, "mrt": 3, "maa": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "maandag": 0, "ma": 0,
    "dinsdag": 1, "di": 1,
    "woensdag": 2, "wo": 2,
    "donderdag": 3, "do": 3,
    "vrijdag": 4, "vr": 4,
    "zaterdag": 5, "za": 5,
    "zondag": 6, "zo": 6,
}  # fmt: skip

NUMBERS = {
    "een": 1, "1": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "veertien": 14,
}  # fmt: skip

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:\s+'?(?P<year>\d{2}|\d{4}))?"

_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_NUMERIC = re.compile(
    r"(?P<day>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<month>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<year>\d{2}|\d{4}))?"
)
_DAY_MONTH = re.compile(r"(?P<day>\d{1,2})(?:ste|de|e)?\s+" + _MONTH + _YEAR)
_IN = re.compile(
    r"(?:over|binnen|in)\s+(?P<n>\d{1,3}|[a-z]+)\s+"
    r"(?P<unit>dag|dagen|week|weken|maand|maanden|jaar)"
)
_MONTH_PART = re.compile(r"(?P<part>eind|einde|begin|half|midden)\s+(?:van\s+)?" + _MONTH + _YEAR)
_WEEKDAY_FORM = re.compile(r"(?:(?P<which>volgende|komende|aanstaande|deze)\s+)?" + _WEEKDAY)
_WEEKDAY_NEXT_WEEK = re.compile(
    r"(?:volgende\s+week\s+"
    + _WEEKDAY
    + r"|"
    + _WEEKDAY.replace("weekday", "weekday2")
    + r"\s+volgende\s+week)"
)
_PREFIX = re.compile(r"^(?:tegen|uiterlijk|ten\s+laatste|op)\s+")

_FIXED = {
    "vandaag": 0,
    "morgen": 1,
    "overmorgen": 2,
}
_PAST_FIXED = {"gisteren": 1, "eergisteren": 2}  # only where a date looks back

_PERIOD_FORMS = {
    "volgende week",
    "volgende maand",
    "einde van de maand",
    "eind van de maand",
    "einde maand",
    "eind maand",
    "einde deze maand",
    "eind deze maand",
    "einde van deze maand",
    "eind van deze maand",
    "einde volgende maand",
    "eind volgende maand",
    "einde van volgende maand",
    "eind van volgende maand",
    "einde van de week",
    "eind van de week",
    "einde week",
    "eind week",
    "einde deze week",
    "eind deze week",
}


def format_hint() -> str:
    """The accepted forms in one line, for a placeholder, tooltip or error message."""
    return HINT


def parse_due_date(text: str, today: dt.date, *, field: str = "due_date") -> dt.date:
    """A due date typed in Dutch; `today` is the base date (the meeting's, see above)."""
    return parse_dutch_date(text, today, field=field)


def parse_dutch_date(text: str, today: dt.date, *, field: str = "date") -> dt.date:
    """The date meant by `text`, relative to `today`; ValidationError with a hint if none."""
    if not isinstance(text, str) or not text.strip():
        raise ValidationError(f"Geef een datum. {HINT}", field)
    norm = _normalise(text)
    try:
        found = _parse(norm, today)
    except _NoSuchDate as exc:
        raise ValidationError(f"{exc} {HINT}", field) from None
    if found is None:
        raise ValidationError(f"'{text.strip()}' is geen datum die ik begrijp. {HINT}", field)
    return found


class _NoSuchDate(Exception):
    """A recognised form naming a day that does not exist (31/2, 32 jan, 15/13)."""


def _normalise(text: str) -> str:
    # fold accents ("één" → "een") and case; "15 jan." and "15 jan" are the same
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"\s+", " ", plain.lower()).strip()
    plain = plain.rstrip(" .!")
    return _PREFIX.sub("", plain)


def _parse(s: str, today: dt.date) -> dt.date | None:
    if s in _FIXED:
        return today + dt.timedelta(days=_FIXED[s])
    if s in _PERIOD_FORMS:
        return _period(s, today)
    if m := _ISO.fullmatch(s):
        return _make(int(m["year"]), int(m["month"]), int(m["day"]), s)
    if m := _NUMERIC.fullmatch(s):
        return _day_month(m, int(m["month"]), today, s)
    if m := _DAY_MONTH.fullmatch(s):
        return _day_month(m, MONTHS[m["month"]], today, s)
    if m := _IN.fullmatch(s):
        return _in(m, today)
    if m := _MONTH_PART.fullmatch(s):
        return _month_part(m, today, s)
    if m := _WEEKDAY_NEXT_WEEK.fullmatch(s):
        weekday = WEEKDAYS[m["weekday"] or m["weekday2"]]
        next_monday = today + dt.timedelta(days=7 - today.weekday())
        return next_monday + dt.timedelta(days=weekday)
    if m := _WEEKDAY_FORM.fullmatch(s):
        weekday = WEEKDAYS[m["weekday"]]
        ahead = (weekday - today.weekday()) % 7
        if ahead == 0 and m["which"] != "deze":
            ahead = 7  # "vrijdag" said on a Friday: next week's
        return today + dt.timedelta(days=ahead)
    # "vrijdag 15/1": the date decides, the weekday must agree with it
    if m := re.fullmatch(_WEEKDAY + r",?\s+(?P<rest>.+)", s):
        found = _parse(m["rest"], today)
        if found is not None and found.weekday() != WEEKDAYS[m["weekday"]]:
            day_name = [k for k, v in WEEKDAYS.items() if v == found.weekday()][0]
            raise _NoSuchDate(f"{found:%d/%m/%Y} is een {day_name}, geen {m['weekday']}.")
        return found
    return None


def _make(year: int, month: int, day: int, typed: str) -> dt.date:
    if not 1 <= month <= 12:
        raise _NoSuchDate(f"'{typed}': er is geen maand {month}.")
    if not 1900 <= year <= 2199:
        raise _NoSuchDate(f"'{typed}': het jaar {year} kan niet kloppen.")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise _NoSuchDate(f"'{typed}': die maand heeft geen dag {day}.")
    return dt.date(year, month, day)


def _year(raw: str | None) -> int | None:
    if raw is None:
        return None
    return 2000 + int(raw) if len(raw) == 2 else int(raw)


def _day_month(m: re.Match[str], month: int, today: dt.date, typed: str) -> dt.date:
    day = int(m["day"])
    year = _year(m["year"])
    if year is not None:
        return _make(year, month, day, typed)
    # check the day against a leap year first, so "29/2" is accepted and "30/2" is not
    _make(2028, month, day, typed)
    for candidate_year in range(today.year, today.year + 9):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:  # 29/2 outside a leap year
            continue
        if candidate >= today:
            return candidate
    raise AssertionError("unreachable: a leap year comes within 8 years")


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _end_of_month(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _in(m: re.Match[str], today: dt.date) -> dt.date | None:
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS.get(m["n"])
    if n is None:
        return None
    unit = m["unit"]
    if unit in ("dag", "dagen"):
        return today + dt.timedelta(days=n)
    if unit in ("week", "weken"):  # note: "weken" does not start with "week"
        return today + dt.timedelta(weeks=n)
    if unit in ("maand", "maanden"):
        return _add_months(today, n)
    return _add_months(today, 12 * n)  # jaar


def _month_part(m: re.Match[str], today: dt.date, typed: str) -> dt.date:
    month = MONTHS[m["month"]]
    part = m["part"]

    def pick(year: int) -> dt.date:
        if part in ("eind", "einde"):
            return _end_of_month(dt.date(year, month, 1))
        if part == "begin":
            return dt.date(year, month, 1)
        return dt.date(year, month, 15)  # half, midden

    year = _year(m["year"])
    if year is not None:
        _make(year, month, 1, typed)  # range check of the year
        return pick(year)
    found = pick(today.year)
    return found if found >= today else pick(today.year + 1)


def _period(s: str, today: dt.date) -> dt.date:
    if s == "volgende week":
        return today + dt.timedelta(days=7 - today.weekday())
    if s == "volgende maand":
        return _add_months(today.replace(day=1), 1)
    if "volgende maand" in s:
        return _end_of_month(_add_months(today.replace(day=1), 1))
    if s.endswith("maand"):
        return _end_of_month(today)
    # end of the (working) week: the coming Friday, today if it is Friday
    return today + dt.timedelta(days=(4 - today.weekday()) % 7)


# ---- what the window shows and asks ---------------------------------------------------------


@dataclass(frozen=True)
class DateReading:
    """A typed date as understood: the date, and how it reads in full."""

    date: dt.date
    spoken: str  # "dinsdag 12 januari 2027": shown back before the date is taken


def spoken_date(day: dt.date) -> str:
    """The full Dutch date, weekday and month lower case as in running text (Babel nl_BE)."""
    from babel.dates import format_date  # Babel loads when a date is shown, not at start

    return format_date(day, format="full", locale="nl_BE")


def read_date(text: str, base: dt.date, *, field: str = "date", past: bool = False) -> DateReading:
    """Parse `text` against `base` and say the result in full; ValidationError if no date.
    `past`: the date records what happened, so a day without a year looks back."""
    parse = parse_past_date if past else parse_dutch_date
    found = parse(text, base, field=field)
    return DateReading(found, spoken_date(found))


def parse_past_date(text: str, today: dt.date, *, field: str = "date") -> dt.date:
    """A date that records what happened: a day or month part without a year ("25/11",
    "eind oktober") is the latest one on or before `today`, a bare weekday ("maandag")
    the latest such day; relative words and explicit years count as always."""
    s = _normalise(text) if isinstance(text, str) else ""
    if s in _PAST_FIXED:
        return today - dt.timedelta(days=_PAST_FIXED[s])
    found = parse_dutch_date(text, today, field=field)
    if found <= today:
        return found
    for pattern in (_NUMERIC, _DAY_MONTH, _MONTH_PART):
        if (m := pattern.fullmatch(s)) and m["year"] is None:
            # the first such day after `years` back is the latest one up to today (29/2
            # may need a few years)
            for years in range(1, 9):
                back = _add_months(today, -12 * years) + dt.timedelta(days=1)
                if (earlier := parse_dutch_date(text, back, field=field)) <= today:
                    return earlier
    if (m := _WEEKDAY_FORM.fullmatch(s)) and m["which"] is None:
        return parse_dutch_date(text, today - dt.timedelta(days=7), field=field)
    return found


def base_for_meeting(meeting_date: dt.date | None, today: dt.date) -> dt.date:
    """Where relative expressions count from: the meeting's date for a date that belongs to
    a meeting or its actions, today for one that does not."""
    return meeting_date or today


def parse_date_text(value: object, base: dt.date, field: str = "date") -> dt.date | None:
    """A date from what a service is handed: a date, nothing (None, blank), an ISO date, or
    Dutch text counted from `base`. For services that take a due date typed by a person."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValidationError(f"Geef een datum. {HINT}", field)
    return parse_dutch_date(value, base, field=field)


def due_before_meeting(due: dt.date | None, meeting_date: dt.date | None) -> bool:
    """True when a due date lies before the meeting that sets it: the window asks first."""
    return due is not None and meeting_date is not None and due < meeting_date


def due_before_meeting_question(due: dt.date | None, meeting_date: dt.date | None) -> str:
    """The question to ask ("" when there is nothing to ask)."""
    if not due_before_meeting(due, meeting_date):
        return ""
    return (
        f"De termijn ({spoken_date(due)}) ligt vóór de vergadering "  # type: ignore[arg-type]
        f"({spoken_date(meeting_date)}). Toch zo bewaren?"  # type: ignore[arg-type]
    )
