"""Appointment search (offices → days → slots), hold, confirmation, cancellation, .ics."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import Connection

from portal.api.auth import require_kiosk
from portal.api.context import (
    base_url_of,
    json_response,
    language_of,
    portal_state,
    require_shape,
)
from portal.api.idempotent import idempotency_key_of, run_idempotent
from portal.calendar_file import appointment_ics
from portal.clock import to_rfc3339
from portal.idempotency import StoredResponse
from portal.languages import pick
from portal.problems import Problem
from portal.storage import appointments as store
from portal.storage.catalogue import ServiceRecord, get_service
from portal.storage.kiosks import Kiosk
from portal.storage.transactions import reading, writing

router = APIRouter(prefix="/api/v1", tags=["appointments"])


def _appointment_service(conn: Connection, code: str) -> ServiceRecord:
    service = get_service(conn, code)
    if service is None or service.kind != "appointment":
        raise Problem(404, "not_found", "Unknown appointment service.")
    return service


def _office_of(conn: Connection, service: ServiceRecord, office_code: str) -> store.Office:
    for office in store.offices_for_service(conn, service.code):
        if office.code == office_code:
            return office
    raise Problem(404, "not_found", "This office does not offer this service.")


def office_body(office: store.Office, language: str) -> dict[str, Any]:
    return {
        "code": office.code,
        "name": pick(office.names, language),
        "address": office.address,
        "timezone": office.timezone,
    }


def appointment_body(
    appointment: store.Appointment, service: ServiceRecord, language: str, base_url: str
) -> dict[str, Any]:
    tz = appointment.office.timezone
    return {
        "id": appointment.id,
        "status": appointment.status,
        "service_code": appointment.service_code,
        "service_name": pick(service.names, language),
        "office": office_body(appointment.office, language),
        "slot": {
            "id": appointment.slot.id,
            "starts_at": to_rfc3339(appointment.slot.starts_at, tz),
            "ends_at": to_rfc3339(appointment.slot.ends_at, tz),
        },
        "hold_expires_at": to_rfc3339(appointment.hold_expires_at),
        "calendar_url": f"{base_url}api/v1/appointments/{appointment.id}.ics",
        "client_reference": appointment.client_reference,
    }


@router.get("/appointment-services/{code}/offices")
def offices(
    request: Request, code: str, _kiosk: Annotated[Kiosk, Depends(require_kiosk)]
) -> JSONResponse:
    language = language_of(request)
    with reading(portal_state(request).engine) as conn:
        service = _appointment_service(conn, code)
        found = store.offices_for_service(conn, service.code)
    return json_response(
        {"offices": [office_body(office, language) for office in found]}, language=language
    )


@router.get("/appointment-services/{code}/days")
def days(
    request: Request, code: str, office: str, _kiosk: Annotated[Kiosk, Depends(require_kiosk)]
) -> JSONResponse:
    with reading(portal_state(request).engine) as conn:
        service = _appointment_service(conn, code)
        found_office = _office_of(conn, service, office)
        found = store.available_days(conn, service.code, found_office)
    return json_response(
        {
            "office": found_office.code,
            "days": [{"date": day.isoformat(), "available_slots": n} for day, n in found],
        }
    )


@router.get("/appointment-services/{code}/slots")
def slots(
    request: Request,
    code: str,
    office: str,
    date: str,
    _kiosk: Annotated[Kiosk, Depends(require_kiosk)],
) -> JSONResponse:
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        raise Problem(400, "bad_request", "date must be YYYY-MM-DD.") from None
    with reading(portal_state(request).engine) as conn:
        service = _appointment_service(conn, code)
        found_office = _office_of(conn, service, office)
        found = store.slots_on(conn, service.code, found_office, day)
    tz = found_office.timezone
    return json_response(
        {
            "office": found_office.code,
            "date": day.isoformat(),
            "slots": [
                {
                    "id": slot.id,
                    "starts_at": to_rfc3339(slot.starts_at, tz),
                    "ends_at": to_rfc3339(slot.ends_at, tz),
                    "available": slot.available,
                }
                for slot in found
            ],
        }
    )


@router.post("/appointments")
def hold(
    request: Request,
    body: Annotated[Any, Body()],
    kiosk: Annotated[Kiosk, Depends(require_kiosk)],
) -> JSONResponse:
    key = idempotency_key_of(request)
    language = language_of(request)
    state = portal_state(request)
    base_url = base_url_of(request)

    def action(conn: Connection) -> StoredResponse:
        payload = require_shape(body, "AppointmentRequest", language)
        service = _appointment_service(conn, payload["service_code"])
        office = _office_of(conn, service, payload["office"])
        slot = store.find_slot(conn, payload["slot_id"])
        if slot is None or slot.office_code != office.code or slot.service_code != service.code:
            raise Problem(404, "not_found", "Unknown slot.")
        try:
            appointment, access_code = store.hold_slot(
                conn,
                slot=slot,
                hold_for=dt.timedelta(seconds=state.settings.hold_seconds),
                applicant=payload["applicant"],
                contact=payload.get("contact"),
                locale=payload["locale"],
                client_reference=payload.get("client_reference"),
                kiosk_id=kiosk.id,
            )
        except store.SlotTaken:
            raise Problem(422, "slot_taken", "Choose another time.") from None
        response = appointment_body(appointment, service, payload["locale"], base_url)
        response["access_code"] = access_code
        return StoredResponse(201, response)

    return run_idempotent(request, kiosk, key, body, action)


def _appointment_with_code(
    conn: Connection, appointment_id: str, access_code: str
) -> store.Appointment:
    appointment = store.get_appointment(conn, appointment_id)
    if appointment is None or not appointment.access_code_matches(access_code):
        raise Problem(404, "not_found")
    return appointment


@router.get("/appointments/{appointment_id}.ics")
def calendar(request: Request, appointment_id: str, access_code: str) -> Response:
    """Public: the person's phone opens it from the QR code on the kiosk, without a device
    token. The unguessable id plus the access code is what protects it."""
    language = language_of(request)
    with reading(portal_state(request).engine) as conn:
        appointment = _appointment_with_code(conn, appointment_id, access_code)
        service = _appointment_service(conn, appointment.service_code)
    text = appointment_ics(
        uid=appointment.id,
        summary=pick(service.names, language),
        location=f"{pick(appointment.office.names, language)}, {appointment.office.address}",
        starts_at=appointment.slot.starts_at,
        ends_at=appointment.slot.ends_at,
        cancelled=appointment.status in ("cancelled", "expired"),
    )
    return Response(
        text,
        media_type="text/calendar",
        headers={"Content-Disposition": f'attachment; filename="{appointment.id}.ics"'},
    )


@router.get("/appointments/{appointment_id}")
def appointment(
    request: Request,
    appointment_id: str,
    access_code: str,
    _kiosk: Annotated[Kiosk, Depends(require_kiosk)],
) -> JSONResponse:
    language = language_of(request)
    with reading(portal_state(request).engine) as conn:
        found = _appointment_with_code(conn, appointment_id, access_code)
        service = _appointment_service(conn, found.service_code)
    return json_response(
        appointment_body(found, service, language, base_url_of(request)), language=language
    )


def _transition(request: Request, appointment_id: str, body: Any, confirm: bool) -> JSONResponse:
    language = language_of(request)
    payload = require_shape(body, "AccessCodeBody", language)
    with writing(portal_state(request).engine) as conn:
        found = _appointment_with_code(conn, appointment_id, payload["access_code"])
        service = _appointment_service(conn, found.service_code)
        try:
            changed = store.confirm(conn, found) if confirm else store.cancel(conn, found)
        except store.HoldExpired:
            changed = None
        except store.AppointmentCancelled:
            raise Problem(422, "appointment_cancelled") from None
    if changed is None:
        # Raised outside the transaction so the "expired" mark is committed.
        raise Problem(422, "hold_expired", "Choose a time again.")
    return json_response(
        appointment_body(changed, service, language, base_url_of(request)), language=language
    )


@router.post("/appointments/{appointment_id}/confirmation")
def confirmation(
    request: Request,
    appointment_id: str,
    body: Annotated[Any, Body()],
    _kiosk: Annotated[Kiosk, Depends(require_kiosk)],
) -> JSONResponse:
    return _transition(request, appointment_id, body, confirm=True)


@router.post("/appointments/{appointment_id}/cancellation")
def cancellation(
    request: Request,
    appointment_id: str,
    body: Annotated[Any, Body()],
    _kiosk: Annotated[Kiosk, Depends(require_kiosk)],
) -> JSONResponse:
    return _transition(request, appointment_id, body, confirm=False)
