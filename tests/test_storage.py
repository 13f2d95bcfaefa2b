"""The database as the storage layer promises it: schema, pragmas, reference data, backups."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, select

from spitsregio_desktop.storage import backup as backups
from spitsregio_desktop.storage.base import Base
from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.storage.errors import DatabaseInUse, DatabaseNotFound
from spitsregio_desktop.storage.migrate import current_revision, head_revision
from spitsregio_desktop.storage.models import Body, Membership, Organisation, Person


def test_empty_database_upgrades_to_head_and_matches_the_models(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite", seed=False)
    db.close()
    assert current_revision(db.path) == head_revision()
    engine = create_engine(f"sqlite:///{db.path}")
    with engine.connect() as con:
        ctx = MigrationContext.configure(
            con,
            opts={
                "compare_type": True,
                "include_name": lambda name, type_, parents: (
                    not (type_ == "table" and (name or "").startswith("search_index"))
                ),
            },
        )
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == [], f"migrations and models differ: {diff}"


def test_head_revision_without_alembic_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from spitsregio_desktop.storage.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config(Path("unused")))
    assert head_revision() == script.get_current_head()


@pytest.mark.sqlite_only
def test_connections_use_wal_full_sync_and_foreign_keys(database) -> None:
    with database.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert con.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_reference_data_is_loaded_once_with_seats_but_no_names(tmp_path: Path) -> None:
    ref = json.loads(
        (Path(__file__).parents[1] / "spitsregio_desktop/storage/reference_data.json").read_text()
    )
    db = open_database(tmp_path / "x.sqlite")
    db.close()
    db = open_database(tmp_path / "x.sqlite")  # a second start must not seed again
    with db.session() as s:
        bodies = {b.short: b for b in s.scalars(select(Body))}
        assert set(bodies) == {"BO", "TF"}
        assert bodies["TF"].cofunding and "ESF" in bodies["TF"].cofunding
        assert bodies["BO"].cofunding is None
        names = set(s.scalars(select(Organisation.name)))
        assert set(ref["municipalities"]) <= names
        assert {
            "ACV",
            "ABVV",
            "ACLVB",
            "VOKA",
            "UNIZO",
            "Boerenbond",
            "VDAB",
            "Interleuven",
            "ERSV Vlaams-Brabant",
            "Provincie Vlaams-Brabant, dienst Economie",
        } <= names
        bo_seats = s.scalars(
            select(Person.name)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.body_id == bodies["BO"].id)
        ).all()
        assert len(bo_seats) == 30
        assert "Burgemeester Leuven" in bo_seats
        assert all(n.startswith("Burgemeester ") for n in bo_seats)
        assert s.scalar(select(func.count()).select_from(Person)) == 40
    db.close()


def test_second_instance_gets_a_clear_message(tmp_path: Path) -> None:
    first = open_database(tmp_path / "x.sqlite")
    try:
        with pytest.raises(DatabaseInUse, match="ander venster"):
            open_database(tmp_path / "x.sqlite")
    finally:
        first.close()
    open_database(tmp_path / "x.sqlite").close()  # free again after closing


def test_start_backup_is_made_and_rotated(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    open_database(path).close()
    for _ in range(backups.KEEP_AUTOMATIC + 3):
        open_database(path).close()
    found = backups.list_backups(path)
    automatic = [p for p in found if p.name.endswith("-start.sqlite")]
    assert len(automatic) == backups.KEEP_AUTOMATIC
    for p in found:
        assert backups.check_file(p, full=True) == "ok"


def test_manual_backups_are_kept_and_restore_brings_back_the_old_state(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    db = open_database(path)
    saved = backups.backup_database(path, reason="manual")
    with db.session() as s:
        s.add(Organisation(name="Nieuwe vzw", short="NV", kind="andere"))
        s.commit()
    db.close()
    backups.restore_backup(saved, path)
    db = open_database(path)
    with db.session() as s:
        assert s.scalar(select(Organisation).where(Organisation.name == "Nieuwe vzw")) is None
    db.close()
    # the state before the restore was itself kept
    before = [p for p in backups.list_backups(path) if "before-restore" in p.name]
    assert before
    con = sqlite3.connect(before[0])
    assert con.execute("select count(*) from organisations where name='Nieuwe vzw'").fetchone()[0]
    con.close()


def test_readonly_open_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseNotFound):
        open_database(tmp_path / "missing.sqlite", readonly=True)
    assert not (tmp_path / "missing.sqlite").exists()
