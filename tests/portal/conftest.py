"""Fixtures: real portal servers (SQLite and PostgreSQL) on loopback, contract-checking
clients, and a throwaway PostgreSQL cluster."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from portal.demo.seed import seed_demo
from portal.storage.engine import database_url, make_engine
from portal.storage.kiosks import enroll_kiosk
from portal.storage.transactions import writing
from tests.portal.contract import ContractClient
from tests.portal.postgres import postgres_cluster
from tests.portal.processes import RunningPortal, start_portal

_counter = itertools.count(1)


def unique(prefix: str) -> str:
    """Unique idempotency keys and client references across the whole session."""
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:8]}"


def seeded_database(db: str, kiosk: str = "test-kiosk") -> str:
    """Seed the demo content into `db`, enrol a kiosk and return its device token."""
    engine = make_engine(db)
    try:
        seed_demo(engine)
        with writing(engine) as conn:
            return enroll_kiosk(conn, kiosk)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPortal]:
    directory = tmp_path_factory.mktemp("portal")
    db = str(directory / "portal.db")
    token = seeded_database(db)
    running = start_portal(db, token, directory)
    yield running
    running.stop()


@pytest.fixture
def portal_engine(portal: RunningPortal) -> Iterator[Engine]:
    """Direct access to the running server's database (for staff actions and clocks)."""
    engine = make_engine(portal.db)
    yield engine
    engine.dispose()


def make_client(running: RunningPortal, token: str | None = None) -> ContractClient:
    headers = {"Authorization": f"Bearer {token or running.token}"}
    return ContractClient(base_url=running.base_url, headers=headers, timeout=30)


@pytest.fixture
def client(portal: RunningPortal) -> Iterator[ContractClient]:
    with make_client(portal) as http:
        yield http


@pytest.fixture
def anonymous(portal: RunningPortal) -> Iterator[ContractClient]:
    with ContractClient(base_url=portal.base_url, timeout=30) as http:
        yield http


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    with postgres_cluster() as url:
        yield url


@pytest.fixture
def new_postgres_database(postgres_url: str) -> Iterator[str]:
    """A fresh, empty database in the session cluster; dropped afterwards."""
    name = f"portal_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url(postgres_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield postgres_url.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def storage_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """`--db` value of an empty database, once for SQLite and once for PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "storage.db")
    url: str = request.getfixturevalue("new_postgres_database")
    return url


@pytest.fixture
def storage_engine(storage_db: str) -> Iterator[Engine]:
    engine = make_engine(storage_db)
    yield engine
    engine.dispose()
