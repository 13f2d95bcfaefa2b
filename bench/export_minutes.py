"""The export benchmark: `python bench/export_minutes.py` (bench/run.py's `exports` figure).

Minutes of 40 agenda items, 30 attendees, 20 decisions and 30 actions
(`bench.meetings.make_bench_meeting`): the budget of DESIGN.md (≤ 0.3 s per format in
process, after a warm-up) is measured on this meeting.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/…py` from a checkout
    sys.path.insert(0, str(ROOT))

from bench.meetings import make_bench_meeting  # noqa: E402
from spitsregio_desktop.documents.export import export_document  # noqa: E402
from spitsregio_desktop.storage.database import open_database  # noqa: E402


def measure(db_path: Path, out_dir: Path, rounds: int = 5) -> dict[str, float]:
    """Median (and best) export time of the bench meeting's minutes per format, in seconds."""
    results: dict[str, float] = {}
    with open_database(db_path, backup_on_start=False) as db, db.session() as session:
        meeting_id = make_bench_meeting(session)
        for fmt in ("docx", "pdf"):
            out = out_dir / f"bench-minutes.{fmt}"
            export_document(session, meeting_id, "minutes", fmt, out)  # warm-up
            times = []
            for _ in range(rounds):
                t0 = time.perf_counter()
                export_document(session, meeting_id, "minutes", fmt, out)
                times.append(time.perf_counter() - t0)
            results[f"export_minutes_{fmt}_s"] = statistics.median(times)
            results[f"export_minutes_{fmt}_best_s"] = min(times)
            if fmt == "docx":  # the yardstick: python-docx alone, the same content
                blocks = read_blocks(out)
                raw = out_dir / "bench-raw.docx"
                write_raw_docx(blocks, raw)  # warm-up
                times = []
                for _ in range(rounds):
                    t0 = time.perf_counter()
                    write_raw_docx(blocks, raw)
                    times.append(time.perf_counter() - t0)
                results["raw_docx_s"] = statistics.median(times)
                results["export_minutes_docx_vs_raw"] = (
                    results["export_minutes_docx_s"] / results["raw_docx_s"]
                )
    return results


Block = tuple[str | None, list[tuple[str, bool | None, bool | None]]] | list[list[str]]


def read_blocks(path: Path) -> list[Block]:
    """The body of a DOCX in order: each paragraph's style name and runs (text, bold,
    italic), each table as rows of cell texts."""
    from docx import Document
    from docx.table import Table

    blocks: list[Block] = []
    for block in Document(str(path)).iter_inner_content():
        if isinstance(block, Table):
            blocks.append([[cell.text for cell in row.cells] for row in block.rows])
        else:
            runs = [(r.text, r.bold, r.italic) for r in block.runs]
            blocks.append((block.style.name if block.style is not None else None, runs))
    return blocks


def write_raw_docx(blocks: list[Block], path: Path) -> None:
    """python-docx with its default template writing the same paragraphs (the same runs,
    bold and italic; the paragraph style where the default template has one of that name,
    set by its id, python-docx's cheapest way) and tables (cell texts)."""
    from docx import Document

    doc = Document()
    ids = {s.name: s.style_id for s in doc.styles if s.name != "Normal"}
    for block in blocks:
        if isinstance(block, tuple):
            style, runs = block
            paragraph = doc.add_paragraph()
            if style in ids:
                paragraph._p.get_or_add_pPr().style = ids[style]
            for text, bold, italic in runs:
                run = paragraph.add_run(text)
                run.bold, run.italic = bold, italic
            continue
        table = doc.add_table(rows=len(block), cols=max(len(r) for r in block))
        for row, texts in zip(table.rows, block, strict=True):
            for cell, text in zip(row.cells, texts, strict=False):
                cell.text = text
    doc.save(str(path))
