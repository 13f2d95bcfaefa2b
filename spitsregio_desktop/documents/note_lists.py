"""Notes as the secretary typed them, laid out as paragraphs and real lists.

The notes are stored as plain text (search, autosave and the meeting package read them as
typed). Only here, where notes become document blocks, do lines that start with "- ", "– ",
"• " or "* " become a bulleted list and lines that start with "1. " (or "1) ") a numbered
list, so Word's "List Bullet"/"List Number" and the PDF's indented bullets both follow.

- Blank lines separate paragraphs; a single line break stays inside a paragraph, as before.
- Consecutive list lines of one kind form one list, also across a blank line ("1." blank
  "2." is one list). A paragraph of text between them, a list of the other kind, or a "1."
  again starts a new list: numbering restarts at each new list.
- A numbered list starts at the number typed first ("3. …" after a remark prints as 3.).
"""

from __future__ import annotations

import re

from .model import Block, Bullets, Para

BULLET = re.compile(r"^[ \t]*[-–•*][ \t]+(?=\S)")
NUMBER = re.compile(r"^[ \t]*(\d{1,3})[.)][ \t]+(?=\S)")


def _line_kind(line: str) -> tuple[str, int, str]:
    """("bullet" | "number" | "text", number typed, text after the marker)."""
    match = BULLET.match(line)
    if match:
        return "bullet", 0, line[match.end() :].rstrip()
    match = NUMBER.match(line)
    if match:
        return "number", int(match.group(1)), line[match.end() :].rstrip()
    return "text", 0, line


def note_blocks(text: str, style: str = "body") -> list[Block]:
    """Paragraphs and lists of a notes text (see the module's rules)."""
    out: list[Block] = []
    items: list[str] = []
    kind = ""  # of the open list
    start = 1
    lines: list[str] = []  # of the open text paragraph

    def close_list() -> None:
        nonlocal items, kind
        if items:
            out.append(Bullets(tuple(items), numbered=kind == "number", start=start))
        items, kind = [], ""

    def close_text() -> None:
        nonlocal lines
        paragraph = "\n".join(lines).strip("\n")
        if paragraph.strip():
            out.append(Para(paragraph, style=style))
        lines = []

    for raw in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line_kind, number, rest = _line_kind(raw)
        if line_kind == "text":
            if not raw.strip():
                close_text()  # a blank line ends a paragraph, not (yet) a list
                continue
            close_list()
            lines.append(raw)
            continue
        close_text()
        restart = line_kind == kind == "number" and number == 1  # "1." again: a new list
        if line_kind != kind or restart:
            close_list()
            kind = line_kind
            start = number if line_kind == "number" else 1
        items.append(rest)
    close_text()
    close_list()
    return out
