"""Full-text search: the FTS5 index kept by triggers (migration 0002) and services.search."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, update

from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
from spitsregio_desktop.services.search import SearchHit, build_query, search
from spitsregio_desktop.storage import migrate
from spitsregio_desktop.storage.database import Database, open_database
from spitsregio_desktop.storage.models import Action, AgendaItem, Attachment, Decision, Meeting


@pytest.fixture
def db(database: Database) -> Database:
    return database  # SQLite, and PostgreSQL with a test server (conftest)


@pytest.fixture
def meeting_id(db: Database) -> int:
    with db.session() as s:
        return create_meeting(s, MeetingInput(body="BO", date="2026-12-10", start_time="09:00"))


def add_item(db: Database, meeting_id: int, title: str, notes: str = "", **extra: object) -> int:
    with db.session() as s:
        item = AgendaItem(meeting_id=meeting_id, position=100, title=title, notes=notes, **extra)
        s.add(item)
        s.commit()
        return item.id


def find(db: Database, text: str, limit: int = 50) -> list[SearchHit]:
    # a fresh session each time, as the window does: a new read transaction sees all commits
    with db.session() as s:
        return search(s, text, limit)


def items_found(db: Database, text: str) -> set[int]:
    return {h.ref_id for h in find(db, text) if h.kind == "item"}


def test_finds_notes_whatever_the_case_and_by_prefix(db: Database, meeting_id: int) -> None:
    item_id = add_item(db, meeting_id, "Stand van zaken", "We bespreken de mobiliteit in de regio.")
    for typed in ("Mobiliteit", "mobilit", "MOBILITEIT", "  mobiliteit  ", "mobiliteit regio"):
        assert item_id in items_found(db, typed), typed
    assert item_id not in items_found(db, "mobiliteit fietsbrug")  # every word must match


def test_hit_carries_its_context(db: Database, meeting_id: int) -> None:
    item_id = add_item(db, meeting_id, "Fietssnelweg F25", "Overleg met de provincie")
    with db.session() as s:
        number = s.get(Meeting, meeting_id).number
    [hit] = [h for h in find(db, "fietssnelweg") if h.kind == "item"]
    assert hit == SearchHit(
        kind="item",
        ref_id=item_id,
        meeting_id=meeting_id,
        item_id=item_id,
        body_short="BO",
        meeting_number=number,
        meeting_date=dt.date(2026, 12, 10),
        title="Fietssnelweg F25",
        snippet=hit.snippet,
        rank=hit.rank,
    )
    assert "«Fietssnelweg»" in hit.snippet
    assert hit.rank < 0  # bm25: lower is better


def test_accents_fold_both_ways(db: Database, meeting_id: int) -> None:
    accented = add_item(db, meeting_id, "Ecologie", "De écologie en het café-overleg, één keer.")
    plain = add_item(db, meeting_id, "Varia", "Nog iets over de ecologische voetafdruk.")
    assert accented in items_found(db, "ecologie")
    assert accented in items_found(db, "écologie")
    assert accented in items_found(db, "cafe")
    assert accented in items_found(db, "een keer")
    assert plain in items_found(db, "écologisch")
    # decomposed accents (e + combining acute), as some programs paste them
    assert accented in items_found(db, "e\u0301cologie")


def test_an_update_is_found_at_once_and_the_old_word_is_gone(db: Database, meeting_id: int) -> None:
    item_id = add_item(db, meeting_id, "Werkgelegenheid", "eerste versie over jobbeurs")
    assert item_id in items_found(db, "jobbeurs")
    with db.session() as s:
        item = s.get(AgendaItem, item_id)
        item.notes = "nu gaat het over de opleidingscheque"
        s.commit()
    assert item_id in items_found(db, "opleidingscheque")
    assert item_id not in items_found(db, "jobbeurs")
    # internal notes are searchable too (the secretariat's own search), titles as well
    with db.session() as s:
        s.execute(
            update(AgendaItem)
            .where(AgendaItem.id == item_id)
            .values(internal_notes="bellen met VDAB", title="Arbeidsmarkt")
        )
        s.commit()
    assert item_id in items_found(db, "vdab")
    assert item_id in items_found(db, "arbeidsmarkt")
    assert item_id not in items_found(db, "werkgelegenheid")


def test_unrelated_update_leaves_the_index_alone(db: Database, meeting_id: int) -> None:
    item_id = add_item(db, meeting_id, "Stationsomgeving", "parkeerplaatsen")
    with db.session() as s:
        s.get(AgendaItem, item_id).done = True
        s.commit()
    assert item_id in items_found(db, "parkeerplaatsen")


def test_deleted_rows_disappear(db: Database, meeting_id: int) -> None:
    item_id = add_item(db, meeting_id, "Hinderpremie", "compensatie voor handelaars")
    with db.session() as s:
        s.add(Decision(meeting_id=meeting_id, agenda_item_id=item_id, number=1, text="hinder ok"))
        s.add(Attachment(agenda_item_id=item_id, filename="hinderpremie.pdf"))
        s.commit()
    assert {h.kind for h in find(db, "hinder")} == {"item", "decision", "attachment"}
    with db.session() as s:
        s.execute(delete(AgendaItem).where(AgendaItem.id == item_id))  # FK cascade
        s.commit()
    assert find(db, "hinder") == []
    assert find(db, "handelaars") == []


def test_deleting_a_meeting_empties_its_hits(db: Database, meeting_id: int) -> None:
    add_item(db, meeting_id, "Kilometerheffing", "")
    with db.session() as s:
        s.delete(s.get(Meeting, meeting_id))
        s.commit()
    assert find(db, "kilometerheffing") == []
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM search_index").scalar() == 0


def test_decisions_actions_attachments_resolve_their_item(db: Database, meeting_id: int) -> None:
    item_id = add_item(db, meeting_id, "Mobiliteitsplan", "")
    with db.session() as s:
        s.add(
            Decision(
                meeting_id=meeting_id, agenda_item_id=item_id, number=1, text="Het tramplan ok"
            )
        )
        # an action that only knows its agenda item still finds its meeting
        s.add(Action(agenda_item_id=item_id, description="Tramplan bezorgen aan de leden"))
        s.add(Attachment(agenda_item_id=item_id, filename="tramplan_2026.pdf"))
        s.commit()
    hits = find(db, "tramplan")
    assert sorted(h.kind for h in hits) == ["action", "attachment", "decision"]
    for hit in hits:
        assert hit.item_id == item_id
        assert hit.meeting_id == meeting_id
        assert hit.title == "Mobiliteitsplan"
        assert hit.body_short == "BO"
        assert "«" in hit.snippet and "»" in hit.snippet


def test_action_without_item_is_found(db: Database, meeting_id: int) -> None:
    with db.session() as s:
        s.add(Action(meeting_id=meeting_id, description="Zaal reserveren bij Interleuven"))
        s.commit()
    [hit] = find(db, "interleuven")
    assert (hit.kind, hit.item_id, hit.meeting_id) == ("action", None, meeting_id)


def test_bulk_insert_is_indexed(db: Database, meeting_id: int) -> None:
    with db.engine.begin() as c:
        c.execute(
            AgendaItem.__table__.insert(),
            [
                {
                    "meeting_id": meeting_id,
                    "position": 200 + n,
                    "title": f"Punt {n}",
                    "notes": f"bulkwoord{n}",
                    "internal_notes": "",
                    "kind": "discussion",
                    "theme": "",
                    "presenter": "",
                    "duration_minutes": 0,
                    "confidential": False,
                    "done": False,
                    "adjourned": False,
                }
                for n in range(20)
            ],
        )
    assert len(find(db, "bulkwoord")) == 20
    assert len(find(db, "bulkwoord", limit=5)) == 5


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        '"',
        '""',
        '"mobiliteit',
        "(",
        ")",
        "a AND",
        "AND",
        "OR NOT",
        "*",
        "mob*",
        "^mob",
        "NEAR(",
        "NEAR(a b, 2)",
        "title:mobiliteit",
        "kind:item",
        "-mobiliteit",
        "mobiliteit -",
        "+",
        ":",
        "{title body}: x",
        "😀",
        "🚲 fiets",
        "\x00",
        "a\u200bb",
        "’s-Hertogenbosch",
        "שלום",
        "x" * 1000,
        "mobiliteit " * 200,
        "'; DROP TABLE agenda_items; --",
    ],
)
def test_hostile_queries_never_raise(
    db: Database, meeting_id: int, typed: str, caplog: pytest.LogCaptureFixture
) -> None:
    add_item(db, meeting_id, "Mobiliteit", "fiets en NEAR de AND-poort, kind zonder title")
    hits = find(db, typed)
    assert isinstance(hits, list)
    # the query builder made it valid FTS5: the safety net in search() was not needed
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    with db.engine.connect() as c:  # still there
        assert c.exec_driver_sql("SELECT count(*) FROM agenda_items").scalar() > 0


def test_operators_are_plain_words(db: Database, meeting_id: int) -> None:
    item_id = add_item(db, meeting_id, "Varia", "fiets en NEAR de AND-poort")
    assert item_id in items_found(db, "near")
    assert item_id in items_found(db, "fiets AND")
    assert item_id in items_found(db, '"fiets')
    assert item_id in items_found(db, "(fiets)")
    assert item_id in items_found(db, "🚲 fiets")


def test_build_query_quotes_every_word() -> None:
    assert build_query("Mobiliteit regio") == '"Mobiliteit"* AND "regio"*'
    assert build_query('a "b') == '"a"* AND """b"*'
    assert build_query("( * - 😀") == ""
    assert build_query("") == ""


def test_title_match_ranks_above_a_passing_mention(db: Database, meeting_id: int) -> None:
    filler = " ".join(["Het overleg bespreekt de stand van zaken in de gemeenten."] * 8)
    passing = add_item(db, meeting_id, "Varia", f"{filler} Ook de luchtkwaliteit kwam aan bod.")
    about = add_item(db, meeting_id, "Luchtkwaliteit", "Toelichting door de provincie.")
    ranked = [h.ref_id for h in find(db, "luchtkwaliteit") if h.kind == "item"]
    assert ranked == [about, passing]


def test_snippet_marks_the_words_in_context(db: Database, meeting_id: int) -> None:
    long_notes = "Inleiding.\n" + "bla " * 50 + "De kernversterking van Tienen.\n" + "bla " * 50
    add_item(db, meeting_id, "Ruimtelijke ordening", long_notes)
    [hit] = find(db, "kernverst tienen")
    assert "«kernversterking»" in hit.snippet and "«Tienen»" in hit.snippet
    assert "…" in hit.snippet  # cut from a longer text
    assert "\n" not in hit.snippet
    assert len(hit.snippet) < 200


def test_index_is_filled_from_existing_rows_and_dropped_on_downgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    database = open_database(path)
    with database.session() as s:
        mid = create_meeting(s, MeetingInput(body="BO", date="2026-12-10", start_time="09:00"))
    add_item(database, mid, "Spoorlijn", "treinverbinding Leuven Aarschot")
    database.close()

    command.downgrade(migrate.alembic_config(path), "0001")
    con = sqlite3.connect(path)
    try:
        leftovers = con.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search_index%'"
        ).fetchall()
    finally:
        con.close()
    assert leftovers == []

    database = open_database(path)  # migrates back up; 0002 fills the index
    try:
        assert migrate.current_revision(path) == migrate.head_revision()
        hits = find(database, "treinverb aarschot")
        assert [h.title for h in hits] == ["Spoorlijn"]
    finally:
        database.close()


@pytest.mark.sqlite_only
def test_every_source_table_keeps_its_triggers_at_head(db: Database) -> None:
    """A later migration that recreates a source table (batch mode) drops its triggers:
    the index would then silently go stale. This catches it."""
    with db.engine.connect() as c:
        triggers = {
            (row[0], row[1])
            for row in c.exec_driver_sql(
                "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'"
                " AND name LIKE 'search_index_%'"
            )
        }
    expected = {
        (table, f"search_index_{table}_{suffix}")
        for table in ("agenda_items", "decisions", "actions", "attachments")
        for suffix in ("ai", "ad", "au")
    }
    assert expected <= triggers


def test_items_are_found_by_theme_and_presenter(tmp_path) -> None:
    from spitsregio_desktop.services import agenda
    from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
    from spitsregio_desktop.services.search import search
    from spitsregio_desktop.storage.database import open_database

    with open_database(tmp_path / "theme.sqlite") as db, db.session() as session:
        meeting = create_meeting(session, MeetingInput(body="BO", date="2026-12-10"))
        item = agenda.add_item(
            session, meeting, "Busassen Leuven–Aarschot", theme="mobiliteit", presenter="VDAB"
        )
        assert [h.item_id for h in search(session, "Mobiliteit")] == [item]
        assert [h.item_id for h in search(session, "vdab")] == [item]
        agenda.update_item(session, item, theme="wonen")
        assert search(session, "mobiliteit") == []
        assert [h.item_id for h in search(session, "wonen")] == [item]


@pytest.mark.postgresql
def test_the_server_index_is_a_gin_tsvector_with_dutch_stemming_and_unaccent(
    db: Database, meeting_id: int
) -> None:
    from sqlalchemy import text

    assert db.is_server  # the FTS5 side: the trigger test above
    with db.engine.connect() as c:
        index = c.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_search_index_tsv'")
        ).scalar_one()
        assert "USING gin (tsv)" in index
        lexemes = c.execute(
            text("SELECT to_tsvector('spitsregio_nl', 'Écologische fietsen')")
        ).scalar_one()
    assert "ecologisch" in lexemes and "fiets" in lexemes  # accents gone, Dutch stems
    add_item(db, meeting_id, "Fietsenstallingen", "De gemeenten bouwen fietsenstallingen.")
    assert [h.title for h in find(db, "fietsenstalling")] == ["Fietsenstallingen"]
