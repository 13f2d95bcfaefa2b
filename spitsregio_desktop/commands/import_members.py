"""`spitsregio import-members FILE.csv|FILE.xlsx --db PATH [--dry-run] [--body BO|TF]`.

The same service as the window's dialog (preview, then all-or-nothing apply), its per-row
preview printed: one line per row with what will happen, or its errors. Any wrong row:
exit 2, the errors per row on stdout, one line on stderr, and nothing written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services.errors import ValidationError
from ..services.member_file import read_table
from ..services.member_import import ImportPreview, ImportRow, apply_import, preview_import
from ..storage.database import open_database

ACTION = {"new": "nieuw", "update": "bijwerken", "unchanged": "ongewijzigd"}


def row_line(row: ImportRow) -> str:
    who = row.values["name"] or "(geen naam)"
    if row.values["organisation"]:
        who += f" ({row.values['organisation']})"
    if row.errors:
        return f"regel {row.line}: {who}: niet ingevoerd: " + "; ".join(row.errors)
    return f"regel {row.line}: {who}: " + "; ".join([ACTION[row.action], *row.notes])


def summary_line(preview: ImportPreview) -> str:
    counts = {a: sum(1 for r in preview.rows if r.action == a and not r.errors) for a in ACTION}
    line = (
        f"{len(preview.rows)} regels: {counts['new']} nieuw, {counts['update']} bij te "
        f"werken, {counts['unchanged']} ongewijzigd"
    )
    if preview.ignored_columns:
        line += f"; genegeerde kolommen: {', '.join(preview.ignored_columns)}"
    return line


def cmd_import_members(args: argparse.Namespace, db_path: Path) -> int:
    columns, _ignored, _rows = read_table(args.file)  # a bad file: one line, nothing opened
    if "body" not in columns.values() and not args.body:
        raise ValidationError(
            "de lijst heeft geen kolom 'overlegorgaan': geef het overlegorgaan voor alle "
            "regels met --body BO of --body TF",
            "--body",
        )
    path = Path(db_path).expanduser()
    # an existing database is only read for the preview; a new one is made (as the window does)
    readonly = args.dry_run or path.is_file()
    with open_database(path, readonly=readonly, backup_on_start=False) as db:
        with db.session() as session:
            preview = preview_import(session, args.file, body=args.body)
        for row in preview.rows:
            print(row_line(row))
        print(summary_line(preview))
        if not preview.ok:
            raise ValidationError(
                f"{preview.error_count} regel(s) met fouten; er is niets ingevoerd", "file"
            )
        if args.dry_run:
            print("proefdraai: er is niets ingevoerd")
            return 0
    with open_database(path) as db, db.session() as session:
        result = apply_import(session, preview)
    print(
        f"ingevoerd: {result.new} nieuw, {result.updated} bijgewerkt, "
        f"{result.unchanged} ongewijzigd"
    )
    return 0
