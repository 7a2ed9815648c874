"""`column IN (...)` for long lists of ids, the same way on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, any_, literal
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

CHUNK = 500  # ids per IN (...) list: well under SQLite's and PostgreSQL's parameter limits


def among(session: Session, column: Any, values: list[str]) -> ColumnElement[bool]:
    """`column IN values`, as one array parameter on PostgreSQL: psycopg parses every distinct statement text,
    and hundreds of placeholders per statement made a hub merge spend most of its time doing that."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(literal(values, ARRAY(String())))  # type: ignore[no-any-return]
    return column.in_(values)  # type: ignore[no-any-return]
