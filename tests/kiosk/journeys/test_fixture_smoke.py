"""The journey fixture connects the kiosk to a live portal (the base every journey test uses)."""

import asyncio

from kiosk.app import Kiosk
from tests.kiosk.async_helpers import run


def test_kiosk_reaches_the_reference_portal(
    journey_kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    client = journey_kiosk.portal.client
    assert client is not None
    discovery = run(qasync_loop, client.discovery())
    assert "RO" in getattr(discovery, "jurisdictions", [])
