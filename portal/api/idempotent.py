"""Glue between creating endpoints and `portal.idempotency`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy import Connection

from portal.api.context import portal_state
from portal.idempotency import StoredResponse, fingerprint, parse_key, run_once
from portal.storage.kiosks import Kiosk


def idempotency_key_of(request: Request) -> str:
    """Parse the header first, so a missing key is a 400 whatever else is wrong."""
    return parse_key(request.headers.get("idempotency-key"))


def run_idempotent(
    request: Request,
    kiosk: Kiosk,
    key: str,
    body: Any,
    action: Callable[[Connection], StoredResponse],
) -> JSONResponse:
    state = portal_state(request)
    request_hash = fingerprint(request.method, request.url.path, body)
    response, replayed = run_once(
        state.engine, kiosk.id, key, request_hash, state.idempotency, action
    )
    headers = dict(response.headers)
    if replayed:
        headers["Idempotency-Replayed"] = "true"
    return JSONResponse(response.body, status_code=response.status, headers=headers)
