"""The Open311 client against the reference portal's /open311/v2 (api_key = kiosk device token)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

from kiosk.petitions.open311_client import Open311Client
from kiosk.petitions.open311_models import PetitionDraft
from kiosk.petitions.open311_settings import Open311Settings
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal.errors import PortalBadRequest, PortalForbidden, PortalNotFound

T = TypeVar("T")


def _settings(portal: EmbeddedPortal, **overrides: object) -> Open311Settings:
    values: dict[str, object] = {"url": portal.url + "/open311/v2", "api_key": portal.token}
    values.update(overrides)
    return Open311Settings(**values)  # type: ignore[arg-type]


def _with_client(settings: Open311Settings, work: Callable[[Open311Client], Awaitable[T]]) -> T:
    async def run() -> T:
        async with Open311Client(settings, language="en") as client:
            return await work(client)

    return asyncio.run(run())


PETITION = PetitionDraft(
    service_code="ro-petition",
    description="The street lights on Str. Horea have been out for a week.",
    address_string="Str. Horea 12, Deva",
    first_name="Ioana",
    last_name="Popescu",
    email="ioana@example.org",
    attributes={
        "petition_type": "report",
        "topic": "lighting",
        "reply_by": "email",
        "consent": "true",
    },
)


def test_petition_services_are_listed(open311_portal: EmbeddedPortal) -> None:
    services = _with_client(_settings(open311_portal), lambda c: c.services())
    assert "ro-petition" in [s.service_code for s in services]
    assert all(s.metadata for s in services)
    romanian = _with_client(_settings(open311_portal, jurisdiction_id="RO"), lambda c: c.services())
    assert [s.service_code for s in romanian] == ["ro-petition"]


def test_a_petition_is_filed_and_its_status_followed(open311_portal: EmbeddedPortal) -> None:
    settings = _settings(open311_portal)
    receipt = _with_client(settings, lambda c: c.submit(PETITION))
    assert receipt.service_request_id is not None
    assert receipt.token is not None
    assert _with_client(settings, lambda c: c.token_status(receipt.token or "")) == (
        receipt.service_request_id
    )
    status = _with_client(settings, lambda c: c.request_status(receipt.service_request_id or ""))
    assert status.status == "open"
    assert status.agency_responsible == "Primăria Municipiului Deva"

    # Staff resolve it in the back office.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "portal",
            "set-status",
            "--db",
            str(open311_portal.db_path),
            "--note",
            "The lamps were replaced.",
            receipt.service_request_id.replace("-", "/"),
            "resolved",
        ],
        check=True,
        capture_output=True,
    )
    closed = _with_client(settings, lambda c: c.request_status(receipt.service_request_id or ""))
    assert (closed.status, closed.status_notes) == ("closed", "The lamps were replaced.")
    assert closed.updated_datetime is not None


def test_the_portals_validation_message_surfaces(open311_portal: EmbeddedPortal) -> None:
    anonymous = PetitionDraft(
        service_code="ro-petition",
        description=PETITION.description,
        address_string="Str. Horea 12",
        attributes=dict(PETITION.attributes),
    )
    with pytest.raises(PortalBadRequest) as refused:
        _with_client(_settings(open311_portal), lambda c: c.submit(anonymous))
    assert refused.value.transient is False
    assert refused.value.problem.detail == "missing or invalid: first_name, last_name"


def test_a_revoked_or_wrong_key_is_refused(open311_portal: EmbeddedPortal) -> None:
    with pytest.raises(PortalForbidden) as refused:
        _with_client(_settings(open311_portal, api_key="not-a-token"), lambda c: c.submit(PETITION))
    assert refused.value.transient is False


def test_an_unknown_request_is_not_found(open311_portal: EmbeddedPortal) -> None:
    with pytest.raises(PortalNotFound) as missing:
        _with_client(_settings(open311_portal), lambda c: c.request_status("1999-999999"))
    assert missing.value.problem.detail == "unknown service_request_id"
