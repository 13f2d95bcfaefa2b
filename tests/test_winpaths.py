"""Names and places Windows accepts (checked on Linux with Windows' rules) and the warning
for a database in a OneDrive/SharePoint folder."""

from __future__ import annotations

from pathlib import PureWindowsPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spitsregio_desktop.storage.winpaths import (
    LONGEST_DATA_DIR,
    MAX_PATH,
    fit_in_folder,
    is_reserved,
    synced_folder,
    synced_folder_warning,
    utf16_len,
    windows_name,
)

FORBIDDEN = '<>:"/\\|?*'


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CON", "_CON"),
        ("aux.pdf", "_aux.pdf"),
        ("Nul .txt", "_Nul .txt"),
        ("com1.tar.gz", "_com1.tar.gz"),
        ("LPT9.docx", "_LPT9.docx"),
        ("console.pdf", "console.pdf"),  # only the device name itself
        ("Verslag.", "Verslag"),
        ("Verslag . . ", "Verslag"),
        ("  Nota  ", "Nota"),
        ('Nota "Één": werk/plan?.pdf', "Nota Één werk plan .pdf"),
        ("a\tb\x00c.pdf", "a b c.pdf"),
        ("...", "bestand"),
        ("", "bestand"),
        ("Łukasz Wołoszyn-Şahin.docx", "Łukasz Wołoszyn-Şahin.docx"),
    ],
)
def test_windows_name(name: str, expected: str) -> None:
    assert windows_name(name) == expected


def test_reserved_names() -> None:
    assert is_reserved("CON") and is_reserved("con.txt") and is_reserved("COM¹.pdf")
    assert not is_reserved("CONCEPT.pdf") and not is_reserved("Aux-nota.pdf")


def test_a_long_name_keeps_its_extension() -> None:
    name = "Verslag " + "zeer lange titel " * 30 + ".pdf"
    short = windows_name(name)
    assert utf16_len(short) <= 255 and short.endswith(".pdf")
    assert short.startswith("Verslag zeer lange titel")
    emoji = "📎" * 200 + ".pdf"  # two UTF-16 units each: never half a pair
    short = windows_name(emoji)
    assert utf16_len(short) <= 255 and short.endswith(".pdf") and "\ud83d" not in short


def test_attachment_paths_fit_max_path_in_the_data_folder_layout() -> None:
    folder = LONGEST_DATA_DIR / "attachments" / "12345"
    name = "1a2b3c4d-" + "Ontwerp van het mobiliteitsplan voor de Spitsregio Leuven " * 5 + ".pdf"
    fitted = fit_in_folder(folder, name)
    full = str(PureWindowsPath(folder) / fitted)
    assert utf16_len(full) < MAX_PATH
    assert fitted.startswith("1a2b3c4d-Ontwerp") and fitted.endswith(".pdf")
    with pytest.raises(ValueError, match="te diep"):
        fit_in_folder(PureWindowsPath("C:/" + "map/" * 64), "x.pdf")


@given(st.text(max_size=400))
def test_any_name_becomes_acceptable(name: str) -> None:
    out = windows_name(name)
    assert out and not any(c in FORBIDDEN or ord(c) < 32 for c in out)
    assert not out.endswith((".", " ")) and not is_reserved(out)
    assert utf16_len(out) <= 255
    folder = LONGEST_DATA_DIR / "outbox"
    assert utf16_len(str(folder / fit_in_folder(folder, name))) < MAX_PATH


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\an\OneDrive - Provincie Vlaams-Brabant\Spitsregio\spitsregio.sqlite",
        r"C:\Users\an\OneDrive\Documenten\spitsregio.sqlite",
        r"C:\Users\an\Provincie Vlaams-Brabant\Secretariaat - Documenten\spitsregio.sqlite",
        r"C:\Users\an\SharePoint\Team\spitsregio.sqlite",
        r"D:\Dropbox\spitsregio.sqlite",
    ],
)
def test_synced_folders_are_recognised(path: str) -> None:
    env = {"OneDriveCommercial": r"C:\Users\an\Provincie Vlaams-Brabant"}
    assert synced_folder(path, env) is not None
    warning = synced_folder_warning(path, env)
    assert warning and "één computer" in warning and "lokale gegevensmap" in warning


def test_the_local_data_folder_is_not_synced() -> None:
    env = {"OneDrive": r"C:\Users\an\OneDrive"}
    local = r"C:\Users\an\AppData\Local\Spitsregio\SpitsregioDesktop\spitsregio.sqlite"
    assert synced_folder(local, env) is None and synced_folder_warning(local, env) is None
    assert synced_folder(r"C:\Users\an\OneDriveArchief\x.sqlite", env) is None


# ---------------------------------------------------------------- where the rules are used


def test_stored_attachments_and_mail_names_are_windows_names(tmp_path) -> None:
    from email import policy
    from email.parser import BytesParser

    from spitsregio_desktop.documents.mail import export_mail
    from spitsregio_desktop.services import agenda, attendance, people
    from spitsregio_desktop.services.meetings import MeetingInput, create_meeting, meeting_detail
    from spitsregio_desktop.storage.database import open_database

    long_name = "Ontwerp mobiliteitsplan Spitsregio " * 6 + ".pdf"  # 214 bytes: Linux allows 255
    sources = []
    for name in ("aux.pdf", long_name):
        source = tmp_path / "bron" / name
        source.parent.mkdir(exist_ok=True)
        source.write_bytes(b"%PDF-1.4 " + name.encode())
        sources.append(source)
    attachments = tmp_path / "attachments"
    from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details

    with open_database(tmp_path / "x.sqlite", backup_on_start=False) as db, db.session() as s:
        demo_secretariat_details(s)  # the sender of the mail
        meeting = create_meeting(s, MeetingInput("TF", "2027-01-12", "14:00", "16:00", "Leuven"))
        attendance.invite_members(
            s,
            meeting,
            [
                people.save_person(
                    s, None, name="Łukasz Wołoszyn-Şahin", email="lukasz@zoutleeuw.example.be"
                )
            ],
        )
        item = agenda.add_item(s, meeting, "Mobiliteit")
        for source in sources:
            agenda.add_attachment(s, item, source, attachments)
        stored = [
            attachments / a.stored_path for a in meeting_detail(s, meeting).items[0].attachments
        ]
        out = export_mail(
            s,
            meeting,
            "invitation",
            "eml",
            tmp_path / "x.eml",
            attachments_dir=attachments,
            warn=None,
        )
    for path in stored:
        assert path.is_file() and path.suffix == ".pdf"
        assert utf16_len(path.name) <= MAX_PATH - 1 - utf16_len(str(path.parent)) - 1
    message = BytesParser(policy=policy.default).parsebytes(out.read_bytes())
    names = [p.get_filename() for p in message.iter_attachments()]
    assert "_aux.pdf" in names and "aux.pdf" not in names
    long_sent = next(n for n in names if n.startswith("Ontwerp"))
    assert long_sent.endswith(".pdf") and utf16_len(long_sent) <= 120


def test_command_line_warns_about_a_synced_database(tmp_path) -> None:
    from tests.test_cli import run

    synced = tmp_path / "OneDrive - Provincie Vlaams-Brabant" / "spitsregio.sqlite"
    result = run("demo", "--years", "1", "--db", str(synced))
    assert result.returncode == 0, result.stderr
    (line,) = [x for x in result.stderr.splitlines() if "waarschuwing" in x]
    assert line.startswith("spitsregio: waarschuwing: de database") and "OneDrive" in line
    local = run("list", "meetings", "--db", str(tmp_path / "lokaal.sqlite"))
    assert "waarschuwing" not in local.stderr
