"""Alembic, run from inside the package on a copy of the database.

A migration runs on a copy made with the backup API; only when it succeeded and the copy
passes `quick_check` does the copy replace the original. A failing migration therefore
leaves the original file exactly as it was.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .backup import check_file, sync_directory
from .disk import disk_problem
from .errors import DatabaseTooNew, DiskProblem, MigrationFailed
from .identity import stamp_file
from .leftovers import unfinished
from .private import owner_only_file

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([^'\"\s]+)['\"]?", re.M)


def alembic_config(db_path: Path | None) -> Config:
    """Alembic's configuration; `None` when the caller hands in a connection (a server)."""
    from alembic.config import Config  # Alembic loads only when a migration runs

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if db_path is not None:
        cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return cfg


def _revisions() -> tuple[set[str], set[str]]:
    revisions, parents = set(), set()
    for script in MIGRATIONS_DIR.joinpath("versions").glob("*.py"):
        found = dict((k, v) for k, v in _REVISION.findall(script.read_text(encoding="utf-8")))
        revisions.add(found["revision"])
        if found.get("down_revision") not in (None, "None"):
            parents.add(found["down_revision"])
    return revisions, parents


def known_revisions() -> set[str]:
    """Every schema revision this version can read (and migrate to the head)."""
    return _revisions()[0]


def head_revision() -> str:
    """The newest revision, read from the revision files without importing Alembic.

    Every start asks this; importing Alembic costs a tenth of a second of cold start.
    tests/test_storage.py checks that it agrees with Alembic's own view.
    """
    revisions, parents = _revisions()
    heads = revisions - parents
    if len(heads) != 1:
        raise MigrationFailed(f"de migraties hebben geen eenduidige laatste versie: {heads}")
    return heads.pop()


def current_revision(db_path: Path, immutable: bool = False) -> str | None:
    mode = "ro&immutable=1" if immutable else "ro"
    con = sqlite3.connect(f"file:{Path(db_path).as_posix()}?mode={mode}", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # a new, empty file
        return None
    finally:
        con.close()
    return row[0] if row else None


def needs_upgrade(db_path: Path) -> bool:
    return current_revision(db_path) != head_revision()


def too_new_message(name: str) -> str:
    return (
        f"de database {name} is gemaakt door een nieuwere versie van Spitsregio Desktop; "
        "open ze met die versie"
    )


def refuse_newer(db_path: Path, immutable: bool = False) -> None:
    """A revision we do not know was written by a newer version: refuse before any backup."""
    revision = current_revision(db_path, immutable)
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(too_new_message(Path(db_path).name))


def _checkpoint(db_path: Path) -> None:
    """Fold the WAL into the main file, so the file we replace carries everything."""
    con = sqlite3.connect(db_path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def upgrade_via_copy(db_path: Path, revision: str = "head") -> None:
    db_path = Path(db_path)
    work = db_path.with_name(db_path.name + ".migrating")
    for leftover in (work, Path(str(work) + "-wal"), Path(str(work) + "-shm")):
        leftover.unlink(missing_ok=True)
    with unfinished(work):  # a killed migration's copy is removed at the next start
        try:
            owner_only_file(work)  # it becomes the database: owner-only from its first byte
            _migrate_copy(db_path, work, revision)
        except Exception as exc:
            work.unlink(missing_ok=True)
            if cause := disk_problem(exc):
                raise DiskProblem(f"de database kon niet worden bijgewerkt: {cause}") from exc
            raise MigrationFailed(
                f"De database kon niet worden bijgewerkt ({exc}). Het bestand is onaangeroerd; "
                "neem contact op met wie Spitsregio Desktop onderhoudt."
            ) from exc
        os.replace(work, db_path)
        sync_directory(db_path.parent)
    for suffix in ("-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)


def _migrate_copy(db_path: Path, work: Path, revision: str) -> None:
    if db_path.exists() and db_path.stat().st_size > 0:
        _checkpoint(db_path)
        src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        dst = sqlite3.connect(work)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{work}")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            cfg = alembic_config(work)
            cfg.attributes["connection"] = connection
            from alembic import command

            command.upgrade(cfg, revision)
    finally:
        engine.dispose()
    stamp_file(work)  # new and migrated files alike carry our application_id
    verdict = check_file(work)
    if verdict != "ok":
        raise MigrationFailed(f"na de migratie: {verdict}")
