"""reportlab's TrueType font with its per-character encoding loop skipped for text it knows.

Every string drawn in an embedded (subset) font goes through TTFont.splitString: a Python
loop over each character that looks up, or assigns, its code in the font's subset. A
30-year decision register draws ~1.5 million characters, and that loop was the largest
single cost of drawing it. Text is mostly made of characters the document has drawn
already: then the codes are one str.translate away, in C. Anything else — a character
not seen yet, one outside the first subset, a no-break space (reportlab draws it as a
space) — goes through reportlab's own loop, which also assigns the new codes.
The bytes are exactly reportlab's (tests/test_documents_plain_text.py compares them).
"""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import TTFont


class _Known:
    """What one document's subset state has assigned: the characters and their codes."""

    __slots__ = ("size", "chars", "codes")

    def __init__(self, assignments: dict[int, int]) -> None:
        self.size = len(assignments)
        first = {c: n for c, n in assignments.items() if n < 256 and c != 0xA0}
        self.chars = frozenset(map(chr, first))
        self.codes = first  # str.translate table: character → its code in subset 0


class FastTTFont(TTFont):
    def splitString(self, text, doc, encoding="utf-8"):  # noqa: ANN001, ANN201, N802
        state = self.state.get(doc) if isinstance(text, str) else None
        if state is not None and text:
            known = getattr(state, "_known", None)
            if known is None or known.size != len(state.assignments):
                known = state._known = _Known(state.assignments)
            if known.chars.issuperset(text):
                return [(0, text.translate(known.codes).encode("latin-1"))]
        return super().splitString(text, doc, encoding)
