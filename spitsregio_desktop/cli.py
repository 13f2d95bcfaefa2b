"""The command line: the window, and the same services and documents without a window.

A user's mistake never shows a traceback: one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any, NoReturn

from . import APP_ID, __version__

EXIT_USAGE = 2

LIST_WHAT = ("meetings", "organisations", "persons", "actions", "decisions")
EXPORT_KINDS = (
    "invitation",
    "agenda",
    "attendance-sheet",
    "minutes",
    "decisions",
    "actions",
    "package",
)
EXPORT_FORMATS = ("docx", "pdf", "ics", "eml", "json")


class UserError(Exception):
    """A mistake of the person at the keyboard: printed as one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not usage + message
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {message}\n")


def _db_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar="PATH",
        help="het databasebestand (standaard: de gebruikersmap)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=APP_ID, description="Spitsregio Desktop: vergadersecretariaat.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, default=None)
    parser.add_argument(
        "--live", type=int, metavar="ID", help="open meteen het live notuleren van vergadering ID"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("demo", help="referentiegegevens en een realistische geschiedenis")
    _db_option(p)
    p.add_argument("--years", type=int, default=2, help="aantal jaren geschiedenis (standaard 2)")

    p = sub.add_parser("list", help="vergaderingen, organisaties, personen, acties of besluiten")
    p.add_argument("what", choices=LIST_WHAT)
    _db_option(p)
    p.add_argument("--json", action="store_true", help="als JSON")

    p = sub.add_parser("import", help="een vergaderpakket (JSON) inlezen")
    p.add_argument("file", type=Path, metavar="FILE.json")
    _db_option(p)

    p = sub.add_parser("export", help="een document of pakket van een vergadering maken")
    p.add_argument("meeting_id", type=int, metavar="ID", nargs="?")
    _db_option(p)
    p.add_argument("--kind", required=True, choices=EXPORT_KINDS)
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS, dest="fmt")
    p.add_argument("--out", required=True, type=Path, metavar="PATH")
    p.add_argument("--public", action="store_true", help="zonder vertrouwelijke punten")
    p.add_argument("--body", help="overlegorgaan (voor besluiten- en actielijsten)")
    p.add_argument("--from", dest="start", metavar="JJJJ-MM-DD", help="begin van de periode")
    p.add_argument("--to", dest="end", metavar="JJJJ-MM-DD", help="einde van de periode")

    p = sub.add_parser("search", help="zoeken in agendapunten, notities, besluiten en acties")
    p.add_argument("text")
    _db_option(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("backup", help="een reservekopie maken")
    _db_option(p)
    p.add_argument("--to", type=Path, metavar="DIR", help="map voor de reservekopie")

    p = sub.add_parser("restore", help="een reservekopie terugzetten")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    _db_option(p)

    p = sub.add_parser("check", help="de database controleren")
    _db_option(p)

    sub.add_parser("selftest", help="alle schermen en exports proberen (zonder venster)")
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db)
    from .storage.paths import default_database_path

    return default_database_path()


def _open(args: argparse.Namespace, readonly: bool = False):
    from .storage.database import open_database
    from .storage.winpaths import synced_folder_warning

    warning = synced_folder_warning(_db_path(args))
    if warning:
        print(f"{APP_ID}: waarschuwing: {warning}", file=sys.stderr)
    return open_database(_db_path(args), readonly=readonly, backup_on_start=not readonly)


def _plain(value: Any) -> Any:
    if is_dataclass(value):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.time):
        return (
            value.isoformat(timespec="minutes") if isinstance(value, dt.time) else value.isoformat()
        )
    return value


def _print_table(rows: list[dict], columns: Sequence[str]) -> None:
    if not rows:
        print("(geen)")
        return
    text = [[str(r.get(c, "") if r.get(c) is not None else "") for c in columns] for r in rows]
    widths = [min(60, max(len(c), *(len(t[i]) for t in text))) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for t in text:
        print("  ".join(v[:w].ljust(w) for v, w in zip(t, widths, strict=True)).rstrip())


# ---------------------------------------------------------------- commands


def cmd_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.years <= 30:
        raise UserError("--years moet tussen 1 en 30 liggen")
    from .services.demo import generate_demo

    with _open(args) as db, db.session() as session:
        summary = generate_demo(session, years=args.years)
    print(
        f"{summary.meetings} vergaderingen, {summary.items} agendapunten, "
        f"{summary.decisions} besluiten, {summary.actions} actiepunten in {db.path}"
    )
    return 0


def _list_rows(session, what: str) -> tuple[list[dict], Sequence[str]]:
    if what == "meetings":
        from .services.labels import MEETING_STATUS
        from .services.meetings import list_meetings

        rows = [_plain(m) for m in list_meetings(session)]
        for r, m in zip(rows, list_meetings(session), strict=True):
            r["status_label"] = MEETING_STATUS[m.status]
        return rows, ("id", "body_short", "number", "date", "start_time", "location", "status")
    if what == "organisations":
        from .services.people import list_organisations

        return [_plain(o) for o in list_organisations(session)], ("id", "short", "name", "kind")
    if what == "persons":
        from .services.people import list_persons

        return [_plain(p) for p in list_persons(session)], ("id", "name", "organisation", "email")
    if what == "actions":
        from .services.actions import list_actions

        rows = [_plain(a) for a in list_actions(session)]
        return rows, (
            "id",
            "body_short",
            "meeting_date",
            "owner",
            "due_date",
            "status",
            "overdue",
            "description",
        )
    from .services.decisions import list_decisions

    return [_plain(d) for d in list_decisions(session)], (
        "id",
        "body_short",
        "meeting_date",
        "number",
        "item_number",
        "text",
    )


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as db, db.session() as session:
        rows, columns = _list_rows(session, args.what)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        _print_table(rows, columns)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .services.package import import_package, load_package_file

    data = load_package_file(args.file)  # before opening: a bad file changes nothing
    from .services.package import validate_package

    validate_package(data)
    with _open(args) as db, db.session() as session:
        meeting_id = import_package(session, data)
    print(meeting_id)
    return 0


def _parse_day(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{option}: '{value}' is geen datum (JJJJ-MM-DD)") from None


def cmd_export(args: argparse.Namespace) -> int:
    start, end = _parse_day(args.start, "--from"), _parse_day(args.end, "--to")
    period_kinds = ("decisions", "actions")
    if args.meeting_id is None and args.kind not in period_kinds:
        raise UserError(f"geef het nummer van de vergadering voor --kind {args.kind}")
    out = Path(args.out)
    if out.is_dir():
        raise UserError(f"--out {out} is een map; geef een bestandsnaam")
    if not out.parent.exists():
        raise UserError(f"de map {out.parent} bestaat niet")
    with _open(args, readonly=True) as db, db.session() as session:
        if args.meeting_id is not None:
            from .services.meetings import get_meeting

            get_meeting(session, args.meeting_id)
        if args.kind == "package":
            if args.fmt != "json":
                raise UserError("een vergaderpakket bestaat alleen als --format json")
            from .documents.files import write_atomically
            from .services.package import dumps, export_package

            data = dumps(export_package(session, args.meeting_id)).encode("utf-8")
            write_atomically(out, "json", lambda fh: fh.write(data))
        elif args.fmt in ("ics", "eml"):
            from .documents.mail import export_mail
            from .storage.paths import attachments_dir_for

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
            from .documents.export import export_document

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


def cmd_search(args: argparse.Namespace) -> int:
    from .services.search import search

    with _open(args, readonly=True) as db, db.session() as session:
        hits = search(session, args.text)
    if args.json:
        print(json.dumps([_plain(h) for h in hits], ensure_ascii=False, indent=1))
    else:
        for h in hits:
            print(f"{h.body_short} {h.meeting_date} · {h.kind} · {h.title}: {h.snippet}")
        if not hits:
            print("(niets gevonden)")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from .storage.backup import backup_database
    from .storage.database import open_database

    db = open_database(_db_path(args), readonly=True)
    db.close()
    target = backup_database(db.path, args.to, reason="manual")
    print(target)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .storage.backup import restore_backup
    from .storage.lock import DatabaseLock

    if not Path(args.backup).is_file():
        raise UserError(f"de reservekopie {args.backup} bestaat niet")
    path = _db_path(args).expanduser().resolve()
    with DatabaseLock(path):
        try:
            safety = restore_backup(args.backup, path)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    print(f"teruggezet: {path} (vorige toestand bewaard in {safety})")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .storage.integrity import full_check

    problems = full_check(_db_path(args))
    if problems:
        for p in problems:
            print(p)
        return 1
    print("ok")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from .ui.selftest import run_selftest

    return run_selftest()


def cmd_window(args: argparse.Namespace) -> int:
    from .ui.app import run_app

    return run_app(_db_path(args), live_meeting_id=args.live)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_window,
    "demo": cmd_demo,
    "list": cmd_list,
    "import": cmd_import,
    "export": cmd_export,
    "search": cmd_search,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "selftest": cmd_selftest,
}


def _mapi_helper(argv: list[str]) -> int:
    from .documents.mapi import helper_main

    return helper_main(argv)


def _mail_command(argv: list[str]) -> int:
    from .documents.mail_open import main as mail_main

    return mail_main(argv)


# `_mapi-send`: the helper process of "E-mail maken" (documents/mapi.py); `_mail`: the same
# without the window (documents/mail_open.py), used by the Wine stage.
HIDDEN_COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "_mapi-send": _mapi_helper,
    "_mail": _mail_command,
}


def _utf8_when_redirected() -> None:
    """Output that is not a console (`> file`, a pipe) is UTF-8 on every platform.

    On Windows Python writes a redirected stream in the ANSI code page (cp1252), which turns
    "Łukasz" into "?ukasz" in `list --json > file`; a console keeps its own encoding, with
    characters it cannot show replaced instead of crashing the listing.
    """
    for stream in (sys.stdout, sys.stderr):
        if not hasattr(stream, "reconfigure"):
            continue  # replaced by a caller (tests, an embedding program)
        try:
            redirected = not stream.isatty()
        except ValueError:  # closed
            continue
        if redirected:
            stream.reconfigure(encoding="utf-8", errors="replace")
        else:
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_when_redirected()
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in HIDDEN_COMMANDS:  # internal: not in --help
        return HIDDEN_COMMANDS[argv[0]](argv[1:])
    args = build_parser().parse_args(argv)
    from .services.errors import ValidationError
    from .storage.errors import StorageError

    try:
        return COMMANDS[args.command](args)
    except (UserError, ValidationError, StorageError) as exc:
        message = " ".join(str(exc).split())  # one line, whatever the message holds
        print(f"{APP_ID}: fout: {message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `spitsregio list … | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
