"""What a journey view-model needs from the portal connection, and nothing more.

The connection is made after the first frame (see `kiosk.cli`), so `client` is
None for the first second or two, and stays None when no portal is configured:
a journey then says "not reachable right now" instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kiosk.petitions.channel import Open311Petitions
from kiosk.portal.client import PortalClient
from kiosk.portal.outbox import Outbox
from kiosk.portal.sender import SubmissionSender


class PortalAccess(Protocol):
    @property
    def client(self) -> PortalClient | None: ...

    @property
    def sender(self) -> SubmissionSender | None: ...

    @property
    def outbox(self) -> Outbox | None: ...

    @property
    def petitions(self) -> Open311Petitions | None:
        """Set when the configuration sends petitions to an Open311 server."""
        ...


@dataclass
class ConnectedPortal:
    """A PortalAccess made from parts already connected (tests, tools)."""

    client: PortalClient | None = None
    sender: SubmissionSender | None = None
    outbox: Outbox | None = None
    petitions: Open311Petitions | None = None
