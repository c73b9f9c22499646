"""Device tokens (401/403), enrolment codes, and the per-kiosk rate limit (429)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.portal.conftest import make_client, seeded_database, unique
from tests.portal.contract import ContractClient
from tests.portal.processes import RunningPortal, last_word, run_cli, start_portal


def test_missing_token_is_401_with_challenge(anonymous: ContractClient) -> None:
    response = anonymous.get("/api/v1/services")
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "unauthorized"


def test_bad_token_is_401(portal: RunningPortal) -> None:
    with make_client(portal, "not-a-real-token") as http:
        assert http.get("/api/v1/services").status_code == 401
        # Discovery works without a token, but a token that is sent is checked.
        assert http.get("/api/v1/discovery").status_code == 401


def test_discovery_without_token(anonymous: ContractClient) -> None:
    body = anonymous.get("/api/v1/discovery").json()
    assert body["kiosk"] is None
    assert set(body["jurisdictions"]) == {"RO", "MD", "UA"}


def test_revoked_kiosk_gets_403(portal: RunningPortal) -> None:
    name = unique("kiosk")
    token = last_word(run_cli("enroll-kiosk", name, "--db", portal.db))
    with make_client(portal, token) as http:
        assert http.get("/api/v1/discovery").json()["kiosk"] == name
        run_cli("revoke-kiosk", name, "--db", portal.db)
        response = http.get("/api/v1/services")
    assert response.status_code == 403
    assert response.json()["code"] == "kiosk_revoked"


def test_enrolment_code_is_exchanged_once_for_a_working_token(
    portal: RunningPortal, anonymous: ContractClient
) -> None:
    name = unique("library-point")
    code = last_word(run_cli("enrollment-code", name, "--db", portal.db))

    enrolled = anonymous.post("/api/v1/kiosks/enrolment", json={"code": code.lower(), "name": name})
    again = anonymous.post("/api/v1/kiosks/enrolment", json={"code": code, "name": name})

    assert enrolled.status_code == 201
    assert again.status_code == 403
    assert again.json()["code"] == "enrolment_code_invalid"
    with make_client(portal, enrolled.json()["token"]) as http:
        assert http.get("/api/v1/services").status_code == 200


def test_enrolment_code_is_bound_to_the_kiosk_name(
    portal: RunningPortal, anonymous: ContractClient
) -> None:
    code = last_word(run_cli("enrollment-code", unique("kiosk-a"), "--db", portal.db))
    response = anonymous.post("/api/v1/kiosks/enrolment", json={"code": code, "name": "kiosk-b"})
    assert response.status_code == 403


def test_heartbeat(client: ContractClient) -> None:
    response = client.post(
        "/api/v1/kiosks/heartbeat",
        json={
            "app_version": "0.1.0",
            "uptime_s": 12,
            "outbox_pending": 0,
            "devices": {"printer": "ok", "camera": "missing"},
        },
    )
    assert response.status_code == 200
    assert response.json()["kiosk"] == "test-kiosk"
    assert (
        client.post("/api/v1/kiosks/heartbeat", json={"devices": {"x": "on fire"}}).status_code
        == 422
    )


@pytest.fixture(scope="module")
def limited_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPortal]:
    directory: Path = tmp_path_factory.mktemp("limited")
    db = str(directory / "limited.db")
    running = start_portal(db, seeded_database(db), directory, "--rate-limit", "3/60")
    yield running
    running.stop()


def test_rate_limit_gives_429_with_retry_after(limited_portal: RunningPortal) -> None:
    with make_client(limited_portal) as http:
        statuses = [http.get("/api/v1/services").status_code for _ in range(4)]
        limited = http.get("/api/v1/services")
    assert statuses[:3] == [200, 200, 200]
    assert limited.status_code == 429
    assert limited.json()["code"] == "rate_limited"
    assert 1 <= int(limited.headers["retry-after"]) <= 60


def test_server_logs_carry_no_personal_data(portal: RunningPortal, client: ContractClient) -> None:
    from tests.portal.samples import tax_certificate_request

    body = tax_certificate_request(unique("ref"))
    response = client.post(
        "/api/v1/submissions", json=body, headers={"Idempotency-Key": unique("key")}
    )
    created = response.json()
    client.get(
        f"/api/v1/submissions/{created['registration_number'].replace('/', '-')}",
        params={"access_code": created["access_code"]},
    )
    log = "\n".join(portal.log_lines())
    for secret in (body["data"]["cnp"], "Popescu", created["access_code"], portal.token):
        assert secret not in log
    assert '"route": "/api/v1/submissions"' in log
