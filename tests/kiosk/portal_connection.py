"""A kiosk's connection to a reference portal on loopback, as the journey and UI tests use it."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from kiosk.portal.client import PortalClient
from kiosk.portal.outbox import Outbox
from kiosk.portal.sender import SubmissionSender
from kiosk.portal.settings import PortalSettings
from kiosk.portal_access import ConnectedPortal


@dataclass(frozen=True)
class DeviceToken:
    """The enrolled kiosk's token (the keyring itself is tested in tests/kiosk/portal)."""

    token: str

    def get_device_token(self) -> str | None:
        return self.token


async def connect(url: str, token: str, data_dir: Path) -> ConnectedPortal:
    """Client, outbox and a running sender (its background task needs the running loop)."""
    client = PortalClient(
        PortalSettings.from_mapping({"url": url, "timeout_s": 5}), DeviceToken(token)
    )
    outbox = Outbox(data_dir / "outbox", secrets.token_bytes(32))
    sender = SubmissionSender(client, outbox)
    sender.start()
    return ConnectedPortal(client, sender, outbox)
