"""What the report PDFs (objectives, attendance) share with the meeting documents.

The same page as every other document: letterhead on top, "Pagina X van Y" and for an ESF
body the EU emblem at the bottom (pdf/render.py draws them); a report adds its own
flowables (charts) that the block model of the meeting documents has no place for.
Files are written beside the target and moved into place, so a failed export never
leaves half a file where a good one was.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable

from .model import Frame
from .pdf.render import MARGIN_X, build_pdf
from .pdf.styles import styles

CONTENT_WIDTH = A4[0] - 2 * MARGIN_X


def render_pdf(frame: Frame, flowables: list[Flowable], target: Path | BinaryIO) -> None:
    styles()  # registers the fonts
    build_pdf(frame, lambda _width: flowables, target)
