"""The Open311 client against an independent server that uses the spec's freedoms differently."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

from kiosk.petitions.open311_client import Open311Client
from kiosk.petitions.open311_models import PetitionDraft
from kiosk.petitions.open311_settings import Open311Settings
from kiosk.portal.errors import (
    PortalBadRequest,
    PortalError,
    PortalForbidden,
    PortalServerError,
    PortalTimeout,
    PortalUnreachable,
)
from tests.kiosk.petitions.tiny_open311 import API_KEY, JURISDICTION, TinyOpen311

T = TypeVar("T")


def _settings(server: TinyOpen311, **overrides: object) -> Open311Settings:
    values: dict[str, object] = {
        "url": server.url,
        "api_key": API_KEY,
        "jurisdiction_id": JURISDICTION,
        "timeout_s": 5.0,
    }
    values.update(overrides)
    return Open311Settings(**values)  # type: ignore[arg-type]


def _with_client(settings: Open311Settings, work: Callable[[Open311Client], Awaitable[T]]) -> T:
    async def run() -> T:
        async with Open311Client(settings) as client:
            return await work(client)

    return asyncio.run(run())


POTHOLE = PetitionDraft(
    service_code="101",
    description="A deep pothole in the right lane, getting bigger after the rain.",
    address_string="Str. Horea 12, Deva",
    first_name="Ioana",
    last_name="Popescu",
    email="ioana@example.org",
    attributes={"hazard": "2", "width": 0.5, "lanes": ["left", "right"]},
)


def test_services_are_listed_with_their_differences_tolerated(tiny_open311: TinyOpen311) -> None:
    services = _with_client(_settings(tiny_open311), lambda c: c.services())
    by_code = {s.service_code: s for s in services}
    assert list(by_code) == ["101", "202", "303"]  # a numeric code is read as text
    assert by_code["101"].metadata is True  # "true" as a string
    assert by_code["202"].metadata is False  # "false" as a string
    assert by_code["101"].keywords == ("road", "hole", "asphalt")
    assert by_code["202"].description is None and by_code["202"].group is None


def test_jurisdiction_is_sent_with_every_request(tiny_open311: TinyOpen311) -> None:
    with pytest.raises(PortalBadRequest) as refused:
        _with_client(_settings(tiny_open311, jurisdiction_id=None), lambda c: c.services())
    assert refused.value.problem.detail is not None
    assert "jurisdiction_id is required" in refused.value.problem.detail


def test_definition_is_read_in_order(tiny_open311: TinyOpen311) -> None:
    attributes = _with_client(_settings(tiny_open311), lambda c: c.definition("101"))
    assert [a.code for a in attributes] == [
        "hazard",
        "width",
        "first_seen",
        "lanes",
        "crew.note",
        "info",
    ]
    hazard = attributes[0]
    assert hazard.required and hazard.datatype == "singlevaluelist"
    assert [v.key for v in hazard.values] == ["1", "2"]
    assert attributes[-1].variable is False


def test_a_petition_gets_a_token_then_an_id_then_a_status(tiny_open311: TinyOpen311) -> None:
    settings = _settings(tiny_open311)
    receipt = _with_client(settings, lambda c: c.submit(POTHOLE))
    assert receipt.service_request_id is None
    assert receipt.token == "tok-1"
    sent = tiny_open311.filed[0].fields
    assert ("attribute[lanes][]", "left") in sent and ("attribute[lanes][]", "right") in sent
    assert ("attribute[width]", "0.5") in sent
    assert ("first_name", "Ioana") in sent and ("jurisdiction_id", JURISDICTION) in sent

    assert _with_client(settings, lambda c: c.token_status("tok-1")) is None  # not yet
    tiny_open311.assign_ids()
    request_id = _with_client(settings, lambda c: c.token_status("tok-1"))
    assert request_id == "7001"  # a numeric id, read as text

    status = _with_client(settings, lambda c: c.request_status("7001"))
    assert status.status == "open"
    assert status.status_notes is None and status.agency_responsible is None
    assert status.updated_datetime == dt.datetime(
        2026, 3, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    tiny_open311.close_request(7001, "Filled in on Monday.")
    closed = _with_client(settings, lambda c: c.request_status("7001"))
    assert (closed.status, closed.status_notes) == ("closed", "Filled in on Monday.")


def test_the_servers_validation_message_surfaces_and_is_final(tiny_open311: TinyOpen311) -> None:
    draft = PetitionDraft(
        service_code="101",
        description="A pothole without saying how dangerous.",
        address_string="Str. Horea 12",
    )
    with pytest.raises(PortalBadRequest) as refused:
        _with_client(_settings(tiny_open311), lambda c: c.submit(draft))
    error = refused.value
    assert error.transient is False
    assert error.status == 400
    assert error.problem.detail == "Attribute hazard is required: say how dangerous the pothole is"
    assert "Popescu" not in str(error) and "Horea" not in str(error)


def test_a_wrong_api_key_is_final(tiny_open311: TinyOpen311) -> None:
    with pytest.raises(PortalForbidden) as refused:
        _with_client(_settings(tiny_open311, api_key="wrong"), lambda c: c.submit(POTHOLE))
    assert refused.value.transient is False
    assert refused.value.problem.detail == "Invalid api_key"


def test_a_503_is_transient_and_the_next_try_works(tiny_open311: TinyOpen311) -> None:
    tiny_open311.fail_next.append(503)
    settings = _settings(tiny_open311)
    with pytest.raises(PortalServerError) as failed:
        _with_client(settings, lambda c: c.submit(POTHOLE))
    assert failed.value.transient is True and failed.value.status == 503
    assert tiny_open311.filed == []
    assert _with_client(settings, lambda c: c.submit(POTHOLE)).token == "tok-1"


def test_a_slow_server_is_a_transient_timeout(tiny_open311: TinyOpen311) -> None:
    tiny_open311.delay_next_s = 1.0
    with pytest.raises(PortalTimeout) as failed:
        _with_client(_settings(tiny_open311, timeout_s=0.3), lambda c: c.services())
    assert failed.value.transient is True


def test_no_server_is_transient(tiny_open311: TinyOpen311) -> None:
    settings = Open311Settings(url="http://127.0.0.1:9/georeport/v2", api_key=API_KEY)
    with pytest.raises(PortalUnreachable) as failed:
        _with_client(settings, lambda c: c.services())
    error: PortalError = failed.value
    assert error.transient is True


def test_a_petition_without_a_place_is_not_sent(tiny_open311: TinyOpen311) -> None:
    draft = PetitionDraft(service_code="202", description="The bin is overflowing again.")
    with pytest.raises(ValueError, match="address_string"):
        _with_client(_settings(tiny_open311), lambda c: c.submit(draft))
    assert tiny_open311.filed == []
