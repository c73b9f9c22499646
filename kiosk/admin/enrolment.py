"""On-screen enrolment: portal address + one-time code → device token in the keyring.

``POST /api/v1/kiosks/enrolment {"code", "name"}`` answers with the device
token once; it goes straight into the :class:`~kiosk.secrets.SecretStore` and
nowhere else (not the configuration, not a log line, not an exception message).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Literal

import httpx

from kiosk.portal.settings import PortalSettings
from kiosk.portal.transport import API_PREFIX, USER_AGENT, ssl_context
from kiosk.secrets import SecretStore

log = logging.getLogger("kiosk.admin.enrolment")

Outcome = Literal[
    "enrolled", "bad_address", "bad_code", "unreachable", "insecure", "refused", "no_keyring"
]


@dataclass(frozen=True, slots=True)
class EnrolmentResult:
    outcome: Outcome
    settings: PortalSettings | None = None
    status: int | None = None

    def __repr__(self) -> str:
        return f"EnrolmentResult({self.outcome}, status={self.status})"


def portal_settings(address: str) -> PortalSettings | None:
    try:
        return PortalSettings.from_mapping({"url": address.strip()})
    except ValueError:
        return None


async def enrol(
    address: str, code: str, kiosk_name: str, store: SecretStore, *, timeout_s: float = 15.0
) -> EnrolmentResult:
    """Redeem ``code`` for ``kiosk_name`` at ``address``; on success the token is in ``store``."""
    settings = portal_settings(address)
    if settings is None:
        return EnrolmentResult("bad_address")
    code = "".join(code.split())
    if not code:
        return EnrolmentResult("bad_code", settings)
    try:
        async with httpx.AsyncClient(
            base_url=settings.url + API_PREFIX,
            verify=ssl_context(settings),
            timeout=httpx.Timeout(timeout_s),
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
            trust_env=False,
        ) as http:
            response = await http.post("/kiosks/enrolment", json={"code": code, "name": kiosk_name})
    except httpx.ConnectError as error:
        insecure = "CERTIFICATE" in str(error).upper() or "SSL" in str(error).upper()
        log.warning(
            "admin.enrolment_failed", extra={"reason": "insecure" if insecure else "unreachable"}
        )
        return EnrolmentResult("insecure" if insecure else "unreachable", settings)
    except (httpx.TransportError, TimeoutError):
        log.warning("admin.enrolment_failed", extra={"reason": "unreachable"})
        return EnrolmentResult("unreachable", settings)
    status = response.status_code
    if status in (401, 403, 404, 422):
        log.warning("admin.enrolment_failed", extra={"reason": "bad_code", "status": status})
        return EnrolmentResult("bad_code", settings, status)
    token = None
    if status == 201:
        try:
            body = response.json()
        except ValueError:
            body = None
        token = body.get("token") if isinstance(body, dict) else None
    if not isinstance(token, str) or not token:
        log.warning("admin.enrolment_failed", extra={"reason": "refused", "status": status})
        return EnrolmentResult("refused", settings, status)
    try:
        await asyncio.get_running_loop().run_in_executor(None, store.set_device_token, token)
    except Exception as error:
        log.error("admin.enrolment_token_not_stored", extra={"error": type(error).__name__})
        return EnrolmentResult("no_keyring", settings, status)
    finally:
        del token
    log.info("admin.enrolled")
    return EnrolmentResult("enrolled", settings, status)
