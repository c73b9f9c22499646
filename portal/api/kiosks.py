"""Kiosk heartbeat and on-screen enrolment with a one-time code."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request
from fastapi.responses import JSONResponse

from portal.api.auth import require_kiosk
from portal.api.context import json_response, language_of, portal_state, require_shape
from portal.clock import to_rfc3339
from portal.problems import Problem
from portal.storage.catalogue import changeset
from portal.storage.kiosks import Kiosk, record_heartbeat, redeem_enrolment_code
from portal.storage.transactions import writing

router = APIRouter(prefix="/api/v1/kiosks", tags=["kiosks"])


@router.post("/heartbeat")
def heartbeat(
    request: Request,
    body: Annotated[Any, Body()],
    kiosk: Annotated[Kiosk, Depends(require_kiosk)],
) -> JSONResponse:
    report = require_shape(body, "Heartbeat", language_of(request))
    with writing(portal_state(request).engine) as conn:
        received_at = record_heartbeat(conn, kiosk.id, report)
        marker = changeset(conn)
    return json_response(
        {"kiosk": kiosk.name, "received_at": to_rfc3339(received_at), "changeset": marker}
    )


@router.post("/enrolment")
def enrolment(request: Request, body: Annotated[Any, Body()]) -> JSONResponse:
    payload = require_shape(body, "EnrolmentRequest", language_of(request))
    with writing(portal_state(request).engine) as conn:
        token = redeem_enrolment_code(conn, payload["code"], payload["name"])
    if token is None:
        raise Problem(403, "enrolment_code_invalid", "Ask for a new code (codes work once).")
    return json_response({"token": token, "kiosk": {"name": payload["name"]}}, status=201)
