"""`spitsregio report` without --body: one report over every body, as DESIGN.md's contract has
--body optional. The demo database holds the Burgemeestersoverleg (BO) and the Taskforce (TF);
each report must hold content of both, read back from the file a tester opens."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from spitsregio_desktop import cli
from spitsregio_desktop.documents.model import CONFIDENTIAL_MARK, EU_LINE
from spitsregio_desktop.services.actions import list_actions
from spitsregio_desktop.services.decisions import list_decisions
from spitsregio_desktop.services.meetings import list_bodies
from spitsregio_desktop.services.statistics import attendance_summary
from spitsregio_desktop.storage.database import open_database

FORMATS = ("csv", "xlsx", "pdf", "docx")


def squash(text: str) -> str:
    """Text without spaces and hyphens: a PDF or a table cell wraps and hyphenates lines."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


def read(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
        for section in d.sections:
            for part in (
                section.header,
                section.footer,
                section.first_page_header,
                section.first_page_footer,
            ):
                parts += [p.text for p in part.paragraphs]
                parts += [c.text for t in part.tables for row in t.rows for c in row.cells]
        return "\n".join(parts)
    if path.suffix == ".xlsx":
        ws = openpyxl.load_workbook(path).active
        return "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    return path.read_bytes().decode("utf-8-sig")


def _unique(mine: list[str], theirs: list[str]) -> str:
    """The shortest text of one body that the other body never uses."""
    others = {squash(t) for t in theirs}
    return min((t for t in mine if squash(t) not in others), key=len)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from spitsregio_desktop.services.demo import generate_demo

    tmp = tmp_path_factory.mktemp("allbodies")
    db_path = tmp / "demo.sqlite"
    db = open_database(db_path, backup_on_start=False)
    try:
        with db.session() as s:
            generate_demo(s, years=1)
        with db.session() as s:
            bodies = {b.short: b for b in list_bodies(s)}
            assert set(bodies) == {"BO", "TF"}
            today = dt.date.today()
            decided = {b: list_decisions(s, body=b) for b in bodies}
            open_actions = {
                b: [a for a in list_actions(s, body=b, open_only=True, today=today) if a.is_open]
                for b in bodies
            }
            attended = {b: attendance_summary(s, b) for b in bodies}
    finally:
        db.close()
    open_texts = {b: [x.text for x in decided[b] if not x.confidential] for b in bodies}
    open_descr = {b: [a.description for a in open_actions[b] if not a.confidential] for b in bodies}
    secret = [x.text for b in bodies for x in decided[b] if x.confidential]
    secret += [a.description for b in bodies for a in open_actions[b] if a.confidential]
    plain = {squash(t) for b in bodies for t in open_texts[b] + open_descr[b]}
    secret = [t for t in secret if squash(t) not in plain]
    assert secret, "the demo holds confidential decisions and actions of their own"
    return {
        "db": db_path,
        "tmp": tmp,
        "bodies": bodies,
        "decisions": {
            "BO": _unique(open_texts["BO"], open_texts["TF"]),
            "TF": _unique(open_texts["TF"], open_texts["BO"]),
        },
        "actions": {
            "BO": _unique(open_descr["BO"], open_descr["TF"]),
            "TF": _unique(open_descr["TF"], open_descr["BO"]),
        },
        # the municipalities sit in both bodies: a body's rows, and its own intro line
        "attendance": {
            b: f"{x.body_name}, alle vergaderingen: {x.meetings} vergaderingen"
            for b, x in attended.items()
        },
        "organisations": {b: {r.organisation for r in x.rates} for b, x in attended.items()},
        "secret": secret,  # confidential texts that no open decision or action shares
    }


def sheet_rows(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        return list(csv.reader(io.StringIO(read(path)), delimiter=";"))
    ws = openpyxl.load_workbook(path).active
    return [["" if c.value is None else str(c.value) for c in row] for row in ws.iter_rows()]


def run_report(demo: dict, what: str, fmt: str, *extra: str) -> Path:
    name = "-".join((what, *(e.strip("-") for e in extra)))
    out = demo["tmp"] / f"{name}.{fmt}"
    args = ["report", what, "--db", str(demo["db"]), "--format", fmt, "--out", str(out)]
    assert cli.main([*args, *extra]) == 0
    assert out.is_file()
    return out


@pytest.mark.parametrize("what", ["actions", "decisions", "attendance"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_report_without_body_holds_both_bodies(demo, what, fmt) -> None:
    out = run_report(demo, what, fmt)
    text = squash(read(out))
    if what == "attendance" and fmt in ("csv", "xlsx"):
        rows = sheet_rows(out)
        assert rows[0][:2] == ["Overlegorgaan", "Organisatie"]
        for short in ("BO", "TF"):  # every organisation of each body, under its body
            assert {r[1] for r in rows[1:] if r[0] == short} == demo["organisations"][short]
    else:
        for short in ("BO", "TF"):
            assert squash(demo[what][short]) in text, (what, fmt, short, demo[what][short])
    if fmt in ("pdf", "docx"):
        # a heading per body, and the ESF visibility the Taskforce's content brings along
        for body in demo["bodies"].values():
            assert squash(body.name) in text, (what, fmt, body.name)
        assert squash(EU_LINE) in text
        assert squash(demo["bodies"]["TF"].cofunding) in text
    if what != "attendance":  # the full version marks what is confidential
        assert squash(CONFIDENTIAL_MARK) in text


@pytest.mark.parametrize("what", ["actions", "decisions", "attendance"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_public_report_without_body_leaves_confidential_out(demo, what, fmt) -> None:
    out = run_report(demo, what, fmt, "--public")
    text = squash(read(out))
    if what == "attendance" and fmt in ("csv", "xlsx"):
        assert {r[0] for r in sheet_rows(out)[1:]} == {"BO", "TF"}
    else:
        for short in ("BO", "TF"):
            assert squash(demo[what][short]) in text, (what, fmt, short)
    assert squash(CONFIDENTIAL_MARK) not in text
    if fmt == "pdf":  # the letterhead names both bodies in full, even beside the emblem
        names = " en ".join(b.name for b in demo["bodies"].values())
        first = PdfReader(out).pages[0].extract_text().splitlines()
        head = next(line for line in first if line.startswith(demo["bodies"]["BO"].name))
        assert squash(head) == squash(names), head  # not cut off with "…"
    for secret in demo["secret"]:
        assert squash(secret) not in text, (what, fmt, secret)


@pytest.mark.parametrize("what", ["actions", "decisions", "attendance"])
def test_csv_over_every_body_names_the_body_and_keeps_bodies_together(demo, what) -> None:
    rows = sheet_rows(run_report(demo, what, "csv"))
    column = rows[0].index("Overlegorgaan")
    shorts = [r[column] for r in rows[1:]]
    assert set(shorts) == {"BO", "TF"}
    assert shorts == sorted(shorts, key=["BO", "TF"].index)  # all BO rows, then all TF rows


def test_decision_sheet_says_against_not_due(demo) -> None:
    header = read(run_report(demo, "decisions", "csv")).splitlines()[0].split(";")
    assert header[8:11] == ["Voor", "Tegen", "Onthoudingen"]


def test_export_decisions_without_meeting_or_body_covers_every_body(demo) -> None:
    out = demo["tmp"] / "export-decisions.docx"
    args = ["export", "--db", str(demo["db"]), "--kind", "decisions", "--format", "docx"]
    assert cli.main([*args, "--out", str(out)]) == 0
    text = squash(read(out))
    assert squash(demo["decisions"]["BO"]) in text and squash(demo["decisions"]["TF"]) in text
