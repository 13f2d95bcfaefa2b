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
from ..services.meetings import list_bodies
from ..services.statistics import AttendanceSummary
from .build import find_body, left_out, progress_text
from .model import CONFIDENTIAL_MARK
from .spreadsheet import Cell, Sheet, column_widths


def _mark(confidential: bool, public: bool) -> tuple[Cell, ...]:
    """The last column of a full list; a public list has no such column."""
    if public:
        return ()
    return (CONFIDENTIAL_MARK if confidential else "",)


def in_body_order(session: Session, rows: list) -> list:
    """Every body's rows, one body after the other in the reference order; the sort is
    stable, so each body's rows keep their own order."""
    order = {b.short: n for n, b in enumerate(list_bodies(session))}
    return sorted(rows, key=lambda r: order.get(r.body_short, len(order)))


def actions_sheet(
    session: Session,
    body: str | None,
    *,
    public: bool = False,
    today: dt.date | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Sheet:
    from ..services.actions import list_actions

    short = find_body(session, body).short if body else None
    today = today or dt.date.today()
    rows = [
        a
        for a in list_actions(
            session,
            body=short,
            open_only=True,
            today=today,
            with_events=True,
            agreed_from=start,
            agreed_to=end,
        )
        if a.is_open and not left_out(a, public)
    ]
    rows = rows if body else in_body_order(session, rows)
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
    body: str | None,
    *,
    public: bool = False,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Sheet:
    from ..services.decisions import list_decisions

    short = find_body(session, body).short if body else None
    rows = [
        x
        for x in list_decisions(session, body=short, start=start, end=end)
        if not left_out(x, public)
    ]
    rows = rows if body else in_body_order(session, rows)
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
        "Tegen",  # the votes against (not a due date: a decision has none)
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


def attendance_sheet(summary: AttendanceSummary | list[AttendanceSummary]) -> Sheet:
    """The rate as a share (0–1) shown as a percentage: a number, not text. A list of
    summaries (every body) makes one sheet with the body in a first column."""
    if not isinstance(summary, list):
        data = tuple(
            (r.organisation, r.meetings, r.present, r.substituted, r.excused, r.absent, r.rate)
            for r in summary.rates
        )
        header, percent = ATTENDANCE_HEADER, 6
    else:
        data = tuple(
            (
                s.body_short,
                r.organisation,
                r.meetings,
                r.present,
                r.substituted,
                r.excused,
                r.absent,
                r.rate,
            )
            for s in summary
            for r in s.rates
        )
        header, percent = ("Overlegorgaan", *ATTENDANCE_HEADER), 7
    return Sheet(
        "Aanwezigheden",
        header,
        data,
        column_widths(header, {header.index("Organisatie"): 40}),
        percent=frozenset({percent}),
    )
