"""Full-text search over agenda items, notes, decisions, actions and attachment names.

The index is the FTS5 table `search_index` (migration 0002), kept in sync by triggers, so
a word committed a moment ago is found at once. This module only reads it:

- what a person types becomes a safe FTS5 query: every word a quoted prefix term, all
  words required, so quotes, parentheses, `*`, `AND`, `NEAR(`, `-` or emoji are plain
  text and never an FTS5 syntax error;
- results are ranked by bm25 (a title hit weighs more than a hit in the notes);
- the snippet marks the matching words with « and », plain text that both the window and
  the command line can show.

Use a session without an old read transaction open (a fresh one, or one just committed):
in WAL mode a read transaction keeps seeing the database as it was when it started.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from dataclasses import dataclass, replace

from sqlalchemy import Row
from sqlalchemy import text as sql
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from .confidentiality import confidential_items

log = logging.getLogger(__name__)

MARK_START = "«"
MARK_END = "»"
ELLIPSIS = "…"
SNIPPET_TOKENS = 16

# A person does not type more than a handful of words into a search field; more terms
# only make the query slower (each prefix term is a range scan) without narrowing much.
MAX_TERMS = 12
MAX_LIMIT = 500


@dataclass(frozen=True)
class SearchHit:
    """One result.

    kind: 'item' | 'decision' | 'action' | 'attachment'; ref_id: that row's id.
    item_id: the agenda item to open (the item itself, or the one the decision, action or
    attachment belongs to; None for an action without an item).
    title: the agenda item's title, or for an action without an item, the meeting's title.
    snippet: one line of context with the matching words between « and ».
    rank: bm25 score, lower is better (FTS5 convention; results come sorted by it).
    confidential: the item is confidential (inherited: it or an ancestor is flagged).
    """

    kind: str
    ref_id: int
    meeting_id: int | None
    item_id: int | None
    body_short: str
    meeting_number: int | None
    meeting_date: dt.date | None
    title: str
    snippet: str
    rank: float
    confidential: bool = False


# A whitespace-separated chunk counts as a word if it has a letter or digit; everything
# else (lone quotes, brackets, '*', '-', emoji) would give FTS5 an empty phrase.
_HAS_WORD = re.compile(r"[^\W_]")


def build_query(text: str) -> str:
    """The FTS5 MATCH expression for what a person typed, or "" when there is nothing to find.

    Each chunk becomes a quoted string followed by `*`: inside quotes FTS5 treats every
    character as text (only `"` needs doubling), and the unicode61 tokenizer splits the
    chunk the same way it split the indexed text. So "Oost-Brabant" and "auto's" become
    phrases ("oost" followed by "brabant*"), and "a AND (b" is three plain words.
    """
    if not text:
        return ""
    # NFC: a decomposed "é" (e + combining accent, as pasted from some programs) would
    # otherwise be split in two by the word test below.
    chunks = unicodedata.normalize("NFC", text).split()
    terms = []
    for chunk in chunks:
        if not _HAS_WORD.search(chunk):
            continue
        term = '"' + chunk.replace('"', '""') + '"*'
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return " AND ".join(terms)


# The ranking runs in a subquery with LIMIT, which SQLite cannot flatten into the joins:
# the joins (and their lookups) then run for the top `limit` rows only, not for every
# match of a common word. Keeping the MATCH and snippet() in one query matters too: a
# second query "MATCH ... AND rowid IN (...)" would re-run the whole full-text match.
_QUERY = """
SELECT h.kind, h.ref_id, h.score, h.snip,
       ai.id AS item_id, ai.title AS item_title,
       m.id AS meeting_id, m.number AS meeting_number, m.date AS meeting_date,
       m.title AS meeting_title, b.short AS body_short
FROM (
    SELECT kind, ref_id, rank AS score,
           snippet(search_index, -1, :mark_start, :mark_end, :ellipsis, :tokens) AS snip
    FROM search_index
    WHERE search_index MATCH :q
    ORDER BY rank
    LIMIT :limit
) AS h
LEFT JOIN decisions AS d ON h.kind = 'decision' AND d.id = h.ref_id
LEFT JOIN actions AS a ON h.kind = 'action' AND a.id = h.ref_id
LEFT JOIN attachments AS f ON h.kind = 'attachment' AND f.id = h.ref_id
LEFT JOIN agenda_items AS ai ON ai.id = CASE h.kind
    WHEN 'item' THEN h.ref_id
    WHEN 'decision' THEN d.agenda_item_id
    WHEN 'action' THEN a.agenda_item_id
    WHEN 'attachment' THEN f.agenda_item_id
END
LEFT JOIN meetings AS m ON m.id = coalesce(ai.meeting_id, d.meeting_id, a.meeting_id)
LEFT JOIN bodies AS b ON b.id = m.body_id
ORDER BY h.score, h.kind, h.ref_id
"""

_SPACES = re.compile(r"\s+")


def search(
    session: Session, text: str, limit: int = 50, *, public: bool = False
) -> list[SearchHit]:
    """Up to `limit` hits for `text`, best first. Empty or whitespace-only text gives [].

    Every hit says whether its item is confidential; `public` leaves such hits out (for
    results shown where others may see them).
    """
    query = build_query(text or "")
    if not query:
        return []
    limit = max(1, min(int(limit), MAX_LIMIT))
    try:
        rows = session.execute(
            sql(_QUERY),
            {
                "q": query,
                "limit": limit,
                "mark_start": MARK_START,
                "mark_end": MARK_END,
                "ellipsis": ELLIPSIS,
                "tokens": SNIPPET_TOKENS,
            },
        ).all()
    except OperationalError:
        # build_query should make this impossible; if FTS5 still refuses the query, a
        # search field must show "nothing found", not crash the window.
        # what was typed may name people: log only that it happened
        log.warning("FTS5 refused a search query of %d characters", len(query))
        return []
    hits = [_hit(row) for row in rows]
    meetings = {h.meeting_id for h in hits if h.meeting_id is not None}
    secret = confidential_items(session, meetings) if meetings else {}
    hits = [replace(h, confidential=h.item_id in secret) for h in hits]
    return [h for h in hits if not (public and h.confidential)]


def _hit(row: Row) -> SearchHit:
    title = row.item_title if row.item_title is not None else (row.meeting_title or "")
    return SearchHit(
        kind=row.kind,
        ref_id=int(row.ref_id),
        meeting_id=row.meeting_id,
        item_id=row.item_id,
        body_short=row.body_short or "",
        meeting_number=row.meeting_number,
        meeting_date=_date(row.meeting_date),
        title=title,
        # notes span lines; a result list shows one
        snippet=_SPACES.sub(" ", row.snip or "").strip(),
        rank=float(row.score),
    )


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
