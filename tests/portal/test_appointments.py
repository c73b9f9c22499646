"""Appointments: offices → days → slots → hold → confirm / cancel, races and hold expiry."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine

from portal.storage.tables import appointments
from portal.storage.transactions import writing
from tests.portal.conftest import unique
from tests.portal.contract import ContractClient

SERVICE = "ro-civil-marriage-appointment"
BASE = f"/api/v1/appointment-services/{SERVICE}"


def free_slots(client: ContractClient, count: int = 1) -> tuple[str, list[dict[str, Any]]]:
    office = client.get(f"{BASE}/offices").json()["offices"][0]["code"]
    for day in client.get(f"{BASE}/days", params={"office": office}).json()["days"]:
        slots = client.get(f"{BASE}/slots", params={"office": office, "date": day["date"]})
        available = [s for s in slots.json()["slots"] if s["available"]]
        if len(available) >= count:
            return office, available[:count]
    raise AssertionError("no free slots in the demo data")


def hold(client: ContractClient, office: str, slot_id: str, key: str | None = None):
    return client.post(
        "/api/v1/appointments",
        json={
            "service_code": SERVICE,
            "office": office,
            "slot_id": slot_id,
            "applicant": {"given_names": "Ion", "surname": "Popescu", "source": "typed"},
            "contact": {"phone": "0722123456"},
            "client_reference": unique("apt"),
            "locale": "ro",
        },
        headers={"Idempotency-Key": key or unique("key")},
    )


def test_search_hold_confirm_lookup_and_calendar(client: ContractClient) -> None:
    offices = client.get(f"{BASE}/offices", headers={"Accept-Language": "hu"}).json()["offices"]
    assert offices[0]["name"].startswith("Déva")
    office, [slot] = free_slots(client)

    held = hold(client, office, slot["id"])
    assert held.status_code == 201
    appointment = held.json()
    assert appointment["status"] == "reserved"
    assert appointment["hold_expires_at"] > dt.datetime.now(dt.UTC).isoformat()
    code = appointment["access_code"]

    confirmed = client.post(
        f"/api/v1/appointments/{appointment['id']}/confirmation", json={"access_code": code}
    )
    repeated = client.post(
        f"/api/v1/appointments/{appointment['id']}/confirmation", json={"access_code": code}
    )
    looked_up = client.get(
        f"/api/v1/appointments/{appointment['id']}", params={"access_code": code}
    )
    ics = client.get(f"/api/v1/appointments/{appointment['id']}.ics", params={"access_code": code})

    assert confirmed.json()["status"] == repeated.json()["status"] == "confirmed"
    assert looked_up.json()["slot"]["starts_at"] == slot["starts_at"]
    assert "access_code" not in looked_up.json()
    assert ics.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VEVENT" in ics.text and "STATUS:CONFIRMED" in ics.text
    assert "Popescu" not in ics.text

    day = slot["starts_at"][:10]
    after = client.get(f"{BASE}/slots", params={"office": office, "date": day}).json()["slots"]
    assert next(s for s in after if s["id"] == slot["id"])["available"] is False


def test_wrong_access_code_is_404(client: ContractClient) -> None:
    office, [slot] = free_slots(client)
    appointment = hold(client, office, slot["id"]).json()
    wrong = client.get(f"/api/v1/appointments/{appointment['id']}", params={"access_code": "X"})
    assert wrong.status_code == 404


def test_slot_taken_meanwhile(client: ContractClient) -> None:
    office, [slot] = free_slots(client)
    assert hold(client, office, slot["id"]).status_code == 201
    second = hold(client, office, slot["id"])
    assert second.status_code == 422
    assert second.json()["code"] == "slot_taken"


def test_hold_is_idempotent(client: ContractClient) -> None:
    office, [slot] = free_slots(client)
    key = unique("key")
    first = hold(client, office, slot["id"], key)
    body = first.request.content
    again = client.post(
        "/api/v1/appointments",
        content=body,
        headers={"Idempotency-Key": key, "Content-Type": "application/json"},
    )
    assert again.status_code == 201
    assert again.headers["idempotency-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]


def test_expired_hold_cannot_be_confirmed_and_frees_the_slot(
    client: ContractClient, portal_engine: Engine
) -> None:
    office, [slot] = free_slots(client)
    appointment = hold(client, office, slot["id"]).json()
    # Let the hold run out: move its deadline (and the slot's) into the past.
    past = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=1)
    with writing(portal_engine) as conn:
        from portal.storage.tables import appointment_slots

        conn.execute(
            appointments.update()
            .where(appointments.c.id == appointment["id"])
            .values(hold_expires_at=past)
        )
        conn.execute(
            appointment_slots.update()
            .where(appointment_slots.c.id == slot["id"])
            .values(held_until=past)
        )

    status = client.get(
        f"/api/v1/appointments/{appointment['id']}",
        params={"access_code": appointment["access_code"]},
    ).json()["status"]
    confirm = client.post(
        f"/api/v1/appointments/{appointment['id']}/confirmation",
        json={"access_code": appointment["access_code"]},
    )
    someone_else = hold(client, office, slot["id"])

    assert status == "expired"
    assert confirm.status_code == 422
    assert confirm.json()["code"] == "hold_expired"
    assert someone_else.status_code == 201


def test_cancellation_frees_the_slot(client: ContractClient) -> None:
    office, [slot] = free_slots(client)
    appointment = hold(client, office, slot["id"]).json()
    cancelled = client.post(
        f"/api/v1/appointments/{appointment['id']}/cancellation",
        json={"access_code": appointment["access_code"]},
    )
    confirm = client.post(
        f"/api/v1/appointments/{appointment['id']}/confirmation",
        json={"access_code": appointment["access_code"]},
    )
    assert cancelled.json()["status"] == "cancelled"
    assert confirm.json()["code"] == "appointment_cancelled"
    assert hold(client, office, slot["id"]).status_code == 201


def test_unknown_office_and_bad_date(client: ContractClient) -> None:
    assert client.get(f"{BASE}/days", params={"office": "nowhere"}).status_code == 404
    office, _ = free_slots(client)
    bad = client.get(f"{BASE}/slots", params={"office": office, "date": "tomorrow"})
    assert bad.status_code == 400
    assert client.get(f"{BASE}/days").status_code == 400
    assert client.get("/api/v1/appointment-services/ro-petition/offices").status_code == 404
