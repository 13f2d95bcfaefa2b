"""Full-text search over agenda items, notes, decisions, actions and attachment names.

The index (storage.search_index: FTS5 on SQLite, tsvector on a PostgreSQL server) is kept
in sync by triggers, so a word committed a moment ago is found at once. This module only
reads it, the same way on both engines:

- what a person types becomes a safe query: every word a prefix term, all words
  required, so quotes, parentheses, `*`, `AND`, `NEAR(`, `-` or emoji are plain text and
  never a syntax error;
- results are ranked (a title hit weighs more than a hit in the notes);
- the snippet marks the matching words with « and », plain text that both the window and
  the command line can show.

Use a session without an old read transaction open (a fresh one, or one just committed):
in WAL mode a read transaction keeps seeing the database as it was when it started.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, replace

from sqlalchemy import Row
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..storage.search_index import MAX_TERMS, SNIPPET_TOKENS, build_query, find
from .confidentiality import confidential_items

log = logging.getLogger(__name__)

MARK_START = "«"
MARK_END = "»"
ELLIPSIS = "…"
MAX_LIMIT = 500
__all__ = ["MAX_TERMS", "SNIPPET_TOKENS", "SearchHit", "build_query", "search"]


@dataclass(frozen=True)
class SearchHit:
    """One result.

    kind: 'item' | 'decision' | 'action' | 'attachment'; ref_id: that row's id.
    item_id: the agenda item to open (the item itself, or the one the decision, action or
    attachment belongs to; None for an action without an item).
    title: the agenda item's title, or for an action without an item, the meeting's title.
    snippet: one line of context with the matching words between « and ».
    rank: lower is better (bm25 on SQLite, minus ts_rank on a server); results come sorted
    by it.
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


_SPACES = re.compile(r"\s+")


def search(
    session: Session, text: str, limit: int = 50, *, public: bool = False
) -> list[SearchHit]:
    """Up to `limit` hits for `text`, best first. Empty or whitespace-only text gives [].

    Every hit says whether its item is confidential; `public` leaves such hits out (for
    results shown where others may see them).
    """
    limit = max(1, min(int(limit), MAX_LIMIT))
    try:
        rows = find(session, text or "", limit)
    except DBAPIError:
        # the query builders should make this impossible; if the engine still refuses the
        # query, a search field must show "nothing found", not crash the window.
        # what was typed may name people: log only that it happened
        session.rollback()  # PostgreSQL: the failed statement aborted the transaction
        log.warning("the search index refused a query of %d characters", len(text or ""))
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
