"""Due dates typed the Dutch way: a table of cases against a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest

from spitsregio_desktop.services.dutch_dates import (
    base_for_meeting,
    due_before_meeting,
    due_before_meeting_question,
    format_hint,
    parse_date_text,
    parse_due_date,
    parse_dutch_date,
    read_date,
)
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


# ---- one parser for every date field: the forms a Belgian types, said back in full ----------

# a Wednesday; the meeting six weeks ahead is on Tuesday 12 January 2027
BASE = D(2026, 12, 2)
MEETING = D(2027, 1, 12)


@pytest.mark.parametrize(
    ("typed", "expected", "spoken"),
    [
        ("12/01/2027", D(2027, 1, 12), "dinsdag 12 januari 2027"),
        ("12-1-27", D(2027, 1, 12), "dinsdag 12 januari 2027"),
        ("12.01.2027", D(2027, 1, 12), "dinsdag 12 januari 2027"),
        ("12 jan", D(2027, 1, 12), "dinsdag 12 januari 2027"),
        ("12 januari 2027", D(2027, 1, 12), "dinsdag 12 januari 2027"),
        ("12 Januari 2027", D(2027, 1, 12), "dinsdag 12 januari 2027"),
        ("2027-01-12", D(2027, 1, 12), "dinsdag 12 januari 2027"),
        ("morgen", D(2026, 12, 3), "donderdag 3 december 2026"),
        ("vrijdag", D(2026, 12, 4), "vrijdag 4 december 2026"),
        ("volgende vrijdag", D(2026, 12, 4), "vrijdag 4 december 2026"),
        ("over 2 weken", D(2026, 12, 16), "woensdag 16 december 2026"),
        ("eind januari", D(2027, 1, 31), "zondag 31 januari 2027"),
        ("1 mei", D(2027, 5, 1), "zaterdag 1 mei 2027"),
    ],
)
def test_read_date_gives_the_date_and_its_full_dutch_rendering(
    typed: str, expected: dt.date, spoken: str
) -> None:
    reading = read_date(typed, BASE)
    assert reading.date == expected
    assert reading.spoken == spoken
    assert reading.spoken == reading.spoken.lower()  # weekday lower case in running text


@pytest.mark.parametrize(
    ("typed", "from_meeting"),
    [
        ("morgen", D(2027, 1, 13)),
        ("vrijdag", D(2027, 1, 15)),
        ("volgende vrijdag", D(2027, 1, 15)),
        ("over 2 weken", D(2027, 1, 26)),
        ("over een maand", D(2027, 2, 12)),
        ("eind januari", D(2027, 1, 31)),
        ("volgende week", D(2027, 1, 18)),
        ("12 jan", D(2027, 1, 12)),  # the meeting's own day: on or after the base
        ("5 jan", D(2028, 1, 5)),  # before the meeting: next year's
        ("15/01/2027", D(2027, 1, 15)),  # an explicit date does not depend on the base
    ],
)
def test_relative_expressions_count_from_the_meeting(typed: str, from_meeting: dt.date) -> None:
    base = base_for_meeting(MEETING, today=BASE)
    assert base == MEETING
    assert parse_dutch_date(typed, base) == from_meeting
    assert not due_before_meeting(from_meeting, MEETING)


def test_without_a_meeting_the_base_is_today() -> None:
    assert base_for_meeting(None, today=BASE) == BASE
    assert parse_dutch_date("volgende vrijdag", base_for_meeting(None, BASE)) == D(2026, 12, 4)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31/02/2027", "die maand heeft geen dag 31"),
        ("29/2/2027", "die maand heeft geen dag 29"),
        ("12/13/2027", "er is geen maand 13"),
        ("12/11/00001/2027", "geen datum die ik begrijp"),
        ("32 januari", "die maand heeft geen dag 32"),
        ("vrijdag 12/01/2027", "12/01/2027 is een dinsdag, geen vrijdag"),
        ("blabla", "geen datum die ik begrijp"),
    ],
)
def test_impossible_dates_say_why_and_never_fall_back(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_date(typed, BASE, field="date")
    assert message in caught.value.message and caught.value.field == "date"


def test_a_due_date_before_the_meeting_is_asked_about() -> None:
    assert due_before_meeting(D(2027, 1, 8), MEETING)
    assert not due_before_meeting(MEETING, MEETING)
    assert not due_before_meeting(None, MEETING)
    question = due_before_meeting_question(D(2027, 1, 8), MEETING)
    assert question == (
        "De termijn (vrijdag 8 januari 2027) ligt vóór de vergadering "
        "(dinsdag 12 januari 2027). Toch zo bewaren?"
    )
    assert due_before_meeting_question(D(2027, 1, 26), MEETING) == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("  ", None),
        (D(2027, 2, 1), D(2027, 2, 1)),
        (dt.datetime(2027, 2, 1, 10, 0), D(2027, 2, 1)),
        ("2027-02-01", D(2027, 2, 1)),
        ("over 2 weken", D(2027, 1, 26)),
    ],
)
def test_parse_date_text_for_services(value: object, expected: dt.date | None) -> None:
    assert parse_date_text(value, MEETING) == expected


def test_services_count_a_typed_due_date_from_the_meeting(session) -> None:
    from spitsregio_desktop.services import actions, agenda
    from spitsregio_desktop.services.meetings import MeetingInput, create_meeting, meeting_detail

    mid = create_meeting(session, MeetingInput(body="TF", date="12/01/2027"))
    item = agenda.add_item(session, mid, "Fietssnelwegen")
    aid = actions.add_action(session, item, "Offerte vragen", due_date="over 2 weken")
    assert meeting_detail(session, mid).actions[0].due_date == D(2027, 1, 26)
    actions.update_action(session, aid, due_date="volgende vrijdag")
    assert meeting_detail(session, mid).actions[0].due_date == D(2027, 1, 15)
    actions.update_action(session, aid, due_date="eind januari", date_base=D(2027, 2, 3))
    assert meeting_detail(session, mid).actions[0].due_date == D(2028, 1, 31)
    actions.postpone(session, aid, "over 1 week", on_date=D(2027, 3, 1))
    assert meeting_detail(session, mid).actions[0].due_date == D(2027, 3, 8)
    with pytest.raises(ValidationError, match="geen dag 30"):
        actions.add_action(session, item, "Iets", due_date="30/02/2027")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12/01/2027", D(2027, 1, 12)),
        ("12-1-27", D(2027, 1, 12)),
        ("12 januari 2027", D(2027, 1, 12)),
        ("2027-01-12", D(2027, 1, 12)),
    ],
)
def test_a_meeting_date_can_be_typed_the_belgian_way(session, typed: str, expected) -> None:
    from spitsregio_desktop.services.meetings import MeetingInput, create_meeting, meeting_detail

    mid = create_meeting(session, MeetingInput(body="BO", date=typed))
    assert meeting_detail(session, mid).date == expected


@pytest.mark.parametrize("typed", ["12/11/00001/2027", "31/02/2027", "morgenochtend"])
def test_a_meeting_date_that_is_no_date_is_refused(session, typed: str) -> None:
    from spitsregio_desktop.services.meetings import MeetingInput, create_meeting

    with pytest.raises(ValidationError, match="geen bestaande datum"):
        create_meeting(session, MeetingInput(body="BO", date=typed))
