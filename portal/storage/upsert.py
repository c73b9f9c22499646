"""`INSERT … ON CONFLICT DO NOTHING` for both supported dialects."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def insert_ignoring_conflict(
    conn: Connection, table: Table, index_elements: list[str], **values: Any
) -> bool:
    """Insert a row unless one with the same key exists; True when a row was inserted."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(table)
        .values(**values)
        .on_conflict_do_nothing(index_elements=index_elements)
        # RETURNING rather than rowcount: psycopg reports -1 for ON CONFLICT inserts.
        .returning(table.c[index_elements[0]])
    )
    return conn.execute(statement).first() is not None
