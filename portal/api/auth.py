"""Bearer device-token authentication and the per-kiosk rate limit."""

from __future__ import annotations

from fastapi import Request

from portal.api.context import portal_state
from portal.problems import Problem
from portal.storage.kiosks import Kiosk, kiosk_for_token
from portal.storage.transactions import reading

WWW_AUTHENTICATE = 'Bearer realm="portal"'


def _unauthorized(detail: str) -> Problem:
    return Problem(401, "unauthorized", detail, headers={"WWW-Authenticate": WWW_AUTHENTICATE})


def kiosk_for_request(request: Request, *, required: bool = True) -> Kiosk | None:
    """Authenticate the bearer token; None only when no token was sent and none is required."""
    header = request.headers.get("authorization")
    if header is None:
        if required:
            raise _unauthorized("Send Authorization: Bearer <device token>.")
        return None
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise _unauthorized("Authorization must use the Bearer scheme.")
    state = portal_state(request)
    with reading(state.engine) as conn:
        kiosk = kiosk_for_token(conn, token)
    if kiosk is None:
        raise _unauthorized("Unknown device token.")
    if not kiosk.active:
        raise Problem(403, "kiosk_revoked", "This kiosk was revoked; enrol it again.")
    request.state.kiosk_name = kiosk.name
    wait = state.limiter.retry_after(kiosk.id)
    if wait is not None:
        raise Problem(429, "rate_limited", headers={"Retry-After": str(wait)})
    return kiosk


def require_kiosk(request: Request) -> Kiosk:
    """FastAPI dependency for endpoints that need an enrolled, active kiosk."""
    kiosk = kiosk_for_request(request, required=True)
    assert kiosk is not None
    return kiosk
