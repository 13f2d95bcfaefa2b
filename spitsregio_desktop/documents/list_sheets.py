"""The lists as spreadsheets (CSV, XLSX): the same rows as their PDF and Word versions.

The action list holds the body's open actions (optionally those agreed at the meetings of
a period), the decision register the decisions of a period, the attendance the rates per
organisation. A public list leaves out what the public documents leave out (decided by
services.confidentiality: inherited), and a full list marks it "Vertrouwelijk".
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from ..services import labels
from ..services.statistics import AttendanceSummary
from .build import find_body, left_out, progress_text
from .model import CONFIDENTIAL_MARK
from .spreadsheet import Cell, Sheet, column_widths


def _mark(confidential: bool, public: bool) -> tuple[Cell, ...]:
    """The last column of a full list; a public list has no such column."""
    if public:
        return ()
    return (CONFIDENTIAL_MARK if confidential else "",)


def actions_sheet(
    session: Session,
    body: str,
    *,
    public: bool = False,
    today: dt.date | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Sheet:
    from ..services.actions import list_actions

    info = find_body(session, body)
    today = today or dt.date.today()
    rows = [
        a
        for a in list_actions(
            session,
            body=info.short,
            open_only=True,
            today=today,
            with_events=True,
            agreed_from=start,
            agreed_to=end,
        )
        if a.is_open and not left_out(a, public)
    ]
    header = (
        "Wat",
        "Trekker",
        "Termijn",
        "Status",
        "Over tijd",
        "Overlegorgaan",
        "Vergadering",
        "Datum vergadering",
        "Punt",
        "Stand van zaken",
    )
    header += ("Vertrouwelijk",) if not public else ()
    data = tuple(
        (
            a.description,
            a.owner,
            a.due_date,
            labels.ACTION_STATUS.get(a.status, str(a.status)),
            "ja" if a.overdue else "nee",
            a.body_short,
            a.meeting_number,
            a.meeting_date,
            a.item_number,
            progress_text(a),
            *_mark(a.confidential, public),
        )
        for a in rows
    )
    return Sheet("Actielijst", header, data, column_widths(header, {0: 60, 1: 28, 9: 50}))


def decisions_sheet(
    session: Session,
    body: str,
    *,
    public: bool = False,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Sheet:
    from ..services.decisions import list_decisions

    info = find_body(session, body)
    rows = [
        x
        for x in list_decisions(session, body=info.short, start=start, end=end)
        if not left_out(x, public)
    ]
    header = (
        "Overlegorgaan",
        "Vergadering",
        "Datum",
        "Punt",
        "Agendapunt",
        "Thema",
        "Besluit",
        "Tekst",
        "Voor",
        "Termijn",
        "Onthoudingen",
    )
    header += ("Vertrouwelijk",) if not public else ()
    data = tuple(
        (
            x.body_short,
            x.meeting_number,
            x.meeting_date,
            x.item_number,
            x.item_title,
            x.theme,
            x.number,
            x.text,
            x.votes_for,
            x.votes_against,
            x.votes_abstain,
            *_mark(x.confidential, public),
        )
        for x in rows
    )
    return Sheet("Besluitenlijst", header, data, column_widths(header, {4: 40, 7: 70}))


ATTENDANCE_HEADER = (
    "Organisatie",
    "Vergaderingen",
    "Aanwezig",
    "Vervangen",
    "Verontschuldigd",
    "Afwezig",
    "Aanwezigheidsgraad",
)


def attendance_sheet(summary: AttendanceSummary) -> Sheet:
    """The rate as a share (0–1) shown as a percentage: a number, not text."""
    data = tuple(
        (r.organisation, r.meetings, r.present, r.substituted, r.excused, r.absent, r.rate)
        for r in summary.rates
    )
    return Sheet(
        "Aanwezigheden",
        ATTENDANCE_HEADER,
        data,
        column_widths(ATTENDANCE_HEADER, {0: 40}),
        percent=frozenset({6}),
    )
