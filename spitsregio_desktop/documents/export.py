"""The one entry point for exporting a document, used by the command line and the window.

Cheap to import: the services' builders, python-docx and reportlab load on first export.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ..services.errors import ValidationError
from .files import write_atomically

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .model import Document

KINDS = ("invitation", "agenda", "attendance-sheet", "minutes", "decisions", "actions")
SUPPORTED: dict[str, frozenset[str]] = {kind: frozenset({"docx", "pdf"}) for kind in KINDS}
KIND_LABEL = {
    "invitation": "uitnodiging",
    "agenda": "agenda",
    "attendance-sheet": "aanwezigheidslijst",
    "minutes": "verslag",
    "decisions": "besluitenlijst",
    "actions": "actielijst",
}


def check_supported(kind: str, fmt: str) -> None:
    if kind not in SUPPORTED:
        raise ValidationError(
            f"onbekende documentsoort '{kind}'; kies uit {', '.join(KINDS)}", "kind"
        )
    if fmt not in SUPPORTED[kind]:
        allowed = " of ".join(sorted(SUPPORTED[kind]))
        raise ValidationError(
            f"een {KIND_LABEL[kind]} kan niet als '{fmt}' worden bewaard; kies {allowed}",
            "format",
        )


def build_document(
    session: Session,
    meeting_id: int | None,
    kind: str,
    *,
    public: bool = False,
    body: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> Document:
    """The document model of one kind, from the services."""
    from . import build

    if kind in ("decisions", "actions"):
        if kind == "decisions":
            return build.build_decisions(
                session, meeting_id, public=public, body=body, start=start, end=end
            )
        return build.build_actions(
            session, meeting_id, public=public, body=body, today=today, start=start, end=end
        )
    if meeting_id is None:
        raise ValidationError(f"geef de vergadering op voor de {KIND_LABEL[kind]}", "meeting")
    if kind == "invitation":
        return build.build_invitation(session, meeting_id, public)
    if kind == "agenda":
        return build.build_agenda(session, meeting_id, public)
    if kind == "attendance-sheet":
        return build.build_attendance_sheet(session, meeting_id, public)
    return build.build_minutes(session, meeting_id, public)


def render_document(doc: Document, fmt: str, target: Path | object) -> None:
    """Render a model to a path or a binary file object."""
    from .layout import blocks

    if fmt == "docx":
        from .docx.render import render
    elif fmt == "pdf":
        from .pdf.render import render
    else:
        raise ValidationError(f"onbekend formaat '{fmt}'; kies docx of pdf", "format")
    render(doc.frame, blocks(doc), target)  # type: ignore[arg-type]


def export_document(
    session: Session,
    meeting_id: int | None,
    kind: str,
    fmt: str,
    out_path: Path,
    *,
    public: bool = False,
    body: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Path:
    """Build and write one document; returns the path written.

    Written to a temporary file beside the target and moved into place, so a failed export
    never leaves half a file where a good one was.
    """
    kind, fmt = (kind or "").strip().lower(), (fmt or "").strip().lower().lstrip(".")
    check_supported(kind, fmt)
    doc = build_document(session, meeting_id, kind, public=public, body=body, start=start, end=end)
    return write_atomically(
        Path(out_path), fmt, lambda fh: render_document(doc, fmt, fh), public=public
    )
