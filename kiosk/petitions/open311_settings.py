"""The `[petitions]` table of the kiosk configuration, validated.

``backend = "portal"`` (the default) sends petitions through the portal API like any
other form; ``backend = "open311"`` sends them to an Open311 GeoReport v2 endpoint::

    [petitions]
    backend = "open311"
    url = "https://311.example.org/open311/v2"   # the endpoint base, before /services.json
    api_key = "…"
    jurisdiction_id = "deva.ro"                  # optional
    timeout_s = 10                               # optional, 1–120

Every problem is a ``ValueError`` naming the key, so an installer reading the
message knows which line of the config file to fix.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from kiosk.portal.settings import timeout_seconds

PetitionsBackend = Literal["portal", "open311"]

_PREFIX = "petitions"
_KNOWN_KEYS = frozenset({"backend", "url", "api_key", "jurisdiction_id", "timeout_s"})
_DEFAULT_TIMEOUT_S = 10.0


def petitions_backend(m: Mapping[str, object]) -> PetitionsBackend:
    """Where petitions go according to the `[petitions]` table (missing table → "portal")."""
    value = m.get("backend", "portal")
    if value == "portal":
        return "portal"
    if value == "open311":
        return "open311"
    raise ValueError(f'{_PREFIX}.backend: must be "portal" or "open311", not {value!r}')


@dataclass(frozen=True)
class Open311Settings:
    """Where the Open311 endpoint is and the key it gave this kiosk (never shown in repr)."""

    url: str
    api_key: str = field(repr=False)
    jurisdiction_id: str | None = None
    timeout_s: float = _DEFAULT_TIMEOUT_S

    @classmethod
    def from_mapping(cls, m: Mapping[str, object]) -> Open311Settings:
        unknown = sorted(set(m) - _KNOWN_KEYS)
        if unknown:
            raise ValueError(
                f"{_PREFIX}.{unknown[0]}: unknown key (expected one of {sorted(_KNOWN_KEYS)})"
            )
        if petitions_backend(m) != "open311":
            raise ValueError(f'{_PREFIX}.backend: must be "open311" to use an Open311 server')
        if "url" not in m:
            raise ValueError(
                f"{_PREFIX}.url: missing (the Open311 endpoint, e.g. https://…/open311/v2)"
            )
        if "api_key" not in m:
            raise ValueError(f"{_PREFIX}.api_key: missing (the key the Open311 server issued)")
        return cls(
            url=_endpoint_url(m["url"]),
            api_key=_text("api_key", m["api_key"]),
            jurisdiction_id=(
                None
                if m.get("jurisdiction_id") is None
                else _text("jurisdiction_id", m["jurisdiction_id"])
            ),
            timeout_s=timeout_seconds(_PREFIX, m.get("timeout_s", _DEFAULT_TIMEOUT_S)),
        )


def _endpoint_url(value: object) -> str:
    key = f"{_PREFIX}.url"
    if not isinstance(value, str):
        raise ValueError(f"{key}: must be a string URL, not {type(value).__name__}")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise ValueError(f'{key}: "{value}" is not a valid URL') from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f'{key}: "{value}" is not an https URL')
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError(
            f'{key}: "{value}" must use https (petitions carry personal data); '
            "plain http is only allowed for a server on this machine"
        )
    if parts.query or parts.fragment:
        raise ValueError(f'{key}: "{value}" must not have a query or fragment')
    for suffix in ("/services.json", "/discovery.json"):
        if parts.path.endswith(suffix):
            raise ValueError(f'{key}: "{value}" should end before "{suffix}"')
    return value.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _text(key: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{_PREFIX}.{key}: must be a non-empty string")
    return value.strip()
