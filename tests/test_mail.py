"""E-mail drafts (.eml) read back with Python's email package (policy default), as a mail
client would, and the command line end to end."""

from __future__ import annotations

import datetime as dt
import email
import os
import subprocess
import sys
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from spitsregio_desktop.documents.export import export_document
from spitsregio_desktop.documents.mail import (
    build_eml,
    export_mail,
    fill_template,
    recipients_report,
)
from spitsregio_desktop.services import agenda, attendance, people
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import (
    MeetingInput,
    cancel_meeting,
    create_meeting,
    meeting_detail,
)
from spitsregio_desktop.services.settings import load_settings, save_settings
from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.storage.models import Person

COMMA_QUOTES = 'De Smet, Jan "Jef"'
ACCENTS = "Émile Çelik"
ATTACHMENT = "Nota Één & werk.pdf"
SECRET = "GEHEIMDOSSIER"


@pytest.fixture
def world(tmp_path: Path):
    db = open_database(tmp_path / "x.sqlite", backup_on_start=False)
    with db.session() as s:  # a new database asks for these first
        save_settings(s, secretariat_email="secretariaat@spitsregio-leuven.example")
    attachments = tmp_path / "attachments"
    with db.session() as s:
        meeting = create_meeting(
            s,
            MeetingInput(
                body="TF",
                date="2026-12-10",
                start_time="09:00",
                end_time="11:00",
                location="Provinciehuis, Provincieplein 1, 3010 Leuven",
            ),
        )
        ids = {
            "comma": people.save_person(
                s, None, name=COMMA_QUOTES, email="jan.desmet@leuven.example"
            ),
            "accents": people.save_person(s, None, name=ACCENTS, email="emile@vdab.example"),
            "none": people.save_person(s, None, name="Zonder Adres"),
            "bad": people.save_person(s, None, name="Fout Adres"),
        }
        # an address that came in before validation existed (or by an import): kept as is
        s.get(Person, ids["bad"]).email = "fout adres@@voorbeeld"
        s.commit()
        attendance.invite_members(s, meeting, list(ids.values()))
        item = agenda.add_item(s, meeting, "Jobbeurs Spitsregio", presenter="VDAB")
        source = tmp_path / ATTACHMENT
        source.write_bytes(b"%PDF-1.4 nota")
        agenda.add_attachment(s, item, source, attachments)
        secret = agenda.add_item(s, meeting, f"{SECRET} grondaankoop", confidential=True)
        hidden = tmp_path / "geheim.txt"
        hidden.write_text("vertrouwelijk", encoding="utf-8")
        agenda.add_attachment(s, secret, hidden, attachments)
    try:
        yield {
            "db": db,
            "meeting": meeting,
            "tmp": tmp_path,
            "attachments": attachments,
            "ids": ids,
        }
    finally:
        db.close()


def parse(path: Path) -> EmailMessage:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def attachments_of(msg: EmailMessage) -> dict[str, EmailMessage]:
    return {part.get_filename(): part for part in msg.iter_attachments()}


def normalised_pdf(data: bytes) -> list[bytes]:
    """What each page draws, decoded. The file itself differs between any two exports: time
    stamps and a random /ID, in the PDF/A's XMP and compressed object streams too."""
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [pikepdf.Page(p).obj.Contents.read_bytes() for p in pdf.pages]


def pdf_text(data: bytes, path: Path) -> tuple[int, str]:
    path.write_bytes(data)
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(p.extract_text() or "" for p in reader.pages)


def export(w, kind: str = "invitation", fmt: str = "eml", name: str = "x.eml", **kw) -> Path:
    lines: list[str] = []
    with w["db"].session() as s:
        out = export_mail(
            s,
            w["meeting"],
            kind,
            fmt,
            w["tmp"] / name,
            attachments_dir=w["attachments"],
            warn=lines.append,
            **kw,
        )
    w["warnings"] = lines
    return out


def test_invitation_draft_headers_and_recipients(world):
    msg = parse(export(world))
    assert msg["X-Unsent"] == "1"
    sender = msg["From"].addresses[0]
    assert sender.addr_spec == "secretariaat@spitsregio-leuven.example"
    assert sender.display_name.startswith("Secretariaat Burgemeestersoverleg")
    assert [a.addr_spec for a in msg["To"].addresses] == ["secretariaat@spitsregio-leuven.example"]
    bcc = msg["Bcc"].addresses
    assert len(bcc) == 2
    assert {(a.display_name, a.addr_spec) for a in bcc} == {
        (COMMA_QUOTES, "jan.desmet@leuven.example"),
        (ACCENTS, "emile@vdab.example"),
    }
    assert msg["Subject"] == (
        "Uitnodiging Taskforce Spitsregio Leuven van donderdag 10 december 2026"
    )
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert "op donderdag 10 december 2026 om 09:00 in Provinciehuis" in body
    assert body.rstrip().endswith(
        "Secretariaat Burgemeestersoverleg en Taskforce Spitsregio Leuven"
    )
    # not dropped silently: one line names both, the invalid address with its reason
    assert world["warnings"] == [
        "Zonder e-mailadres: Fout Adres (ongeldig e-mailadres 'fout adres@@voorbeeld'), "
        "Zonder Adres"
    ]


def test_recipients_in_to_when_not_bcc(world):
    with world["db"].session() as s:
        save_settings(s, recipients_in_bcc=False)
    msg = parse(export(world))
    assert msg["Bcc"] is None
    assert {a.addr_spec for a in msg["To"].addresses} == {
        "jan.desmet@leuven.example",
        "emile@vdab.example",
    }
    raw = (world["tmp"] / "x.eml").read_bytes()
    assert b"\xc3" not in raw.split(b"\r\n\r\n", 1)[0]  # headers stay 7-bit (RFC 2047)


def test_recipients_report_before_the_draft(world):
    with world["db"].session() as s:
        reachable, unreachable = recipients_report(meeting_detail(s, world["meeting"]))
    assert {r.name: r.email for r in reachable} == {
        COMMA_QUOTES: "jan.desmet@leuven.example",
        ACCENTS: "emile@vdab.example",
    }
    assert {u.name: u.reason for u in unreachable} == {
        "Zonder Adres": "geen e-mailadres",
        "Fout Adres": "ongeldig e-mailadres 'fout adres@@voorbeeld'",
    }


def test_invitation_attachments(world):
    msg = parse(export(world))
    files = attachments_of(msg)
    assert list(files) == [
        "Uitnodiging TF 2026-12-10.pdf",
        ATTACHMENT,
        "geheim.txt",
        "Uitnodiging TF 2026-12-10.ics",
    ]
    assert files["Uitnodiging TF 2026-12-10.pdf"].get_content_type() == "application/pdf"
    assert files[ATTACHMENT].get_content() == b"%PDF-1.4 nota"
    assert files["geheim.txt"].get_content_type() == "text/plain"
    ics_part = files["Uitnodiging TF 2026-12-10.ics"]
    assert ics_part.get_content_type() == "text/calendar"
    assert ics_part.get_param("method") == "REQUEST"
    cal = Calendar.from_ical(ics_part.get_content())
    assert str(cal["METHOD"]) == "REQUEST"
    # the calendar also sits beside the text, for clients that show invitations inline
    alternative = [
        p
        for p in msg.walk()
        if p.get_content_type() == "text/calendar" and p.get_filename() is None
    ]
    assert len(alternative) == 1 and alternative[0].get_param("method") == "REQUEST"


def test_public_invitation_leaves_confidential_attachment_out(world):
    msg = parse(export(world, public=True))
    assert "geheim.txt" not in attachments_of(msg)
    ics = attachments_of(msg)["Uitnodiging TF 2026-12-10.ics"].get_content()
    assert "Vertrouwelijk" not in ics and SECRET not in ics


def test_pdf_attachment_equals_a_fresh_export(world):
    """Bytes equal after blanking reportlab's time stamps and random /ID, which differ between
    any two exports; page count and extracted text compared as well."""
    msg = parse(export(world))
    attached = attachments_of(msg)["Uitnodiging TF 2026-12-10.pdf"].get_content()
    with world["db"].session() as s:
        fresh = export_document(
            s, world["meeting"], "invitation", "pdf", world["tmp"] / "fresh.pdf"
        ).read_bytes()
    assert normalised_pdf(attached) == normalised_pdf(fresh)
    assert pdf_text(attached, world["tmp"] / "a.pdf") == pdf_text(fresh, world["tmp"] / "b.pdf")


def test_minutes_draft(world):
    with world["db"].session() as s:
        save_settings(s, attach_minutes_docx=True, minutes_subject="Verslag {body} – {onbekend}")
    msg = parse(export(world, "minutes", name="verslag.eml", public=True))
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == "Verslag Taskforce Spitsregio Leuven – {onbekend}"
    files = attachments_of(msg)
    assert list(files) == [
        "Verslag TF 2026-12-10 (openbaar).pdf",
        "Verslag TF 2026-12-10 (openbaar).docx",
    ]
    assert files["Verslag TF 2026-12-10 (openbaar).docx"].get_content_type() == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    attached = files["Verslag TF 2026-12-10 (openbaar).pdf"].get_content()
    with world["db"].session() as s:
        fresh = export_document(
            s, world["meeting"], "minutes", "pdf", world["tmp"] / "v.pdf", public=True
        ).read_bytes()
    assert normalised_pdf(attached) == normalised_pdf(fresh)
    assert SECRET not in pdf_text(attached, world["tmp"] / "c.pdf")[1]
    assert not [p for p in msg.walk() if p.get_content_type() == "text/calendar"]


def test_vanished_attachment_stops_the_draft(world):
    out = world["tmp"] / "x.eml"
    out.write_bytes(b"earlier good draft")
    stored = next((world["attachments"]).rglob(f"*{ATTACHMENT}"))
    stored.unlink()
    with pytest.raises(ValidationError) as err:
        export(world)
    assert ATTACHMENT in err.value.message and "niet meer te vinden" in err.value.message
    assert out.read_bytes() == b"earlier good draft"
    assert not [p for p in world["tmp"].iterdir() if p.name.startswith(".~")]


def test_bad_pairs_and_missing_sender(world):
    with pytest.raises(ValidationError, match="verslag kan niet als agenda-uitnodiging"):
        export(world, "minutes", "ics", "v.ics")
    with pytest.raises(ValidationError, match="kan niet als eml"):
        export(world, "agenda", "eml", "a.eml")
    with world["db"].session() as s:
        save_settings(s, secretariat_email="")
    with pytest.raises(ValidationError, match="e-mailadres van het secretariaat"):
        export(world)
    assert not (world["tmp"] / "x.eml").exists()


def test_templates_fill_and_tolerate_typos():
    values = {"body": "Taskforce", "datum": "donderdag 10 december 2026"}
    assert fill_template("{body} op {datum}", values) == "Taskforce op donderdag 10 december 2026"
    assert fill_template("{Body} {onbekend} { body } {} {", values) == (
        "{Body} {onbekend} { body } {} {"
    )


def test_cancelled_meeting_gives_a_cancellation(world):
    with world["db"].session() as s:
        attendance.mark_invitations_sent(s, world["meeting"], on=dt.date(2026, 11, 20))
        uid = Calendar.from_ical(export(world, "invitation", "ics", "a.ics").read_bytes())
        cancel_meeting(s, world["meeting"])
    msg = parse(export(world))
    assert msg["Subject"].startswith("Geannuleerd: ")
    assert "gaat niet door" in msg.get_body(preferencelist=("plain",)).get_content()
    files = attachments_of(msg)
    assert list(files) == ["Uitnodiging TF 2026-12-10.ics"]
    part = files["Uitnodiging TF 2026-12-10.ics"]
    assert part.get_param("method") == "CANCEL"
    cal = Calendar.from_ical(part.get_content())
    assert str(cal["METHOD"]) == "CANCEL"
    event = next(iter(cal.walk("VEVENT")))
    assert event["UID"] == next(iter(uid.walk("VEVENT")))["UID"]


def test_mark_sent_records_only_the_reached(world):
    export(world, mark_sent=True)
    with world["db"].session() as s:
        detail = meeting_detail(s, world["meeting"])
    sent = {i.name: i.sent_on for i in detail.invitations}
    assert sent[COMMA_QUOTES] == sent[ACCENTS] == dt.date.today()
    assert sent["Zonder Adres"] is None and sent["Fout Adres"] is None
    assert detail.status.value == "invited"


def test_non_ascii_domain_and_header_injection(world):
    with world["db"].session() as s:
        detail = meeting_detail(s, world["meeting"])
        settings = load_settings(s)
    from dataclasses import replace

    from spitsregio_desktop.services.views import InvitationRow

    extra = replace(
        detail.invitations[0],
        id=999,
        person_id=999,
        name="Zoë\r\nBcc: x@evil",
        email="zoe@gemeente-hé.example",
    )
    assert isinstance(extra, InvitationRow)
    detail = replace(detail, invitations=(*detail.invitations, extra), title="Titel\r\nBcc: x@evil")
    settings = replace(settings, invitation_subject="{titel}\nX-Evil: 1")
    msg = email.message_from_bytes(build_eml(detail, settings), policy=policy.default)
    assert msg["X-Evil"] is None
    addresses = {a.addr_spec: a.display_name for a in msg["Bcc"].addresses}
    assert addresses["zoe@" + "gemeente-hé.example".encode("idna").decode()] == "Zoë Bcc: x@evil"
    assert "evil" not in str(msg["To"])


@pytest.mark.slow
def test_cli_end_to_end(world):
    db_path = world["tmp"] / "x.sqlite"
    world["db"].close()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    out = world["tmp"] / "cli.eml"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "spitsregio_desktop",
            "export",
            str(world["meeting"]),
            "--db",
            str(db_path),
            "--kind",
            "invitation",
            "--format",
            "eml",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str(out)
    assert run.stderr.strip().splitlines() == [
        "Zonder e-mailadres: Fout Adres (ongeldig e-mailadres 'fout adres@@voorbeeld'), "
        "Zonder Adres"
    ]
    msg = parse(out)
    assert msg["X-Unsent"] == "1" and len(msg["Bcc"].addresses) == 2

    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "spitsregio_desktop",
            "export",
            str(world["meeting"]),
            "--db",
            str(db_path),
            "--kind",
            "minutes",
            "--format",
            "ics",
            "--out",
            str(world["tmp"] / "v.ics"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1
    assert "agenda-uitnodiging" in bad.stderr and "Traceback" not in bad.stderr
    assert not (world["tmp"] / "v.ics").exists()
