"""A realistic Taskforce meeting, from the command line, exports nothing confidential in any
public document, package, e-mail or list; and the `report` command keeps its contract."""

from __future__ import annotations

import email
import io
import json
import os
import re
import stat
import subprocess
import sys
from email import policy
from pathlib import Path

import docx
import icalendar
import openpyxl
import pytest
from pypdf import PdfReader

from spitsregio_desktop import cli

# what must never leave in a public output
SECRETS = (
    "Herstructurering personeelsdienst",
    "ontslagdossier",
    "Functieclassificatie",
    "loonschaal B1",
    "Onderhandelingsmarge",
    "grondprijs 212 euro",
    "Schikkingsvoorstel",
    "advocaat Peeters",
    "Vertrouwelijke bijlage personeel.pdf",
)
INTERNAL = (
    "bel Jan nog",
    "nakijken bij juridische dienst",
    "secretariaat: printen",
    "niet rondsturen",
    "check budget",
)
PUBLIC = (
    "Knelpuntberoepen in de regio",
    "Het actieplan knelpuntberoepen wordt goedgekeurd.",
    "Actieplan uitwerken met VDAB",
    "Bedrijventerrein Haasrode-Noord",
    "Mobiliteitsplan fietsroutes",
)


def taskforce_package() -> dict:
    return {
        "format": "spitsregio-meeting",
        "version": 1,
        "body": "Taskforce Spitsregio Leuven",
        "title": "Taskforce Spitsregio Leuven – december",
        "date": "2026-12-10",
        "start": "09:00",
        "end": "12:00",
        "location": "Provinciehuis, Leuven",
        "participants": [
            {
                "name": "Burgemeester Leuven",
                "organisation": "Leuven",
                "role": "voorzitter",
                "email": "burgemeester@leuven.example",
                "attendance": "present",
            },
            {
                "name": "Vertegenwoordiger VDAB",
                "organisation": "VDAB",
                "role": "lid",
                "email": "vdab@vdab.example",
                "attendance": "present",
                "arrived_from_item": "3",
                "left_room_for": ["2.1"],
            },
            {
                "name": "Vertegenwoordiger Voka",
                "organisation": "Voka",
                "role": "lid",
                "email": "voka@voka.example",
                "attendance": "present",
                "left_after_item": "2",
            },
        ],
        "agenda": [
            {
                "title": "Knelpuntberoepen in de regio",
                "kind": "decision",
                "presenter": "VDAB",
                "notes": "Toelichting bij de cijfers.",
                "internal_notes": "bel Jan nog",
                "decisions": [{"text": "Het actieplan knelpuntberoepen wordt goedgekeurd."}],
                "actions": [
                    {
                        "description": "Actieplan uitwerken met VDAB",
                        "owner": "VDAB",
                        "due": "2027-03-31",
                        "status": "open",
                    }
                ],
                "items": [
                    {
                        "title": "Functieclassificatie",
                        "confidential": True,
                        "notes": "Toepassing loonschaal B1 op de nieuwe functie.",
                        "internal_notes": "niet rondsturen",
                        "decisions": [{"text": "Onderhandelingsmarge wordt vastgelegd."}],
                    },
                ],
            },
            {
                "title": "Herstructurering personeelsdienst",
                "kind": "decision",
                "confidential": True,
                "notes": "Bespreking van het ontslagdossier.",
                "internal_notes": "nakijken bij juridische dienst",
                "attachments": ["Vertrouwelijke bijlage personeel.pdf"],
                "items": [
                    {
                        "title": "Schikkingsvoorstel",
                        "kind": "decision",
                        "notes": "Brief van advocaat Peeters besproken.",
                        "internal_notes": "secretariaat: printen",
                        "decisions": [
                            {"text": "Schikkingsvoorstel aanvaard, grondprijs 212 euro."}
                        ],
                        "actions": [
                            {
                                "description": "Schikkingsvoorstel ondertekenen",
                                "owner": "Burgemeester Leuven",
                                "due": "2027-01-15",
                                "status": "open",
                            }
                        ],
                    },
                ],
            },
            {
                "title": "Bedrijventerrein Haasrode-Noord",
                "kind": "discussion",
                "notes": "Stand van zaken.",
                "internal_notes": "check budget",
                "items": [{"title": "Mobiliteitsplan fietsroutes", "kind": "information"}],
            },
        ],
    }


def pdf_text(data: bytes) -> str:
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    # table cells hyphenate Dutch words at line ends ("onderteke-/nen"): read them whole
    return re.sub(r"(?<=\w)-\n(?=[a-z0-9])", "", text)


def docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    for section in d.sections:
        for part in (section.header, section.footer):
            parts += [p.text for p in part.paragraphs]
            parts += [c.text for t in part.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


def eml_text(data: bytes) -> str:
    msg = email.message_from_bytes(data, policy=policy.default)
    parts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        parts.append(part.get_filename() or "")
        if part.get_content_type() == "application/pdf":
            parts.append(pdf_text(payload))
        elif part.get_content_type() == "text/calendar":
            event = next(iter(icalendar.Calendar.from_ical(payload).walk("VEVENT")))
            parts.append(str(event["DESCRIPTION"]))
        elif (part.get_filename() or "").endswith(".docx"):
            parts.append(docx_text(payload))
        else:
            parts.append(payload.decode("utf-8", errors="replace"))
    return "\n".join(parts)


def read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return " ".join(pdf_text(data).split())  # a table cell wraps its text over lines
    if path.suffix == ".docx":
        return docx_text(data)
    if path.suffix == ".eml":
        return eml_text(data)
    if path.suffix == ".ics":
        return str(next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")))["DESCRIPTION"])
    if path.suffix == ".xlsx":
        ws = openpyxl.load_workbook(path).active
        return "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    return data.decode("utf-8-sig")


@pytest.fixture(scope="module")
def meeting(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    tmp = tmp_path_factory.mktemp("e2e")
    db = tmp / "db.sqlite"
    source = tmp / "taskforce.json"
    source.write_text(json.dumps(taskforce_package(), ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    from contextlib import redirect_stdout

    with redirect_stdout(out):
        assert cli.main(["import", str(source), "--db", str(db)]) == 0
    meeting_id = out.getvalue().split()[-1]
    # the secretariat's details, as a new user fills them in once in Instellingen
    from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details
    from spitsregio_desktop.storage.database import open_database

    with open_database(db) as opened, opened.session() as s:
        demo_secretariat_details(s)
    # the attachment of the confidential item is a real file in the data folder
    import sqlite3

    (tmp / "attachments").mkdir()
    (tmp / "attachments" / "personeel.pdf").write_bytes(b"%PDF-1.4 ontslagdossier")
    with sqlite3.connect(db) as con:
        con.execute("UPDATE attachments SET stored_path = 'personeel.pdf'")
    return db, meeting_id, tmp


EXPORTS = [
    (kind, fmt)
    for kind in ("invitation", "agenda", "attendance-sheet", "minutes", "decisions", "actions")
    for fmt in ("docx", "pdf")
]
EXPORTS += [("invitation", "ics"), ("invitation", "eml"), ("minutes", "eml")]


@pytest.mark.parametrize(("kind", "fmt"), EXPORTS)
def test_public_exports_hold_nothing_confidential(meeting, kind, fmt) -> None:
    db, meeting_id, tmp = meeting
    out = tmp / f"{kind}-public.{fmt}"
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
    text = read(out)
    for secret in SECRETS + INTERNAL:
        assert secret not in text, (kind, fmt, secret)
    if kind in ("agenda", "invitation", "minutes"):
        assert "Bedrijventerrein Haasrode-Noord" in text
    if fmt in ("pdf", "docx"):
        assert "Openbare versie" in text
    if os.name != "nt":
        assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_full_exports_mark_and_keep_confidential_private(meeting) -> None:
    db, meeting_id, tmp = meeting
    for kind in ("minutes", "decisions", "actions"):
        out = tmp / f"{kind}-full.pdf"
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
                    "pdf",
                    "--out",
                    str(out),
                ]
            )
            == 0
        )
        text = pdf_text(out.read_bytes())
        assert "Vertrouwelijk" in text and "Schikkingsvoorstel" in text, kind
        assert "Openbare versie" not in text
        for internal in INTERNAL:
            assert internal not in text
        if os.name != "nt":
            assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_public_package_imports_as_a_meeting_without_confidential_items(meeting) -> None:
    db, meeting_id, tmp = meeting
    out = tmp / "public.json"
    assert (
        cli.main(
            [
                "export",
                meeting_id,
                "--db",
                str(db),
                "--kind",
                "package",
                "--format",
                "json",
                "--out",
                str(out),
                "--public",
            ]
        )
        == 0
    )
    text = out.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["public"] is True
    for secret in SECRETS + INTERNAL:
        assert secret not in text, secret
    assert "internal_notes" not in text
    assert [i["title"] for i in data["agenda"]] == [
        "Knelpuntberoepen in de regio",
        "Bedrijventerrein Haasrode-Noord",
    ]
    people = {p["name"]: p for p in data["participants"]}
    # numbers follow the public agenda: item 3 is now 2; the confidential 2.1 is gone
    assert people["Vertegenwoordiger VDAB"]["arrived_from_item"] == "2"
    assert people["Vertegenwoordiger VDAB"]["left_room_for"] == []
    assert people["Vertegenwoordiger VOKA"]["left_after_item"] == "1"  # matched by name
    import jsonschema

    schema = Path(__file__).parents[1] / "spitsregio_desktop/services/meeting_package.schema.json"
    jsonschema.validate(data, json.loads(schema.read_text(encoding="utf-8")))

    other = tmp / "other.sqlite"
    buffer = io.StringIO()
    from contextlib import redirect_stdout

    with redirect_stdout(buffer):
        assert cli.main(["import", str(out), "--db", str(other)]) == 0
        new_id = buffer.getvalue().split()[-1]
        full = tmp / "again.json"
        assert (
            cli.main(
                [
                    "export",
                    new_id,
                    "--db",
                    str(other),
                    "--kind",
                    "package",
                    "--format",
                    "json",
                    "--out",
                    str(full),
                ]
            )
            == 0
        )
    again = json.loads(full.read_text(encoding="utf-8"))
    assert again["public"] is False
    assert [i["title"] for i in again["agenda"]] == [i["title"] for i in data["agenda"]]
    assert all(not i["internal_notes"] for i in again["agenda"])
    assert not any(s in full.read_text(encoding="utf-8") for s in SECRETS)


@pytest.mark.parametrize("what", ["actions", "decisions", "attendance"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf", "docx"])
def test_report_lists_public_and_full(meeting, what, fmt) -> None:
    db, _meeting_id, tmp = meeting
    public = tmp / f"report-{what}-public.{fmt}"
    assert (
        cli.main(
            [
                "report",
                what,
                "--db",
                str(db),
                "--format",
                fmt,
                "--out",
                str(public),
                "--body",
                "TF",
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
                "--public",
            ]
        )
        == 0
    )
    text = read(public)
    for secret in SECRETS + INTERNAL + ("Schikkingsvoorstel ondertekenen",):
        assert secret not in text, (what, fmt, secret)
    full = tmp / f"report-{what}-full.{fmt}"
    assert (
        cli.main(
            ["report", what, "--db", str(db), "--format", fmt, "--out", str(full), "--body", "TF"]
        )
        == 0
    )
    text = read(full)
    if what == "actions":
        assert "Actieplan uitwerken met VDAB" in text
        assert "Schikkingsvoorstel ondertekenen" in text and "Vertrouwelijk" in text
    if what == "decisions":
        assert "Het actieplan knelpuntberoepen wordt goedgekeurd." in text
        assert "Schikkingsvoorstel aanvaard" in text and "Vertrouwelijk" in text
    if what == "attendance":
        assert "VDAB" in text and "VOKA" in text
    if os.name != "nt":
        assert stat.S_IMODE(full.stat().st_mode) == 0o600
        assert stat.S_IMODE(public.stat().st_mode) == 0o644


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["report", "minutes", "--format", "pdf", "--out", "x.pdf"], "invalid choice"),
        (["report", "actions", "--format", "ods", "--out", "x.ods"], "invalid choice"),
        (["report", "actions", "--format", "csv"], "--out"),
        (["report", "actions", "--format", "csv", "--out", "x.csv", "--body", "XX"], "XX"),
        # without --body the report covers every body: tests/test_report_all_bodies.py
        (
            [
                "report",
                "decisions",
                "--format",
                "csv",
                "--out",
                "x.csv",
                "--body",
                "TF",
                "--from",
                "2026-02-30",
            ],
            "2026-02-30",
        ),
        (
            [
                "report",
                "decisions",
                "--format",
                "csv",
                "--out",
                "x.csv",
                "--body",
                "TF",
                "--from",
                "2026-12-01",
                "--to",
                "2026-01-01",
            ],
            "voor --from",
        ),
        (
            ["report", "attendance", "--format", "csv", "--out", "geen/map/x.csv", "--body", "TF"],
            "bestaat niet",
        ),
    ],
)
def test_report_bad_arguments_exit_2_with_one_line(meeting, args, expected) -> None:
    db, _meeting_id, tmp = meeting
    result = subprocess.run(
        [sys.executable, "-m", "spitsregio_desktop", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    # argparse names the subcommand ("spitsregio report: fout: …"), as for every command
    assert len(lines) == 1 and re.match(r"spitsregio( report)?: fout: ", lines[0]), lines
    assert expected in lines[0]
    assert not (tmp / "x.csv").exists() and not (tmp / "x.pdf").exists()
