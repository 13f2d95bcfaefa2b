"""Plain paragraphs drawn as text lines: long documents' thousands of paragraphs, fast.

A decision register over thirty years is ~11 000 paragraphs on ~420 pages. reportlab's
Paragraph parses each one as markup (an HTML parser), measures every word anew and draws
through its fragment machinery: ~3 s of CPU. Nearly all of them are plain text in one font,
some after a bold lead ("Besluit 3:"). PlainParagraph breaks such text into lines with
Paragraph.breakLines' greedy rule (the same space shrinkage, word widths measured once per
word and font), splits between lines as Paragraph.split does (no lone first line at the
bottom of a page) and draws each line into one text object, as Paragraph draws a line:
the same lines, the same look, the same text layer.

Text that needs Paragraph stays one (`plain_paragraph` says None): a character Carlito lacks
(a fallback font, right-to-left), a line break, a no-break or soft hyphen, other white
space, or a word wider than the column (Paragraph splits it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from operator import itemgetter

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from .glyphs import coverage
from .styles import FONT

# anything but plain words between single kinds of space: Paragraph's own cases
_NOT_PLAIN = re.compile(r"[^\S ]|[\xad\u200b-\u200f\u2028-\u202e\u2060-\u206f]")


@lru_cache(maxsize=1)
def _plain_chars() -> frozenset[str]:
    """The characters plain text may hold: the main font draws them, none is _NOT_PLAIN."""
    return frozenset(c for c in coverage(FONT) if not _NOT_PLAIN.match(c))


_widths: dict[tuple[str, float], dict[str, float]] = {}

Word = tuple[str, str, float]  # (font name, word, its width)


def plain_paragraph(
    text: str, lead: str, style: ParagraphStyle, width: float
) -> PlainParagraph | None:
    """The paragraph for a column `width` wide, the lead's words in bold; None when the text
    needs Paragraph (see the module's docstring) or the style is not a plain left one."""
    if style.alignment or style.leftIndent or style.firstLineIndent or style.rightIndent:
        return None
    allowed = _plain_chars()
    if not allowed.issuperset(text) or not allowed.issuperset(lead):
        return None
    size = style.fontSize
    words = _measured(_bold(style.fontName), size, lead.split())
    words += _measured(style.fontName, size, text.split())
    if not words or max(map(itemgetter(2), words)) > width:
        return None  # nothing to draw, or a word Paragraph must split
    return PlainParagraph(words, style)


@lru_cache(maxsize=8)
def _bold(font: str) -> str:
    """The bold face of a style's font, as Paragraph's <b> picks it (italic stays italic)."""
    family, _bold_, italic = ps2tt(font)
    return tt2ps(family, 1, italic)


def _measured(font: str, size: float, words: list[str]) -> list[Word]:
    """Words with their widths, each distinct word measured once per font and size (the
    loops in C: a long register has ~150 000 words)."""
    known = _widths.get((font, size)) or _widths.setdefault((font, size), {})
    if len(known) > 100_000:  # a window open all year: start over rather than grow
        known.clear()
    for word in set(words).difference(known):
        known[word] = stringWidth(word, font, size)
    return list(zip(repeat(font), words, map(known.__getitem__, words)))


class _Spaces(dict):
    """The width of a space in each font at one size, measured when first asked."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def __missing__(self, font: str) -> float:
        width = self[font] = stringWidth(" ", font, self.size)
        return width


_spaces: dict[float, _Spaces] = {}


Line = tuple[float, list[Word]]  # (width left over, the words)


class PlainParagraph(Flowable):
    """Plain words in a Paragraph style (left-aligned, no indents), laid out as Paragraph
    lays them out."""

    def __init__(self, words: list[Word], style: ParagraphStyle) -> None:
        super().__init__()
        self.words = words
        self.style = style
        self.lines: list[Line] = []
        self._wrapped_for = -1.0

    def _break(self, width: float) -> list[Line]:
        """Paragraph.breakLines' greedy rule (a word wider than the line was left to
        Paragraph by plain_paragraph): a word goes on when it fits, the spaces allowed to
        shrink by style.spaceShrinkage each."""
        size = self.style.fontSize
        shrink = self.style.spaceShrinkage
        spaces = _spaces.get(size) or _spaces.setdefault(size, _Spaces(size))
        lines: list[Line] = []
        line: list[Word] = []
        current = 0.0
        space = 0.0  # before the next word: none at a line's start
        for word in self.words:
            new = current + space + word[2]
            if line and new > width + shrink * space * len(line):
                lines.append((width - current, line))
                line, new = [], word[2]
            line.append(word)
            current = new
            space = spaces[word[0]]
        if line:
            lines.append((width - current, line))
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth != self._wrapped_for:
            self.lines, self._wrapped_for = self._break(availWidth), availWidth
        self.width, self.height = availWidth, len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Paragraph.split's rule: as many lines as fit, but not one alone (an orphan)."""
        self.wrap(availWidth, availHeight)
        style = self.style
        fit = int(availHeight / float(style.leading))
        if (not style.allowOrphans and fit <= 1) or fit == 0:
            return []
        n = len(self.lines)
        if n <= fit:
            return [self]
        if not style.allowWidows and n == fit + 1:
            if (style.allowOrphans and n == 3) or n > 3:
                fit -= 1
            else:
                return []
        return [self._part(self.lines[:fit], availWidth), self._part(self.lines[fit:], None)]

    def _part(self, lines: list[Line], width: float | None) -> PlainParagraph:
        part = PlainParagraph([w for _left, words in lines for w in words], self.style)
        if width is not None:
            part.lines, part._wrapped_for = lines, width
        return part

    def draw(self) -> None:
        text = self.canv.beginText()  # drawOn() saved the canvas state and restores it
        self.write(text, 0.0, None)
        self.canv.drawText(text)

    def write(self, text: PDFTextObject, bottom: float, color: object) -> object:
        """Each line as Paragraph draws it, into `text` with this paragraph's bottom at
        `bottom`: a font change only where the bold lead ends, an overfull line (space
        shrinkage) pulled in by word spacing. `color`: the fill colour `text` has; returns
        the one it has after (set only when it changes)."""
        style = self.style
        if style.textColor is not color:  # the styles share their colour objects
            color = style.textColor
            text.setFillColor(color)
        text.setTextOrigin(0, bottom + self.height - style.fontSize)
        size, leading = style.fontSize, style.leading
        font = self.lines[0][1][0][0] if self.lines else style.fontName
        text.setFont(font, size, leading)
        for left, words in self.lines:
            if left > -1e-8 and words[0][0] == words[-1][0] == font:  # most lines: one font
                text.textLine(" ".join([w[1] for w in words]))
                continue
            runs: list[tuple[str, list[str]]] = []
            for word_font, word, _width in words:
                if runs and runs[-1][0] == word_font:
                    runs[-1][1].append(word)
                else:
                    runs.append((word_font, [word]))
            squeeze = left < -1e-8 and len(words) > 1
            if squeeze:
                text.setWordSpace(left / float(len(words) - 1))
            for i, (run_font, run) in enumerate(runs):
                if run_font != font:
                    font = run_font
                    text.setFont(font, size, leading)
                if i + 1 < len(runs):
                    text.textOut(" ".join(run) + " ")  # the space goes with the lead
                else:
                    text.textLine(" ".join(run))
            if squeeze:
                text.setWordSpace(0)
        return color


_FUZZ = 1e-6  # reportlab's frames.py: how far a flowable may reach below the frame


class PlainStack(Flowable):
    """Consecutive plain paragraphs as one flowable: the frame handles one flowable instead
    of each (its bookkeeping cost as much as drawing them), while every paragraph lands
    exactly where the frame would put it: the same spaces between them (a paragraph's
    space after, overlapped by the next one's space before, as the frame does), and at a
    page's end the same split: the paragraphs that fit, the one that does not fit split by
    its own rule, the rest on the next page."""

    def __init__(self, parts: list[PlainParagraph]) -> None:
        super().__init__()
        self.parts = parts
        # between part i-1 and part i: the space after, and what the space before adds
        self._gaps = [0.0] + [
            after + max(part.getSpaceBefore() - after, 0)
            for after, part in zip([p.getSpaceAfter() for p in parts[:-1]], parts[1:], strict=True)
        ]

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.parts[0].getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.parts[-1].getSpaceAfter()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        height = 0.0
        for gap, part in zip(self._gaps, self.parts, strict=True):
            height += gap + part.wrap(availWidth, availHeight)[1]
        self.width, self.height = availWidth, height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """What the frame would do with the parts one by one in `availHeight`."""
        room = availHeight
        for i, part in enumerate(self.parts):
            room -= self._gaps[i]
            height = part.wrap(availWidth, room)[1]
            if room > 0 and room - height >= -_FUZZ:
                room -= height
                continue
            pieces = part.split(availWidth, room) if room > 0 else []
            if len(pieces) == 2:
                first, rest = [*self.parts[:i], pieces[0]], [pieces[1], *self.parts[i + 1 :]]
            else:
                first, rest = self.parts[:i], self.parts[i:]
            return [PlainStack(first), PlainStack(rest)] if first else []
        return [self]

    def draw(self) -> None:
        """Every part into one text object, each at the place the frame would give it."""
        text = self.canv.beginText()
        top, color = self.height, None
        for gap, part in zip(self._gaps, self.parts, strict=True):
            top -= gap + part.height
            color = part.write(text, top, color)
        self.canv.drawText(text)


def stacked(story: list[Flowable]) -> list[Flowable]:
    """The story with each run of consecutive plain paragraphs made one PlainStack."""
    out: list[Flowable] = []
    run: list[PlainParagraph] = []
    for flowable in [*story, None]:
        if type(flowable) is PlainParagraph:
            run.append(flowable)
            continue
        if run:
            out.append(PlainStack(run) if len(run) > 1 else run[0])
            run = []
        if flowable is not None:
            out.append(flowable)
    return out
