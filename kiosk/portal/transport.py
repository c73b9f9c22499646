"""One HTTP exchange with the portal: TLS, deadline, headers, and errors turned into PortalError.

Everything here is about *how* a request travels; which requests exist is in
``client.py``. Every call has an overall deadline (``asyncio.timeout``) on top of
httpx's per-phase timeouts, because a server that trickles one byte a second
never trips a read timeout but would still hang the citizen's screen.

Logs carry the route *template* (``/submissions/{n}``), the status and the
duration only: paths and query strings can hold registration numbers and
access codes.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote

import httpx

from kiosk.portal.backoff import parse_retry_after
from kiosk.portal.errors import (
    PortalBadResponse,
    PortalError,
    PortalInsecure,
    PortalNotConfigured,
    PortalTimeout,
    PortalUnreachable,
    Problem,
    error_class_for_status,
)
from kiosk.portal.settings import PortalSettings

log = logging.getLogger("kiosk.portal.http")

API_PREFIX = "/api/v1"
USER_AGENT = "eservices-kiosk/0.1"
# Error bodies are read for their problem document only; a proxy's 10 MB error page is not.
_MAX_ERROR_BODY = 64 * 1024


@dataclass(frozen=True)
class PortalResponse:
    """A successful answer: status, the headers the kiosk uses, and the JSON object (if any)."""

    status: int
    json: dict[str, Any]
    etag: str | None = None
    replayed: bool = False


class TokenSource(Protocol):
    """Where the bearer token comes from; :class:`kiosk.secrets.SecretStore` is one."""

    def get_device_token(self) -> str | None: ...


def ssl_context(settings: PortalSettings) -> ssl.SSLContext:
    """Verification always on: the system trust store, or the configured CA bundle."""
    if settings.ca_bundle is not None:
        return ssl.create_default_context(cafile=str(settings.ca_bundle))
    return ssl.create_default_context()


class PortalTransport:
    def __init__(
        self,
        settings: PortalSettings,
        token_source: TokenSource,
        *,
        max_connections: int = 4,
    ) -> None:
        self._settings = settings
        self._token_source = token_source
        self._token: str | None = None
        self._http = httpx.AsyncClient(
            base_url=settings.url + API_PREFIX,
            verify=ssl_context(settings),
            timeout=httpx.Timeout(settings.timeout_s),
            follow_redirects=False,
            limits=httpx.Limits(max_connections=max_connections),
            headers={"User-Agent": USER_AGENT},
            trust_env=False,  # a kiosk never silently goes through an environment proxy
        )

    @property
    def base_url(self) -> str:
        return self._settings.url + API_PREFIX

    async def aclose(self) -> None:
        await self._http.aclose()

    def forget_token(self) -> None:
        """Read the token from the keyring again on the next call (after re-enrolment)."""
        self._token = None

    async def request(
        self,
        method: str,
        route: str,
        *,
        path_params: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
        json_body: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        language: str | None = None,
        idempotency_key: str | None = None,
        etag: str | None = None,
        expect: tuple[int, ...] = (200,),
        expect_json: bool = True,
    ) -> PortalResponse:
        """Send one request; raise a PortalError subclass for anything but ``expect``."""
        path = route.format(**{k: _path_segment(v) for k, v in (path_params or {}).items()})
        headers = {"Authorization": f"Bearer {self._bearer()}", "traceparent": _traceparent()}
        if language:
            headers["Accept-Language"] = language
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        if etag is not None:
            headers["If-None-Match"] = etag
        if json_body is not None:
            content = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
        if content is not None:
            headers["Content-Type"] = "application/json"
        started = time.monotonic()
        status: int | None = None
        try:
            async with asyncio.timeout(self._settings.timeout_s):
                response = await self._http.request(
                    method, path, params=params, content=content, headers=headers
                )
                status = response.status_code
                if status in expect:
                    body = await response.aread()
                else:
                    body = await read_limited(response, _MAX_ERROR_BODY)
        except (TimeoutError, httpx.TransportError) as error:
            raise transport_failure(f"{method} {route}", error, status) from None
        finally:
            log.info(
                "portal.request",
                extra={
                    "method": method,
                    "route": route,
                    "status": status,
                    "duration_ms": round((time.monotonic() - started) * 1000),
                },
            )
        if status not in expect:
            raise self._error(method, route, response, body)
        document: dict[str, Any] = {}
        if expect_json and status not in (204, 304):
            document = _json_object(method, route, response, body)
        return PortalResponse(
            status=status,
            json=document,
            etag=response.headers.get("ETag"),
            replayed=response.headers.get("Idempotency-Replayed", "").lower() == "true",
        )

    async def get_bytes(
        self, route: str, path_params: Mapping[str, str], params: Mapping[str, str]
    ) -> bytes:
        """A non-JSON resource (the .ics calendar file)."""
        path = route.format(**{k: _path_segment(v) for k, v in path_params.items()})
        headers = {"Authorization": f"Bearer {self._bearer()}"}
        try:
            async with asyncio.timeout(self._settings.timeout_s):
                response = await self._http.get(path, params=params, headers=headers)
                body = await response.aread()
        except TimeoutError:
            raise PortalTimeout(f"GET {route}: no answer within the deadline") from None
        except httpx.TransportError as error:
            raise PortalUnreachable(f"GET {route}: {type(error).__name__}") from None
        if response.status_code != 200:
            raise self._error("GET", route, response, body)
        return body

    def _bearer(self) -> str:
        if self._token is None:
            self._token = self._token_source.get_device_token()
        if not self._token:
            raise PortalNotConfigured("no device token in the keyring: enrol this kiosk")
        return self._token

    def _error(self, method: str, route: str, response: httpx.Response, body: bytes) -> PortalError:
        status = response.status_code
        problem = Problem()
        if _media_type(response) in ("application/problem+json", "application/json"):
            try:
                document = json.loads(body)
            except ValueError:
                document = None
            if isinstance(document, dict):
                problem = Problem.from_json(document)
        if status == 401:
            self.forget_token()  # maybe re-enrolled meanwhile: read the keyring again next time
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        error_class = error_class_for_status(status)
        return error_class(
            f"{method} {route}: HTTP {status}" + (f" ({problem.code})" if problem.code else ""),
            status=status,
            problem=problem,
            retry_after_s=retry_after,
        )


def _json_object(method: str, route: str, response: httpx.Response, body: bytes) -> dict[str, Any]:
    media_type = _media_type(response)
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise PortalBadResponse(
            f"{method} {route}: expected JSON, got {media_type or 'no content type'}",
            status=response.status_code,
        )
    try:
        document = json.loads(body)
    except ValueError:
        raise PortalBadResponse(
            f"{method} {route}: malformed JSON", status=response.status_code
        ) from None
    if not isinstance(document, dict):
        raise PortalBadResponse(
            f"{method} {route}: expected a JSON object", status=response.status_code
        )
    return document


async def read_limited(response: httpx.Response, limit: int) -> bytes:
    """A streamed response's body, read no further than just past `limit` bytes."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    await response.aclose()
    return b"".join(chunks)


def _media_type(response: httpx.Response) -> str:
    content_type: str = response.headers.get("Content-Type", "")
    return content_type.split(";")[0].strip().lower()


def transport_failure(
    summary: str, error: TimeoutError | httpx.TransportError, status: int | None
) -> PortalError:
    """The PortalError for a request that got no usable answer (all of them transient).

    Shared by every HTTP client of the kiosk (portal API, Open311), so a timeout, a
    refused connection or a bad certificate is classified the same everywhere.
    """
    if isinstance(error, TimeoutError):
        return PortalTimeout(f"{summary}: no answer within the deadline")
    if isinstance(error, httpx.TimeoutException):
        return PortalTimeout(f"{summary}: {type(error).__name__}")
    if isinstance(error, httpx.ConnectError):
        if _is_certificate_error(error):
            return PortalInsecure(f"{summary}: TLS verification failed")
        return PortalUnreachable(f"{summary}: cannot connect")
    if isinstance(error, httpx.RemoteProtocolError):
        # Connection closed mid-answer, truncated body, garbage instead of HTTP.
        return PortalBadResponse(f"{summary}: incomplete or malformed HTTP answer", status=status)
    return PortalUnreachable(f"{summary}: {type(error).__name__}")


def _is_certificate_error(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _path_segment(value: str) -> str:
    # Registration numbers may contain "/" (e.g. "123/2026"): escape so they stay one segment.
    return quote(value, safe="")


def _traceparent() -> str:
    return f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-01"
