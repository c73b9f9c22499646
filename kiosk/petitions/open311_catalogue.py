"""Fetch an Open311 server's services and definitions and build the petition form from them."""

from __future__ import annotations

import logging
from typing import Any

from kiosk.petitions.open311_client import Open311Client
from kiosk.petitions.open311_form import build_petition_form
from kiosk.petitions.open311_models import Open311Attribute

log = logging.getLogger("kiosk.petitions.catalogue")


async def fetch_petition_form(client: Open311Client) -> dict[str, Any]:
    """The form document for the petition journey; PortalError if the server fails.

    Definitions are asked only for services whose ``metadata`` is true, one by one
    (small municipal servers do not like bursts).
    """
    services = await client.services()
    definitions: dict[str, list[Open311Attribute]] = {}
    for service in services:
        if service.metadata:
            definitions[service.service_code] = await client.definition(service.service_code)
    log.info(
        "open311.catalogue",
        extra={"services": len(services), "with_attributes": len(definitions)},
    )
    return build_petition_form(services, definitions)
