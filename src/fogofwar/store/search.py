"""Full-text search over reports and claims: SQLite FTS5 (``report_search``,
``claim_search``, kept in sync by triggers; migration 0005) and PostgreSQL full-text search
(tables of tsvectors with GIN indexes, kept by triggers; migration 0008).

What a person types is never query syntax: it is cut into words, and a match holds every
word (stemmed: "shelling" finds "shelled"). Results come best match first, then newest.
Each has a ``snippet`` of the matching text with the matched words between ``MARK_START``
and ``MARK_END`` (control characters no report holds: readers turn them into spaces or
drop them), which ``web/queries/search.py`` turns into offsets.
"""

from __future__ import annotations

import re
from typing import Any

from .db import Database

MARK_START, MARK_END = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 16

_PG_HEADLINE = (f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12,"
                " MaxFragments=2, FragmentDelimiter=\" … \"'")


def _fts5_snippets(db: Database, rows: list[dict[str, Any]], table: str, column: str,
                   key: str, snippet_column: int, ws: list[str]) -> list[dict[str, Any]]:
    """SQLite: the snippets of one page's rows only (a snippet in the ranking query would
    be made for every match before the page is cut)."""
    if not rows:
        return rows
    ids = [r[key] for r in rows]
    got = {r["k"]: r["snippet"] for r in db.query(
        f"SELECT {column} AS k, snippet({table}, {snippet_column}, '{MARK_START}', '{MARK_END}',"
        f" ' … ', 24) AS snippet FROM {table} WHERE {table} MATCH ?"
        f" AND {column} IN ({', '.join('?' for _ in ids)})", [_fts5_query(ws), *ids])}
    return [dict(r, snippet=got.get(r[key])) for r in rows]


def _pg_headlines(db: Database, rows: list[dict[str, Any]], table: str, key: str,
                  column: str, ws: list[str]) -> list[dict[str, Any]]:
    """PostgreSQL: the snippets of one page's rows only (ts_headline parses the text)."""
    if not rows:
        return rows
    ids = [r[key] for r in rows]
    marks = ", ".join("?" for _ in ids)
    got = {r["k"]: r["snippet"] for r in db.query(
        f"SELECT {key} AS k, ts_headline('english', {column},"
        f" plainto_tsquery('english', ?), {_PG_HEADLINE}) AS snippet"
        f" FROM {table} WHERE {key} IN ({marks})", [" ".join(ws), *ids])}
    return [dict(r, snippet=got.get(r[key])) for r in rows]


def words(text: str) -> list[str]:
    """The words of a query, at most MAX_WORDS."""
    return _WORD.findall(text or "")[:MAX_WORDS]


def _fts5_query(ws: list[str]) -> str:
    """Every word as an FTS5 string (quoted: never an operator or a column filter)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in ws)


def _dates(column: str, since: str | None, until: str | None, params: list[Any]) -> str:
    sql = ""
    if since:
        sql += f" AND substr({column}, 1, 10) >= ?"
        params.append(since)
    if until:
        sql += f" AND substr({column}, 1, 10) <= ?"
        params.append(until)
    return sql


def _ranked_page(db: Database, select: str, rank: str, base: str, params: list[Any], tie: str,
                 offset: int, limit: int, lead: list[Any] = ()) -> tuple[list[dict[str, Any]], int]:
    """How many rows ``base`` (``FROM ... WHERE ...``, with ``params``) matches, and one page
    of ``select`` from them, best ``rank`` first (an expression whose own parameters,
    ``lead``, come before ``params``), then the newest report, then ``tie``."""
    total = int(db.query(f"SELECT COUNT(*) AS n{base}", params)[0]["n"])
    rows = db.query(f"SELECT {select}, {rank} AS rank{base}"
                    f" ORDER BY rank DESC, COALESCE(r.published, '') DESC, {tie}"
                    f" LIMIT {int(limit)} OFFSET {int(offset)}", [*lead, *params])
    return rows, total


def search_reports(db: Database, text: str, *, since: str | None = None,
                   until: str | None = None, offset: int = 0, limit: int = 20
                   ) -> tuple[list[dict[str, Any]], int]:
    """Reports matching every word of ``text`` (title or text), best first: rows with
    ``id``, ``title``, ``source``, ``published``, ``snippet``, ``rank``; and the total."""
    ws = words(text)
    if not ws:
        return [], 0
    params: list[Any] = []
    if db.dialect == "postgresql":
        q = "plainto_tsquery('english', ?)"
        base = (" FROM report_search s JOIN reports r ON r.id = s.report_id"
                f" WHERE s.vector @@ {q}")
        params.append(" ".join(ws))
        base += _dates("r.published", since, until, params)
        rows, total = _ranked_page(db, "r.id, r.title, r.source, r.published",
                                   f"ts_rank(s.vector, {q})", base, params, "r.id", offset,
                                   limit, lead=[" ".join(ws)])
        return _pg_headlines(db, rows, "reports", "id", "text", ws), total
    base = (" FROM report_search s JOIN reports r ON r.id = s.report_id"
            " WHERE report_search MATCH ?")
    params.append(_fts5_query(ws))
    base += _dates("r.published", since, until, params)
    rows, total = _ranked_page(db, "r.id, r.title, r.source, r.published",
                               "-bm25(report_search, 0, 4, 1)", base, params, "r.id", offset,
                               limit)
    return _fts5_snippets(db, rows, "report_search", "report_id", "id", -1, ws), total


def search_claims(db: Database, text: str, *, since: str | None = None,
                  until: str | None = None, offset: int = 0, limit: int = 20
                  ) -> tuple[list[dict[str, Any]], int]:
    """Claims whose source or content holds every word of ``text``, best first: rows with
    the claim's columns, the report's ``r_published``/``r_title``, ``snippet``, ``rank``."""
    ws = words(text)
    if not ws:
        return [], 0
    params: list[Any] = []
    cols = ("c.id, c.report_id, c.source_canonical, c.source_kind, c.source_side, c.stance,"
            " c.certainty, c.content_text, c.content_start, c.content_end,"
            " r.published AS r_published, r.title AS r_title")
    if db.dialect == "postgresql":
        q = "plainto_tsquery('english', ?)"
        base = (" FROM claim_search s JOIN claims c ON c.id = s.claim_id"
                f" JOIN reports r ON r.id = c.report_id WHERE s.vector @@ {q}")
        params.append(" ".join(ws))
        base += _dates("r.published", since, until, params)
        rows, total = _ranked_page(db, cols, f"ts_rank(s.vector, {q})", base, params, "c.id",
                                   offset, limit, lead=[" ".join(ws)])
        return _pg_headlines(db, rows, "claims", "id", "content_text", ws), total
    base = (" FROM claim_search s JOIN claims c ON c.id = s.claim_id"
            " JOIN reports r ON r.id = c.report_id WHERE claim_search MATCH ?")
    params.append(_fts5_query(ws))
    base += _dates("r.published", since, until, params)
    rows, total = _ranked_page(db, cols, "-bm25(claim_search, 0, 0, 2, 1)", base, params,
                               "c.id", offset, limit)
    return _fts5_snippets(db, rows, "claim_search", "claim_id", "id", 3, ws), total
