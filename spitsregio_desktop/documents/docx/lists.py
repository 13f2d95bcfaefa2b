"""Lists in Word: "List Bullet" and "List Number" paragraphs, numbering restarted per list.

Word's "List Number" style points at one numbering definition (w:num), so every numbered
paragraph of the document counts on: the second list of the minutes would start at 4
(python-docx #87). Each numbered list therefore gets a w:num of its own, over the style's
abstract numbering, with a start override: 1 (or the number the secretary typed first).
"""

from __future__ import annotations

from docx.oxml.ns import qn

from ..model import Bullets
from ..text import for_docx
from .parts import styled_paragraph


def _style_num_id(document, style_name: str) -> int | None:  # noqa: ANN001
    num_id = document.styles[style_name].element.find(
        qn("w:pPr") + "/" + qn("w:numPr") + "/" + qn("w:numId")
    )
    return int(num_id.get(qn("w:val"))) if num_id is not None else None


def _new_num(document, style_name: str, start: int) -> int | None:  # noqa: ANN001
    """A fresh w:num over the style's abstract numbering, counting from `start`."""
    style_num = _style_num_id(document, style_name)
    if style_num is None:
        return None  # a template whose list style has no numbering: Word's own counting
    numbering = document.part.numbering_part.element
    abstract = None
    for num in numbering.num_lst:
        if num.numId == style_num:
            abstract = num.abstractNumId.val
    if abstract is None:
        return None
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(start)
    return num.numId


def add_list(document, block: Bullets) -> None:  # noqa: ANN001
    style = "List Number" if block.numbered else "List Bullet"
    paragraphs = [styled_paragraph(document, for_docx(item), style) for item in block.items]
    if not block.numbered or not paragraphs:
        return
    num_id = _new_num(document, style, block.start)
    if num_id is None:
        return
    for paragraph in paragraphs:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id
