"""Where petitions go when the configuration points them at an Open311 server.

The form journey asks this channel for the petition form (built from the
server's service list) and hands it the answers; everything else about the
journey (steps, validation, check answers, confirmation) stays the same.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from kiosk.petitions.open311_catalogue import fetch_petition_form
from kiosk.petitions.open311_client import Open311Client
from kiosk.petitions.open311_form import draft_from_form_data
from kiosk.petitions.open311_models import Open311Receipt

log = logging.getLogger("kiosk.petitions")


class Open311Petitions:
    def __init__(self, client: Open311Client) -> None:
        self.client = client

    async def form_document(self) -> dict[str, Any]:
        return await fetch_petition_form(self.client)

    async def submit(self, data: Mapping[str, Any]) -> Open311Receipt:
        """Send the answers as a GeoReport v2 service request (PortalError when refused)."""
        draft = draft_from_form_data(data)
        receipt = await self.client.submit(draft)
        log.info(
            "open311.petition_sent",
            extra={"service": draft.service_code, "has_id": receipt.service_request_id is not None},
        )
        return receipt

    async def aclose(self) -> None:
        await self.client.aclose()
