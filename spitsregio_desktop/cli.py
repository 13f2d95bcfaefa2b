"""The command line: the window, and the same services and documents without a window.

A user's mistake never shows a traceback: one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import APP_ID
from .commands import export, report
from .commands.output import _plain, _print_table

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
ACTION_COLUMNS = ("id", "body_short", "meeting_date", "owner", "due_date", "status")
ACTION_COLUMNS += ("overdue", "description")


# Said on stderr when a command succeeded (an error stays the one line it is).
_NOTICES: list[str] = []


class UserError(Exception):
    """A mistake of the person at the keyboard: printed as one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not usage + message
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {message}\n")


def _db_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    from .storage.location import db_location

    parser.add_argument(
        "--db",
        type=db_location,
        default=default,
        metavar="PATH",
        help="het databasebestand of een serveradres postgresql://… (standaard: de gebruikersmap)",
    )


class _Version(argparse.Action):
    """--version, with the version looked up only when asked (not on every command)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        from . import __version__

        print(f"{parser.prog} {__version__}")  # on stdout, as argparse's own action does
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=APP_ID, description="Spitsregio Desktop: vergadersecretariaat.")
    parser.add_argument("--version", action=_Version, nargs=0, help="toon het versienummer")
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

    report.configure_parser(
        sub.add_parser(
            "report", help="actielijst, besluitenlijst of aanwezigheden als csv, xlsx, pdf of docx"
        ),
        _db_option,
    )

    p = sub.add_parser("backup", help="een reservekopie maken")
    _db_option(p)
    p.add_argument("--to", type=Path, metavar="DIR", help="map voor de reservekopie")

    p = sub.add_parser("restore", help="een reservekopie terugzetten")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    _db_option(p)
    p.add_argument("--dry-run", action="store_true", help="alleen tonen wat de kopie bevat")

    p = sub.add_parser("import-members", help="een ledenlijst (CSV of Excel) inlezen")
    p.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    _db_option(p)
    p.add_argument("--dry-run", action="store_true", help="alleen tonen wat er zou gebeuren")
    p.add_argument("--body", help="overlegorgaan (BO of TF) voor regels zonder die kolom")

    p = sub.add_parser("check", help="de database controleren")
    _db_option(p)
    p.add_argument(
        "--pdf",
        type=Path,
        action="append",
        default=[],
        metavar="FILE.pdf",
        help="ook een gearchiveerd goedgekeurd verslag (PDF) tegen de database controleren",
    )

    sub.add_parser("selftest", help="alle schermen en exports proberen (zonder venster)")

    p = sub.add_parser("checkout", help="een vergadering van de server meenemen naar de laptop")
    p.add_argument("meeting_id", type=int, metavar="ID")
    p.add_argument("--server", required=True, metavar="URL", help="de serverdatabase")
    _db_option(p)
    p = sub.add_parser("checkin", help="een meegenomen vergadering terugbrengen naar de server")
    p.add_argument("meeting_id", type=int, metavar="ID", help="het nummer op de laptop")
    _db_option(p)
    p.add_argument("--server", required=True, metavar="URL", help="de serverdatabase")
    p = sub.add_parser("migrate-to", help="een hele databank naar een lege serverdatabase")
    p.add_argument("url", metavar="URL")
    _db_option(p)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return args.db  # a Path, or a ServerUrl (storage.location.db_location)
    from .storage.paths import default_database_path

    return default_database_path()


def _open(args: argparse.Namespace, readonly: bool = False):
    from .storage.database import open_database
    from .storage.winpaths import synced_folder_warning

    warning = synced_folder_warning(_db_path(args))
    if warning:
        print(f"{APP_ID}: waarschuwing: {warning}", file=sys.stderr)
    db = open_database(_db_path(args), readonly=readonly, backup_on_start=not readonly)
    # A command lives for one task: the ~300 000 objects of the imports so far (SQLAlchemy,
    # the models) need no more collecting. Frozen, the collector no longer walks them each
    # time a listing's rows trigger a full collection (~0.2 s of 30 years' `list actions`).
    gc.freeze()
    if db.notice:  # e.g. opened read-only in a read-only place: said after success
        _NOTICES.append(db.notice)
    return db


# ---------------------------------------------------------------- commands


def cmd_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.years <= 30:
        raise UserError("--years moet tussen 1 en 30 liggen")
    from .services.demo import generate_demo

    with _open(args) as db, db.session() as session:
        summary = generate_demo(session, years=args.years)
    print(
        f"{summary.meetings} vergaderingen, {summary.items} agendapunten, "
        f"{summary.decisions} besluiten, {summary.actions} actiepunten in {db.label}"
    )
    return 0


def _list_rows(session, what: str) -> tuple[list[Any], Sequence[str]]:
    """The service rows of one listing and the columns its table shows."""
    if what == "meetings":
        from .services.meetings import list_meetings

        columns = ("id", "body_short", "number", "date", "start_time", "location", "status")
        return list_meetings(session), columns
    if what == "organisations":
        from .services.people import list_organisations

        return list_organisations(session), ("id", "short", "name", "kind")
    if what == "persons":
        from .services.people import list_persons

        return list_persons(session), ("id", "name", "organisation", "email")
    if what == "actions":
        from .services.actions import list_actions

        return list_actions(session), ACTION_COLUMNS
    from .services.decisions import list_decisions

    columns = ("id", "body_short", "meeting_date", "number", "item_number", "text")
    return list_decisions(session), columns


def _json_rows(what: str, rows: list[Any]) -> list[dict]:
    plain = [_plain(r) for r in rows]
    if what == "meetings":
        from .services.labels import MEETING_STATUS

        for r, m in zip(plain, rows, strict=True):
            r["status_label"] = MEETING_STATUS[m.status]
    return plain


def cmd_list(args: argparse.Namespace) -> int:
    if args.what == "actions" and isinstance(_db_path(args), Path):  # a file: no ORM import
        from .commands.list_actions import file_actions

        rows, columns = file_actions(_db_path(args), _NOTICES), ACTION_COLUMNS
    else:
        with _open(args, readonly=True) as db, db.session() as session:
            rows, columns = _list_rows(session, args.what)
    if args.json:
        print(json.dumps(_json_rows(args.what, rows), ensure_ascii=False, indent=1))
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
    from .commands.restore import cmd_restore as restore

    return restore(args, _db_path(args))


def cmd_import_members(args: argparse.Namespace) -> int:
    from .commands.import_members import cmd_import_members as import_members

    return import_members(args, _db_path(args))


def cmd_check(args: argparse.Namespace) -> int:
    from .storage.integrity import full_check

    for pdf in args.pdf:
        if not pdf.is_file():
            raise UserError(f"--pdf {pdf} bestaat niet")
    problems = full_check(_db_path(args))
    verified: list[str] = []
    if args.pdf and not problems:
        from .documents.verify import check_archived_minutes

        with _open(args, readonly=True) as db, db.session() as session:
            for pdf in args.pdf:
                found, ok = check_archived_minutes(session, pdf)
                problems += found
                verified += [ok] if ok else []
    if problems:
        for p in problems:
            print(p)
        return 1
    for line in verified:
        print(line)
    print("ok")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from .ui.selftest import run_selftest

    return run_selftest()


def cmd_window(args: argparse.Namespace) -> int:
    # The start makes some 300 000 objects (Qt, SQLAlchemy, the models) and no garbage worth
    # a collection: the collector waits until the window has loaded every page's code
    # (MainWindow._warm_up freezes those objects and enables it again), ~35 ms sooner shown.
    gc.disable()
    from .ui.app import run_app

    return run_app(_db_path(args), live_meeting_id=args.live)


from .commands import server as server_commands  # noqa: E402 - after the cmd_ it wraps

COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_window,
    "demo": cmd_demo,
    "list": cmd_list,
    "import": cmd_import,
    "export": export.cmd_export,
    "search": cmd_search,
    "report": report.cmd_report,
    "backup": server_commands.cmd_backup,  # a server: pg_dump (docs/SERVER.md), refused
    "restore": server_commands.cmd_restore,  # a server: pg_restore, refused
    "import-members": cmd_import_members,
    "check": server_commands.cmd_check,  # a file: cmd_check; a server: its own checks
    "selftest": cmd_selftest,
    "checkout": server_commands.cmd_checkout,
    "checkin": server_commands.cmd_checkin,
    "migrate-to": server_commands.cmd_migrate_to,
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
        code = COMMANDS[args.command](args)
        for notice in _NOTICES:
            print(f"{APP_ID}: {notice}", file=sys.stderr)
        return code
    except (UserError, ValidationError, StorageError) as exc:
        return _one_line(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `spitsregio list … | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a full disk, a read-only folder: the cause, not a traceback
        from .storage.disk import disk_problem

        if cause := disk_problem(exc):
            return _one_line(cause)
        raise


def _one_line(message: str) -> int:
    message = " ".join(message.split())  # one line, whatever the message holds
    print(f"{APP_ID}: fout: {message}", file=sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
