"""The client against the real reference portal on loopback (no mock transport)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest

from kiosk.catalogue.model import parse_catalogue
from kiosk.portal.appointments import AppointmentRequest
from kiosk.portal.catalogue_cache import CatalogueCache, CatalogueUnavailable
from kiosk.portal.catalogue_models import FormDocument, NotModified
from kiosk.portal.client import PortalClient
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal.errors import (
    PortalNotFound,
    PortalUnauthorized,
    PortalUnreachable,
    PortalValidationError,
)
from kiosk.portal.outbox import Outbox, OutboxState
from kiosk.portal.sender import SubmissionConfirmed, SubmissionSender
from kiosk.portal.settings import PortalSettings
from kiosk.portal.submissions import Applicant
from tests.kiosk.portal.fakes import (
    CANARY_CNP,
    StaticToken,
    canary_request,
    free_port,
    run,
)

DEMO_CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "demo" / "catalogue.json"
LANGUAGES = ("ro", "ru", "uk", "bg", "hu", "en")


def client_for(portal: EmbeddedPortal, token: str | None = None) -> PortalClient:
    settings = PortalSettings(url=portal.url, timeout_s=10)
    return PortalClient(settings, StaticToken(token or portal.token))


def test_discovery_knows_this_kiosk(portal: EmbeddedPortal) -> None:
    async def scenario() -> None:
        async with client_for(portal) as client:
            discovery = await client.discovery()
        assert discovery.api_version.startswith("1")
        assert set(discovery.languages) == set(LANGUAGES)
        assert discovery.changeset
        assert discovery.kiosk

    run(scenario())


def test_catalogue_has_the_offline_shape_and_revalidates(
    portal: EmbeddedPortal, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with client_for(portal) as client:
            cache = CatalogueCache(tmp_path, client)
            first = await cache.refresh_catalogue(LANGUAGES)
            second = await cache.refresh_catalogue(LANGUAGES)
        assert first.source == "portal" and second.source == "not_modified"
        assert first.catalogue == second.catalogue
        offline = json.loads(DEMO_CATALOGUE.read_text(encoding="utf-8"))
        assert first.catalogue == offline  # the demo portal is seeded from that very file
        parse_catalogue(first.catalogue)  # and the kiosk's own model accepts it

    run(scenario())


def test_catalogue_per_language_merge_matches(portal: EmbeddedPortal, tmp_path: Path) -> None:
    from kiosk.portal.catalogue_cache import merge_service_pages

    async def scenario() -> None:
        async with client_for(portal) as client:
            pages = {lang: await client.services(language=lang) for lang in LANGUAGES}
            whole = await client.catalogue()
        assert not isinstance(whole, NotModified)
        merged = merge_service_pages(pages)
        assert merged["services"] == whole.to_json()["services"]
        assert {g["code"] for g in merged["groups"]} <= {g["code"] for g in whole.groups}

    run(scenario())


def test_catalogue_filtered_to_languages(portal: EmbeddedPortal, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with client_for(portal) as client:
            catalogue = await CatalogueCache(tmp_path, client).load_catalogue(("ro", "hu"))
        service = catalogue["services"][0]
        assert set(service["name"]) == {"ro", "hu"}
        assert set(catalogue["groups"][0]["name"]) == {"ro", "hu"}

    run(scenario())


def test_offline_start_from_cache(portal: EmbeddedPortal, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with client_for(portal) as client:
            cache = CatalogueCache(tmp_path, client)
            online = await cache.load_catalogue(LANGUAGES)
            await cache.form("ro-petition")
        down = PortalClient(
            PortalSettings(url=f"http://127.0.0.1:{free_port()}", timeout_s=2), StaticToken("t")
        )
        async with down:
            offline_cache = CatalogueCache(tmp_path, down)
            assert offline_cache.cached_catalogue(LANGUAGES) == online
            result = await offline_cache.refresh_catalogue(LANGUAGES)
            assert result.source == "cache" and isinstance(result.error, PortalUnreachable)
            assert result.catalogue == online
            form = await offline_cache.form("ro-petition")
            assert form.schema["properties"]["description"]
            with pytest.raises(PortalUnreachable):
                await offline_cache.form("ro-tax-certificate")  # never cached
            with pytest.raises(CatalogueUnavailable):
                await CatalogueCache(tmp_path / "empty", down).load_catalogue(LANGUAGES)

    run(scenario())


def test_form_fetch_and_304(portal: EmbeddedPortal, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with client_for(portal) as client:
            form = await client.form("ro-petition")
            assert isinstance(form, FormDocument) and form.etag
            assert form.version == "2026.1"
            assert set(form.i18n) >= set(LANGUAGES)
            assert form.uischema["type"] == "Categorization"
            again = await client.form("ro-petition", etag=form.etag)
            assert isinstance(again, NotModified)
            cache = CatalogueCache(tmp_path, client)
            cached = await cache.form("ro-petition")
            assert cached.schema == form.schema
            assert (await cache.form("ro-petition")).etag == form.etag  # served after a 304
            with pytest.raises(PortalNotFound):
                await client.form("no-such-service")

    run(scenario())


def test_submit_status_and_lookup_by_reference(portal: EmbeddedPortal, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with client_for(portal) as client:
            sender = SubmissionSender(client, Outbox(tmp_path, bytes(32)))
            outcome = await sender.submit(canary_request("status"))
            await sender.stop()
            assert isinstance(outcome, SubmissionConfirmed)
            receipt = outcome.receipt
            assert receipt.registration_number and "/" in receipt.registration_number
            assert receipt.access_code and len(receipt.access_code) == 8
            assert receipt.submission.client_reference == outcome.client_reference
            assert receipt.receipt.lines
            status = await client.submission_status(
                receipt.registration_number, receipt.access_code
            )
            assert status.registration_number == receipt.registration_number
            assert status.status == receipt.status
            assert status.status_history
            by_ref = await client.submission_status_by_reference(outcome.client_reference)
            assert by_ref.registration_number == receipt.registration_number
            with pytest.raises(PortalNotFound):
                await client.submission_status(receipt.registration_number, "AAAAAAAA")

    run(scenario())


def test_validation_errors_come_back_per_field_and_localized(
    portal: EmbeddedPortal, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with client_for(portal) as client:
            client.language = "en"
            sender = SubmissionSender(client, Outbox(tmp_path, bytes(32)))
            bad = canary_request(petition_type="report", topic="lighting", description="short")
            with pytest.raises(PortalValidationError) as caught:
                await sender.submit(bad)
            await sender.stop()
        error = caught.value
        assert error.code == "validation_failed"
        assert error.title == "Some answers need correcting"
        assert any(pointer.startswith("/data/") for pointer in error.field_errors)
        assert error.user_message == "Some answers need to be corrected."

    run(scenario())


def test_idempotent_replay_of_the_same_body(portal: EmbeddedPortal) -> None:
    async def scenario() -> None:
        async with client_for(portal) as client:
            key = str(uuid.uuid4())
            body = canary_request("replay").to_body(f"REPLAY-{uuid.uuid4().hex[:8]}")
            first = await client.submit(body, key)
            second = await client.submit(body, key)
        assert not first.replayed and second.replayed
        assert first.registration_number == second.registration_number
        assert first.access_code == second.access_code

    run(scenario())


def test_revoked_or_unknown_token_is_final(portal: EmbeddedPortal) -> None:
    async def scenario() -> None:
        async with client_for(portal, token="not-a-token") as client:
            with pytest.raises(PortalUnauthorized) as caught:
                await client.catalogue()
        assert not caught.value.transient

    run(scenario())


def test_appointment_hold_confirm_lookup_cancel(portal: EmbeddedPortal) -> None:
    async def scenario() -> None:
        async with client_for(portal) as client:
            offices = await client.offices("ro-id-card-appointment")
            office = offices[0]
            days = await client.days("ro-id-card-appointment", office.code)
            slots = await client.slots("ro-id-card-appointment", office.code, days[0].date)
            slot = next(s for s in slots if s.available)
            request = AppointmentRequest(
                service_code="ro-id-card-appointment",
                office=office.code,
                slot_id=slot.id,
                applicant=Applicant("Ana", "Pop", CANARY_CNP, source="typed"),
                locale="ro",
            )
            held = await client.hold_appointment(request, str(uuid.uuid4()))
            assert held.status == "reserved" and held.access_code
            confirmed = await client.confirm_appointment(held.id, held.access_code)
            assert confirmed.status == "confirmed"
            looked_up = await client.appointment(held.id, held.access_code)
            assert looked_up.slot.starts_at == slot.starts_at
            ics = await client.appointment_ics(held.id, held.access_code)
            assert ics.startswith(b"BEGIN:VCALENDAR")
            assert client.appointment_ics_url(held.id, "X").endswith(".ics?access_code=X")
            cancelled = await client.cancel_appointment(held.id, held.access_code)
            assert cancelled.status == "cancelled"

    run(scenario())


def test_obligations_and_payment(portal: EmbeddedPortal) -> None:
    demo_cnp = "1800101200017"  # portal/demo/obligations.py: DEMO_CNP

    async def scenario() -> None:
        async with client_for(portal) as client:
            owed = await client.obligations("ro-local-taxes-payment", demo_cnp)
            assert owed.items and owed.total is not None
            assert demo_cnp not in owed.personal_id_masked
            order = await client.create_payment(
                "ro-local-taxes-payment", [owed.items[0].id], str(uuid.uuid4())
            )
            assert order.status == "pending" and order.pay_url
            assert order.amount == owed.items[0].amount
            assert (await client.payment(order.order_id)).order_id == order.order_id

    run(scenario())


def test_heartbeat_returns_changeset(portal: EmbeddedPortal) -> None:
    async def scenario() -> None:
        async with client_for(portal) as client:
            changeset = await client.heartbeat(
                {"app_version": "0.1.0", "uptime_s": 5, "outbox_pending": 0, "profile": "lobby"}
            )
            assert changeset == (await client.discovery()).changeset

    run(scenario())


def test_outbox_row_states_during_a_real_delivery(portal: EmbeddedPortal, tmp_path: Path) -> None:
    async def scenario() -> None:
        outbox = Outbox(tmp_path, bytes(32))
        async with client_for(portal) as client:
            sender = SubmissionSender(client, outbox)
            outcome = await sender.submit(canary_request("states"))
            await sender.stop()
        assert outbox.counts()[OutboxState.DELIVERED] == 1
        assert outbox.counts()[OutboxState.QUEUED] == 0
        record = outbox.delivery(outcome.client_reference)
        assert record is not None and record.access_code

    run(scenario())


def test_dates_are_iso(portal: EmbeddedPortal) -> None:
    async def scenario() -> None:
        async with client_for(portal) as client:
            office = (await client.offices("ro-id-card-appointment"))[0]
            days = await client.days("ro-id-card-appointment", office.code)
        dt.date.fromisoformat(days[0].date)

    run(scenario())
