"""Open311 GeoReport v2 (`/open311/v2/…`) generated from the petition services.

Petitions filed here are ordinary submissions (same numbers, statuses and history as
`/api/v1`). The public listing never shows names, contact details, descriptions or
addresses: petitions to a town hall are personal. `api_key` is a kiosk device token.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool

from portal.api.context import base_url_of, portal_state
from portal.clock import to_rfc3339, utc_now
from portal.form_validation import validate_form_data
from portal.languages import negotiate, pick
from portal.storage import submissions as submission_store
from portal.storage.catalogue import (
    ServiceRecord,
    changeset,
    get_form,
    get_service,
    list_groups,
    list_services,
)
from portal.storage.kiosks import kiosk_for_token
from portal.storage.transactions import reading, writing

router = APIRouter(prefix="/open311/v2", tags=["open311"])

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
MAX_REQUESTS = 1000
DEFAULT_WINDOW = dt.timedelta(days=90)

# Form fields that GeoReport v2 carries as standard request fields.
STANDARD_FIELDS = {
    "given_names": "first_name",
    "surname": "last_name",
    "email": "email",
    "phone": "phone",
    "description": "description",
    "location": "address_string",
}

AGENCIES = {
    "RO": "Primăria Municipiului Deva",
    "MD": "Agenția Servicii Publice",
    "UA": "Миколаївська міська рада",
}


class Open311Error(Exception):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


def _error_response(error: Open311Error) -> JSONResponse:
    return JSONResponse(
        [{"code": error.status, "description": error.description}], status_code=error.status
    )


def _language(request: Request) -> str:
    locale = request.query_params.get("locale")
    return negotiate(locale or request.headers.get("accept-language"))


def _petition_services(conn: Connection, jurisdiction: str | None) -> list[ServiceRecord]:
    if not jurisdiction:
        jurisdiction = None
    elif jurisdiction not in AGENCIES:
        raise Open311Error(404, f"unknown jurisdiction_id {jurisdiction}")
    return list_services(conn, kind="petition", jurisdiction=jurisdiction)


def _petition_service(conn: Connection, code: str) -> ServiceRecord:
    service = get_service(conn, code)
    if service is None or service.kind != "petition":
        raise Open311Error(404, f"unknown service_code {code}")
    return service


def _form(conn: Connection, service: ServiceRecord) -> dict[str, Any]:
    assert service.form_version is not None
    form = get_form(conn, service.code, service.form_version)
    assert form is not None
    return form.document


def _datatype(schema: dict[str, Any]) -> str:
    if "oneOf" in schema or "enum" in schema or schema.get("type") == "boolean":
        return "singlevaluelist"
    if schema.get("type") == "array":
        return "multivaluelist"
    if schema.get("type") in ("number", "integer"):
        return "number"
    if schema.get("format") in ("date", "date-time"):
        return "datetime"
    return "text" if schema.get("maxLength", 0) > 250 else "string"


def _values(key: str, schema: dict[str, Any], messages: dict[str, str]) -> list[dict[str, str]]:
    if "oneOf" in schema:
        values = [option["const"] for option in schema["oneOf"]]
    elif "enum" in schema:
        values = list(schema["enum"])
    elif schema.get("type") == "array":
        values = list(schema["items"]["enum"])
    elif schema.get("type") == "boolean":
        # Consent: the only acceptable answer is "true".
        return [{"key": "true", "name": messages.get(f"{key}.label", key)}]
    else:
        return []
    return [
        {"key": str(value), "name": messages.get(f"{key}.options.{value}", str(value))}
        for value in values
    ]


def service_attributes(form: dict[str, Any], language: str) -> list[dict[str, Any]]:
    schema = form["schema"]
    messages = form["i18n"].get(language, {})
    required = set(schema.get("required", []))
    attributes = []
    for order, (key, field_schema) in enumerate(schema["properties"].items(), start=1):
        if key in STANDARD_FIELDS:
            continue
        attribute: dict[str, Any] = {
            "variable": True,
            "code": key,
            "datatype": _datatype(field_schema),
            "required": key in required,
            "datatype_description": messages.get(f"{key}.description", ""),
            "order": order,
            "description": messages.get(f"{key}.label", key),
        }
        values = _values(key, field_schema, messages)
        if values:
            attribute["values"] = values
        attributes.append(attribute)
    return attributes


def _service_entry(service: ServiceRecord, conn: Connection, language: str) -> dict[str, Any]:
    groups = dict(list_groups(conn))
    return {
        "jurisdiction_id": service.jurisdiction,
        "service_code": service.code,
        "service_name": pick(service.names, language),
        "description": pick(service.descriptions, language),
        "metadata": True,
        "type": "realtime",
        "keywords": ", ".join(service.keywords.get(language, [])),
        "group": pick(groups.get(service.group, {}), language),
    }


def request_entry(
    submission: submission_store.Submission, service: ServiceRecord, language: str
) -> dict[str, Any]:
    last_note = next((e.note for e in reversed(submission.history) if e.note), None)
    return {
        "service_request_id": _request_id(submission),
        "status": "open" if submission.is_open else "closed",
        "status_notes": last_note,
        "service_name": pick(service.names, language),
        "service_code": service.code,
        "description": None,
        "agency_responsible": AGENCIES.get(service.jurisdiction),
        "service_notice": pick(service.durations, language),
        "requested_datetime": to_rfc3339(submission.received_at),
        "updated_datetime": to_rfc3339(submission.updated_at),
        "expected_datetime": (
            to_rfc3339(submission.expected_at) if submission.expected_at is not None else None
        ),
        "address": None,
        "address_id": None,
        "zipcode": None,
        "lat": None,
        "long": None,
        "media_url": None,
    }


def _request_id(submission: submission_store.Submission) -> str:
    if submission.registration_number is None:
        return submission.id
    return submission_store.url_form(submission.registration_number)


@router.get("/discovery.json")
def discovery(request: Request) -> JSONResponse:
    with reading(portal_state(request).engine) as conn:
        marker = changeset(conn)
    base = base_url_of(request)
    return JSONResponse(
        {
            "changeset": marker,
            "contact": "Reference portal of the public e-services kiosk",
            "key_service": "api_key is a kiosk device token from the portal operator.",
            "endpoints": [
                {
                    "specification": SPECIFICATION,
                    "url": f"{base}open311/v2",
                    "changeset": marker,
                    "type": "production",
                    "formats": ["application/json"],
                }
            ],
        }
    )


@router.get("/services.json")
def services(request: Request) -> JSONResponse:
    language = _language(request)
    try:
        with reading(portal_state(request).engine) as conn:
            found = _petition_services(conn, request.query_params.get("jurisdiction_id"))
            body = [_service_entry(service, conn, language) for service in found]
    except Open311Error as error:
        return _error_response(error)
    return JSONResponse(body)


@router.get("/services/{service_code}.json")
def service_definition(request: Request, service_code: str) -> JSONResponse:
    language = _language(request)
    try:
        with reading(portal_state(request).engine) as conn:
            service = _petition_service(conn, service_code)
            form = _form(conn, service)
    except Open311Error as error:
        return _error_response(error)
    return JSONResponse(
        {"service_code": service.code, "attributes": service_attributes(form, language)}
    )


def _parse_datetime(text: str | None, name: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise Open311Error(400, f"{name} must be a W3C datetime") from None
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


@router.get("/requests.json")
def list_requests(request: Request) -> JSONResponse:
    language = _language(request)
    params = request.query_params
    try:
        start = _parse_datetime(params.get("start_date"), "start_date")
        end = _parse_datetime(params.get("end_date"), "end_date")
        status = params.get("status")
        if status not in (None, "open", "closed"):
            raise Open311Error(400, "status must be open or closed")
        with reading(portal_state(request).engine) as conn:
            found_services = _petition_services(conn, params.get("jurisdiction_id"))
            by_code = {service.code: service for service in found_services}
            wanted_ids = [i for i in (params.get("service_request_id") or "").split(",") if i]
            if wanted_ids:
                found = [_find_request(conn, request_id) for request_id in wanted_ids]
                submissions = [s for s in found if s is not None and s.service_code in by_code]
            else:
                codes = list(by_code)
                if params.get("service_code"):
                    codes = [c for c in codes if c in params["service_code"].split(",")]
                if start is None and end is None:
                    start = utc_now() - DEFAULT_WINDOW
                submissions = submission_store.list_for_services(
                    conn, codes, since=start, until=end, limit=MAX_REQUESTS
                )
    except Open311Error as error:
        return _error_response(error)
    body = [request_entry(s, by_code[s.service_code], language) for s in submissions]
    if status is not None:
        body = [entry for entry in body if entry["status"] == status]
    return JSONResponse(body)


def _find_request(conn: Connection, request_id: str) -> submission_store.Submission | None:
    number = submission_store.parse_registration_number(request_id)
    if number is not None:
        return submission_store.find_by_registration_number(conn, number)
    return submission_store.get_submission(conn, request_id)


@router.get("/requests/{service_request_id}.json")
def get_request(request: Request, service_request_id: str) -> JSONResponse:
    language = _language(request)
    with reading(portal_state(request).engine) as conn:
        submission = _find_request(conn, service_request_id)
        service = get_service(conn, submission.service_code) if submission else None
    if submission is None or service is None or service.kind != "petition":
        return _error_response(Open311Error(404, "unknown service_request_id"))
    return JSONResponse([request_entry(submission, service, language)])


@router.get("/tokens/{token}.json")
def token_lookup(request: Request, token: str) -> JSONResponse:
    with reading(portal_state(request).engine) as conn:
        submission = submission_store.find_by_open311_token(conn, token)
    if submission is None:
        return _error_response(Open311Error(404, "unknown token"))
    return JSONResponse([{"token": token, "service_request_id": _request_id(submission)}])


def _form_values(pairs: list[tuple[str, str]]) -> tuple[dict[str, str], dict[str, list[str]]]:
    fields: dict[str, str] = {}
    attributes: dict[str, list[str]] = {}
    for name, value in pairs:
        if name.startswith("attribute[") and "]" in name:
            code = name[len("attribute[") : name.index("]")]
            attributes.setdefault(code, []).append(value)
        else:
            fields[name] = value
    return fields, attributes


def _coerce(schema: dict[str, Any], values: list[str]) -> Any:
    kind = schema.get("type")
    if kind == "array":
        return values
    value = values[-1]
    if kind == "boolean":
        return value.lower() in ("true", "1", "yes", "on")
    if kind in ("integer", "number"):
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if kind == "integer" and number.is_integer() else number
    return value


def _create(request: Request, pairs: list[tuple[str, str]], language: str) -> JSONResponse:
    fields, attributes = _form_values(pairs)
    state = portal_state(request)
    with writing(state.engine) as conn:
        api_key = fields.get("api_key", "")
        kiosk = kiosk_for_token(conn, api_key) if api_key else None
        if kiosk is None or not kiosk.active:
            raise Open311Error(403, "invalid api_key")
        if fields.get("jurisdiction_id") and fields["jurisdiction_id"] not in AGENCIES:
            raise Open311Error(404, "unknown jurisdiction_id")
        service = _petition_service(conn, fields.get("service_code", ""))
        has_location = (
            (fields.get("lat") and fields.get("long"))
            or fields.get("address_string")
            or fields.get("address_id")
        )
        if not has_location:
            raise Open311Error(400, "lat/long, address_string or address_id is required")
        form = _form(conn, service)
        properties = form["schema"]["properties"]
        data: dict[str, Any] = {}
        for key, standard in STANDARD_FIELDS.items():
            if key in properties and fields.get(standard):
                data[key] = fields[standard]
        for code, values in attributes.items():
            if code not in properties:
                raise Open311Error(400, f"unknown attribute {code}")
            data[code] = _coerce(properties[code], values)
        errors = validate_form_data(form["schema"], data, form["i18n"], language, "")
        if errors:
            names = ", ".join(
                STANDARD_FIELDS.get(p.lstrip("/"), f"attribute[{p.lstrip('/')}]") for p in errors
            )
            raise Open311Error(400, f"missing or invalid: {names}")
        token = secrets.token_urlsafe(12)
        submission, _access_code = submission_store.create_submission(
            conn,
            service=service,
            form_version=service.form_version,
            data=data,
            applicant={
                "given_names": fields.get("first_name", ""),
                "surname": fields.get("last_name", ""),
                "source": "typed",
            },
            contact={k: fields[k] for k in ("email", "phone") if fields.get(k)},
            assisted_by=None,
            locale=language,
            client_reference=None,
            kiosk_id=kiosk.id,
            source="open311",
            timezone=state.settings.timezone,
            open311_token=token,
        )
    return JSONResponse(
        [
            {
                "service_request_id": _request_id(submission),
                "token": token,
                "service_notice": pick(service.durations, language),
                "account_id": None,
            }
        ]
    )


@router.post("/requests.json")
async def create_request(request: Request) -> JSONResponse:
    language = _language(request)
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("application/x-www-form-urlencoded"):
        return _error_response(Open311Error(400, "send application/x-www-form-urlencoded"))
    raw = await request.body()
    try:
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError:
        return _error_response(Open311Error(400, "body must be UTF-8"))
    try:
        return await run_in_threadpool(_create, request, pairs, language)
    except Open311Error as error:
        return _error_response(error)
