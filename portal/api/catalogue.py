"""Discovery, the service catalogue and form documents (with ETag caching)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse

from portal import API_VERSION
from portal.api.auth import kiosk_for_request, require_kiosk
from portal.api.context import base_url_of, json_response, language_of, portal_state
from portal.api_contract import openapi_text
from portal.clock import to_rfc3339, utc_now
from portal.languages import LANGUAGES, pick
from portal.problems import Problem
from portal.storage import catalogue as store
from portal.storage.kiosks import Kiosk
from portal.storage.transactions import reading

router = APIRouter(prefix="/api/v1", tags=["catalogue"])

KINDS = ("form", "petition", "appointment", "payment")
JURISDICTIONS = ("RO", "MD", "UA")


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 weak comparison against a list of entity tags (or `*`)."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == wanted for tag in if_none_match.split(","))


def localized_service(
    service: store.ServiceRecord, groups: dict[str, dict[str, str]], language: str
) -> dict[str, Any]:
    fee = None
    if service.fee is not None:
        fee = {
            "amount": service.fee["amount"],
            "currency": service.fee["currency"],
            "note": pick(service.fee["note"], language),
        }
    return {
        "code": service.code,
        "kind": service.kind,
        "group": service.group,
        "group_name": pick(groups.get(service.group, {}), language),
        "jurisdiction": service.jurisdiction,
        "name": pick(service.names, language),
        "description": pick(service.descriptions, language),
        "documents": service.documents.get(language) or service.documents.get("en", []),
        "fee": fee,
        "duration": pick(service.durations, language),
        "keywords": service.keywords.get(language) or service.keywords.get("en", []),
        "form_version": service.form_version,
    }


@router.get("/discovery")
def discovery(request: Request) -> JSONResponse:
    # No token needed (a technician checks the address before enrolling), but a token that
    # is sent must be valid, so the kiosk can also use this call to test its enrolment.
    kiosk = kiosk_for_request(request, required=False)
    state = portal_state(request)
    base = base_url_of(request)
    language = language_of(request)
    with reading(state.engine) as conn:
        changeset = store.changeset(conn)
        jurisdictions = sorted({service.jurisdiction for service in store.list_services(conn)})
    limit = state.settings.rate_limit
    body = {
        "api_version": API_VERSION,
        "portal_name": "Reference portal",
        "jurisdictions": jurisdictions,
        "languages": list(LANGUAGES),
        "changeset": changeset,
        "server_time": to_rfc3339(utc_now()),
        "kiosk": kiosk.name if kiosk is not None else None,
        "links": {
            "services": f"{base}api/v1/services",
            "catalogue": f"{base}api/v1/catalogue",
            "open311_discovery": f"{base}open311/v2/discovery.json",
            "openapi": f"{base}api/v1/openapi.yaml",
        },
        "limits": {
            "idempotency_retention_days": state.settings.idempotency_retention_days,
            "hold_seconds": state.settings.hold_seconds,
            "rate_limit_requests": limit.requests,
            "rate_limit_per_seconds": limit.per_seconds,
        },
    }
    return json_response(body, language=language)


@router.get("/catalogue")
def catalogue(request: Request, _kiosk: Annotated[Kiosk, Depends(require_kiosk)]) -> Response:
    with reading(portal_state(request).engine) as conn:
        changeset = store.changeset(conn)
        etag = f'"catalogue-{changeset}"'
        if etag_matches(request.headers.get("if-none-match"), etag):
            return Response(status_code=304, headers={"ETag": etag})
        body = {"changeset": changeset, **store.full_catalogue(conn)}
    return json_response(body, headers={"ETag": etag})


@router.get("/services")
def services(
    request: Request,
    _kiosk: Annotated[Kiosk, Depends(require_kiosk)],
    kind: str | None = None,
    jurisdiction: str | None = None,
) -> JSONResponse:
    if kind is not None and kind not in KINDS:
        raise Problem(400, "bad_request", f"kind must be one of {', '.join(KINDS)}.")
    if jurisdiction is not None and jurisdiction not in JURISDICTIONS:
        raise Problem(400, "bad_request", "jurisdiction must be RO, MD or UA.")
    language = language_of(request)
    with reading(portal_state(request).engine) as conn:
        groups = dict(store.list_groups(conn))
        found = store.list_services(conn, kind=kind, jurisdiction=jurisdiction)
        changeset = store.changeset(conn)
    used_groups = {service.group for service in found}
    body = {
        "services": [localized_service(s, groups, language) for s in found],
        "groups": [
            {"code": code, "name": pick(names, language)}
            for code, names in groups.items()
            if code in used_groups
        ],
        "changeset": changeset,
    }
    return json_response(body, language=language)


@router.get("/services/{code}")
def service(
    request: Request, code: str, _kiosk: Annotated[Kiosk, Depends(require_kiosk)]
) -> JSONResponse:
    language = language_of(request)
    with reading(portal_state(request).engine) as conn:
        found = store.get_service(conn, code)
        groups = dict(store.list_groups(conn))
    if found is None:
        raise Problem(404, "not_found", "Unknown service code.")
    return json_response(localized_service(found, groups, language), language=language)


@router.get("/services/{code}/form")
def service_form(
    request: Request,
    code: str,
    _kiosk: Annotated[Kiosk, Depends(require_kiosk)],
    version: str | None = None,
) -> Response:
    with reading(portal_state(request).engine) as conn:
        found = store.get_service(conn, code)
        if found is None:
            raise Problem(404, "not_found", "Unknown service code.")
        wanted = version or found.form_version
        form = store.get_form(conn, code, wanted) if wanted is not None else None
    if form is None:
        raise Problem(404, "not_found", "This service has no form (or no such version).")
    if etag_matches(request.headers.get("if-none-match"), form.etag):
        return Response(status_code=304, headers={"ETag": form.etag})
    return json_response(form.document, headers={"ETag": form.etag})


@router.get("/openapi.yaml")
def openapi() -> Response:
    return Response(openapi_text(), media_type="application/yaml")
