"""`spitsregio check --pdf FILE`: does an archived approved-minutes PDF match the database?

An approved minutes PDF/A-3 carries the approved text (the meeting package JSON) and its
SHA-256 (pdf/archive.py). It is sound when the embedded text still hashes to that SHA-256
and the database holds approved minutes with the same SHA-256 and the same text.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ..services.minutes import find_approved


def check_archived_minutes(session: Session, pdf_path: Path) -> tuple[list[str], str]:
    """(problems in Dutch, what was verified); no problems means the PDF is what was approved."""
    from .pdf.archive import read_record

    name = Path(pdf_path).name
    try:
        record = read_record(str(pdf_path))
    except Exception as exc:  # noqa: BLE001 - any unreadable file is one clear finding
        return [f"{name}: geen leesbare PDF ({type(exc).__name__})"], ""
    if not record.digest:
        return [f"{name}: bevat geen goedgekeurd verslag (geen SHA-256 in de metadata)"], ""
    if not record.intact:
        return [f"{name}: de ingesloten tekst komt niet overeen met de SHA-256 in de metadata"], ""
    found = find_approved(session, record.digest)
    if found is None:
        return [
            f"{name}: de database kent geen goedgekeurd verslag met SHA-256 {record.digest}"
        ], ""
    which, text = found
    if text != record.text:
        return [f"{name}: de tekst verschilt van het goedgekeurde verslag van {which}"], ""
    return [], f"{name}: goedgekeurd verslag van {which}, SHA-256 {record.digest}"
