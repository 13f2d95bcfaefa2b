"""Member list import: CSV in the dialects Excel writes, XLSX, per-row errors, all-or-nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from spitsregio_desktop.services import member_import
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.member_import import apply_import, preview_import
from spitsregio_desktop.services.people import list_memberships, list_organisations, list_persons
from spitsregio_desktop.storage.database import Database
from spitsregio_desktop.storage.enums import Role

HEADER_NL = "naam;organisatie;functie;e-mail;telefoon;rol;plaatsvervanger"


@pytest.fixture
def db(database: Database) -> Database:
    return database  # SQLite, and PostgreSQL with a test server (conftest)


def write(tmp_path: Path, text: str, name: str = "leden.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def person_count(db) -> int:
    with db.session() as s:
        return len(list_persons(s))


def test_semicolon_csv_with_bom_creates_persons_and_memberships(db, tmp_path):
    path = write(
        tmp_path,
        HEADER_NL + "\n"
        "Els Peeters;ACV;secretaris;els.peeters@acv.example;016 12 34 56;lid;\n"
        "Jan Maes;ABVV;;jan@abvv.example;;deskundige;Els Peeters\n",
        encoding="utf-8-sig",
    )
    before = person_count(db)
    with db.session() as s:
        preview = preview_import(s, path, body="BO")
    assert preview.ok, preview.error_report()
    assert [r.action for r in preview.rows] == ["new", "new"]
    assert preview.rows[0].values["email"] == "els.peeters@acv.example"
    assert person_count(db) == before  # the preview changes nothing
    with db.session() as s:
        summary = apply_import(s, preview)
    assert (summary.new, summary.updated) == (2, 0)
    with db.session() as s:
        rows = {m.person: m for m in list_memberships(s, "BO")}
    assert rows["Els Peeters"].organisation == "ACV"
    assert rows["Els Peeters"].phone == "016 12 34 56"
    assert rows["Jan Maes"].role == Role.EXPERT
    assert rows["Jan Maes"].substitute == "Els Peeters"


def test_comma_csv_with_english_headers_and_body_column(db, tmp_path):
    path = write(
        tmp_path,
        "Name,Organisation,Email,Role,Body\n"
        '"Peeters, Els",ACV,els@acv.example,chair,TF\n'
        "An Wouters,Voka,an@voka.example,observer,Burgemeestersoverleg Oost-Brabant\n",
    )
    with db.session() as s:
        preview = preview_import(s, path)
    assert preview.ok, preview.error_report()
    assert preview.rows[0].values["name"] == "Peeters, Els"
    with db.session() as s:
        apply_import(s, preview)
        tf = {m.person: m.role for m in list_memberships(s, "TF")}
        bo = {m.person: m.role for m in list_memberships(s, "BO")}
    assert tf["Peeters, Els"] == Role.CHAIR
    assert bo["An Wouters"] == Role.OBSERVER


def test_cp1252_csv_from_excel_on_windows(db, tmp_path):
    path = write(
        tmp_path,
        HEADER_NL + "\r\nRené Dubois;Voka;directeur;rene@voka.example;;lid;\r\n",
        encoding="cp1252",
    )
    with db.session() as s:
        preview = preview_import(s, path, body="TF")
        assert preview.ok, preview.error_report()
        apply_import(s, preview)
        names = {p.name for p in list_persons(s)}
    assert "René Dubois" in names


def test_xlsx_made_with_openpyxl(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Naam", "Organisatie", "Functie", "E-mail", "Telefoon", "Rol"])
    sheet.append(
        ["Sofie Claes", "VDAB", "regiomanager", "sofie.claes@vdab.example", 32475123456, "Lid"]
    )
    sheet.append([None, None, None, None, None, None])  # empty rows are skipped
    sheet.append(
        ["Tom Jacobs", "Provincie Vlaams-Brabant", "gedeputeerde", None, None, "Waarnemer"]
    )
    path = tmp_path / "leden.xlsx"
    book.save(path)
    with db.session() as s:
        preview = preview_import(s, path, body="TF")
    assert preview.ok, preview.error_report()
    assert [r.line for r in preview.rows] == [2, 4]
    assert preview.rows[0].values["phone"] == "32475123456"
    with db.session() as s:
        apply_import(s, preview)
        tf = {m.person: m for m in list_memberships(s, "TF")}
    assert tf["Sofie Claes"].email == "sofie.claes@vdab.example"
    assert tf["Tom Jacobs"].role == Role.OBSERVER


def test_bad_email_on_line_3_names_the_line_and_writes_nothing(db, tmp_path):
    path = write(
        tmp_path,
        HEADER_NL + "\n"
        "Els Peeters;ACV;;els@acv.example;;lid;\n"
        "Jan Maes;ABVV;;jan.abvv.example;;lid;\n"
        "An Wouters;Voka;;an@voka.example;;lid;\n",
    )
    before = person_count(db)
    with db.session() as s:
        preview = preview_import(s, path, body="TF")
    assert not preview.ok
    bad = [r for r in preview.rows if r.errors]
    assert [r.line for r in bad] == [3]
    assert "'jan.abvv.example' is geen geldig e-mailadres" in bad[0].errors[0]
    assert preview.error_report() == ["regel 3: 'jan.abvv.example' is geen geldig e-mailadres"]
    with db.session() as s, pytest.raises(ValidationError, match="niets ingevoerd"):
        apply_import(s, preview)
    assert person_count(db) == before


def test_duplicate_row_and_unknown_role_are_errors(db, tmp_path):
    path = write(
        tmp_path,
        HEADER_NL + "\nEls Peeters;ACV;;;;lid;\nels peeters;acv;;;;lid;\nJan Maes;ABVV;;;;baas;\n",
    )
    with db.session() as s:
        preview = preview_import(s, path, body="TF")
    errors = {r.line: r.errors for r in preview.rows}
    assert errors[2] == []
    assert errors[3] == ["dubbele regel: 'els peeters' staat al op regel 2"]
    assert "onbekende rol 'baas'" in errors[4][0]
    assert not preview.ok


def test_missing_body_and_missing_name_column(db, tmp_path):
    path = write(tmp_path, "naam;e-mail\nEls Peeters;els@acv.example\n")
    with db.session() as s:
        preview = preview_import(s, path)
    assert "geen overlegorgaan" in preview.rows[0].errors[0]
    path = write(tmp_path, "wie;e-mail\nEls;els@acv.example\n", name="b.csv")
    with db.session() as s, pytest.raises(ValidationError, match="kolom 'naam' ontbreekt"):
        preview_import(s, path)


def test_existing_person_is_matched_by_name_and_organisation(db, tmp_path):
    first = write(tmp_path, HEADER_NL + "\nEls Peeters;ACV;;els@acv.example;;lid;\n")
    with db.session() as s:
        apply_import(s, preview_import(s, first, body="BO"))
    second = write(
        tmp_path,
        HEADER_NL + "\n"
        "Els Peeters;ACV;secretaris;els.peeters@acv.example;;lid;\n"
        "Els Peeters;ABVV;;;;lid;\n",
        name="b.csv",
    )
    with db.session() as s:
        preview = preview_import(s, second, body="BO")
    assert [r.action for r in preview.rows] == ["update", "new"]
    with db.session() as s:
        apply_import(s, preview)
        els = [p for p in list_persons(s) if p.name == "Els Peeters"]
    assert sorted(p.organisation for p in els) == ["ABVV", "ACV"]
    acv = next(p for p in els if p.organisation == "ACV")
    assert (acv.email, acv.function) == ("els.peeters@acv.example", "secretaris")
    with db.session() as s:
        again = preview_import(s, second, body="BO")
    assert [r.action for r in again.rows] == ["unchanged", "unchanged"]


def test_real_mayor_takes_over_the_unnamed_seat(db, tmp_path):
    path = write(
        tmp_path,
        "naam;organisatie;e-mail;rol\n"
        "Mohamed Ridouani;Leuven;burgemeester@leuven.example;voorzitter\n",
    )
    with db.session() as s:
        before = len(list_memberships(s, "BO"))
        preview = preview_import(s, path, body="BO")
    assert preview.rows[0].action == "update"
    assert "vervangt de zetel 'Burgemeester Leuven'" in preview.rows[0].notes
    with db.session() as s:
        apply_import(s, preview)
        rows = list_memberships(s, "BO")
    assert len(rows) == before
    mayor = next(m for m in rows if m.organisation == "Leuven")
    assert (mayor.person, mayor.role) == ("Mohamed Ridouani", Role.CHAIR)


def test_new_organisation_is_created_once(db, tmp_path):
    path = write(
        tmp_path,
        HEADER_NL + "\n"
        "Els Peeters;Nieuwe Partner vzw;;;;lid;\n"
        "Jan Maes;Nieuwe Partner vzw;;;;lid;\n",
    )
    with db.session() as s:
        preview = preview_import(s, path, body="TF")
        assert preview.rows[0].notes == ["nieuwe organisatie 'Nieuwe Partner vzw'"]
        apply_import(s, preview)
        orgs = [o for o in list_organisations(s) if o.name == "Nieuwe Partner vzw"]
    assert len(orgs) == 1 and orgs[0].member_count == 2


def test_partner_representative_takes_over_the_seat_in_the_taskforce(db, tmp_path):
    path = write(tmp_path, HEADER_NL + "\nEls Peeters;ACV;;els@acv.example;;lid;\n")
    with db.session() as s:
        preview = preview_import(s, path, body="TF")
    assert preview.rows[0].action == "update"
    assert preview.rows[0].notes == ["vervangt de zetel 'Vertegenwoordiger ACV'"]


def test_all_or_nothing_when_writing_fails_halfway(db, tmp_path, monkeypatch):
    path = write(
        tmp_path,
        HEADER_NL + "\nEls Peeters;ACV;;;;lid;\nJan Maes;ABVV;;;;lid;\nAn Wouters;Voka;;;;lid;\n",
    )
    with db.session() as s:
        preview = preview_import(s, path, body="TF")
    assert preview.ok
    real = member_import._write_membership
    calls = []

    def failing(session, plan, by_line):
        calls.append(plan.line)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        real(session, plan, by_line)

    monkeypatch.setattr(member_import, "_write_membership", failing)
    before = person_count(db)
    with db.session() as s, pytest.raises(RuntimeError):
        apply_import(s, preview)
    assert person_count(db) == before
    with db.session() as s:
        assert "Els Peeters" not in {m.person for m in list_memberships(s, "TF")}


def test_unknown_substitute_and_unsupported_file(db, tmp_path):
    path = write(tmp_path, HEADER_NL + "\nEls Peeters;ACV;;;;lid;Niemand Bekend\n")
    with db.session() as s:
        preview = preview_import(s, path, body="TF")
    assert "plaatsvervanger 'Niemand Bekend' niet gevonden" in preview.rows[0].errors[0]
    old = write(tmp_path, "x", name="leden.xls")
    with db.session() as s, pytest.raises(ValidationError, match="xlsx"):
        preview_import(s, old, body="TF")
