"""Follow-up across meetings: recorded changes, tracker filters, carry-over into documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.table import Table
from pypdf import PdfReader

from spitsregio_desktop.documents.export import export_document
from spitsregio_desktop.services import actions, agenda
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting, meeting_detail
from spitsregio_desktop.services.people import list_persons
from spitsregio_desktop.storage.enums import ActionEventKind, ActionStatus, StandardItem

D = dt.date


def _meeting(session, date: str, body: str = "BO") -> int:
    return create_meeting(
        session,
        MeetingInput(body=body, date=date, start_time="09:00", end_time="11:00", location="Leuven"),
    )


def _person(session, name: str) -> int:
    return next(p.id for p in list_persons(session) if p.name == name)


def pdf_text(path: Path) -> str:
    """Table cells wrap in a PDF: words joined by single spaces, so phrases can be found."""
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return " ".join(text.split())


def docx_text(path: Path) -> str:
    """Paragraphs and table cells in document order, so "under an item" can be checked."""
    d = docx.Document(str(path))
    parts: list[str] = []
    for block in d.iter_inner_content():
        if isinstance(block, Table):
            parts += [c.text for row in block.rows for c in row.cells]
        else:
            parts.append(block.text)
    return "\n".join(parts)


def _follow_up_part(text: str, title: str = "Opvolging actiepunten") -> str:
    """The text from the follow-up item up to the next item (Varia)."""
    start = text.index(title)
    return text[start : text.index("Varia", start)]


def test_changes_are_recorded_with_their_dates(session) -> None:
    m1 = _meeting(session, "2026-10-01")
    item = agenda.add_item(session, m1, "Jobbeurs")
    a = actions.add_action(
        session,
        item,
        "Jobbeurs organiseren",
        due_date="2026-11-15",
        owner_person_id=_person(session, "Burgemeester Leuven"),
    )
    actions.add_progress(session, a, "Zaal gereserveerd", on_date=D(2026, 10, 20))
    actions.reassign(
        session,
        a,
        owner_organisation_id=actions.find_owner(session, "Interleuven").organisation_id,
        note="loopt via de intercommunale",
        on_date=D(2026, 10, 22),
    )
    actions.postpone(session, a, "2026-12-31", "zaal pas vrij in december", on_date=D(2026, 10, 25))
    actions.set_status(session, a, "done", "verslag ontvangen", on_date=D(2026, 11, 3))
    history = actions.action_history(session, a)
    assert [(e.on_date, e.kind) for e in history] == [
        (D(2026, 10, 20), ActionEventKind.NOTE),
        (D(2026, 10, 22), ActionEventKind.REASSIGNED),
        (D(2026, 10, 25), ActionEventKind.POSTPONED),
        (D(2026, 11, 3), ActionEventKind.STATUS),
    ]
    assert "Burgemeester Leuven" in history[1].text and "Interleuven" in history[1].text
    assert "intercommunale" in history[1].text
    assert "15/11/2026 → 31/12/2026" in history[2].text and "december" in history[2].text
    assert "afgerond" in history[3].text and "verslag ontvangen" in history[3].text
    row = actions.list_actions(session)[0]
    assert row.status == ActionStatus.DONE and row.closed_on == D(2026, 11, 3)
    assert row.owner == "Interleuven" and row.due_date == D(2026, 12, 31)
    assert actions.latest_progress(history).text == "Zaal gereserveerd"

    actions.set_status(session, a, "open", "toch nog niet klaar", on_date=D(2026, 11, 5))
    row = actions.list_actions(session)[0]
    assert row.status == ActionStatus.OPEN and row.closed_on is None
    with pytest.raises(ValidationError):
        actions.postpone(session, a, "")
    with pytest.raises(ValidationError):
        actions.action_history(session, 999_999)


def test_list_filters_owner_theme_and_due_period(session) -> None:
    m = _meeting(session, "2026-10-01")
    mobility = agenda.add_item(session, m, "Fietsroutes", theme="mobiliteit")
    work = agenda.add_item(session, m, "Jobbeurs", theme="werk")
    leuven = _person(session, "Burgemeester Leuven")
    a1 = actions.add_action(
        session, mobility, "Tracé tekenen", owner_person_id=leuven, due_date="2026-11-10"
    )
    a2 = actions.add_action(
        session, work, "Standhouders zoeken", owner_person_id=leuven, due_date="2026-12-20"
    )
    a3 = actions.add_action(
        session,
        work,
        "Affiche maken",
        due_date=None,
        owner_organisation_id=actions.find_owner(session, "VDAB").organisation_id,
    )

    def ids(**kw) -> list[int]:
        return [r.id for r in actions.list_actions(session, **kw)]

    assert ids() == [a1, a2, a3]  # by due date, none last
    assert ids(theme="werk") == [a2, a3]
    assert ids(owner_person_id=leuven) == [a1, a2]
    assert ids(owner_organisation_id=actions.list_actions(session)[2].owner_organisation_id) == [a3]
    assert ids(due_from=D(2026, 11, 10), due_to=D(2026, 11, 30)) == [a1]
    assert ids(due_from=D(2026, 11, 11)) == [a2]
    assert ids(due_to=D(2026, 12, 20), theme="werk") == [a2]
    late = actions.list_actions(session, today=D(2026, 11, 20))
    assert [r.overdue for r in late] == [True, False, False]


def test_carry_over_across_three_meetings_in_agenda_and_minutes(session, tmp_path) -> None:
    m1 = _meeting(session, "2026-09-10")
    item = agenda.add_item(session, m1, "Jobbeurs")
    a = actions.add_action(
        session,
        item,
        "Jobbeurs organiseren in Aarschot",
        owner_person_id=_person(session, "Burgemeester Aarschot"),
        due_date="2026-10-05",
    )
    later = actions.add_action(session, item, "Standen verdelen", due_date="2026-12-31")
    done = actions.add_action(session, item, "Sprekers uitnodigen", due_date="2026-09-30")
    actions.set_status(session, done, "done", on_date=D(2026, 9, 20))  # before meeting 2
    m2 = _meeting(session, "2026-10-08")
    m3 = _meeting(session, "2026-11-12")
    actions.add_progress(session, a, "Zaal vastgelegd", on_date=D(2026, 10, 1))

    d2 = meeting_detail(session, m2)
    assert [x.id for x in d2.open_actions] == [a, later]
    follow_up = next(i for i in d2.items if i.standard == StandardItem.ACTIONS_FOLLOW_UP)
    assert follow_up.title == "Opvolging actiepunten"
    for fmt, read in (("docx", docx_text), ("pdf", pdf_text)):
        agenda_text = read(export_document(session, m2, "agenda", fmt, tmp_path / f"a.{fmt}"))
        part = _follow_up_part(agenda_text)
        assert "Jobbeurs organiseren in Aarschot" in part
        assert "Burgemeester Aarschot" in part and "05/10/2026" in part
        # only what is due by the meeting is listed; the other one is counted
        assert "Standen verdelen" not in agenda_text
        assert "1 ander openstaand actiepunt heeft een latere of geen termijn" in part
        assert "Sprekers uitnodigen" not in agenda_text
        invitation = read(export_document(session, m2, "invitation", fmt, tmp_path / f"i.{fmt}"))
        assert "Jobbeurs organiseren in Aarschot" in _follow_up_part(invitation)
        minutes = read(export_document(session, m2, "minutes", fmt, tmp_path / f"m.{fmt}"))
        part = _follow_up_part(minutes)
        assert "Jobbeurs organiseren in Aarschot" in part
        assert "Zaal vastgelegd" in part  # the latest progress
        assert "Standen verdelen" not in minutes
        assert "1 ander openstaand actiepunt" in part and "actielijst" in part
        # listed once: the overview at the end points to the item
        end = minutes[minutes.index("Overzicht van de actiepunten") :]
        assert "De opvolging van eerdere actiepunten staat onder punt 4" in " ".join(end.split())
        assert "Jobbeurs organiseren" not in end

    # closed in meeting 2, before meeting 3: gone from meeting 3
    actions.set_status(session, a, "done", "jobbeurs gehouden", on_date=D(2026, 10, 20))
    actions.set_status(session, later, "done", on_date=D(2026, 10, 20))
    assert meeting_detail(session, m3).open_actions == ()
    minutes3 = docx_text(export_document(session, m3, "minutes", "docx", tmp_path / "m3.docx"))
    assert "Jobbeurs organiseren" not in minutes3
    assert "Er staan geen actiepunten van vorige vergaderingen open." in minutes3
    # but meeting 2 (already past) still shows it: it was open on that day
    assert [x.id for x in meeting_detail(session, m2).open_actions] == [a, later]


def test_an_action_closed_after_a_meeting_was_open_on_that_date(session) -> None:
    m1 = _meeting(session, "2026-09-10")
    item = agenda.add_item(session, m1, "Fietsroutes")
    a = actions.add_action(session, item, "Tracé tekenen")
    m2 = _meeting(session, "2026-10-08")
    m3 = _meeting(session, "2026-11-12")
    actions.set_status(session, a, "done", on_date=D(2026, 11, 12))  # on meeting 3's day
    assert [x.id for x in meeting_detail(session, m2).open_actions] == [a]
    assert [x.id for x in meeting_detail(session, m3).open_actions] == [a]
    actions.set_status(session, a, "open")
    actions.set_status(session, a, "cancelled", on_date=D(2026, 11, 11))
    assert meeting_detail(session, m3).open_actions == ()
    assert [x.id for x in meeting_detail(session, m2).open_actions] == [a]
    # an action of the same meeting is a new action there, not a carried one
    assert meeting_detail(session, m1).open_actions == ()


def test_public_documents_drop_carried_confidential_actions(session, tmp_path) -> None:
    m1 = _meeting(session, "2026-09-10")
    secret = agenda.add_item(session, m1, "Personeel", confidential=True)
    public = agenda.add_item(session, m1, "Jobbeurs")
    actions.add_action(session, secret, "GEHEIMEACTIE opvolgen", due_date="2026-10-01")
    actions.add_action(session, public, "Affiche maken", due_date="2026-10-01")
    m2 = _meeting(session, "2026-10-08")
    full = docx_text(export_document(session, m2, "minutes", "docx", tmp_path / "f.docx"))
    assert "GEHEIMEACTIE" in _follow_up_part(full)
    for kind in ("minutes", "agenda"):
        text = docx_text(
            export_document(session, m2, kind, "docx", tmp_path / f"{kind}.docx", public=True)
        )
        assert "GEHEIMEACTIE" not in text
        assert "Affiche maken" in _follow_up_part(text)
