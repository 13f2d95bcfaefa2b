"""`checkout`, `checkin`, `migrate-to`, and the server side of `check` and `backup`.

The parser lines and the COMMANDS entries are in cli.py; the work is here.
"""

from __future__ import annotations

import argparse

from ..storage.location import ServerUrl, db_location


def _user_error(message: str):
    from ..cli import UserError

    return UserError(message)


def cmd_checkout(args: argparse.Namespace) -> int:
    from ..services.checkout import check_out, server_name, who_am_i
    from ..storage.database import open_database

    server_location = db_location(args.server)
    if isinstance(args.db, ServerUrl):
        raise _user_error("--db is de database van de laptop: geef een bestand, geen server")
    with open_database(server_location) as server, open_database(args.db) as laptop:
        with server.session() as s, laptop.session() as lap:
            laptop_id = check_out(s, lap, args.meeting_id, server_name(server_location), who_am_i())
    print(f"meegenomen naar {laptop.label}: vergadering {args.meeting_id} van de server")
    print(laptop_id)
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    from ..services.checkout import check_in, server_name, who_am_i
    from ..storage.database import open_database

    server_location = db_location(args.server)
    with open_database(args.db) as laptop, open_database(server_location) as server:
        with laptop.session() as lap, server.session() as s:
            result = check_in(lap, s, args.meeting_id, server_name(server_location), who_am_i())
    for warning in result.warnings:
        print(f"let op: {warning}")
    print(f"teruggebracht: vergadering {result.meeting_id} op {server.label}")
    return 0


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from ..storage.transfer import copy_database

    target = db_location(args.url)
    if not isinstance(target, ServerUrl):
        raise _user_error("geef het adres van de server: postgresql://gebruiker@host/dbnaam")
    counts = copy_database(args.db, target)
    total = sum(counts.values())
    print(
        f"{total} rijen in {len(counts)} tabellen gekopieerd naar {target.redacted}; "
        "aantallen per tabel nagekeken"
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """On a server: connection, schema version and counts; on a file: as before."""
    from .. import cli

    location = cli._db_path(args)
    if not isinstance(location, ServerUrl):
        return cli.cmd_check(args)
    from ..storage.integrity import server_check

    problems, summary = server_check(location)
    for line in problems or summary:
        print(line)
    if problems:
        return 1
    print("ok")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from .. import cli

    if isinstance(cli._db_path(args), ServerUrl):
        raise _user_error(
            "een serverdatabase wordt op de server bewaard: de IT-dienst maakt reservekopieën "
            "met pg_dump (zie docs/SERVER.md)"
        )
    return cli.cmd_backup(args)


def cmd_restore(args: argparse.Namespace) -> int:
    from .. import cli

    if isinstance(cli._db_path(args), ServerUrl):
        raise _user_error(
            "een serverdatabase wordt op de server teruggezet met pg_restore (zie docs/SERVER.md)"
        )
    return cli.cmd_restore(args)
