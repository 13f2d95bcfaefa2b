"""Reads back on Linux what the Windows program wrote under Wine (installer/wine/stage.sh).

    python read_back.py docx FILE [TEXT]   a Word document (python-docx opens it) holding TEXT
    python read_back.py pdf FILE [TEXT]    a PDF with pages (pypdf), its text holding TEXT
    python read_back.py json FILE NAME     UTF-8 JSON (a listing) naming NAME
    python read_back.py eml FILE           an unsent e-mail draft (X-Unsent: 1) with attachments

Prints one line saying what it found; exit 1 with the reason when the file is not right.
"""

from __future__ import annotations

import json
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path


def docx(path: Path, text: str | None) -> str:
    import docx as python_docx

    document = python_docx.Document(str(path))
    body = "\n".join(p.text for p in document.paragraphs)
    body += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    if text and text not in body:
        raise ValueError(f"'{text}' not in the document")
    return f"{len(document.paragraphs)} paragraphs, {len(document.tables)} tables"


def pdf(path: Path, text: str | None) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    content = "\n".join(page.extract_text() or "" for page in reader.pages)
    if not reader.pages:
        raise ValueError("no pages")
    if text and text not in content:
        raise ValueError(f"'{text}' not in the PDF's text")
    return f"{len(reader.pages)} pages, {len(content)} characters of text"


def listing(path: Path, name: str | None) -> str:
    raw = path.read_bytes()
    rows = json.loads(raw.decode("utf-8"))  # strict: cp1252 bytes of "Ł" would not decode
    names = [row.get("name") for row in rows]
    if name and name not in names:
        close = [n for n in names if n and n.endswith(name[-5:])]
        raise ValueError(f"'{name}' not in the listing (found: {close[:3]})")
    return f"{len(rows)} rows, UTF-8, names '{name}'"


def eml(path: Path, _text: str | None) -> str:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    if message["X-Unsent"] != "1":
        raise ValueError("no X-Unsent: 1 header (Outlook would not open it as a draft)")
    attachments = [part.get_filename() for part in message.iter_attachments()]
    if not attachments:
        raise ValueError("no attachments")
    return f"draft '{message['Subject']}' with {len(attachments)} attachments"


READERS = {"docx": docx, "pdf": pdf, "json": listing, "eml": eml}

if __name__ == "__main__":
    kind, file = sys.argv[1], Path(sys.argv[2])
    wanted = sys.argv[3] if len(sys.argv) > 3 else None
    try:
        print(f"{file.name}: {READERS[kind](file, wanted)}")
    except Exception as exc:  # noqa: BLE001 - any reason is a failed check, said in one line
        print(f"{file.name}: {type(exc).__name__}: {exc}")
        sys.exit(1)
