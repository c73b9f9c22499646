"""Transaction scopes: `writing()` for changes, `reading()` for snapshots."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

from portal.storage.engine import READ_ONLY_OPTION


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction, committed on success and rolled back on any exception."""
    with engine.begin() as connection:
        yield connection


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """One read-only transaction (a WAL snapshot on SQLite; no write lock taken)."""
    with (
        engine.connect().execution_options(**{READ_ONLY_OPTION: True}) as connection,
        connection.begin(),
    ):
        yield connection
