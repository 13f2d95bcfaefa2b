"""The demo history: plausible, consistent, deterministic, and usable by the services."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from spitsregio_desktop.services.demo import DemoSummary, generate_demo
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import meeting_detail
from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.storage.models import Body, Person

TODAY = dt.date(2026, 5, 1)


def _make(path: Path, years: int = 1, seed: int = 2026) -> DemoSummary:
    db = open_database(path, backup_on_start=False)
    try:
        with db.session() as s:
            return generate_demo(s, years=years, seed=seed, today=TODAY)
    finally:
        db.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    return path, _make(path)


def _q(path: Path, sql: str, *args: object) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def test_counts_are_plausible(demo_db: tuple[Path, DemoSummary]) -> None:
    path, summary = demo_db
    # a year of fortnightly meetings for two bodies, plus a few planned ones
    assert 40 <= summary.meetings <= 80
    assert summary.items >= summary.meetings * 12
    assert summary.decisions >= summary.meetings * 5
    assert summary.actions >= summary.meetings * 8
    assert _q(path, "SELECT count(*) FROM meetings")[0][0] == summary.meetings
    assert _q(path, "SELECT count(*) FROM agenda_items")[0][0] == summary.items
    assert _q(path, "SELECT count(*) FROM decisions")[0][0] == summary.decisions
    assert _q(path, "SELECT count(*) FROM actions")[0][0] == summary.actions
    assert summary.last_date and summary.last_date > TODAY  # planned meetings ahead


def test_file_is_sound(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    assert _q(path, "PRAGMA integrity_check") == [("ok",)]
    assert _q(path, "PRAGMA foreign_key_check") == []


def test_every_meeting_has_items_and_unique_decision_numbers(
    demo_db: tuple[Path, DemoSummary],
) -> None:
    path, _ = demo_db
    assert _q(
        path,
        "SELECT count(*) FROM meetings m WHERE NOT EXISTS "
        "(SELECT 1 FROM agenda_items i WHERE i.meeting_id = m.id)",
    ) == [(0,)]
    # numbered 1..n without gaps or doubles within each meeting
    rows = _q(
        path,
        "SELECT meeting_id, count(*), count(DISTINCT number), min(number), max(number) "
        "FROM decisions GROUP BY meeting_id",
    )
    assert rows
    for _mid, n, distinct, lo, hi in rows:
        assert n == distinct and lo == 1 and hi == n


def test_spread_over_bodies_and_themes(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    db = open_database(path, backup_on_start=False, seed=False)
    try:
        with db.session() as s:
            bodies = [(b.id, b.short, b.theme_list) for b in s.scalars(select(Body))]
    finally:
        db.close()
    assert len(bodies) == 2
    for body_id, short, themes in bodies:
        used = {
            t
            for (t,) in _q(
                path,
                "SELECT DISTINCT i.theme FROM agenda_items i "
                "JOIN meetings m ON m.id = i.meeting_id WHERE m.body_id = ?",
                body_id,
            )
        }
        assert set(themes) <= used, short


def test_minutes_history(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    for (body_id,) in _q(path, "SELECT id FROM bodies"):
        held = _q(
            path,
            "SELECT id, status FROM meetings WHERE body_id = ? AND date < ? "
            "AND status <> 'cancelled' ORDER BY date",
            body_id,
            TODAY.isoformat(),
        )
        assert len(held) > 5
        *approved, (last_id, last_status) = held
        assert last_status == "minutes_draft"
        assert all(status == "minutes_approved" for _, status in approved)
        assert _q(path, "SELECT status FROM minutes_versions WHERE meeting_id = ?", last_id) == [
            ("draft",)
        ]
    # the frozen text is what its SHA-256 says, and was approved at a later meeting
    for text, digest, own, at in _q(
        path,
        "SELECT v.approved_text, v.sha256, m.date, a.date FROM minutes_versions v "
        "JOIN meetings m ON m.id = v.meeting_id JOIN meetings a "
        "ON a.id = v.approved_at_meeting_id WHERE v.status = 'approved'",
    ):
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == digest
        assert at > own


def test_adjourned_items_come_back_linked(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    rows = _q(
        path,
        "SELECT old.adjourned, old.title = new.title, mo.date < mn.date, "
        "mo.body_id = mn.body_id FROM agenda_items new "
        "JOIN agenda_items old ON old.id = new.adjourned_from_id "
        "JOIN meetings mo ON mo.id = old.meeting_id JOIN meetings mn ON mn.id = new.meeting_id",
    )
    assert all(r == (1, 1, 1, 1) for r in rows)


def test_attendance_habits_present(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    presence = dict(_q(path, "SELECT presence, count(*) FROM attendances GROUP BY presence"))
    assert {"present", "excused", "substituted"} <= presence.keys()
    assert _q(
        path,
        "SELECT count(*) FROM attendances WHERE substitute_name = '' AND presence = 'substituted'",
    ) == [(0,)]
    assert (
        _q(path, "SELECT count(*) FROM attendances WHERE arrived_from_item_id IS NOT NULL")[0][0]
        > 0
    )
    statuses = dict(_q(path, "SELECT status, count(*) FROM actions GROUP BY status"))
    assert {"open", "in_progress", "done"} <= statuses.keys()
    overdue = _q(
        path,
        "SELECT count(*) FROM actions WHERE status IN ('open', 'in_progress') AND due_date < ?",
        TODAY.isoformat(),
    )[0][0]
    assert overdue > 0
    assert _q(path, "SELECT count(*) FROM action_events")[0][0] > 0
    assert _q(path, "SELECT count(*) FROM objectives")[0][0] >= 2
    assert _q(path, "SELECT count(*) FROM actions WHERE objective_id IS NOT NULL")[0][0] > 0


def test_no_invented_people(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    db = open_database(path, backup_on_start=False, seed=False)
    try:
        with db.session() as s:
            for person in s.scalars(select(Person)):
                assert person.name.startswith(("Burgemeester ", "Vertegenwoordiger "))
                assert person.email.endswith("@example.be")
    finally:
        db.close()


def test_meeting_detail_works_on_generated_meetings(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    db = open_database(path, backup_on_start=False, seed=False)
    try:
        with db.session() as s:
            ids = [r[0] for r in _q(path, "SELECT id FROM meetings ORDER BY id")]
            for mid in ids[:: max(1, len(ids) // 8)] + [ids[-1]]:
                detail = meeting_detail(s, mid, today=TODAY)
                assert detail.items
                numbers = [d.number for d in detail.decisions]
                assert len(numbers) == len(set(numbers))
    finally:
        db.close()


def test_refuses_a_database_with_meetings(demo_db: tuple[Path, DemoSummary]) -> None:
    path, _ = demo_db
    db = open_database(path, backup_on_start=False, seed=False)
    try:
        with db.session() as s, pytest.raises(ValidationError):
            generate_demo(s, years=1, today=TODAY)
    finally:
        db.close()


def test_refuses_bad_years(tmp_path: Path) -> None:
    db = open_database(tmp_path / "x.sqlite", backup_on_start=False)
    try:
        with db.session() as s, pytest.raises(ValidationError):
            generate_demo(s, years=0, today=TODAY)
    finally:
        db.close()


def test_deterministic(tmp_path: Path, demo_db: tuple[Path, DemoSummary]) -> None:
    path, summary = demo_db
    again = tmp_path / "again.sqlite"
    assert _make(again) == summary
    sql = "SELECT i.id, i.title, i.notes, i.theme, i.confidential FROM agenda_items i ORDER BY i.id"
    assert _q(again, sql) == _q(path, sql)
    sql = "SELECT id, description, status, due_date, owner_person_id FROM actions ORDER BY id"
    assert _q(again, sql) == _q(path, sql)
    other = tmp_path / "other.sqlite"
    _make(other, seed=7)
    assert _q(other, sql) != _q(path, sql)
