"""Dates that record what happened (a remark received, a value measured, an action done)
look back: typed without a year they are the latest such day up to today (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from spitsregio_desktop.services.dutch_dates import parse_past_date, read_date
from spitsregio_desktop.services.errors import ValidationError

TODAY = dt.date(2026, 11, 27)  # a Friday


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("25/11", dt.date(2026, 11, 25)),
        ("27/11", TODAY),
        ("28/11", dt.date(2025, 11, 28)),  # tomorrow's day: last year's
        ("15 jan", dt.date(2026, 1, 15)),
        ("eind oktober", dt.date(2026, 10, 31)),
        ("eind december", dt.date(2025, 12, 31)),
        ("maandag", dt.date(2026, 11, 23)),
        ("vrijdag", TODAY),
        ("gisteren", dt.date(2026, 11, 26)),
        ("eergisteren", dt.date(2026, 11, 25)),
        ("12/01/2027", dt.date(2027, 1, 12)),  # a year given is taken as given
        ("morgen", dt.date(2026, 11, 28)),  # relative words count as always
        ("29/2", dt.date(2024, 2, 29)),
    ],
)
def test_past_dates_look_back(typed: str, expected: dt.date) -> None:
    assert parse_past_date(typed, TODAY) == expected


def test_past_reading_is_said_in_full_and_impossible_refused() -> None:
    assert read_date("25/11", TODAY, past=True).spoken == "woensdag 25 november 2026"
    assert read_date("25/11", TODAY).date == dt.date(2027, 11, 25)  # a due date looks ahead
    with pytest.raises(ValidationError, match="geen dag 31"):
        parse_past_date("31/2", TODAY)
