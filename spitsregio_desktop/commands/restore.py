"""`spitsregio restore BACKUP --db PATH [--dry-run]`: check the backup, say what it holds, restore.

Anything that is not a sound backup of ours is refused (exit 2) before the database is
touched; `--dry-run` only prints what the backup holds.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..storage.lock import DatabaseLock
from ..storage.restore import describe, inspect_backup, restore_backup


def cmd_restore(args: argparse.Namespace, db_path: Path) -> int:
    facts = inspect_backup(Path(args.backup))  # raises BackupRefused: one line, exit 2
    print(describe(facts))
    if getattr(args, "dry_run", False):
        return 0
    path = db_path.expanduser().resolve()
    with DatabaseLock(path):
        restored = restore_backup(facts.path, path)
    kept = restored.safety_copy
    print(f"teruggezet: {path}" + (f" (vorige toestand bewaard in {kept})" if kept else ""))
    return 0
