"""Read a member list (CSV or XLSX) into rows of known fields, whatever its headers say.

The secretariat gets member lists from municipalities and partners as Excel files or CSV
exports (Excel on Windows writes `;`-separated cp1252 or UTF-8 with a BOM). Only the file:
matching the rows against the database and writing them is member_import.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from pathlib import Path

from .errors import ValidationError

FIELDS = ("name", "organisation", "function", "email", "phone", "role", "substitute", "body")

# Header names people use, normalised (lower case, no accents, no spaces, dashes or dots).
_ALIASES: dict[str, str] = {
    **dict.fromkeys(
        ("naam", "name", "volledigenaam", "fullname", "persoon", "person", "lid", "member"), "name"
    ),
    **dict.fromkeys(
        ("organisatie", "organisation", "organization", "org", "gemeente", "bestuur"),
        "organisation",
    ),
    **dict.fromkeys(("functie", "function", "jobtitle", "titel"), "function"),
    **dict.fromkeys(("email", "mail", "emailadres", "mailadres", "emailaddress"), "email"),
    **dict.fromkeys(
        (
            "telefoon",
            "phone",
            "tel",
            "telefoonnummer",
            "telnr",
            "gsm",
            "mobile",
            "telephone",
            "phonenumber",
        ),
        "phone",
    ),
    **dict.fromkeys(("rol", "role", "hoedanigheid"), "role"),
    **dict.fromkeys(("plaatsvervanger", "substitute", "vervanger", "deputy"), "substitute"),
    **dict.fromkeys(("overlegorgaan", "body", "orgaan"), "body"),
}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")  # with or without a BOM
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel on Windows ("Western")


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone number typed in Excel comes back as 32475123456.0
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def _read_csv(path: Path) -> list[tuple[int, list[str]]]:
    text = _decode(path.read_bytes())
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for record in reader:
            rows.append((line, [_cell(v) for v in record]))
            line = reader.line_num + 1  # a quoted cell may span lines
    except csv.Error as exc:  # e.g. a cell over csv's limit of 131 072 characters
        limit = f"{csv.field_size_limit():,}".replace(",", " ")
        raise ValidationError(
            f"regel {line}: deze regel kan niet gelezen worden: een cel is langer dan {limit} "
            f"tekens of een aanhalingsteken sluit niet ({exc})",
            "file",
        ) from None
    return rows


def _read_xlsx(path: Path) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # imported here: only an import needs it

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise ValidationError(
            f"'{path.name}' is geen leesbaar Excel-bestand: beschadigd of onvolledig "
            f"({exc.__class__.__name__})",
            "file",
        ) from None
    try:  # read_only reads the sheet while iterating: a cut or damaged sheet fails here
        sheet = book.worksheets[0]
        return [
            (n, [_cell(v) for v in row])
            for n, row in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    except Exception as exc:  # noqa: BLE001 - ParseError, zlib.error, BadZipFile, KeyError …
        raise ValidationError(
            f"'{path.name}' is geen leesbaar Excel-bestand: beschadigd of onvolledig "
            f"({exc.__class__.__name__}); bewaar het opnieuw in Excel",
            "file",
        ) from None
    finally:
        book.close()


def read_table(path: Path | str) -> tuple[dict[int, str], list[str], list[tuple[int, dict]]]:
    """(column index → field, ignored headers, [(line, {field: text})]) of a member list."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ValidationError(f"het bestand '{path}' bestaat niet", "file")
    if suffix in (".xlsx", ".xlsm"):
        raw = _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        raw = _read_csv(path)
    elif suffix == ".xls":
        raise ValidationError(
            "oude .xls-bestanden worden niet gelezen: bewaar het in Excel als .xlsx of CSV",
            "file",
        )
    else:
        raise ValidationError("kies een CSV- of Excel-bestand (.csv, .xlsx)", "file")
    raw = [(n, cells) for n, cells in raw if any(cells)]
    if not raw:
        raise ValidationError("het bestand is leeg", "file")
    header_line, header = raw[0]
    columns: dict[int, str] = {}
    ignored: list[str] = []
    for index, title in enumerate(header):
        name = _ALIASES.get(_norm(title))
        if name and name not in columns.values():
            columns[index] = name
        elif title:
            ignored.append(title)
    if "name" not in columns.values():
        raise ValidationError(
            f"regel {header_line}: de kolom 'naam' ontbreekt in de eerste rij "
            "(verwacht: naam, organisatie, functie, e-mail, telefoon, rol, plaatsvervanger)",
            "file",
        )
    rows = []
    for line, cells in raw[1:]:
        values = dict.fromkeys(FIELDS, "")
        for index, name in columns.items():
            if index < len(cells):
                values[name] = cells[index]
        rows.append((line, values))
    if not rows:
        raise ValidationError("het bestand bevat alleen een kopregel, geen leden", "file")
    return columns, ignored, rows
