"""CSV and XLSX writers for the lists, with no formulas from data.

A name that came in through a package or a member list can read
`=HYPERLINK("http://…"&A1,"klik")`; Excel runs such a cell when it opens the file
(formula injection). `formula_like` is the one rule (OWASP's): text that starts with
`=`, `+`, `-`, `@`, a tab or a carriage return. The CSV writer puts an apostrophe before
such text; the XLSX writer stores every text as a string cell, never a formula. Numbers
and dates are not text: they stay numbers and dates.

The CSV is what a Belgian Excel opens with a double-click: UTF-8 with a byte order mark
(else "Liège" arrives garbled) and `;` between fields.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from .text import clean

Cell = str | int | float | dt.date | None
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# what openpyxl (XML) cannot hold; tab, LF and CR it can
_XLSX_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Sheet:
    """One list as a table: a header and rows of typed cells."""

    title: str  # the worksheet's name, ≤ 31 characters
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[int, ...] = ()  # column widths in characters (XLSX)
    percent: frozenset[int] = field(default_factory=frozenset)  # columns of 0–1 shares


def formula_like(text: str) -> bool:
    """Whether a spreadsheet would read this text as a formula (or start of one)."""
    return text.startswith(FORMULA_START)


def csv_value(value: Cell) -> str | int | float:
    """A cell as the CSV holds it: text neutralised with a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int | float):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()  # every Excel reads an ISO date as a date
    text = str(value)
    if formula_like(text):
        text = "'" + text
    return clean(text)


def _decimal(value: float) -> str:
    """A Belgian Excel reads "66,7" as a number; "66.7" would be text or a date."""
    return f"{value:.1f}".replace(".", ",")


def write_csv(sheet: Sheet, fh: BinaryIO) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [csv_value(h + (" (%)" if i in sheet.percent else "")) for i, h in enumerate(sheet.header)]
    )
    for row in sheet.rows:
        cells = []
        for i, v in enumerate(row):
            if isinstance(v, float) and not isinstance(v, bool):
                cells.append(_decimal(v * 100 if i in sheet.percent else v))
            else:
                cells.append(csv_value(v))
        writer.writerow(cells)
    fh.write(out.getvalue().encode("utf-8-sig"))


def write_xlsx(sheet: Sheet, fh: BinaryIO) -> None:
    from openpyxl import Workbook  # imported here: only a spreadsheet export needs it
    from openpyxl.styles import Font

    book = Workbook()
    ws = book.active
    ws.title = _sheet_title(sheet.title)
    for col, name in enumerate(sheet.header, start=1):
        _put(ws.cell(row=1, column=col), name).font = Font(bold=True)
    for r, row in enumerate(sheet.rows, start=2):
        for col, value in enumerate(row, start=1):
            cell = _put(ws.cell(row=r, column=col), value)
            if isinstance(value, dt.date):
                cell.number_format = "DD/MM/YYYY"
            elif col - 1 in sheet.percent and isinstance(value, int | float):
                cell.number_format = "0.0%"
    for col, width in enumerate(sheet.widths, start=1):
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = width
    ws.freeze_panes = "A2"
    book.save(fh)


def _put(cell, value: Cell):  # noqa: ANN001, ANN202 - openpyxl's cell
    """Set a cell; text is always a string cell, whatever it starts with."""
    if value is None:
        return cell
    if isinstance(value, bool):
        value = "ja" if value else "nee"
    if isinstance(value, str):
        cell.value = _XLSX_INVALID.sub("", value)
        cell.data_type = "s"  # openpyxl would make "=…" a formula
        return cell
    cell.value = value
    return cell


def _sheet_title(title: str) -> str:
    text = re.sub(r"[\[\]:*?/\\]", " ", title).strip()
    return text[:31] or "Lijst"


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}


def write_sheet(sheet: Sheet, fmt: str, fh: BinaryIO) -> None:
    WRITERS[fmt](sheet, fh)


def column_widths(header: Sequence[str], wide: dict[int, int]) -> tuple[int, ...]:
    return tuple(wide.get(i, max(10, len(h) + 2)) for i, h in enumerate(header))
