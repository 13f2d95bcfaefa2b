"""What the report PDFs (objectives, attendance) share with the meeting documents.

The same page as every other document: letterhead on top, "Pagina X van Y" and for an ESF
body the EU emblem at the bottom (pdf/render.py draws them); a report adds its own
flowables (charts) that the block model of the meeting documents has no place for.
Files are written beside the target and moved into place, so a failed export never
leaves half a file where a good one was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from ..services.errors import ValidationError
from .model import Frame
from .pdf.render import BOTTOM, MARGIN_X, TOP, _canvas_class, _draw_page
from .pdf.styles import styles
from .text import one_line

CONTENT_WIDTH = A4[0] - 2 * MARGIN_X


def render_pdf(frame: Frame, flowables: list[Flowable], target: Path | BinaryIO) -> None:
    styles()  # registers the fonts
    out = str(target) if isinstance(target, Path) else target
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=TOP,
        bottomMargin=BOTTOM, title=one_line(f"{frame.title} – {frame.subtitle}"),
        author=one_line(frame.author), subject=one_line(frame.letterhead.body_name),
        creator="Spitsregio Desktop", lang="nl-BE",
    )

    def on_page(canvas: Canvas, _doc: object) -> None:
        _draw_page(canvas, frame)

    doc.build(flowables, onFirstPage=on_page, onLaterPages=on_page,
              canvasmaker=_canvas_class(frame))


def write_atomically(out_path: Path, suffix: str, write: Callable[[BinaryIO], None]) -> Path:
    out_path = Path(out_path)
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError(f"de map {out_path.parent} kan niet worden gemaakt: {exc}",
                              "out") from exc
    fd, tmp_name = tempfile.mkstemp(prefix=".~", suffix=f".{suffix}", dir=out_path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, out_path)
    except PermissionError as exc:
        raise ValidationError(
            f"Het bestand {out_path.name} is geopend in een ander programma; "
            "sluit het en probeer opnieuw.", "out",
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return out_path
