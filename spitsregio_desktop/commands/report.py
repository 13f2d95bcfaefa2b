"""`spitsregio report {actions,decisions,attendance}`: the lists, for scripting and archiving.

The same writers as the window's list exports: the action list and the decision register
as PDF or Word (documents.export) or as CSV/XLSX (documents.list_sheets), the attendance
per organisation (documents.attendance_report). Without `--body` the list covers every
body, one after the other (documents.all_bodies). `--public` leaves confidential items out
(inherited, services.confidentiality) and writes an ordinary file; a full list is
owner-only. Read-only on the database, so it runs while the window has it open.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
from collections.abc import Callable
from pathlib import Path

from ..services.errors import ValidationError

WHAT = ("actions", "decisions", "attendance")
FORMATS = ("csv", "xlsx", "pdf", "docx")


def configure_parser(p: argparse.ArgumentParser, db_option: Callable) -> None:
    p.add_argument("what", choices=WHAT)
    db_option(p)
    p.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
    p.add_argument("--out", required=True, type=Path, metavar="PATH")
    p.add_argument("--body", metavar="SHORT", help="overlegorgaan (BO, TF)")
    p.add_argument("--from", dest="start", metavar="JJJJ-MM-DD", help="begin van de periode")
    p.add_argument("--to", dest="end", metavar="JJJJ-MM-DD", help="einde van de periode")
    p.add_argument("--public", action="store_true", help="zonder vertrouwelijke punten")


def _day(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else _bad()
    except ValueError:
        raise ValidationError(f"'{value}' is geen datum (JJJJ-MM-DD)", option) from None


def _bad() -> dt.date:
    raise ValueError


def _body(session, wanted: str | None) -> str | None:  # noqa: ANN001
    """The body asked for; without --body every body (None), or the only one there is."""
    from ..documents.build import find_body
    from ..services.meetings import list_bodies

    if wanted:
        return find_body(session, wanted.strip()).short
    bodies = list_bodies(session)
    if not bodies:
        raise ValidationError("de database heeft geen overlegorganen (leeg)")
    return bodies[0].short if len(bodies) == 1 else None


def _write(session, args: argparse.Namespace, body: str | None, start, end) -> Path:  # noqa: ANN001
    out, fmt, public = Path(args.out), args.fmt, args.public
    if args.what == "attendance":
        from ..documents.attendance_report import export_attendance

        return export_attendance(session, body, start, end, fmt, out, public=public)
    if fmt in ("pdf", "docx"):
        from ..documents.export import export_document

        return export_document(
            session, None, args.what, fmt, out, public=public, body=body, start=start, end=end
        )
    from ..documents.files import write_atomically
    from ..documents.list_sheets import actions_sheet, decisions_sheet
    from ..documents.spreadsheet import write_sheet

    if args.what == "actions":
        sheet = actions_sheet(session, body, public=public, start=start, end=end)
    else:
        sheet = decisions_sheet(session, body, public=public, start=start, end=end)
    return write_atomically(out, fmt, lambda fh: write_sheet(sheet, fmt, fh), public=public)


def cmd_report(args: argparse.Namespace) -> int:
    from ..storage.database import open_database
    from ..storage.paths import default_database_path

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if start and end and end < start:
        raise ValidationError(
            f"--to {end.isoformat()} ligt voor --from {start.isoformat()}", "--to"
        )
    out = Path(args.out)
    if out.is_dir():
        raise ValidationError(f"--out {out} is een map; geef een bestandsnaam", "--out")
    if not out.parent.exists():
        raise ValidationError(f"de map {out.parent} bestaat niet", "--out")
    db_path = Path(args.db) if getattr(args, "db", None) else default_database_path()
    with open_database(db_path, readonly=True) as db, db.session() as session:
        # one task per process: the imports' objects need no more collecting, and the full
        # collections a 30-year register triggers would walk them all (~0.3 s CPU)
        gc.freeze()
        # and the ~150 000 small objects a register's layout makes all live until it is
        # written: collecting meanwhile finds nothing to free (~0.08 s CPU on 30 years)
        paused = gc.isenabled()
        gc.disable()
        try:
            body = _body(session, args.body)
            written = _write(session, args, body, start, end)
        finally:
            if paused:
                gc.enable()
    print(written)
    return 0
