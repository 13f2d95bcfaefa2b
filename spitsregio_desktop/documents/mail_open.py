"""`spitsregio _mail`: "E-mail maken" without the window (the Wine stage and support use it).

    spitsregio _mail ID --kind invitation|minutes --db PATH [--public] [--out-dir DIR]

Writes the .eml draft (into DIR, by default the outbox beside the database), hands it to the
MAPI mail program in a helper process (documents/mapi.py) and says which way it went:
"geopend in het e-mailprogramma" or "geen MAPI-e-mailprogramma: concept …". The window does
the same through `make_and_open`. Hidden from --help: the documented way is the window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .mapi import DEFAULT_WAIT_S, MailOutcome, open_in_mail_program

COMMAND = "_mail"
OUTBOX = "outbox"
EXIT_USAGE = 2


def draft_name(detail, kind: str, public: bool) -> str:
    from .mail import file_label

    word = "Verslag" if kind == "minutes" else "Uitnodiging"
    return file_label(detail, word, ".eml", public=public)


def make_and_open(
    db,
    meeting_id: int,
    kind: str,
    out_dir: Path,
    *,
    public: bool = False,
    mark_sent: bool = False,
    wait_s: float = DEFAULT_WAIT_S,
) -> MailOutcome:
    """The draft, then the mail program; off the UI thread (it waits up to `wait_s`)."""
    from ..services.meetings import meeting_detail
    from ..storage.paths import attachments_dir_for
    from .mail import export_mail

    with db.session() as session:
        detail = meeting_detail(session, meeting_id)
        out = Path(out_dir) / draft_name(detail, kind, public)
        out.parent.mkdir(parents=True, exist_ok=True)
        export_mail(
            session,
            meeting_id,
            kind,
            "eml",
            out,
            public=public,
            attachments_dir=attachments_dir_for(db.path),
            mark_sent=mark_sent,
            warn=None,
        )
    return open_in_mail_program(out, wait_s)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"spitsregio {COMMAND}")
    parser.add_argument("meeting_id", type=int, metavar="ID")
    parser.add_argument("--kind", required=True, choices=("invitation", "minutes"))
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--public", action="store_true")
    parser.add_argument("--out-dir", type=Path)
    args = parser.parse_args(argv)
    from ..services.errors import ValidationError
    from ..storage.database import open_database
    from ..storage.errors import StorageError

    try:
        if not args.db.is_file():
            raise ValidationError(f"de database {args.db} bestaat niet", "db")
        out_dir = args.out_dir or args.db.parent / OUTBOX
        # not read-only: the draft of an invitation records its sent dates, as in the window
        with open_database(args.db, backup_on_start=False) as db:
            outcome = make_and_open(
                db,
                args.meeting_id,
                args.kind,
                out_dir,
                public=args.public,
                mark_sent=args.kind == "invitation",
            )
    except (ValidationError, StorageError) as exc:
        print(f"spitsregio: fout: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_USAGE
    if outcome.via == "mapi":
        print(f"geopend in het e-mailprogramma: {outcome.draft}")
    else:
        print(f"geen MAPI-e-mailprogramma: concept {outcome.draft} ({outcome.detail})")
    return 0
