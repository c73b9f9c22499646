"""Submissions over HTTP: registration, receipts, status lookups, validation, idempotency."""

from __future__ import annotations

import datetime as dt
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Engine

from portal.idempotency import Policy, claim, fingerprint
from portal.storage.kiosks import kiosk_for_token
from portal.storage.transactions import reading
from tests.portal.conftest import make_client, unique
from tests.portal.contract import ContractClient
from tests.portal.processes import RunningPortal, run_cli
from tests.portal.samples import civil_status_request, tax_certificate_request

REGISTRATION = re.compile(r"^(\d{4})/(\d{6})$")


def submit(client: ContractClient, body: dict, key: str | None = None, **headers: str):
    all_headers = {"Idempotency-Key": key or unique("key"), **headers}
    return client.post("/api/v1/submissions", json=body, headers=all_headers)


def test_submission_is_registered_with_number_code_and_receipt(client: ContractClient) -> None:
    reference = unique("ref")
    response = submit(client, tax_certificate_request(reference))

    assert response.status_code == 201
    body = response.json()
    assert REGISTRATION.match(body["registration_number"])
    assert re.fullmatch(r"[ACDEFHJKMNPRTUVWXY34679]{8}", body["access_code"])
    assert body["status"] == "registered"
    assert [h["status"] for h in body["status_history"]] == ["received", "registered"]
    assert body["expected_at"] > body["registered_at"]
    assert response.headers["location"] == body["receipt"]["status_url"]
    lines = "\n".join(body["receipt"]["lines"])
    assert body["registration_number"] in lines and body["access_code"] in lines
    # The receipt masks the personal ID: only the last four digits are printed.
    cnp = tax_certificate_request(reference)["data"]["cnp"]
    assert cnp not in lines and cnp[-4:] in lines


def test_status_lookup_accepts_dash_and_encoded_slash(client: ContractClient) -> None:
    body = submit(client, tax_certificate_request(unique("ref"))).json()
    number, code = body["registration_number"], body["access_code"]

    dashed = client.get(
        f"/api/v1/submissions/{number.replace('/', '-')}", params={"access_code": code.lower()}
    )
    encoded = client.get(
        f"/api/v1/submissions/{number.replace('/', '%2F')}", params={"access_code": code}
    )

    assert dashed.status_code == encoded.status_code == 200
    assert dashed.json()["registration_number"] == number
    assert dashed.json()["status_history"] == body["status_history"]
    assert "access_code" not in dashed.json()


def test_wrong_access_code_and_unknown_number_look_the_same(client: ContractClient) -> None:
    body = submit(client, tax_certificate_request(unique("ref"))).json()
    number = body["registration_number"].replace("/", "-")

    wrong = client.get(f"/api/v1/submissions/{number}", params={"access_code": "AAAAAAAA"})
    unknown = client.get("/api/v1/submissions/1999-000001", params={"access_code": "AAAAAAAA"})

    assert wrong.status_code == unknown.status_code == 404
    assert wrong.headers["content-type"] == "application/problem+json"
    assert set(wrong.json()) == set(unknown.json())
    assert "registration_number" not in wrong.text


def test_lookup_by_client_reference_is_limited_to_the_sending_kiosk(
    client: ContractClient, portal: RunningPortal
) -> None:
    reference = unique("ref")
    created = submit(client, tax_certificate_request(reference)).json()
    other_token = run_cli("enroll-kiosk", unique("other-kiosk"), "--db", portal.db).split()[-1]

    mine = client.get(f"/api/v1/submissions/by-reference/{reference}")
    with make_client(portal, other_token) as other:
        theirs = other.get(f"/api/v1/submissions/by-reference/{reference}")

    assert mine.status_code == 200
    assert mine.json()["registration_number"] == created["registration_number"]
    assert theirs.status_code == 404


def test_service_that_registers_later_answers_202_then_staff_register_it(
    client: ContractClient, portal: RunningPortal
) -> None:
    reference = unique("ref")
    response = submit(client, civil_status_request(reference))
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "received" and body["registration_number"] is None

    output = run_cli("set-status", body["id"], "registered", "--note", "ok", "--db", portal.db)

    later = client.get(f"/api/v1/submissions/by-reference/{reference}").json()
    assert later["status"] == "registered"
    assert REGISTRATION.match(later["registration_number"])
    assert later["registration_number"] in output


def test_set_status_cli_updates_history(client: ContractClient, portal: RunningPortal) -> None:
    body = submit(client, tax_certificate_request(unique("ref"))).json()
    number = body["registration_number"]

    run_cli("set-status", number, "in_progress", "--note", "Dosar la arhitect", "--db", portal.db)
    run_cli("set-status", number, "resolved", "--db", portal.db)

    status = client.get(
        f"/api/v1/submissions/{number.replace('/', '-')}",
        params={"access_code": body["access_code"]},
    ).json()
    assert [h["status"] for h in status["status_history"]][-2:] == ["in_progress", "resolved"]
    assert status["status_history"][-2]["note"] == "Dosar la arhitect"


def test_invalid_data_gives_422_with_pointers_in_the_requested_language(
    client: ContractClient,
) -> None:
    body = tax_certificate_request(unique("ref"))
    body["data"]["cnp"] = "1800101200010"  # right length, wrong check digit
    body["data"]["consent"] = False
    body["data"]["street"] = "Strada Inexistentă"
    del body["data"]["purpose"]

    response = submit(client, body, **{"Accept-Language": "uk"})

    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "validation_failed"
    assert set(problem["errors"]) == {"/data/cnp", "/data/consent", "/data/street", "/data/purpose"}
    assert problem["title"] == "Деякі відповіді потрібно виправити"
    assert "1800101200010" not in response.text  # never echo what was typed


def test_malformed_envelope_gives_422_and_unparseable_json_400(client: ContractClient) -> None:
    body = tax_certificate_request(unique("ref"))
    del body["applicant"]["surname"]
    shape = submit(client, body)
    garbage = client.post(
        "/api/v1/submissions",
        content=b"{not json",
        headers={"Idempotency-Key": unique("key"), "Content-Type": "application/json"},
    )

    assert shape.status_code == 422
    assert "/applicant/surname" in shape.json()["errors"]
    assert garbage.status_code == 400


def test_unknown_form_version_and_service(client: ContractClient) -> None:
    old = tax_certificate_request(unique("ref"))
    old["form_version"] = "1999.1"
    unknown = tax_certificate_request(unique("ref"))
    unknown["service_code"] = "no-such-service"

    assert submit(client, old).json()["code"] == "form_version_unknown"
    assert submit(client, unknown).status_code == 404


def test_client_reference_cannot_be_reused_for_another_submission(client: ContractClient) -> None:
    reference = unique("ref")
    assert submit(client, tax_certificate_request(reference)).status_code == 201
    again = submit(client, tax_certificate_request(reference))
    assert again.status_code == 422
    assert again.json()["code"] == "client_reference_reused"


def test_idempotency_key_is_required(client: ContractClient) -> None:
    response = client.post("/api/v1/submissions", json=tax_certificate_request(unique("r")))
    assert response.status_code == 400
    assert response.json()["code"] == "idempotency_key_missing"


@pytest.mark.parametrize("quoted", [True, False])
def test_retry_with_same_key_replays_the_original_response(
    client: ContractClient, quoted: bool
) -> None:
    key = unique("key")
    body = tax_certificate_request(unique("ref"))
    first = submit(client, body, f'"{key}"' if quoted else key)
    # The other spelling of the same key (quoted vs bare) is the same key.
    second = submit(client, body, key if quoted else f'"{key}"')

    assert first.status_code == second.status_code == 201
    assert "idempotency-replayed" not in first.headers
    assert second.headers["idempotency-replayed"] == "true"
    assert second.json() == first.json()


def test_same_key_with_a_different_body_is_422(client: ContractClient) -> None:
    key = unique("key")
    assert submit(client, tax_certificate_request(unique("ref")), key).status_code == 201
    response = submit(client, tax_certificate_request(unique("ref")), key)
    assert response.status_code == 422
    assert response.json()["code"] == "idempotency_key_reused"


def test_failed_request_releases_its_key(client: ContractClient) -> None:
    key = unique("key")
    body = tax_certificate_request(unique("ref"))
    broken = {**body, "data": {**body["data"], "consent": False}}
    assert submit(client, broken, key).status_code == 422
    assert submit(client, body, key).status_code == 201


def test_key_still_in_flight_is_409_with_retry_after(
    client: ContractClient, portal: RunningPortal, portal_engine: Engine
) -> None:
    key = unique("key")
    body = tax_certificate_request(unique("ref"))
    # Another worker has claimed this key and is still processing it.
    with reading(portal_engine) as conn:
        kiosk = kiosk_for_token(conn, portal.token)
    assert kiosk is not None
    request_hash = fingerprint("POST", "/api/v1/submissions", body)
    policy = Policy(dt.timedelta(days=7), dt.timedelta(seconds=60))
    assert claim(portal_engine, kiosk.id, key, request_hash, policy) is None

    response = submit(client, body, key)

    assert response.status_code == 409
    assert response.json()["code"] == "request_in_flight"
    assert int(response.headers["retry-after"]) >= 1


def test_concurrent_duplicates_register_exactly_once(portal: RunningPortal) -> None:
    key = unique("key")
    body = tax_certificate_request(unique("ref"))

    def attempt(_: int) -> tuple[int, dict]:
        with make_client(portal) as http:
            response = submit(http, body, key)
            return response.status_code, response.json()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(attempt, range(8)))

    statuses = {status for status, _ in results}
    assert statuses <= {201, 409}
    numbers = {b["registration_number"] for s, b in results if s == 201}
    assert len(numbers) == 1


def test_concurrent_submissions_get_consecutive_numbers(portal: RunningPortal) -> None:
    def attempt(_: int) -> str:
        with make_client(portal) as http:
            response = submit(http, tax_certificate_request(unique("ref")))
            assert response.status_code == 201
            return str(response.json()["registration_number"])

    with ThreadPoolExecutor(max_workers=8) as pool:
        numbers = list(pool.map(attempt, range(24)))

    sequences = sorted(int(REGISTRATION.match(n).group(2)) for n in numbers)  # type: ignore[union-attr]
    assert sequences == list(range(sequences[0], sequences[0] + 24))
