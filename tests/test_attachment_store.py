"""Attachments on a shared server: added on one PC, opened and sent from another.

On PostgreSQL the file's bytes go into the database; another PC (another data folder)
writes them into its own folder the first time it needs them. On a laptop's SQLite the
data folder alone holds the file, as before. Both engines through the `database` fixture.
"""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from spitsregio_desktop.documents.mail import export_mail
from spitsregio_desktop.services import agenda, attendance, people
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
from spitsregio_desktop.services.settings import save_settings
from spitsregio_desktop.storage.database import Database

NOTA = b"%PDF-1.4 nota over de fietssnelweg"


@pytest.fixture
def added_on_pc_a(database: Database, tmp_path: Path) -> dict:
    source = tmp_path / "Nota F25.pdf"
    source.write_bytes(NOTA)
    with database.session() as s:
        save_settings(s, secretariat_email="secretariaat@spitsregio-leuven.example")
        meeting = create_meeting(s, MeetingInput("TF", "2026-12-10", "09:00", "11:00"))
        person = people.save_person(s, None, name="Els Peeters", email="els@leuven.example")
        attendance.invite_members(s, meeting, [person])
        item = agenda.add_item(s, meeting, "Fietssnelweg F25")
        attachment = agenda.add_attachment(s, item, source, tmp_path / "pc-a")
    source.unlink()  # the original is gone; PC A keeps its copy in its data folder
    return {"meeting": meeting, "attachment": attachment}


def test_pc_b_opens_an_attachment_pc_a_added(database, added_on_pc_a, tmp_path):
    with database.session() as s:
        path = agenda.attachment_path(s, added_on_pc_a["attachment"], tmp_path / "pc-b")
    assert path.is_relative_to(tmp_path / "pc-b")
    if database.is_server:
        assert path.read_bytes() == NOTA
        assert path.name.endswith("Nota F25.pdf")
        assert not list(path.parent.glob("*.part"))
    else:  # one PC: the file lives in its data folder only
        assert not path.exists()
    with database.session() as s:  # PC A still reads its own copy
        assert (
            agenda.attachment_path(s, added_on_pc_a["attachment"], tmp_path / "pc-a").read_bytes()
            == NOTA
        )


def test_pc_b_sends_the_invitation_with_pc_a_attachment(database, added_on_pc_a, tmp_path):
    def send() -> Path:
        with database.session() as s:
            return export_mail(
                s,
                added_on_pc_a["meeting"],
                "invitation",
                "eml",
                tmp_path / "uitnodiging.eml",
                attachments_dir=tmp_path / "pc-b",
                warn=None,
            )

    if not database.is_server:  # one PC: not in this folder, refused as before
        with pytest.raises(ValidationError, match="Nota F25.pdf"):
            send()
        assert not (tmp_path / "uitnodiging.eml").exists()
        return
    message = email.message_from_bytes(send().read_bytes(), policy=policy.default)
    files = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert [content for name, content in files.items() if "Nota F25" in name] == [NOTA]
