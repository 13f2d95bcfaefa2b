"""Text drawn as outlines (paths), not as text: for the CONCEPT watermark.

A watermark drawn as text lands in the text layer: pdftotext and screen readers read
"C O N C EP T" in the middle of the minutes. Drawn from the glyph outlines of the embedded
font (fontTools reads them) it looks the same and is no text at all.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont

from ...storage.paths import resources_dir

Op = tuple[str, tuple[float, ...]]
# Carlito's 'head' table has a creation stamp fontTools reads as too early and warns about.
logging.getLogger("fontTools.ttLib.tables._h_e_a_d").setLevel(logging.ERROR)


class _Recorder(BasePen):
    """Keeps moveTo/lineTo/curveTo/close; BasePen turns TrueType's quadratics into cubics."""

    def __init__(self, glyphset: object) -> None:
        super().__init__(glyphset)
        self.ops: list[Op] = []
        self.dx = 0.0

    def _moveTo(self, p: tuple[float, float]) -> None:  # noqa: N802 - fontTools' names
        self.ops.append(("M", (p[0] + self.dx, p[1])))

    def _lineTo(self, p: tuple[float, float]) -> None:  # noqa: N802
        self.ops.append(("L", (p[0] + self.dx, p[1])))

    def _curveToOne(self, p1, p2, p3) -> None:  # noqa: N802, ANN001
        self.ops.append(
            ("C", (p1[0] + self.dx, p1[1], p2[0] + self.dx, p2[1], p3[0] + self.dx, p3[1]))
        )

    def _closePath(self) -> None:  # noqa: N802
        self.ops.append(("Z", ()))


@lru_cache(maxsize=8)
def outline(text: str, font_file: str = "Carlito-Bold.ttf") -> tuple[tuple[Op, ...], float]:
    """The outline of `text` in font units of 1 (scale by the size), and its advance width."""
    with TTFont(str(resources_dir() / "fonts" / font_file)) as font:
        upem = font["head"].unitsPerEm
        cmap = font.getBestCmap()
        glyphs = font.getGlyphSet()
        pen = _Recorder(glyphs)
        for ch in text:
            name = cmap.get(ord(ch), ".notdef")
            glyphs[name].draw(pen)
            pen.dx += glyphs[name].width
    scaled = tuple((op, tuple(v / upem for v in values)) for op, values in pen.ops)
    return scaled, pen.dx / upem


def draw_outline(
    canvas,
    text: str,
    x: float,
    y: float,
    size: float,  # noqa: ANN001
    centred: bool = True,
) -> None:
    """Fill `text` as a path at (x, y) on the baseline, `size` points high."""
    ops, width = outline(text)
    x0 = x - width * size / 2 if centred else x
    path = canvas.beginPath()
    for op, v in ops:
        pts = [x0 + c * size if i % 2 == 0 else y + c * size for i, c in enumerate(v)]
        if op == "M":
            path.moveTo(*pts)
        elif op == "L":
            path.lineTo(*pts)
        elif op == "C":
            path.curveTo(*pts)
        else:
            path.close()
    canvas.drawPath(path, stroke=0, fill=1)
