"""An async client for any Open311 GeoReport v2 server (http://wiki.open311.org/GeoReport_v2/).

Failures are raised as the portal's own :class:`kiosk.portal.errors.PortalError`
classes, so the UI and the outbox treat them the same way: 4xx answers are final
(the server's own ``description`` is kept in ``error.problem.detail`` and its
``code`` as ``"open311:<code>"``), 5xx answers, timeouts and connection failures are
transient. ``str(error)`` never holds personal data.

Logs carry the route template, the status and the duration only.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from kiosk.petitions.open311_models import (
    AttributeValue,
    Open311Attribute,
    Open311Receipt,
    Open311Service,
    Open311Status,
    PetitionDraft,
    text_or_none,
)
from kiosk.petitions.open311_settings import Open311Settings
from kiosk.portal.backoff import parse_retry_after
from kiosk.portal.errors import (
    PortalBadResponse,
    PortalError,
    Problem,
    error_class_for_status,
)
from kiosk.portal.transport import read_limited, transport_failure

log = logging.getLogger("kiosk.petitions.open311")

USER_AGENT = "eservices-kiosk/0.1"
_MAX_BODY = 1024 * 1024

FormPairs = list[tuple[str, str]]


class Open311Client:
    """One Open311 endpoint. Use as ``async with`` or call :meth:`aclose`."""

    def __init__(
        self,
        settings: Open311Settings,
        *,
        language: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._settings = settings
        self.language = language
        self._http = httpx.AsyncClient(
            base_url=settings.url + "/",
            timeout=httpx.Timeout(settings.timeout_s),
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            trust_env=False,  # a kiosk never silently goes through an environment proxy
            transport=transport,
        )

    async def __aenter__(self) -> Open311Client:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- the GeoReport v2 calls ---------------------------------------------------------

    async def services(self) -> list[Open311Service]:
        """The service list; entries without a ``service_code`` are skipped."""
        document = await self._get("services.json", "services.json")
        entries = document if isinstance(document, list) else [document]
        found = [Open311Service.from_json(e) for e in entries if isinstance(e, Mapping)]
        services = [s for s in found if s is not None]
        log.info("open311.services", extra={"count": len(services)})
        return services

    async def definition(self, service_code: str) -> list[Open311Attribute]:
        """The attributes of one service, in the server's ``order``."""
        document = await self._get(
            f"services/{_segment(service_code)}.json", "services/{code}.json"
        )
        if isinstance(document, list):  # a few servers wrap the object in an array
            document = next((d for d in document if isinstance(d, Mapping)), {})
        if not isinstance(document, Mapping):
            raise PortalBadResponse("GET services/{code}.json: expected a JSON object")
        raw = document.get("attributes")
        entries = raw if isinstance(raw, list) else []
        found = [
            Open311Attribute.from_json(entry, position)
            for position, entry in enumerate(entries, start=1)
            if isinstance(entry, Mapping)
        ]
        return sorted((a for a in found if a is not None), key=lambda a: a.order)

    async def submit(self, draft: PetitionDraft) -> Open311Receipt:
        """POST requests.json; the receipt has the request id, a token, or both."""
        if not draft.has_location:
            raise ValueError("a petition needs address_string or lat/long")
        document = await self._send("POST", "requests.json", "requests.json", form=_form(draft))
        entry = _first_object(document, "POST requests.json")
        receipt = Open311Receipt.from_json(entry)
        if receipt.service_request_id is None and receipt.token is None:
            raise PortalBadResponse("POST requests.json: neither service_request_id nor token")
        log.info(
            "open311.submitted",
            extra={
                "service_code": draft.service_code,
                "has_id": receipt.service_request_id is not None,
            },
        )
        return receipt

    async def request_status(self, service_request_id: str) -> Open311Status:
        document = await self._get(
            f"requests/{_segment(service_request_id)}.json", "requests/{id}.json"
        )
        entry = _first_object(document, "GET requests/{id}.json")
        return Open311Status.from_json(entry, service_request_id)

    async def token_status(self, token: str) -> str | None:
        """The request id behind a POST token, or None while the server has not assigned one."""
        document = await self._get(f"tokens/{_segment(token)}.json", "tokens/{token}.json")
        entries = document if isinstance(document, list) else [document]
        for entry in entries:
            if isinstance(entry, Mapping):
                request_id = text_or_none(entry.get("service_request_id"))
                if request_id is not None:
                    return request_id
        return None

    # --- one exchange -------------------------------------------------------------------

    async def _get(self, path: str, route: str) -> Any:
        return await self._send("GET", path, route)

    async def _send(self, method: str, path: str, route: str, form: FormPairs | None = None) -> Any:
        params: dict[str, str] = {}
        if self._settings.jurisdiction_id is not None:
            params["jurisdiction_id"] = self._settings.jurisdiction_id
        headers: dict[str, str] = {}
        if self.language:
            headers["Accept-Language"] = self.language
        content: bytes | None = None
        if form is not None:
            # The body carries jurisdiction_id too: some servers read only one of the two.
            pairs = [("api_key", self._settings.api_key), *form, *params.items()]
            content = urlencode(pairs).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
        started = time.monotonic()
        status: int | None = None
        summary = f"{method} {route}"
        try:
            async with asyncio.timeout(self._settings.timeout_s):
                response = await self._http.request(
                    method, path, params=params, content=content, headers=headers
                )
                status = response.status_code
                body = await read_limited(response, _MAX_BODY)
        except (TimeoutError, httpx.TransportError) as error:
            raise transport_failure(summary, error, status) from None
        finally:
            log.info(
                "open311.request",
                extra={
                    "method": method,
                    "route": route,
                    "status": status,
                    "duration_ms": round((time.monotonic() - started) * 1000),
                },
            )
        if not 200 <= response.status_code < 300:
            raise _error(summary, response, body)
        try:
            return json.loads(body)
        except ValueError:
            raise PortalBadResponse(f"{summary}: malformed JSON", status=status) from None


def _error(summary: str, response: httpx.Response, body: bytes) -> PortalError:
    """GeoReport errors are ``[{"code": 400, "description": "…"}]``; anything else is tolerated."""
    status = response.status_code
    code: str | None = None
    description: str | None = None
    try:
        document: Any = json.loads(body)
    except ValueError:
        document = None
    if isinstance(document, list):
        document = next((d for d in document if isinstance(d, Mapping)), None)
    if isinstance(document, Mapping):
        code = text_or_none(document.get("code"))
        description = text_or_none(document.get("description")) or text_or_none(
            document.get("detail")
        )
    error_class = error_class_for_status(status)
    return error_class(
        f"{summary}: HTTP {status}",
        status=status,
        problem=Problem(detail=description, code=f"open311:{code or status}"),
        retry_after_s=parse_retry_after(response.headers.get("Retry-After")),
    )


def _first_object(document: Any, what: str) -> Mapping[str, Any]:
    if isinstance(document, Mapping):
        return document
    if isinstance(document, list):
        for entry in document:
            if isinstance(entry, Mapping):
                return entry
    raise PortalBadResponse(f"{what}: expected a JSON array of objects")


def _segment(value: str) -> str:
    return quote(value, safe="")


def _form(draft: PetitionDraft) -> FormPairs:
    pairs: FormPairs = [("service_code", draft.service_code)]
    if draft.lat is not None and draft.long is not None:
        pairs += [("lat", repr(draft.lat)), ("long", repr(draft.long))]
    optional = {
        "address_string": draft.address_string,
        "description": draft.description,
        "first_name": draft.first_name,
        "last_name": draft.last_name,
        "email": draft.email,
        "phone": draft.phone,
    }
    pairs += [(name, value) for name, value in optional.items() if value]
    for code, value in draft.attributes.items():
        pairs += _attribute_pairs(code, value)
    return pairs


def _attribute_pairs(code: str, value: AttributeValue) -> FormPairs:
    if isinstance(value, list):
        return [(f"attribute[{code}][]", str(item)) for item in value]
    return [(f"attribute[{code}]", _attribute_text(value))]


def _attribute_text(value: str | int | float | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
