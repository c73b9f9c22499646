"""Database engines: a `--db` argument (file path or URL) becomes a configured SQLAlchemy engine."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

READ_ONLY_OPTION = "portal_read_only"


def database_url(db: str) -> str:
    """Turn `--db` into a SQLAlchemy URL: plain paths are SQLite files."""
    if "://" not in db:
        return f"sqlite:///{Path(db).resolve()}"
    url = make_url(db)
    # Plain `postgresql://` would pick psycopg2, which we do not ship; psycopg 3 is the driver.
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def make_engine(db: str) -> Engine:
    """Engine for `db` with the per-dialect settings the storage layer relies on."""
    url = database_url(db)
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            pool_size=8,
            max_overflow=16,
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_size=8, max_overflow=16, pool_pre_ping=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event own transactions (pysqlite's implicit BEGIN is lazy
        # and would upgrade read locks to write locks mid-transaction, causing SQLITE_BUSY).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the lock up front (IMMEDIATE): they queue on busy_timeout instead of
        # deadlocking on a lock upgrade. Readers use a plain deferred BEGIN (WAL snapshot).
        if connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
