"""`assisted_by` on POST /submissions: stored with the submission, staff id only."""

from __future__ import annotations

import json

from sqlalchemy import Engine, select

from portal.storage.tables import submissions
from portal.storage.transactions import reading
from tests.portal.conftest import unique
from tests.portal.contract import ContractClient
from tests.portal.samples import tax_certificate_request


def _post(client: ContractClient, body: dict):
    return client.post("/api/v1/submissions", json=body, headers={"Idempotency-Key": unique("key")})


def test_guided_assisted_by_is_stored_with_the_submission(
    client: ContractClient, portal_engine: Engine
) -> None:
    body = tax_certificate_request(unique("ref"))
    body["assisted_by"] = {
        "staff_id": "ana.ionescu",
        "on_behalf_of": True,
        "consent_recorded": True,
    }
    response = _post(client, body)
    assert response.status_code == 201
    number = response.json()["registration_number"]
    assert "assisted_by" not in response.json(), "the answer to the kiosk does not echo it"
    with reading(portal_engine) as conn:
        stored = conn.execute(
            select(submissions.c.assisted_by).where(submissions.c.registration_number == number)
        ).scalar_one()
    stored = json.loads(stored) if isinstance(stored, str) else stored
    assert stored == {"staff_id": "ana.ionescu", "on_behalf_of": True, "consent_recorded": True}


def test_guided_assisted_by_refuses_anything_but_the_staff_id_and_flags(
    client: ContractClient,
) -> None:
    body = tax_certificate_request(unique("ref"))
    body["assisted_by"] = {
        "staff_id": "ana.ionescu",
        "consent_recorded": True,
        "staff_name": "Ana Ionescu",
    }
    response = _post(client, body)
    assert response.status_code == 422
    assert "/assisted_by" in json.dumps(response.json()["errors"])
    assert "Ana Ionescu" not in response.text, "errors never echo the value"
