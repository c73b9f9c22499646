"""Per-request context: shared server state, negotiated language, trace id, JSON helpers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

from portal.api_contract import component_validator
from portal.config import Settings
from portal.form_validation import localized_errors
from portal.idempotency import Policy
from portal.languages import negotiate
from portal.problems import Problem
from portal.rate_limit import RateLimiter


@dataclass
class PortalState:
    engine: Engine
    settings: Settings
    limiter: RateLimiter
    idempotency: Policy


def portal_state(request: Request) -> PortalState:
    state: PortalState = request.app.state.portal
    return state


def language_of(request: Request) -> str:
    return negotiate(request.headers.get("accept-language"))


def trace_id_of(request: Request) -> str:
    return str(getattr(request.state, "trace_id", "0" * 32))


def base_url_of(request: Request) -> str:
    """Base URL ending in `/`, as the client reached us."""
    return str(request.base_url)


def json_response(
    body: dict[str, Any] | list[Any],
    *,
    status: int = 200,
    language: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    all_headers = dict(headers or {})
    if language is not None:
        all_headers["Content-Language"] = language
        all_headers["Vary"] = "Accept-Language"
    return JSONResponse(body, status_code=status, headers=all_headers)


def require_shape(body: Any, schema_name: str, language: str) -> dict[str, Any]:
    """The body must be a JSON object matching `#/components/schemas/<schema_name>`."""
    if not isinstance(body, dict):
        raise Problem(400, "bad_request", "The body must be a JSON object.")
    errors = localized_errors(component_validator(schema_name), body, {}, language)
    if errors:
        raise Problem(422, "validation_failed", errors=errors)
    return body
