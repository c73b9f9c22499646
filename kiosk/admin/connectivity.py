"""The portal check on the admin screen: reachable, TLS, enrolled, clock skew.

One ``GET /discovery`` through the kiosk's own client (same address, CA bundle
and token): it answers without a token but checks a token that is sent, and it
carries the portal's clock. Results are plain facts, no personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from kiosk.portal.client import PortalClient
from kiosk.portal.errors import (
    PortalError,
    PortalInsecure,
    PortalNotConfigured,
    PortalTimeout,
    PortalUnauthorized,
    PortalUnreachable,
)

# Tokens and receipts carry times; more than this apart and something will go wrong.
MAX_SKEW_S = 120


@dataclass(frozen=True, slots=True)
class ConnectivityReport:
    address: str
    reachable: bool
    tls: str  # "verified" | "none" (plain http) | "failed" | "unknown"
    enrolled: bool | None  # None: could not tell
    kiosk_name: str | None
    skew_s: float | None  # portal time minus kiosk time
    problem: str = ""  # an error class name: unreachable | timeout | insecure | ...

    @property
    def skew_ok(self) -> bool:
        return self.skew_s is not None and abs(self.skew_s) <= MAX_SKEW_S


async def check_portal(client: PortalClient, now: datetime) -> ConnectivityReport:
    address = client.settings.url
    https = urlsplit(address).scheme == "https"
    client.forget_token()  # a technician may just have enrolled: read the keyring again
    try:
        discovery = await client.discovery()
    except PortalUnauthorized:
        return ConnectivityReport(
            address, True, "verified" if https else "none", False, None, None, "unauthorized"
        )
    except PortalNotConfigured:
        return ConnectivityReport(address, False, "unknown", False, None, None, "no_token")
    except PortalInsecure:
        return ConnectivityReport(address, False, "failed", None, None, None, "insecure")
    except PortalTimeout:
        return ConnectivityReport(address, False, "unknown", None, None, None, "timeout")
    except PortalUnreachable:
        return ConnectivityReport(address, False, "unknown", None, None, None, "unreachable")
    except PortalError as error:
        return ConnectivityReport(
            address,
            True,
            "verified" if https else "none",
            None,
            None,
            None,
            error.code or type(error).__name__,
        )
    skew = None
    if discovery.server_time:
        try:
            server = datetime.fromisoformat(discovery.server_time.replace("Z", "+00:00"))
            skew = round((server - now).total_seconds(), 1)
        except ValueError:
            skew = None
    return ConnectivityReport(
        address,
        True,
        "verified" if https else "none",
        discovery.kiosk is not None,
        discovery.kiosk,
        skew,
    )
