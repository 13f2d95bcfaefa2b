"""`spitsregio export [ID] --kind KIND --format FMT --out PATH`: one document or package.

The parser lines and the COMMANDS entry are in cli.py; the work is here. Read-only on the
database, so it runs while the window has it open.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path


def _parse_day(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        from ..cli import UserError  # cli imports this module: reached when run

        raise UserError(f"{option}: '{value}' is geen datum (JJJJ-MM-DD)") from None


def cmd_export(args: argparse.Namespace) -> int:
    from .. import cli  # imports this module: reached when run

    start, end = _parse_day(args.start, "--from"), _parse_day(args.end, "--to")
    period_kinds = ("decisions", "actions")
    if args.meeting_id is None and args.kind not in period_kinds:
        raise cli.UserError(f"geef het nummer van de vergadering voor --kind {args.kind}")
    out = Path(args.out)
    if out.is_dir():
        raise cli.UserError(f"--out {out} is een map; geef een bestandsnaam")
    if not out.parent.exists():
        raise cli.UserError(f"de map {out.parent} bestaat niet")
    with cli._open(args, readonly=True) as db, db.session() as session:
        if args.meeting_id is not None:
            from ..services.meetings import get_meeting

            get_meeting(session, args.meeting_id)
        if args.kind == "package":
            if args.fmt != "json":
                raise cli.UserError("een vergaderpakket bestaat alleen als --format json")
            from ..documents.files import write_atomically
            from ..services.package import dumps, export_package

            data = dumps(export_package(session, args.meeting_id, args.public)).encode()
            write_atomically(out, "json", lambda fh: fh.write(data), public=args.public)
        elif args.fmt in ("ics", "eml"):
            from ..documents.mail import export_mail
            from ..storage.paths import attachments_dir_for

            export_mail(
                session,
                args.meeting_id,
                args.kind,
                args.fmt,
                out,
                public=args.public,
                attachments_dir=attachments_dir_for(db.path),
            )
        else:
            from ..documents.export import export_document

            export_document(
                session,
                args.meeting_id,
                args.kind,
                args.fmt,
                out,
                public=args.public,
                body=args.body,
                start=start,
                end=end,
            )
    print(out)
    return 0
