"""The portal as the appointment, taxes and status journeys see it during practice: absent.

Practice covers requests and petitions (their practice target is on the kiosk). Booking,
paying and looking up would reach the real portal — hold a real slot, create a real
payment order, look up a real person — so while a practice session runs those journeys
get no portal at all; the service page says they are not part of practice.
"""

from __future__ import annotations

from kiosk.guided.mode import GuidedMode
from kiosk.petitions.channel import Open311Petitions
from kiosk.portal.client import PortalClient
from kiosk.portal.outbox import Outbox
from kiosk.portal.sender import SubmissionSender
from kiosk.portal_access import PortalAccess

# Service kinds a practice session can go through (forms and petitions).
PRACTICE_KINDS = frozenset({"form", "petition"})


class PracticeGuardedPortal:
    def __init__(self, portal: PortalAccess, mode: GuidedMode) -> None:
        self._portal = portal
        self._mode = mode

    @property
    def client(self) -> PortalClient | None:
        return None if self._mode.practice else self._portal.client

    @property
    def sender(self) -> SubmissionSender | None:
        return None if self._mode.practice else self._portal.sender

    @property
    def outbox(self) -> Outbox | None:
        return None if self._mode.practice else self._portal.outbox

    @property
    def petitions(self) -> Open311Petitions | None:
        return None if self._mode.practice else self._portal.petitions
