"""Full-text search (SQLite FTS5) over what was said in conversations and concerns."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Select, literal_column, select, text
from sqlalchemy.orm import InstrumentedAttribute

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str | None:
    """Plain words a person typed -> an FTS5 query: every word must appear, as a prefix.

    Quoting each word keeps FTS5 operators (AND, NEAR, *, quotes) in user text harmless.
    """
    words = _WORD.findall(query)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def matching(id_column: InstrumentedAttribute[int], table: str, query: str) -> ColumnElement[bool]:
    """A WHERE clause keeping the rows of `table` whose indexed text matches `query`."""
    expression = match_expression(query)
    if expression is None:
        return literal_column("1") == 1
    fts = f"{table}_fts"
    rowids: Select[Any] = (
        select(literal_column("rowid"))
        .select_from(text(fts))
        .where(text(f"{fts} MATCH :match_expression").bindparams(match_expression=expression))
    )
    return id_column.in_(rowids)
