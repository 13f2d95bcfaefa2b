"""Attendance rates per organisation against a small hand-built data set (exact numbers)."""

from __future__ import annotations

import datetime as dt

import pytest

from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import MeetingInput, cancel_meeting, create_meeting
from spitsregio_desktop.services.statistics import (
    attendance_rates,
    attendance_summary,
    meeting_years,
)
from spitsregio_desktop.storage.enums import OrganisationKind, Presence
from spitsregio_desktop.storage.models import Attendance, Body, Organisation, Person

P, S, E, A = Presence.PRESENT, Presence.SUBSTITUTED, Presence.EXCUSED, Presence.ABSENT


@pytest.fixture
def data(session):
    """Body T1: Gemeente Aa (two seats), Gemeente Bee, Vakbond, an expert without org."""
    session.add(Body(name="Testorgaan", short="T1"))
    aa = Organisation(name="Gemeente Aa", kind=OrganisationKind.MUNICIPALITY)
    bee = Organisation(name="Gemeente Bee", kind=OrganisationKind.MUNICIPALITY)
    union = Organisation(name="Vakbond", kind=OrganisationKind.UNION)
    people = {
        "a1": Person(name="An Aa", organisation=aa),
        "a2": Person(name="Ali Aa", organisation=aa),
        "b1": Person(name="Bert Bee", organisation=bee),
        "c1": Person(name="Cis Bond", organisation=union),
        "x": Person(name="Dr. X"),
    }
    session.add_all(people.values())
    session.commit()

    def meeting(day: dt.date, states: dict[str, Presence]) -> int:
        mid = create_meeting(session, MeetingInput(body="T1", date=day), from_template=False)
        session.add_all(
            Attendance(meeting_id=mid, person_id=people[k].id, presence=v)
            for k, v in states.items()
        )
        session.commit()
        return mid

    meeting(dt.date(2026, 1, 10), {"a1": P, "a2": A, "b1": S, "c1": E, "x": P})
    meeting(dt.date(2026, 2, 10), {"a1": A, "a2": S, "b1": A, "c1": P})
    meeting(dt.date(2026, 3, 10), {"a1": E, "a2": A, "b1": P})
    cancelled = meeting(dt.date(2026, 4, 10), {"a1": A, "a2": A, "b1": A, "c1": A, "x": A})
    cancel_meeting(session, cancelled)
    meeting(dt.date(2025, 12, 1), {"a1": A})  # before the period
    create_meeting(session, MeetingInput(body="T1", date=dt.date(2026, 5, 1)))  # no rows yet
    return session


def as_tuples(rates):
    return [
        (r.organisation, r.meetings, r.present, r.substituted, r.excused, r.absent) for r in rates
    ]


def test_rates_per_organisation_in_a_period(data):
    rates = attendance_rates(data, "T1", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert as_tuples(rates) == [
        ("Dr. X", 1, 1, 0, 0, 0),
        ("Gemeente Aa", 3, 1, 1, 1, 0),  # best of its two seats per meeting
        ("Gemeente Bee", 3, 1, 1, 0, 1),
        ("Vakbond", 2, 1, 0, 1, 0),  # not expected at the third meeting
    ]
    assert [r.rate for r in rates] == [1.0, pytest.approx(2 / 3), pytest.approx(2 / 3), 0.5]
    summary = attendance_summary(data, "T1", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert summary.meetings == 3  # cancelled and not yet recorded meetings do not count
    assert summary.average == pytest.approx((1 + 2 / 3 + 2 / 3 + 0.5) / 4)


def test_whole_history_and_bounds_inclusive(data):
    everything = {r.organisation: r for r in attendance_rates(data, "T1")}
    aa = everything["Gemeente Aa"]
    assert (aa.meetings, aa.absent, aa.rate) == (4, 1, 0.5)
    one_day = attendance_rates(data, "T1", dt.date(2026, 2, 10), dt.date(2026, 2, 10))
    assert as_tuples(one_day) == [
        ("Gemeente Aa", 1, 0, 1, 0, 0),
        ("Vakbond", 1, 1, 0, 0, 0),
        ("Gemeente Bee", 1, 0, 0, 0, 1),
    ]
    assert attendance_rates(data, "T1", dt.date(2027, 1, 1), dt.date(2027, 12, 31)) == []
    assert meeting_years(data, "T1") == [2026, 2025]


def test_bad_period_and_body(data):
    with pytest.raises(ValidationError) as err:
        attendance_rates(data, "T1", dt.date(2026, 3, 1), dt.date(2026, 2, 1))
    assert err.value.field == "end" and "voor het begin" in err.value.message
    with pytest.raises(ValidationError):
        attendance_rates(data, "XX")


def test_export_csv_for_excel_and_pdf(data, tmp_path):
    from pypdf import PdfReader

    from spitsregio_desktop.documents.attendance_report import export_attendance

    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    csv_path = export_attendance(data, "T1", start, end, "csv", tmp_path / "a.csv")
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # BOM and Windows lines
    assert raw.decode("utf-8-sig").splitlines() == [
        "Organisatie;Vergaderingen;Aanwezig;Vervangen;Verontschuldigd;Afwezig;"
        "Aanwezigheidsgraad (%)",
        "Dr. X;1;1;0;0;0;100,0",
        "Gemeente Aa;3;1;1;1;0;66,7",
        "Gemeente Bee;3;1;1;0;1;66,7",
        "Vakbond;2;1;0;1;0;50,0",
    ]
    pdf = export_attendance(data, "T1", start, end, "PDF", tmp_path / "a.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Aanwezigheden per organisatie" in text and "3 vergaderingen" in text
    assert "Gemeente Aa" in text and "67 %" in text and "Pagina 1 van 1" in text
    with pytest.raises(ValidationError):
        export_attendance(data, "T1", start, end, "ods", tmp_path / "a.ods")
