"""Qt counts text positions in UTF-16 code units, Python in code points.

They differ after every character outside the Basic Multilingual Plane (an emoji such as 🚲
counts 2 in Qt, 1 in Python), so a position taken from a QTextCursor cannot index a Python
string, nor a Python match position be handed to Qt, without these two conversions. Text
without such characters (nearly all) takes the fast path.
"""

from __future__ import annotations

BMP_MAX = "\uffff"


def all_bmp(text: str) -> bool:
    return not text or max(text) <= BMP_MAX


def to_qt(text: str, index: int) -> int:
    """Python index in `text` → Qt (UTF-16) position."""
    if all_bmp(text):
        return index
    return index + sum(1 for c in text[:index] if c > BMP_MAX)


def from_qt(text: str, position: int) -> int:
    """Qt (UTF-16) position in `text` → Python index."""
    if all_bmp(text):
        return min(position, len(text))
    units = 0
    for index, c in enumerate(text):
        if units >= position:
            return index
        units += 2 if c > BMP_MAX else 1
    return len(text)
