"""Confidential is inherited: a sub-item of a confidential item is confidential too.

Reproduces what was seen: a confidential item 11 whose sub-item 11.1 is not flagged itself,
with a decision and an action; the public documents printed the sub-item's decision and
action. Read back as a reader would (pypdf text, python-docx).
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from spitsregio_desktop import cli
from tests.secretariat import fill_in_secretariat

SUBDECISION = "Subbesluitzeven"
SUBACTION = "Subactieacht"
SUBTITLE = "Subpuntnegen"
SUBNOTES = "Subnotitietien"
PUBLICDECISION = "Openbaarbesluiteen"


def filler(n: int) -> dict:
    return {"title": f"Gewoon punt {n}", "kind": "information"}


def package() -> dict:
    """Items 1-10 ordinary; 11 confidential with an unflagged 11.1; 12 public."""
    agenda = [filler(n) for n in range(1, 11)]
    agenda.append(
        {
            "title": "Personeelsdossier",
            "kind": "decision",
            "confidential": True,
            "items": [
                {
                    "title": SUBTITLE,
                    "kind": "decision",
                    "notes": SUBNOTES,
                    "decisions": [{"text": SUBDECISION}],
                    "actions": [
                        {
                            "description": SUBACTION,
                            "owner": "Secretariaat",
                            "due": "2027-01-31",
                            "status": "open",
                        }
                    ],
                }
            ],
        }
    )
    agenda.append(
        {"title": "Mobiliteit", "kind": "decision", "decisions": [{"text": PUBLICDECISION}]}
    )
    return {
        "format": "spitsregio-meeting",
        "version": 1,
        "body": "Taskforce Spitsregio Leuven",
        "title": "Taskforce",
        "date": "2026-12-10",
        "start": "09:00",
        "end": "11:00",
        "location": "Leuven",
        "agenda": agenda,
    }


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture) -> tuple[Path, str]:
    db = tmp_path / "db.sqlite"
    source = tmp_path / "pakket.json"
    source.write_text(json.dumps(package()), encoding="utf-8")
    assert cli.main(["import", str(source), "--db", str(db)]) == 0
    meeting_id = capsys.readouterr().out.split()[-1]
    fill_in_secretariat(db)
    return db, meeting_id


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("kind", ["decisions", "actions", "minutes", "agenda", "invitation"])
def test_public_documents_leave_the_unflagged_sub_item_out(imported, tmp_path, kind, fmt):
    db, meeting_id = imported
    out = tmp_path / f"{kind}.{fmt}"
    assert (
        cli.main(
            [
                "export",
                meeting_id,
                "--db",
                str(db),
                "--kind",
                kind,
                "--format",
                fmt,
                "--out",
                str(out),
                "--public",
            ]
        )
        == 0
    )
    text = (pdf_text if fmt == "pdf" else docx_text)(out)
    for secret in (SUBDECISION, SUBACTION, SUBTITLE, SUBNOTES, "Personeelsdossier"):
        assert secret not in text, (kind, fmt, secret)
    if kind == "decisions":
        assert PUBLICDECISION in text


def test_full_decision_list_marks_the_sub_item_decision_confidential(imported, tmp_path):
    db, meeting_id = imported
    out = tmp_path / "besluiten.pdf"
    assert (
        cli.main(
            [
                "export",
                meeting_id,
                "--db",
                str(db),
                "--kind",
                "decisions",
                "--format",
                "pdf",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    text = pdf_text(out)
    assert SUBDECISION in text
    assert "Vertrouwelijk" in text


def test_search_marks_inherited_confidential_hits_and_public_leaves_them_out(imported):
    from spitsregio_desktop.services.search import search
    from spitsregio_desktop.storage.database import open_database

    db, _meeting_id = imported
    with open_database(db, backup_on_start=False) as database, database.session() as s:
        hits = search(s, SUBDECISION)
        assert hits and all(h.confidential for h in hits)
        assert search(s, SUBDECISION, public=True) == []
        assert [h.confidential for h in search(s, PUBLICDECISION, public=True)] == [False]


def test_new_sub_item_starts_confidential_and_a_moved_one_stays_so(session):
    from spitsregio_desktop.services import agenda
    from spitsregio_desktop.services.confidentiality import is_confidential
    from spitsregio_desktop.services.meetings import MeetingInput, create_meeting, meeting_detail

    meeting = create_meeting(
        session, MeetingInput("TF", "2026-12-10", "09:00"), from_template=False
    )
    secret = agenda.add_item(session, meeting, "Personeel", confidential=True)
    child = agenda.add_item(session, meeting, "Sub", parent_id=secret)
    grandchild = agenda.add_item(
        session, meeting, "Subsub", parent_id=child, confidential=False
    )  # explicitly unticked: still inherits
    public = agenda.add_item(session, meeting, "Mobiliteit")
    public_child = agenda.add_item(session, meeting, "Fietsroutes", parent_id=public)
    rows = {r.id: r for r in meeting_detail(session, meeting).items}
    assert rows[child].confidential_flag and rows[child].confidential
    assert not rows[grandchild].confidential_flag and rows[grandchild].confidential
    assert rows[grandchild].confidential_via == "1.1"
    assert rows[secret].confidential_via == "" and rows[child].confidential_via == ""
    assert not rows[public_child].confidential and not rows[public_child].confidential_flag
    # outdented to the top level, the unticked grandchild keeps its confidentiality
    agenda.move_item_to(session, grandchild, None, 0)
    assert is_confidential(session, grandchild)
    assert meeting_detail(session, meeting).items[0].confidential_flag


def test_adjourned_sub_item_of_a_confidential_item_comes_back_confidential(session):
    from spitsregio_desktop.services import agenda
    from spitsregio_desktop.services.meetings import MeetingInput, create_meeting, meeting_detail

    first = create_meeting(session, MeetingInput("BO", "2026-11-05", "09:00"), from_template=False)
    secret = agenda.add_item(session, first, "Personeel", confidential=True)
    sub = agenda.add_item(session, first, "Aanwerving", parent_id=secret, confidential=False)
    agenda.adjourn_item(session, sub)
    later = create_meeting(session, MeetingInput("BO", "2026-12-10", "09:00"), from_template=False)
    back = meeting_detail(session, later).items
    assert [(i.title, i.parent_id, i.confidential) for i in back] == [("Aanwerving", None, True)]


def test_full_calendar_names_a_sub_item_of_a_confidential_item_only_by_number(imported, tmp_path):
    import icalendar

    db, meeting_id = imported
    out = tmp_path / "uitnodiging.ics"
    assert (
        cli.main(
            [
                "export",
                meeting_id,
                "--db",
                str(db),
                "--kind",
                "invitation",
                "--format",
                "ics",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    event = next(iter(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")))
    text = str(event["DESCRIPTION"])
    assert "11.1. Vertrouwelijk punt" in text and SUBTITLE not in text
    assert "12. Mobiliteit" in text
