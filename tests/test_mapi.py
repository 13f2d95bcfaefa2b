"""Mail that opens where the secretary works: Simple MAPI in a helper process, else the draft.

The MAPI call itself needs Windows and a mail program (docs/INSTALL.md says what only real
Windows shows); here: the message handed to MAPISendMailW is the draft's, the helper's
verdicts, the fallback to the .eml when no mail program answers, and that a hanging mail
program cannot hold the caller. The Wine stage (installer/wine/stage.sh) runs the fallback
in the Windows builds.
"""

from __future__ import annotations

import ctypes
import sys
import time
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from spitsregio_desktop.documents import mapi
from tests.test_cli import run
from tests.test_mail import ACCENTS, ATTACHMENT, COMMA_QUOTES, export, world  # noqa: F401
from tests.test_package import PACKAGE


def test_the_mapi_message_is_the_drafts(world) -> None:  # noqa: F811
    draft = export(world)
    sent = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    mail = mapi.mail_from_eml(draft)

    assert mail.subject == sent["Subject"]
    assert mail.text.strip() == sent.get_body(("plain",)).get_content().strip()
    kinds = {(r.name, r.address, r.kind) for r in mail.recipients}
    assert (COMMA_QUOTES, "jan.desmet@leuven.example", "bcc") in kinds
    assert (ACCENTS, "emile@vdab.example", "bcc") in kinds
    assert ("Fout Adres", "fout adres@@voorbeeld", "bcc") not in kinds  # not reachable
    names = [a.name for a in mail.attachments]
    assert ATTACHMENT in names and any(n.endswith(".ics") for n in names)
    wanted = {p.get_filename(): p.get_content() for p in sent.iter_attachments()}
    for attachment in mail.attachments:  # files beside the draft, byte for byte
        assert attachment.path.parent == mapi.attachments_dir_of(draft)
        data = wanted[attachment.name]
        assert attachment.path.read_bytes() == (
            data if isinstance(data, bytes) else data.encode("utf-8")
        )

    message, _keep = mapi.mapi_message(mail)
    assert message.lpszSubject == mail.subject
    assert message.nRecipCount == len(mail.recipients)
    recips = [message.lpRecips[i] for i in range(message.nRecipCount)]
    assert {(r.lpszName, r.lpszAddress, r.ulRecipClass) for r in recips} >= {
        (ACCENTS, "SMTP:emile@vdab.example", mapi.MAPI_BCC)
    }
    files = [message.lpFiles[i] for i in range(message.nFileCount)]
    assert {f.lpszFileName for f in files} == set(names)
    assert all(Path(f.lpszPathName).is_file() and f.nPosition == 0xFFFFFFFF for f in files)
    assert ctypes.sizeof(mapi.MapiRecipDescW) > 0


def test_an_attachment_name_cannot_leave_the_folder(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["To"] = "Ann <ann@example.be>"
    msg["Subject"] = "Test"
    msg.set_content("tekst")
    msg.add_attachment(b"x", maintype="application", subtype="pdf", filename="..\\..\\..\\evil.pdf")
    draft = tmp_path / "outbox" / "concept.eml"
    draft.parent.mkdir()
    draft.write_bytes(msg.as_bytes())
    mail = mapi.mail_from_eml(draft)
    (attachment,) = mail.attachments
    assert attachment.path.parent == mapi.attachments_dir_of(draft)
    assert not (tmp_path / "evil.pdf").exists()


@pytest.mark.parametrize(
    ("mapi_result", "exit_code"),
    [
        (0, mapi.EXIT_TAKEN),
        (1, mapi.EXIT_CANCELLED),
        (2, mapi.EXIT_REFUSED),
        (26, mapi.EXIT_REFUSED),
        (OSError("no mapi32.dll"), mapi.EXIT_NO_CLIENT),
    ],
)
def test_helper_verdicts(world, monkeypatch, mapi_result, exit_code) -> None:  # noqa: F811
    draft = export(world)
    monkeypatch.setattr(mapi, "default_mail_client", lambda: "Microsoft Outlook")

    def send(mail: mapi.MapiMail) -> int:
        assert mail.recipients
        if isinstance(mapi_result, Exception):
            raise mapi_result
        return mapi_result

    monkeypatch.setattr(mapi, "send_with_dialog", send)
    assert mapi.helper_main([str(draft)]) == exit_code


def test_helper_without_a_mail_program_says_so(world, monkeypatch, capsys) -> None:  # noqa: F811
    monkeypatch.setattr(mapi, "default_mail_client", lambda: "")
    monkeypatch.setattr(mapi, "send_with_dialog", lambda mail: pytest.fail("MAPI called"))
    assert mapi.helper_main([str(export(world))]) == mapi.EXIT_NO_CLIENT
    assert "geen e-mailprogramma" in capsys.readouterr().err


def test_no_mail_program_falls_back_to_the_draft(world) -> None:  # noqa: F811
    """The real helper process (this machine has no MAPI): the caller gets the .eml back."""
    draft = export(world)
    outcome = mapi.open_in_mail_program(draft, wait_s=60)
    assert outcome.via == "eml" and outcome.draft == draft
    assert "geen e-mailprogramma" in outcome.detail


def test_a_hanging_mail_program_does_not_hold_the_caller(tmp_path, monkeypatch) -> None:
    """MAPI called, its compose window still open: the caller goes on after wait_s."""
    monkeypatch.setattr(
        mapi,
        "helper_command",
        lambda draft: [
            sys.executable,
            "-c",
            f"import time; print({mapi.CALLING!r}, flush=True); time.sleep(4)",
        ],
    )
    started = time.monotonic()
    outcome = mapi.open_in_mail_program(tmp_path / "x.eml", wait_s=0.5)
    assert time.monotonic() - started < 3
    assert outcome.via == "mapi"  # a compose window still open: the mail program has it


def test_a_slow_start_is_no_verdict_but_a_silent_helper_is(tmp_path, monkeypatch) -> None:
    """Before MAPI is called, only the helper's exit counts (Wine starts it slowly)."""
    monkeypatch.setattr(
        mapi,
        "helper_command",
        lambda draft: [sys.executable, "-c", "import sys, time; time.sleep(1.5); sys.exit(3)"],
    )
    outcome = mapi.open_in_mail_program(tmp_path / "x.eml", wait_s=0.2)
    assert outcome.via == "eml"
    monkeypatch.setattr(
        mapi, "helper_command", lambda draft: [sys.executable, "-c", "import time; time.sleep(30)"]
    )
    started = time.monotonic()
    outcome = mapi.open_in_mail_program(tmp_path / "x.eml", start_s=1.0)
    assert outcome.via == "eml" and "antwoordde niet" in outcome.detail
    assert time.monotonic() - started < 5


def test_hidden_mail_command_writes_the_draft(tmp_path: Path) -> None:
    db = tmp_path / "map met é" / "spitsregio.sqlite"
    package = tmp_path / "p.json"
    import json

    package.write_text(json.dumps(PACKAGE, ensure_ascii=False), encoding="utf-8")
    assert run("demo", "--years", "1", "--db", str(db)).returncode == 0
    imported = run("import", str(package), "--db", str(db))
    meeting = imported.stdout.strip().splitlines()[-1]
    result = run("_mail", meeting, "--kind", "minutes", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "geen MAPI-e-mailprogramma" in result.stdout
    (draft,) = (db.parent / "outbox").glob("*.eml")
    message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    assert message["X-Unsent"] == "1"
    assert any(p.get_filename().endswith(".pdf") for p in message.iter_attachments())
    helptext = run("--help").stdout
    assert "_mail" not in helptext and "_mapi-send" not in helptext
    bad = run("_mail", "999", "--kind", "minutes", "--db", str(db))
    assert bad.returncode == 2 and bad.stderr.startswith("spitsregio: fout:")
