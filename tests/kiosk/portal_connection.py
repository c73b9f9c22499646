"""A kiosk's connection to a reference portal on loopback, as the journey and UI tests use it."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kiosk.portal.client import PortalClient
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal.outbox import Outbox
from kiosk.portal.sender import SubmissionSender
from kiosk.portal.settings import PortalSettings
from kiosk.portal_access import ConnectedPortal


@contextmanager
def reference_portal(workdir: Path) -> Iterator[EmbeddedPortal]:
    """The reference portal on loopback in `workdir` (seeded demo data, one enrolled kiosk,
    no rate limit), stopped afterwards."""
    server = EmbeddedPortal.start(workdir=workdir, extra_serve_args=("--rate-limit", "0"))
    try:
        yield server
    finally:
        server.stop()


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
