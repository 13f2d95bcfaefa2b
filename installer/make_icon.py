"""Draw the application icon: resources/icon.png (256 x 256) and resources/icon.ico (multi-size).

A rounded blue square with a white agenda sheet (three lines) and a check mark. Drawn at
4x with Pillow and scaled down, so the edges are smooth at every size. Run it again after
changing the drawing and commit the generated files:

    python installer/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"

BLUE = (31, 90, 166, 255)  # #1F5AA6
BLUE_DARK = (22, 66, 124, 255)
WHITE = (255, 255, 255, 255)
LINE = (158, 181, 214, 255)
GREEN = (46, 160, 90, 255)
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 96, 128, 256]
SCALE = 4  # supersampling


def draw(size: int = 256) -> Image.Image:
    s = size * SCALE

    def px(v: float) -> int:
        return round(v * s / 256)

    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    # background: rounded square with a slightly darker bottom edge
    d.rounded_rectangle((px(8), px(12), px(248), px(250)), radius=px(48), fill=BLUE_DARK)
    d.rounded_rectangle((px(8), px(6), px(248), px(244)), radius=px(48), fill=BLUE)
    # the agenda sheet
    d.rounded_rectangle((px(58), px(40), px(198), px(212)), radius=px(14), fill=WHITE)
    # three agenda lines with bullets
    for i, y in enumerate((78, 112, 146)):
        d.ellipse((px(76), px(y - 7), px(90), px(y + 7)), fill=BLUE)
        right = 178 if i < 2 else 132
        d.rounded_rectangle((px(100), px(y - 5), px(right), px(y + 5)), radius=px(5), fill=LINE)
    # the check mark in a green disc at the lower right, ringed in the background blue
    cx, cy, r = 178, 186, 46
    d.ellipse((px(cx - r - 8), px(cy - r - 8), px(cx + r + 8), px(cy + r + 8)), fill=BLUE)
    d.ellipse((px(cx - r), px(cy - r), px(cx + r), px(cy + r)), fill=GREEN)
    check = [(cx - 24, cy + 1), (cx - 7, cy + 18), (cx + 25, cy - 16)]
    d.line([(px(x), px(y)) for x, y in check], fill=WHITE, width=px(13), joint="curve")
    for x, y in (check[0], check[2]):  # round caps
        d.ellipse((px(x - 6.5), px(y - 6.5), px(x + 6.5), px(y + 6.5)), fill=WHITE)
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main(out_dir: Path = RESOURCES) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(out_dir / "icon.png", optimize=True)
    # every size drawn on its own (not one image shrunk by the ICO writer): crisper small icons
    frames = [draw(n) for n in ICO_SIZES]
    frames[-1].save(
        out_dir / "icon.ico",
        format="ICO",
        sizes=[(n, n) for n in ICO_SIZES],
        append_images=frames[:-1],
    )
    print(f"{out_dir / 'icon.png'}\n{out_dir / 'icon.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
