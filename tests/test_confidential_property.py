"""The guard for every later change: nothing confidential in any public output.

Hypothesis builds random agenda trees (three and four levels deep) for two meetings of a
fresh body, with random confidential flags, notes, internal notes, decisions, actions and
attachments, each carrying a unique marker. Every kind is then exported in every format
that makes sense with public=True, through the functions the command line calls, and read
back as a reader would (python-docx, pypdf, the .eml with `email` including the content of
every attachment, the .ics with icalendar, JSON, csv, openpyxl). No marker of an
effectively confidential item (flagged, or below a flagged one) and no internal note may
appear; every marker of a public item that the kind shows must.

CI runs SPITSREGIO_PROPERTY_EXAMPLES (default 25) random trees; set it higher to search
harder, e.g. SPITSREGIO_PROPERTY_EXAMPLES=300.
"""

from __future__ import annotations

import csv
import email
import io
import json
import os
import re
from dataclasses import dataclass, field
from email import policy
from pathlib import Path

import docx
import icalendar
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from spitsregio_desktop.documents.export import export_document
from spitsregio_desktop.documents.files import write_atomically
from spitsregio_desktop.documents.list_sheets import actions_sheet, decisions_sheet
from spitsregio_desktop.documents.mail import export_mail
from spitsregio_desktop.documents.spreadsheet import write_sheet
from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details
from spitsregio_desktop.services.package import dumps, export_package, import_package
from spitsregio_desktop.services.settings import save_settings
from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.storage.enums import StandardItem
from spitsregio_desktop.storage.models import AgendaItem, Attachment, Body, Meeting

EXAMPLES = int(os.environ.get("SPITSREGIO_PROPERTY_EXAMPLES", "25"))
RUNS: list[int] = []  # one entry per random tree pair, for the closing count


# ---- the random agenda ---------------------------------------------------------------------


@dataclass
class Node:
    flag: bool
    notes: bool
    decisions: int
    actions: int
    files: int
    children: list[Node] = field(default_factory=list)


def nodes(level: int, deepest: int) -> st.SearchStrategy[Node]:
    children = (
        st.lists(st.deferred(lambda: nodes(level + 1, deepest)), max_size=2)
        if level < deepest
        else st.just([])
    )
    return st.builds(
        Node,
        flag=st.sampled_from([False, False, True]),
        notes=st.booleans(),
        decisions=st.integers(0, 2),
        actions=st.integers(0, 2),
        files=st.integers(0, 1),
        children=children,
    )


def chain(node: Node, levels: int) -> Node:
    """Make sure the tree is at least `levels` deep: 1, 1.1, 1.1.1."""
    if levels > 1:
        if not node.children:
            node.children.append(Node(False, True, 1, 1, 0))
        chain(node.children[0], levels - 1)
    return node


@st.composite
def agendas(draw: st.DrawFn) -> list[Node]:
    deepest = draw(st.integers(2, 3))  # levels 0..2 or 0..3 below the top
    top = draw(st.lists(nodes(0, deepest), min_size=1, max_size=3))
    chain(top[0], 3)
    return top


@dataclass
class Markers:
    """Markers of one meeting, split by what they belong to and whether it is public."""

    title: dict[bool, set[str]] = field(default_factory=lambda: {True: set(), False: set()})
    notes: dict[bool, set[str]] = field(default_factory=lambda: {True: set(), False: set()})
    decision: dict[bool, set[str]] = field(default_factory=lambda: {True: set(), False: set()})
    action: dict[bool, set[str]] = field(default_factory=lambda: {True: set(), False: set()})
    file: dict[bool, set[str]] = field(default_factory=lambda: {True: set(), False: set()})
    content: dict[bool, set[str]] = field(default_factory=lambda: {True: set(), False: set()})
    internal: set[str] = field(default_factory=set)

    def secret(self) -> set[str]:
        parts = (self.title, self.notes, self.decision, self.action, self.file, self.content)
        return set().union(*(p[False] for p in parts)) | self.internal


class Counter:
    def __init__(self, prefix: str):
        self.prefix, self.n = prefix, 0

    def __call__(self, role: str) -> str:
        # short and alphanumeric: survives PDF text extraction and narrow table cells
        self.n += 1
        return f"{self.prefix}{self.n:03d}{role}"


def package_items(
    tree: list[Node], marks: Markers, next_marker: Counter, inherited: bool = False
) -> list[dict]:
    out = []
    for node in tree:
        secret = inherited or node.flag
        public = not secret
        title = next_marker("T")
        marks.title[public].add(title)
        item: dict = {"title": f"Punt {title}", "kind": "decision", "confidential": node.flag}
        if node.notes:
            note = next_marker("N")
            marks.notes[public].add(note)
            item["notes"] = f"Besproken: {note}."
        internal = next_marker("I")
        marks.internal.add(internal)
        item["internal_notes"] = f"Intern {internal}"
        item["decisions"] = []
        for _ in range(node.decisions):
            m = next_marker("D")
            marks.decision[public].add(m)
            item["decisions"].append({"text": f"Besluit {m}."})
        item["actions"] = []
        for _ in range(node.actions):
            m = next_marker("A")
            marks.action[public].add(m)
            item["actions"].append(
                {
                    "description": f"Actie {m}",
                    "owner": "Secretariaat",
                    "due": "2026-02-01",  # due by the next meeting: its follow-up lists it
                    "status": "open",
                }
            )
        item["attachments"] = []
        for _ in range(node.files):
            m = next_marker("F")
            marks.file[public].add(m)
            item["attachments"].append(f"{m}.txt")
        item["items"] = package_items(node.children, marks, next_marker, secret)
        out.append(item)
    return out


# ---- reading back --------------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    # table cells hyphenate Dutch words at line ends ("onderteke-/nen"): read them whole
    return re.sub(r"(?<=\w)-\n(?=[a-z0-9])", "", text)


def docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    for section in d.sections:
        for part in (section.header, section.footer):
            parts += [p.text for p in part.paragraphs]
            for table in part.tables:
                for row in table.rows:
                    parts += [c.text for c in row.cells]
    return "\n".join(parts)


def ics_text(data: bytes) -> str:
    cal = icalendar.Calendar.from_ical(data)
    parts = []
    for component in cal.walk():
        for name, value in component.property_items(recursive=False):
            parts.append(f"{name}:{value}")
    for event in cal.walk("VEVENT"):
        for key in ("SUMMARY", "DESCRIPTION", "LOCATION"):
            parts.append(str(event.get(key, "")))
    return "\n".join(parts)


def eml_text(data: bytes) -> str:
    msg = email.message_from_bytes(data, policy=policy.default)
    parts = [str(msg["Subject"])]
    for part in msg.walk():
        if part.is_multipart():
            continue
        name = part.get_filename() or ""
        parts.append(name)
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        if ctype == "application/pdf":
            parts.append(pdf_text(payload))
        elif name.endswith(".docx"):
            parts.append(docx_text(payload))
        elif ctype == "text/calendar":
            parts.append(ics_text(payload))
        else:
            parts.append(payload.decode("utf-8", errors="replace"))
    return "\n".join(parts)


def xlsx_text(data: bytes) -> str:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(
        str(c.value)
        for ws in book.worksheets
        for row in ws.iter_rows()
        for c in row
        if c.value is not None
    )


def csv_text(data: bytes) -> str:
    rows = csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";")
    return "\n".join(";".join(r) for r in rows)


# ---- the world -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("property")
    db = open_database(tmp / "db.sqlite", backup_on_start=False)
    with db.session() as s:
        demo_secretariat_details(s)  # the letterhead and the mail's sender, filled in once
        save_settings(s, attach_minutes_docx=True)
    yield db, tmp
    db.close()
    print(f"\nproperty test: {len(RUNS)} random agenda pairs, {sum(RUNS)} items")


def make_meetings(db, tmp: Path, first: list[Node], second: list[Node], n: int):
    """A fresh body with two meetings; the second follows up the first's open actions."""
    marks = [Markers(), Markers()]
    counter = Counter(f"Q{n:04d}x")
    ids = []
    with db.session() as s:
        body = Body(
            name=f"Proefoverleg {n}",
            short=f"P{n}",
            secretariat="Secretariaat",
            cofunding="Medegefinancierd door ESF" if n % 2 else None,
        )
        s.add(body)
        s.commit()
        for tree, m, date in ((first, marks[0], "2026-01-10"), (second, marks[1], "2026-02-10")):
            agenda = package_items(tree, m, counter)
            ids.append(
                import_package(
                    s,
                    {
                        "format": "spitsregio-meeting",
                        "version": 1,
                        "body": body.short,
                        "title": f"Proef {n}",
                        "date": date,
                        "start": "09:00",
                        "end": "11:00",
                        "location": "Leuven",
                        "agenda": agenda,
                    },
                )
            )
        follow_up = AgendaItem(
            meeting_id=ids[1],
            position=-1,
            title="Opvolging actiepunten",
            standard=StandardItem.ACTIONS_FOLLOW_UP,
        )
        s.add(follow_up)
        files = tmp / "attachments"
        by_marker = {f: pub for m in marks for pub, fs in m.file.items() for f in fs}
        for att in s.scalars(
            select(Attachment).join(AgendaItem).where(AgendaItem.meeting_id.in_(ids))
        ):
            marker = att.filename.removesuffix(".txt")
            content = marker[:-1] + "C"  # the file's own text carries a marker too
            marks[0 if marker in marks[0].file[by_marker[marker]] else 1].content[
                by_marker[marker]
            ].add(content)
            path = files / str(att.id) / att.filename
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"Inhoud {content}\n", encoding="utf-8")
            att.stored_path = str(path.relative_to(files))
        s.commit()
        assert s.get(Meeting, ids[1]).body_id == body.id
    return ids, marks, body.short


def exports(db, tmp: Path, ids: list[int], body: str) -> dict[str, str]:
    """Every kind in every format that makes sense, public; text as a reader sees it."""
    meeting = ids[1]
    out = tmp / "out"
    found: dict[str, str] = {}
    with db.session() as s:

        def doc(kind: str, fmt: str, meeting_id: int | None = meeting, **kw) -> None:
            path = export_document(
                s, meeting_id, kind, fmt, out / f"{kind}-{fmt}", public=True, **kw
            )
            found[f"{kind} {fmt}"] = (pdf_text if fmt == "pdf" else docx_text)(path.read_bytes())

        for kind in ("invitation", "agenda", "attendance-sheet", "minutes", "decisions"):
            for fmt in ("docx", "pdf"):
                doc(kind, fmt)
        for fmt in ("docx", "pdf"):
            doc("actions", fmt, None, body=body)
            doc("decisions", fmt, None, body=body)
            found[f"period decisions {fmt}"] = found.pop(f"decisions {fmt}")
            doc("decisions", fmt)  # the meeting's own decision list again, under its name
        for kind, fmt, read in (
            ("invitation", "ics", ics_text),
            ("invitation", "eml", eml_text),
            ("minutes", "eml", eml_text),
        ):
            path = export_mail(
                s,
                meeting,
                kind,
                fmt,
                out / f"mail-{kind}.{fmt}",
                public=True,
                attachments_dir=tmp / "attachments",
                warn=None,
            )
            found[f"{kind} {fmt}"] = read(path.read_bytes())
        data = dumps(export_package(s, meeting, True)).encode("utf-8")
        path = write_atomically(
            out / "package.json", "json", lambda fh: fh.write(data), public=True
        )
        package = json.loads(path.read_text(encoding="utf-8"))
        assert package["public"] is True
        assert "internal_notes" not in json.dumps(package)
        found["package json"] = json.dumps(package, ensure_ascii=False)
        for name, sheet in (
            ("actions", actions_sheet(s, body, public=True)),
            ("decisions", decisions_sheet(s, body, public=True)),
        ):
            for fmt, read in (("csv", csv_text), ("xlsx", xlsx_text)):
                path = write_atomically(
                    out / f"{name}.{fmt}",
                    fmt,
                    lambda fh, sh=sheet, f=fmt: write_sheet(sh, f, fh),
                    public=True,
                )
                found[f"list {name} {fmt}"] = read(path.read_bytes())
    return found


def expected(kind: str, first: Markers, second: Markers) -> set[str]:
    """The public markers each output must show."""
    carried = first.action[True]  # open actions of the first meeting, followed up
    agenda = second.title[True] | second.file[True] | carried
    minutes = (
        second.title[True]
        | second.notes[True]
        | second.decision[True]
        | second.action[True]
        | carried
    )
    table = {
        "invitation": agenda,
        "agenda": agenda,
        "attendance-sheet": set(),
        "minutes": minutes,
        "decisions": second.decision[True],
        "period decisions": first.decision[True] | second.decision[True],
        "actions": first.action[True] | second.action[True],
        "invitation ics": second.title[True],
        "invitation eml": agenda | second.content[True],
        "minutes eml": minutes,
        "package json": (
            second.title[True]
            | second.notes[True]
            | second.decision[True]
            | second.action[True]
            | second.file[True]
        ),
        "list actions": first.action[True] | second.action[True],
        "list decisions": first.decision[True] | second.decision[True],
    }
    if kind in table:
        return table[kind]
    return table[kind.rsplit(" ", 1)[0]]  # "minutes pdf" → "minutes"


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=False,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(first=agendas(), second=agendas())
def test_nothing_confidential_in_any_public_output(world, first, second) -> None:
    db, tmp = world
    n = len(RUNS) + 1
    ids, marks, body = make_meetings(db, tmp, first, second, n)
    RUNS.append(sum(len(m.title[True]) + len(m.title[False]) for m in marks))
    secrets = marks[0].secret() | marks[1].secret()
    outputs = exports(db, tmp, ids, body)
    assert len(outputs) == 22
    for kind, text in outputs.items():
        leaked = sorted(m for m in secrets if m in text)
        assert not leaked, f"{kind} shows confidential or internal markers {leaked}"
        missing = sorted(m for m in expected(kind, *marks) if m not in text)
        assert not missing, f"{kind} lacks public markers {missing}"
        if kind.endswith((" pdf", " docx")):
            assert "Openbare versie" in text, kind
