"""Full-text search clauses: FTS5 on SQLite (see migration 0002), ILIKE on PostgreSQL."""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Text, cast, func, or_, text
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql import Select

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """'bio  win' -> '"bio"* AND "win"*': every word as a prefix, so results narrow as the user types."""
    tokens = _TOKEN.findall(user_text)
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens)


def restrict_to_matches(
    statement: Select, table: str, user_text: str, dialect: str, fallback_columns: list[InstrumentedAttribute]
) -> Select:
    """Keep only the rows of `table` that match `user_text`."""
    query = fts_query(user_text)
    if query is None:
        return statement
    if dialect == "sqlite":
        clause: ColumnElement[bool] = text(
            f"{table}.rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :fts_q)"
        ).bindparams(fts_q=query)
        return statement.where(clause)
    words = _TOKEN.findall(user_text)
    for word in words:
        statement = statement.where(or_(*(column.ilike(f"%{word}%") for column in fallback_columns)))
    return statement


def json_list_contains(column: InstrumentedAttribute, value: str) -> ColumnElement[bool]:
    """A JSON array column holds this item (case-insensitive, whole item only)."""
    return func.lower(cast(column, Text)).contains(f'"{value.lower()}"')
