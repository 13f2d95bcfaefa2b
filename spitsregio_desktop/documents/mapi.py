"""Opening an e-mail in the secretary's mail program through Simple MAPI (Windows). No Qt.

"E-mail maken" first writes the .eml draft (documents/mail.py); this module then hands the
same message to the mail program with `MAPISendMailW` and `MAPI_DIALOG`: classic Outlook and
Thunderbird open a compose window holding recipients, subject, text and attachments, as
Word's "Send as attachment" does. The call runs in a helper process (LibreOffice's senddoc
does the same): a mail program that hangs, or keeps its compose window modal, cannot freeze
the window, which waits a few seconds for a verdict and then goes on.

When no MAPI mail program answers (none installed, the new Outlook, Wine) the helper says
so and the caller falls back to the .eml draft with `X-Unsent: 1`, which Outlook, the new
Outlook and Thunderbird open as an unsent message.

    spitsregio _mapi-send DRAFT.eml       the helper process
    python -m spitsregio_desktop.documents.mapi DRAFT.eml    the same

Exit codes of the helper: 0 the mail program took the message (sent or closed),
1 the user cancelled in the mail program, 2 the draft could not be read, 3 no MAPI mail
program, 4 the mail program refused (MAPI error code on stderr).
"""

from __future__ import annotations

import ctypes
import queue
import subprocess
import sys
import threading
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path, PureWindowsPath

from ..storage.winpaths import fit_in_folder

HELPER_COMMAND = "_mapi-send"

EXIT_TAKEN = 0
EXIT_CANCELLED = 1
EXIT_UNREADABLE = 2
EXIT_NO_CLIENT = 3
EXIT_REFUSED = 4

# Simple MAPI (MAPI.h)
MAPI_LOGON_UI = 0x00000001
MAPI_DIALOG = 0x00000008
MAPI_TO, MAPI_CC, MAPI_BCC = 1, 2, 3
SUCCESS_SUCCESS = 0
MAPI_USER_ABORT = 1
RECIPIENT_CLASS = {"to": MAPI_TO, "cc": MAPI_CC, "bcc": MAPI_BCC}

# How long the window waits for the helper's verdict: a compose window that stays open
# means the mail program took the message.
DEFAULT_WAIT_S = 6.0
# How long the helper may take to start (Python and this package, on a busy laptop or Wine).
START_TIMEOUT_S = 60.0
# The helper's one line on stdout, just before MAPISendMailW: from here on, time means a
# compose window is open.
CALLING = "mapi: opstellen"


@dataclass(frozen=True)
class MapiRecipient:
    name: str
    address: str
    kind: str  # "to" | "cc" | "bcc"


@dataclass(frozen=True)
class MapiAttachment:
    path: Path  # a file the mail program reads (Thunderbird only when sending)
    name: str  # the name the recipient sees


@dataclass(frozen=True)
class MapiMail:
    subject: str
    text: str
    recipients: tuple[MapiRecipient, ...]
    attachments: tuple[MapiAttachment, ...]


@dataclass(frozen=True)
class MailOutcome:
    """What became of "E-mail maken": `via` is "mapi" (a compose window) or "eml" (the draft
    file, to be opened with the system's handler); `draft` is the .eml either way."""

    via: str
    draft: Path
    detail: str = ""


# ---------------------------------------------------------------- the draft as MAPI sees it


def attachments_dir_of(draft: Path) -> Path:
    """Attachments lie beside the draft: Thunderbird reads them only when the mail is sent."""
    return draft.with_name(draft.stem + " bijlagen")


def mail_from_eml(draft: Path) -> MapiMail:
    """Recipients, subject, text and attachments of an .eml draft; attachments are written
    to the folder beside it (a mail program attaches files, not bytes)."""
    message = BytesParser(policy=policy.default).parsebytes(Path(draft).read_bytes())
    assert isinstance(message, EmailMessage)
    recipients = []
    for header, kind in (("To", "to"), ("Cc", "cc"), ("Bcc", "bcc")):
        for name, address in getaddresses(message.get_all(header, [])):
            if address:
                recipients.append(MapiRecipient(name or address, address, kind))
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    attachments = []
    folder = attachments_dir_of(Path(draft))
    for n, part in enumerate(message.iter_attachments(), start=1):
        name = part.get_filename() or f"bijlage {n}"
        folder.mkdir(parents=True, exist_ok=True)
        # never outside the folder whatever the header says, and a name Windows can create
        path = folder / fit_in_folder(folder, PureWindowsPath(name).name)
        content = part.get_content()
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        attachments.append(MapiAttachment(path, name))
    return MapiMail(str(message["Subject"] or ""), text, tuple(recipients), tuple(attachments))


# ---------------------------------------------------------------- Simple MAPI through ctypes


class MapiRecipDescW(ctypes.Structure):
    _fields_ = [
        ("ulReserved", ctypes.c_ulong),
        ("ulRecipClass", ctypes.c_ulong),
        ("lpszName", ctypes.c_wchar_p),
        ("lpszAddress", ctypes.c_wchar_p),
        ("ulEIDSize", ctypes.c_ulong),
        ("lpEntryID", ctypes.c_void_p),
    ]


class MapiFileDescW(ctypes.Structure):
    _fields_ = [
        ("ulReserved", ctypes.c_ulong),
        ("flFlags", ctypes.c_ulong),
        ("nPosition", ctypes.c_ulong),
        ("lpszPathName", ctypes.c_wchar_p),
        ("lpszFileName", ctypes.c_wchar_p),
        ("lpFileType", ctypes.c_void_p),
    ]


class MapiMessageW(ctypes.Structure):
    _fields_ = [
        ("ulReserved", ctypes.c_ulong),
        ("lpszSubject", ctypes.c_wchar_p),
        ("lpszNoteText", ctypes.c_wchar_p),
        ("lpszMessageType", ctypes.c_wchar_p),
        ("lpszDateReceived", ctypes.c_wchar_p),
        ("lpszConversationID", ctypes.c_wchar_p),
        ("flFlags", ctypes.c_ulong),
        ("lpOriginator", ctypes.POINTER(MapiRecipDescW)),
        ("nRecipCount", ctypes.c_ulong),
        ("lpRecips", ctypes.POINTER(MapiRecipDescW)),
        ("nFileCount", ctypes.c_ulong),
        ("lpFiles", ctypes.POINTER(MapiFileDescW)),
    ]


def mapi_message(mail: MapiMail) -> tuple[MapiMessageW, tuple]:
    """The MapiMessageW of a mail, and the arrays it points into (keep them alive)."""
    recips = (MapiRecipDescW * max(len(mail.recipients), 1))()
    for i, r in enumerate(mail.recipients):
        recips[i] = MapiRecipDescW(0, RECIPIENT_CLASS[r.kind], r.name, f"SMTP:{r.address}", 0, None)
    files = (MapiFileDescW * max(len(mail.attachments), 1))()
    for i, a in enumerate(mail.attachments):
        files[i] = MapiFileDescW(0, 0, 0xFFFFFFFF, str(a.path), a.name, None)
    message = MapiMessageW()
    message.lpszSubject = mail.subject
    message.lpszNoteText = mail.text
    message.nRecipCount = len(mail.recipients)
    message.lpRecips = recips if mail.recipients else None
    message.nFileCount = len(mail.attachments)
    message.lpFiles = files if mail.attachments else None
    return message, (recips, files)


def default_mail_client() -> str:
    """The mail program registered for Simple MAPI ('' when none: MAPI would only show
    Windows' own "no e-mail program" error, or under Wine, a mailto: link)."""
    if sys.platform != "win32":
        return ""
    import winreg

    for root in (winreg.HKEY_CURRENT_USER, winreg.HKEY_LOCAL_MACHINE):
        try:
            with winreg.OpenKey(root, r"Software\Clients\Mail") as key:
                name = winreg.QueryValueEx(key, "")[0]
        except OSError:
            continue
        if isinstance(name, str) and name.strip():
            return name.strip()
    return ""


def send_with_dialog(mail: MapiMail) -> int:
    """MAPISendMailW with MAPI_DIALOG: the mail program's compose window, filled in.
    Returns the MAPI code (0 sent or closed, 1 cancelled, other: refused)."""
    mapi32 = ctypes.WinDLL("mapi32.dll")  # type: ignore[attr-defined]
    send = mapi32.MAPISendMailW
    send.restype = ctypes.c_ulong
    send.argtypes = [
        ctypes.c_void_p,
        ctypes.c_size_t,
        ctypes.POINTER(MapiMessageW),
        ctypes.c_ulong,
        ctypes.c_ulong,
    ]
    message, _keep = mapi_message(mail)
    return send(None, 0, ctypes.byref(message), MAPI_DIALOG | MAPI_LOGON_UI, 0)


def _say(line: str) -> None:
    """One line for the window (the helper's stderr is a pipe; a windowed build may have none)."""
    if sys.stderr is not None:
        print(line, file=sys.stderr)


def helper_main(argv: list[str]) -> int:
    """The helper process: one draft, one MAPI call, the verdict as exit code."""
    if len(argv) != 1:
        _say(f"gebruik: spitsregio {HELPER_COMMAND} CONCEPT.eml")
        return EXIT_UNREADABLE
    client = default_mail_client()
    if not client:
        _say("geen e-mailprogramma ingesteld (Software\\Clients\\Mail)")
        return EXIT_NO_CLIENT
    try:
        mail = mail_from_eml(Path(argv[0]))
    except (OSError, ValueError) as exc:
        _say(f"het concept is niet te lezen: {exc}")
        return EXIT_UNREADABLE
    if sys.stdout is not None:
        print(CALLING, flush=True)
    try:
        code = send_with_dialog(mail)
    except (OSError, AttributeError) as exc:  # no mapi32.dll, or no MAPISendMailW in it
        _say(f"{client}: geen Simple MAPI ({exc})")
        return EXIT_NO_CLIENT
    if code == SUCCESS_SUCCESS:
        return EXIT_TAKEN
    if code == MAPI_USER_ABORT:
        return EXIT_CANCELLED
    _say(f"{client}: MAPI-fout {code}")
    return EXIT_REFUSED


# ---------------------------------------------------------------- the window's side


def helper_command(draft: Path) -> list[str]:
    """This program started again as the helper: the bundle's own executable when frozen."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_COMMAND, str(draft)]
    return [sys.executable, "-m", "spitsregio_desktop", HELPER_COMMAND, str(draft)]


def open_in_mail_program(
    draft: Path, wait_s: float = DEFAULT_WAIT_S, start_s: float = START_TIMEOUT_S
) -> MailOutcome:
    """Hand the draft to the MAPI mail program in a helper process; call it off the UI thread.

    The helper says CALLING just before it calls MAPI; until then its exit code decides (no
    mail program: the .eml). After it, a helper still running after `wait_s` means the
    compose window is open (the helper is left running with it). Returns via="mapi" when the
    mail program took the message, else via="eml": open the draft file instead.
    """
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        helper = subprocess.Popen(
            helper_command(draft),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            creationflags=flags,
        )
    except OSError as exc:
        return MailOutcome("eml", draft, f"hulpproces start niet: {exc}")
    said: queue.Queue[bytes | None] = queue.Queue()

    def listen() -> None:  # a pipe cannot be waited on with a timeout on Windows: a thread
        assert helper.stdout is not None
        for line in helper.stdout:
            said.put(line)
        said.put(None)

    threading.Thread(target=listen, daemon=True).start()
    try:
        first = said.get(timeout=start_s)  # a slow start (Wine, a busy laptop) is no verdict
    except queue.Empty:
        helper.kill()
        return MailOutcome("eml", draft, "het hulpproces antwoordde niet")
    if first is not None and first.decode("utf-8", "replace").strip() == CALLING:
        try:
            helper.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            return MailOutcome("mapi", draft, "opstelvenster open")
    helper.wait()
    assert helper.stderr is not None
    reason = " ".join(helper.stderr.read().decode("utf-8", "replace").split())
    if helper.returncode in (EXIT_TAKEN, EXIT_CANCELLED):
        return MailOutcome("mapi", draft, reason)
    return MailOutcome("eml", draft, reason)


if __name__ == "__main__":
    sys.exit(helper_main(sys.argv[1:]))
