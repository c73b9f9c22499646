"""The ASGI application: routers, problem+json error handling, trace ids, request logs."""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from portal.api import appointments, catalogue, kiosks, payments, submissions
from portal.api.context import PortalState, language_of, trace_id_of
from portal.config import Settings
from portal.idempotency import Policy
from portal.logging_setup import LOGGER_NAME, log_event
from portal.open311 import router as open311_router
from portal.problems import PROBLEM_CONTENT_TYPE, Problem
from portal.rate_limit import RateLimiter

_TRACEPARENT = re.compile(r"^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$")


def problem_response(request: Request, problem: Problem) -> JSONResponse:
    body = problem.body(language_of(request), trace_id_of(request))
    return JSONResponse(
        body, status_code=problem.status, media_type=PROBLEM_CONTENT_TYPE, headers=problem.headers
    )


def create_app(settings: Settings, engine: Engine) -> FastAPI:
    # The contract is the hand-written portal/openapi.yaml (served at /api/v1/openapi.yaml).
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.state.portal = PortalState(
        engine=engine,
        settings=settings,
        limiter=RateLimiter(settings.rate_limit),
        idempotency=Policy(
            retention=dt.timedelta(days=settings.idempotency_retention_days),
            in_flight_timeout=dt.timedelta(seconds=settings.idempotency_in_flight_timeout_s),
        ),
    )
    for module in (catalogue, submissions, appointments, payments, kiosks):
        app.include_router(module.router)
    app.include_router(open311_router)
    app.include_router(payments.pay_page_router)

    @app.middleware("http")
    async def trace_and_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        match = _TRACEPARENT.match(request.headers.get("traceparent", ""))
        request.state.trace_id = match.group(1) if match else secrets.token_hex(16)
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        log_event(
            "request",
            method=request.method,
            # The route template, never the concrete path: paths hold registration numbers.
            route=getattr(route, "path", "unmatched"),
            status=response.status_code,
            duration_ms=round((time.perf_counter() - started) * 1000, 1),
            kiosk=getattr(request.state, "kiosk_name", None),
            trace_id=request.state.trace_id,
        )
        return response

    @app.exception_handler(Problem)
    async def on_problem(request: Request, problem: Problem) -> JSONResponse:
        return problem_response(request, problem)

    @app.exception_handler(RequestValidationError)
    async def on_request_validation(
        request: Request, error: RequestValidationError
    ) -> JSONResponse:
        # Unparseable JSON or a missing/ill-typed query parameter. The details may quote the
        # input, so only the parameter locations are reported.
        places = sorted({"/".join(str(p) for p in e.get("loc", ())) for e in error.errors()})
        detail = "Check these parts of the request: " + ", ".join(places)
        return problem_response(request, Problem(400, "bad_request", detail))

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(error.status_code, "bad_request")
        # Keep Starlette's headers: a 405 must list the allowed methods (RFC 9110 `Allow`).
        headers = dict(error.headers or {})
        return problem_response(request, Problem(error.status_code, code, headers=headers))

    @app.exception_handler(Exception)
    async def on_crash(request: Request, error: Exception) -> JSONResponse:
        logging.getLogger(LOGGER_NAME).error(
            "unhandled_error",
            exc_info=error,
            extra={"fields": {"trace_id": trace_id_of(request)}},
        )
        return problem_response(request, Problem(500, "internal_error"))

    return app
