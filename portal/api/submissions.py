"""`POST /submissions` and the two status lookups."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request
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
from portal.clock import to_rfc3339
from portal.form_validation import validate_form_data
from portal.idempotency import StoredResponse
from portal.languages import pick
from portal.problems import Problem
from portal.receipts import receipt_lines
from portal.storage import submissions as store
from portal.storage.catalogue import ServiceRecord, get_form, get_service
from portal.storage.kiosks import Kiosk
from portal.storage.transactions import reading

router = APIRouter(prefix="/api/v1", tags=["submissions"])

SUBMITTABLE_KINDS = ("form", "petition")


def status_url(base_url: str, submission: store.Submission) -> str:
    if submission.registration_number is None:
        return f"{base_url}api/v1/submissions/by-reference/{submission.client_reference}"
    number = store.url_form(submission.registration_number)
    return f"{base_url}api/v1/submissions/{number}"


def status_body(
    submission: store.Submission, service: ServiceRecord, language: str
) -> dict[str, Any]:
    def when(value: Any) -> str | None:
        return to_rfc3339(value) if value is not None else None

    return {
        "id": submission.id,
        "service_code": submission.service_code,
        "service_name": pick(service.names, language),
        "registration_number": submission.registration_number,
        "status": submission.status,
        "status_history": [
            {"status": entry.status, "at": to_rfc3339(entry.at), "note": entry.note}
            for entry in submission.history
        ],
        "received_at": to_rfc3339(submission.received_at),
        "registered_at": when(submission.registered_at),
        "expected_at": when(submission.expected_at),
        "client_reference": submission.client_reference,
    }


@router.post("/submissions")
def create_submission(
    request: Request,
    body: Annotated[Any, Body()],
    kiosk: Annotated[Kiosk, Depends(require_kiosk)],
) -> JSONResponse:
    key = idempotency_key_of(request)
    language = language_of(request)
    state = portal_state(request)
    base_url = base_url_of(request)

    def action(conn: Connection) -> StoredResponse:
        payload = require_shape(body, "SubmissionRequest", language)
        service = get_service(conn, payload["service_code"])
        if service is None:
            raise Problem(404, "not_found", "Unknown service code.")
        if service.kind not in SUBMITTABLE_KINDS:
            raise Problem(
                422,
                "validation_failed",
                errors={"/service_code": ["This service takes appointments or payments."]},
            )
        form = get_form(conn, service.code, payload["form_version"])
        if form is None:
            raise Problem(422, "form_version_unknown", "Fetch the form again and resubmit.")
        errors = validate_form_data(
            form.document["schema"], payload["data"], form.document["i18n"], language
        )
        if errors:
            raise Problem(422, "validation_failed", errors=errors)
        locale = payload["locale"]
        try:
            submission, access_code = store.create_submission(
                conn,
                service=service,
                form_version=form.version,
                data=payload["data"],
                applicant=payload["applicant"],
                contact=payload.get("contact"),
                assisted_by=payload.get("assisted_by"),
                locale=locale,
                client_reference=payload["client_reference"],
                kiosk_id=kiosk.id,
                source="api",
                timezone=state.settings.timezone,
            )
        except store.ClientReferenceReused:
            raise Problem(422, "client_reference_reused", "Use a new client reference.") from None
        url = status_url(base_url, submission)
        response = status_body(submission, service, locale)
        response["access_code"] = access_code
        response["receipt"] = {
            "lines": receipt_lines(
                submission,
                service,
                access_code,
                payload["applicant"],
                locale,
                state.settings.timezone,
            ),
            "status_url": url,
        }
        if submission.registration_number is None:
            return StoredResponse(202, response)
        return StoredResponse(201, response, {"Location": url})

    return run_idempotent(request, kiosk, key, body, action)


def _service_of(conn: Connection, submission: store.Submission) -> ServiceRecord:
    service = get_service(conn, submission.service_code)
    assert service is not None
    return service


@router.get("/submissions/by-reference/{client_reference}")
def submission_by_reference(
    request: Request,
    client_reference: str,
    kiosk: Annotated[Kiosk, Depends(require_kiosk)],
) -> JSONResponse:
    language = language_of(request)
    with reading(portal_state(request).engine) as conn:
        submission = store.find_by_client_reference(conn, kiosk.id, client_reference)
        if submission is None:
            raise Problem(404, "not_found")
        body = status_body(submission, _service_of(conn, submission), language)
    return json_response(body, language=language)


@router.get("/submissions/{registration_number:path}")
def submission_status(
    request: Request,
    registration_number: str,
    access_code: str,
    _kiosk: Annotated[Kiosk, Depends(require_kiosk)],
) -> JSONResponse:
    language = language_of(request)
    canonical = store.parse_registration_number(registration_number)
    if canonical is None:
        raise Problem(404, "not_found")
    with reading(portal_state(request).engine) as conn:
        submission = store.find_by_registration_number(conn, canonical)
        # Same answer for "no such number" and "wrong code": nothing to probe.
        if submission is None or not submission.access_code_matches(access_code):
            raise Problem(404, "not_found")
        body = status_body(submission, _service_of(conn, submission), language)
    return json_response(body, language=language)
