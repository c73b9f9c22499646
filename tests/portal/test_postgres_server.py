"""The same server and CLI on PostgreSQL (`--db postgresql://…`)."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.portal.conftest import make_client, unique
from tests.portal.processes import RunningPortal, last_word, run_cli, start_portal
from tests.portal.samples import tax_certificate_request


@pytest.fixture
def pg_portal(new_postgres_database: str, tmp_path: Path) -> Iterator[RunningPortal]:
    assert "seeded 15 services" in run_cli("seed", "--demo", "--db", new_postgres_database)
    token = last_word(run_cli("enroll-kiosk", "pg-kiosk", "--db", new_postgres_database))
    running = start_portal(new_postgres_database, token, tmp_path)
    yield running
    running.stop()


def test_submissions_on_postgresql(pg_portal: RunningPortal) -> None:
    def attempt(_: int) -> str:
        with make_client(pg_portal) as http:
            response = http.post(
                "/api/v1/submissions",
                json=tax_certificate_request(unique("ref")),
                headers={"Idempotency-Key": unique("key")},
            )
            assert response.status_code == 201
            return str(response.json()["registration_number"])

    with ThreadPoolExecutor(max_workers=6) as pool:
        numbers = sorted(pool.map(attempt, range(12)))
    assert [int(n[-6:]) for n in numbers] == list(range(1, 13))

    with make_client(pg_portal) as http:
        number = numbers[0]
        run_cli("set-status", number, "in_progress", "--db", pg_portal.db)
        assert http.get("/api/v1/services").json()["services"]
        by_ref = http.get(
            f"/api/v1/submissions/{number.replace('/', '-')}", params={"access_code": "x"}
        )
        assert by_ref.status_code == 404
