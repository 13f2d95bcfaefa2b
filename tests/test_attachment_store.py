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


def test_attachments_travel_with_a_meeting_taken_along(database, added_on_pc_a, tmp_path):
    """Server → laptop → server: the laptop opens the server's attachment, adds its own,
    and after the check-in another PC of the server opens that one too."""
    from spitsregio_desktop.services.checkout import Who, check_in, check_out
    from spitsregio_desktop.services.meetings import meeting_detail
    from spitsregio_desktop.storage.database import open_database

    anna = Who(user="anna", computer="LAPTOP-ZAAL")
    where = str(database.url.redacted) if database.is_server else str(database.path)
    laptop_dir, pc_b = tmp_path / "laptop-files", tmp_path / "pc-b"
    handout = tmp_path / "Presentatie.pdf"
    handout.write_bytes(b"%PDF-1.4 presentatie in de zaal")
    with open_database(tmp_path / "laptop.sqlite") as laptop:
        with database.session() as server, laptop.session() as lap:
            laptop_id = check_out(server, lap, added_on_pc_a["meeting"], where, anna)
        with laptop.session() as lap:
            [item] = [i for i in meeting_detail(lap, laptop_id).items if i.attachments]
            there = agenda.attachment_path(lap, item.attachments[0].id, laptop_dir)
            if database.is_server:
                assert there.read_bytes() == NOTA  # the server's file, on the laptop
            else:  # a SQLite "server" is one PC: its files stay in its own folder
                assert not there.exists()
            agenda.add_attachment(lap, item.id, handout, laptop_dir)
        with laptop.session() as lap, database.session() as server:
            check_in(lap, server, laptop_id, where, anna)
    handout.unlink()
    with database.session() as s:
        [item] = [i for i in meeting_detail(s, added_on_pc_a["meeting"]).items if i.attachments]
        names = {a.filename: a.id for a in item.attachments}
        assert set(names) == {"Nota F25.pdf", "Presentatie.pdf"}
        path = agenda.attachment_path(s, names["Presentatie.pdf"], pc_b)
        assert path.read_bytes() == b"%PDF-1.4 presentatie in de zaal"


@pytest.mark.postgresql
def test_moving_a_laptop_database_to_the_server_takes_the_files_along(tmp_path, empty_pg_database):
    from spitsregio_desktop.services.meetings import meeting_detail
    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.storage.paths import attachments_dir_for
    from spitsregio_desktop.storage.transfer import copy_database

    laptop = tmp_path / "laptop" / "spitsregio.sqlite"
    laptop.parent.mkdir()
    source = tmp_path / "Nota F25.pdf"
    source.write_bytes(NOTA)
    with open_database(laptop) as db, db.session() as s:
        meeting = create_meeting(s, MeetingInput("TF", "2026-12-10", "09:00", "11:00"))
        item = agenda.add_item(s, meeting, "Fietssnelweg F25")
        agenda.add_attachment(s, item, source, attachments_dir_for(laptop))
    url = empty_pg_database()
    copy_database(laptop, url)
    with open_database(url) as server, server.session() as s:
        [row] = [i for i in meeting_detail(s, meeting).items if i.attachments]
        path = agenda.attachment_path(s, row.attachments[0].id, tmp_path / "pc-b")
        assert path.read_bytes() == NOTA
