"""Obligations lookup (personal ID in the body) and idempotent payment orders."""

from __future__ import annotations

import httpx

from portal.demo.obligations import DEMO_CNP, DEMO_CNP_NO_DEBTS, DEMO_IDNP
from tests.portal.conftest import unique
from tests.portal.contract import ContractClient
from tests.portal.processes import RunningPortal


def lookup(client: ContractClient, service: str, personal_id: str, language: str = "ro"):
    return client.post(
        "/api/v1/obligations/lookup",
        json={"service_code": service, "personal_id": personal_id},
        headers={"Accept-Language": language},
    )


def pay(client: ContractClient, service: str, ids: list[str], key: str | None = None):
    return client.post(
        "/api/v1/payments",
        json={"service_code": service, "obligation_ids": ids, "client_reference": unique("pay")},
        headers={"Idempotency-Key": key or unique("key")},
    )


def test_lookup_lists_obligations_with_masked_id(client: ContractClient) -> None:
    body = lookup(client, "md-utility-payment", DEMO_IDNP, "ru").json()
    assert body["personal_id_masked"].endswith(DEMO_IDNP[-4:])
    assert DEMO_IDNP not in str(body)
    assert {o["id"] for o in body["obligations"]} == {"md-util-1", "md-util-2"}
    assert body["total"] == {"amount": "829.45", "currency": "MDL"}
    assert body["obligations"][0]["description"].startswith("Водоснабжение")


def test_lookup_without_debts_and_for_unknown_service(client: ContractClient) -> None:
    empty = lookup(client, "ro-local-taxes-payment", DEMO_CNP_NO_DEBTS).json()
    assert empty["obligations"] == [] and empty["total"] is None
    assert lookup(client, "ro-petition", DEMO_CNP).status_code == 404


def test_payment_order_is_idempotent_and_a_new_order_withdraws_the_old(
    client: ContractClient, portal: RunningPortal
) -> None:
    obligations = lookup(client, "ro-local-taxes-payment", DEMO_CNP).json()["obligations"]
    ids = [o["id"] for o in obligations if o["id"] != "ro-tax-3"]
    key = unique("key")

    first = pay(client, "ro-local-taxes-payment", ids, key)
    replay = client.post(
        "/api/v1/payments",
        content=first.request.content,
        headers={"Idempotency-Key": key, "Content-Type": "application/json"},
    )
    second_order = pay(client, "ro-local-taxes-payment", ids)

    assert first.status_code == 201
    order = first.json()
    assert order["amount"] == "252.70" and order["currency"] == "RON"
    assert order["pay_url"].startswith(portal.base_url)
    assert replay.headers["idempotency-replayed"] == "true"
    assert replay.json() == order
    # Asking again (the person walked away from the QR code) gives a new order and
    # withdraws the first, so the same debt can never be paid twice.
    assert second_order.status_code == 201
    withdrawn = client.get(f"/api/v1/payments/{order['order_id']}").json()
    assert withdrawn["status"] == "expired"
    assert httpx.post(order["pay_url"]).status_code == 200
    still = client.get(f"/api/v1/payments/{order['order_id']}").json()
    assert still["status"] == "expired" and still["paid_at"] is None
    order = second_order.json()

    # The person pays on the phone (the demo page), then the kiosk polls the order.
    page = httpx.get(order["pay_url"])
    assert page.status_code == 200 and "Pay" in page.text
    assert httpx.post(order["pay_url"]).status_code == 200
    paid = client.get(f"/api/v1/payments/{order['order_id']}").json()
    assert paid["status"] == "paid" and paid["paid_at"] is not None
    left = lookup(client, "ro-local-taxes-payment", DEMO_CNP).json()["obligations"]
    assert [o["id"] for o in left] == ["ro-tax-3"]


def test_payment_for_unknown_obligation_is_422(client: ContractClient) -> None:
    response = pay(client, "md-utility-payment", ["no-such-bill"])
    assert response.status_code == 422
    assert pay(client, "md-utility-payment", []).status_code == 422
