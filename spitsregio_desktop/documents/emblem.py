"""The EU emblem from its published geometry, as SVG, as a PNG (for Word) and for reportlab.

Geometry (EU graphics guide): a blue rectangle of 3:2; twelve gold five-pointed stars, one
point up, their centres on an invisible circle whose radius is one third of the height,
at the hours of a clock face; each star's outer radius is one eighteenth of the height.
"""

from __future__ import annotations

import math
from functools import lru_cache

BLUE = "#003399"
GOLD = "#FFDD00"
# Inner/outer radius of a regular pentagram: sin(18°)/sin(54°).
_INNER = math.sin(math.radians(18)) / math.sin(math.radians(54))


def star_points(cx: float, cy: float, r: float, y_up: bool = False) -> list[tuple[float, float]]:
    """Ten corners of a five-pointed star with one point up."""
    sign = 1 if y_up else -1
    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * _INNER
        angle = math.radians(90 + 36 * k)
        points.append((cx + radius * math.cos(angle), cy + sign * radius * math.sin(angle)))
    return points


def star_centres(width: float, height: float, y_up: bool = False) -> list[tuple[float, float]]:
    cx, cy, ring = width / 2, height / 2, height / 3
    sign = 1 if y_up else -1
    return [
        (
            cx + ring * math.cos(math.radians(90 - 30 * i)),
            cy + sign * ring * math.sin(math.radians(90 - 30 * i)),
        )
        for i in range(12)
    ]


def stars(width: float, height: float, y_up: bool = False) -> list[list[tuple[float, float]]]:
    return [star_points(x, y, height / 18, y_up) for x, y in star_centres(width, height, y_up)]


def svg() -> str:
    """The emblem as a small standalone SVG (810 × 540 units, as in the EU guide)."""
    w, h = 810, 540
    polys = "\n".join(
        '  <polygon points="' + " ".join(f"{x:.2f},{y:.2f}" for x, y in star) + '"/>'
        for star in stars(w, h)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
        f'viewBox="0 0 {w} {h}">\n  <title>Europese vlag</title>\n'
        f'  <rect width="{w}" height="{h}" fill="{BLUE}"/>\n'
        f'  <g fill="{GOLD}">\n{polys}\n  </g>\n</svg>\n'
    )


@lru_cache(maxsize=4)
def png_bytes(height_px: int = 160) -> bytes:
    """The emblem as PNG for Word, drawn with Pillow (reportlab's own dependency).

    Drawn four times larger and scaled down: Pillow's polygons have no anti-aliasing.
    """
    import io

    from PIL import Image, ImageDraw

    scale = 4
    h = height_px * scale
    w = h * 3 // 2
    image = Image.new("RGB", (w, h), BLUE)
    draw = ImageDraw.Draw(image)
    for star in stars(w, h):
        draw.polygon(star, fill=GOLD)
    image = image.resize((w // scale, height_px), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def drawing(height: float):  # -> reportlab.graphics.shapes.Drawing
    """The emblem as reportlab vector graphics, `height` points high."""
    from reportlab.graphics.shapes import Drawing, Polygon, Rect
    from reportlab.lib.colors import HexColor

    width = height * 1.5
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=HexColor(BLUE), strokeColor=None))
    gold = HexColor(GOLD)
    for star in stars(width, height, y_up=True):
        d.add(Polygon([c for p in star for c in p], fillColor=gold, strokeColor=None))
    return d
