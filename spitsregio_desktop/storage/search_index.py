"""Reading the full-text index: FTS5 on SQLite, tsvector + GIN on PostgreSQL.

Both indexes hold the same rows (revisions 0002/0003 and 0005_server), kept in sync by
triggers. `find` returns the same columns from either engine, best first, with the
matching words between the marks, so services.search does not know which engine it reads.

What a person types never reaches either engine as query syntax:
- SQLite: every chunk a quoted FTS5 prefix phrase, all required (`build_query`);
- PostgreSQL: every word a `'word':*` prefix lexeme, all required (`build_tsquery`); the
  `spitsregio_nl` configuration stems it and strips accents the same way as the index.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Row
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from .dialect import is_server

# A person does not type more than a handful of words into a search field; more terms
# only make the query slower (each prefix term is a range scan) without narrowing much.
MAX_TERMS = 12
SNIPPET_TOKENS = 16

# A whitespace-separated chunk counts as a word if it has a letter or digit; everything
# else (lone quotes, brackets, '*', '-', emoji) would give FTS5 an empty phrase.
_HAS_WORD = re.compile(r"[^\W_]")
_WORD = re.compile(r"[^\W_]+")


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


def build_tsquery(text: str) -> str:
    """The to_tsquery text for PostgreSQL: `'word':* & 'other':*`, or "" for nothing.

    Only runs of letters and digits survive, each quoted: no operator a person types
    (`&`, `|`, `!`, `<->`, `:`) can reach the parser.
    """
    if not text:
        return ""
    words: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFC", text)):
        term = f"'{word.lower()}':*"
        if term not in words:
            words.append(term)
        if len(words) == MAX_TERMS:
            break
    return " & ".join(words)


# The joins that turn an index row into the item, meeting and body to show; shared.
_JOINS = """
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
_SELECT = """
SELECT h.kind, h.ref_id, h.score, h.snip,
       ai.id AS item_id, ai.title AS item_title,
       m.id AS meeting_id, m.number AS meeting_number, m.date AS meeting_date,
       m.title AS meeting_title, b.short AS body_short
"""

# The ranking runs in a subquery with LIMIT, which SQLite cannot flatten into the joins:
# the joins (and their lookups) then run for the top `limit` rows only, not for every
# match of a common word. Keeping the MATCH and snippet() in one query matters too: a
# second query "MATCH ... AND rowid IN (...)" would re-run the whole full-text match.
_FTS5 = (
    _SELECT
    + """
FROM (
    SELECT kind, ref_id, rank AS score,
           snippet(search_index, -1, :mark_start, :mark_end, :ellipsis, :tokens) AS snip
    FROM search_index
    WHERE search_index MATCH :q
    ORDER BY rank
    LIMIT :limit
) AS h"""
    + _JOINS
)

# ts_rank with weights {D, C, B, A}: a title (A) hit weighs eight times a body (B) hit, as
# bm25(…, 8.0, 1.0) on SQLite. Negated so that, as with bm25, lower is better.
# ts_headline runs in the outer queries, only for the `limit` rows kept (it is the slow
# part). It does not mark a cut text as FTS5's snippet() does: the ellipses are added
# where the headline does not start or end the text.
_HEADLINE_OPTIONS = (
    "'StartSel=' || :mark_start || ', StopSel=' || :mark_end || ', MaxWords=' || :tokens"
    " || ', MinWords=' || (:tokens / 2)"
)
_POSTGRESQL = (
    _SELECT
    + f"""
FROM (
    SELECT g.kind, g.ref_id, g.score,
           CASE WHEN g.at > 1 THEN :ellipsis ELSE '' END || g.hl
           || CASE WHEN g.at > 0 AND g.at + g.hl_len <= length(g.txt) THEN :ellipsis
                   ELSE '' END AS snip
    FROM (
        SELECT r.kind, r.ref_id, r.score, x.hl, t.txt,
               strpos(t.txt, replace(replace(x.hl, :mark_start, ''), :mark_end, '')) AS at,
               length(replace(replace(x.hl, :mark_start, ''), :mark_end, '')) AS hl_len
        FROM (
            SELECT s.kind, s.ref_id, s.title, s.body, q.q,
                   -ts_rank('{{0.1, 0.1, 0.125, 1.0}}', s.tsv, q.q) AS score
            FROM search_index AS s, to_tsquery('spitsregio_nl', :q) AS q(q)
            WHERE s.tsv @@ q.q
            ORDER BY score, s.kind, s.ref_id
            LIMIT :limit
        ) AS r
        CROSS JOIN LATERAL (
            SELECT btrim(r.title || ' ' || r.body, ' ' || chr(9) || chr(10) || chr(13)) AS txt
        ) AS t
        CROSS JOIN LATERAL (
            SELECT ts_headline('spitsregio_nl', t.txt, r.q, {_HEADLINE_OPTIONS}) AS hl
        ) AS x
    ) AS g
) AS h"""
    + _JOINS
)


def find(session: Session, text: str, limit: int) -> list[Row]:
    """Up to `limit` index rows matching `text`, best first ([] when nothing to look for).

    Columns: kind, ref_id, score (lower is better), snip, item_id, item_title,
    meeting_id, meeting_number, meeting_date, meeting_title, body_short.
    """
    server = is_server(session)
    query = build_tsquery(text) if server else build_query(text)
    if not query:
        return []
    params = {
        "q": query,
        "limit": limit,
        "mark_start": "«",
        "mark_end": "»",
        "ellipsis": "…",
        "tokens": SNIPPET_TOKENS,
    }
    return list(session.execute(sql(_POSTGRESQL if server else _FTS5), params).all())
