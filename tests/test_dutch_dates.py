"""Due dates typed the Dutch way: a table of cases against a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest

from spitsregio_desktop.services.dutch_dates import format_hint, parse_due_date
from spitsregio_desktop.services.errors import ValidationError

D = dt.date
# a Thursday in December, so dates without a year roll over into next year
TODAY = D(2026, 12, 10)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # numeric, with and without year
        ("15/1", D(2027, 1, 15)),
        ("15/01", D(2027, 1, 15)),
        ("15-1", D(2027, 1, 15)),
        ("15.1", D(2027, 1, 15)),
        ("15/12", D(2026, 12, 15)),
        ("10/12", D(2026, 12, 10)),  # today itself: on or after today
        ("9/12", D(2027, 12, 9)),  # yesterday: next year's
        ("15/01/2027", D(2027, 1, 15)),
        ("15-1-27", D(2027, 1, 15)),
        ("15/1/2026", D(2026, 1, 15)),  # an explicit year is taken as given
        ("2027-01-15", D(2027, 1, 15)),
        (" 15 / 1 ", D(2027, 1, 15)),
        ("29/2", D(2028, 2, 29)),  # the next leap day
        # month names
        ("15 jan", D(2027, 1, 15)),
        ("15 jan.", D(2027, 1, 15)),
        ("15 januari", D(2027, 1, 15)),
        ("15 JANUARI 2027", D(2027, 1, 15)),
        ("15 januari '28", D(2028, 1, 15)),
        ("1 mrt", D(2027, 3, 1)),
        ("1 maart", D(2027, 3, 1)),
        ("3 okt", D(2027, 10, 3)),
        ("24 december", D(2026, 12, 24)),
        ("15e jan", D(2027, 1, 15)),
        # relative days
        ("vandaag", TODAY),
        ("morgen", D(2026, 12, 11)),
        ("Morgen", D(2026, 12, 11)),
        ("overmorgen", D(2026, 12, 12)),
        # weekdays: the first one after today
        ("vrijdag", D(2026, 12, 11)),
        ("Vrijdag", D(2026, 12, 11)),
        ("vr", D(2026, 12, 11)),
        ("volgende vrijdag", D(2026, 12, 11)),
        ("komende vrijdag", D(2026, 12, 11)),
        ("tegen vrijdag", D(2026, 12, 11)),
        ("maandag", D(2026, 12, 14)),
        ("donderdag", D(2026, 12, 17)),  # said on a Thursday: next week's
        ("deze donderdag", TODAY),
        ("vrijdag volgende week", D(2026, 12, 18)),
        ("volgende week vrijdag", D(2026, 12, 18)),
        ("vrijdag 11/12", D(2026, 12, 11)),
        # periods
        ("over 3 dagen", D(2026, 12, 13)),
        ("over 2 weken", D(2026, 12, 24)),
        ("over twee weken", D(2026, 12, 24)),
        ("binnen veertien dagen", D(2026, 12, 24)),
        ("over een week", D(2026, 12, 17)),
        ("over één week", D(2026, 12, 17)),
        ("over een maand", D(2027, 1, 10)),
        ("over 3 maanden", D(2027, 3, 10)),
        ("over een jaar", D(2027, 12, 10)),
        ("volgende week", D(2026, 12, 14)),  # Monday of next week
        ("volgende maand", D(2027, 1, 1)),
        ("eind januari", D(2027, 1, 31)),
        ("einde januari", D(2027, 1, 31)),
        ("eind jan", D(2027, 1, 31)),
        ("eind februari 2028", D(2028, 2, 29)),
        ("eind december", D(2026, 12, 31)),
        ("begin maart", D(2027, 3, 1)),
        ("half februari", D(2027, 2, 15)),
        ("eind november", D(2027, 11, 30)),  # this year's is past
        ("einde van de maand", D(2026, 12, 31)),
        ("eind deze maand", D(2026, 12, 31)),
        ("eind volgende maand", D(2027, 1, 31)),
        ("eind van de week", D(2026, 12, 11)),
        ("uiterlijk 15/1", D(2027, 1, 15)),
    ],
)
def test_parses(typed: str, expected: dt.date) -> None:
    assert parse_due_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [
        ("15/1", D(2027, 1, 15), D(2027, 1, 15)),
        ("15/1", D(2027, 1, 16), D(2028, 1, 15)),
        ("over een maand", D(2027, 1, 31), D(2027, 2, 28)),  # no 31 February
        ("over een maand", D(2028, 1, 31), D(2028, 2, 29)),
        ("einde van de maand", D(2027, 2, 28), D(2027, 2, 28)),
        ("eind januari", D(2027, 1, 31), D(2027, 1, 31)),
        ("eind januari", D(2027, 2, 1), D(2028, 1, 31)),
        ("volgende week", D(2026, 12, 13), D(2026, 12, 14)),  # on a Sunday
        ("volgende week", D(2026, 12, 14), D(2026, 12, 21)),  # on a Monday
        ("eind van de week", D(2026, 12, 12), D(2026, 12, 18)),  # on a Saturday
        ("29/2", D(2028, 3, 1), D(2032, 2, 29)),
        ("volgende maand", D(2026, 12, 31), D(2027, 1, 1)),
    ],
)
def test_relative_to_today(typed: str, today: dt.date, expected: dt.date) -> None:
    assert parse_due_date(typed, today) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "31/2",
        "30/2",
        "29/2/2027",  # not a leap year
        "32 jan",
        "0/1",
        "15/13",
        "15/0",
        "2027-13-01",
        "2027-02-30",
        "morgenavond?",
        "morgen?",
        "gisteren",
        "15 foo",
        "15/1/202",
        "1/1/1850",
        "over veel dagen",
        "vrijdag 12/12",  # 12/12/2026 is a Saturday
        "volgende",
        "15",
        "😀",
        "15/1 om 10u",
    ],
)
def test_rejects_with_hint(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_due_date(typed, TODAY)
    assert "Typ bv. 15/1, 15 jan of volgende vrijdag" in caught.value.message
    assert caught.value.field == "due_date"


def test_field_name_can_be_chosen() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_due_date("31/2", TODAY, field="due")
    assert caught.value.field == "due"


def test_not_a_string_is_rejected() -> None:
    with pytest.raises(ValidationError):
        parse_due_date(None, TODAY)  # type: ignore[arg-type]


def test_format_hint() -> None:
    hint = format_hint()
    assert "15/1" in hint and "15 jan" in hint and "volgende vrijdag" in hint
