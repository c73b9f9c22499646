"""The `[portal]` table of the kiosk configuration, validated.

The lead's TOML loader hands the raw table to :meth:`PortalSettings.from_mapping`;
every problem is reported as a ``ValueError`` naming the key, so an installer
reading the message knows which line of the config file to fix.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

PetitionsBackend = Literal["portal", "open311"]

_PREFIX = "portal"
_KNOWN_KEYS = frozenset(
    {"url", "ca_bundle", "timeout_s", "petitions_backend", "open311_url", "open311_api_key_name"}
)
_DEFAULT_TIMEOUT_S = 15.0
_MIN_TIMEOUT_S = 1.0
_MAX_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class PortalSettings:
    """Where the portal is and how to talk to it. Holds no secrets: tokens live in the keyring."""

    url: str
    ca_bundle: Path | None = None
    timeout_s: float = _DEFAULT_TIMEOUT_S
    petitions_backend: PetitionsBackend = "portal"
    open311_url: str | None = None
    # Name of the keyring entry holding the Open311 api_key (the key itself is never in config).
    open311_api_key_name: str | None = None

    @classmethod
    def from_mapping(cls, m: Mapping[str, object]) -> PortalSettings:
        unknown = sorted(set(m) - _KNOWN_KEYS)
        if unknown:
            raise ValueError(
                f"{_PREFIX}.{unknown[0]}: unknown key (expected one of {sorted(_KNOWN_KEYS)})"
            )
        if "url" not in m:
            raise ValueError(f"{_PREFIX}.url: missing (the portal's base URL, e.g. https://…)")
        url = _http_url("url", m["url"])
        ca_bundle = _ca_bundle(m.get("ca_bundle"))
        timeout_s = timeout_seconds(_PREFIX, m.get("timeout_s", _DEFAULT_TIMEOUT_S))
        backend = _backend(m.get("petitions_backend", "portal"))
        open311_url_raw = m.get("open311_url")
        open311_url = None if open311_url_raw is None else _http_url("open311_url", open311_url_raw)
        key_name = _optional_name("open311_api_key_name", m.get("open311_api_key_name"))
        if backend == "open311" and open311_url is None:
            raise ValueError(f'{_PREFIX}.open311_url: required when petitions_backend is "open311"')
        return cls(
            url=url,
            ca_bundle=ca_bundle,
            timeout_s=timeout_s,
            petitions_backend=backend,
            open311_url=open311_url,
            open311_api_key_name=key_name,
        )


def _http_url(key: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{_PREFIX}.{key}: must be a string URL, not {type(value).__name__}")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise ValueError(f'{_PREFIX}.{key}: "{value}" is not a valid URL') from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f'{_PREFIX}.{key}: "{value}" is not an http(s) URL')
    if parts.query or parts.fragment:
        raise ValueError(f'{_PREFIX}.{key}: "{value}" must not have a query or fragment')
    # One canonical form, so joining "/api/v1/..." never yields a double slash.
    return value.rstrip("/")


def _ca_bundle(value: object) -> Path | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str | Path):
        raise ValueError(f"{_PREFIX}.ca_bundle: must be a file path string")
    path = Path(value)
    if not path.is_file():
        raise ValueError(f'{_PREFIX}.ca_bundle: "{path}" does not exist or is not a file')
    return path


def timeout_seconds(section: str, value: object) -> float:
    """A server's `timeout_s` from the `section` of kiosk.toml: 1 to 120 seconds."""
    problem = f"{section}.timeout_s: must be a number of seconds between 1 and 120"
    # bool is an int subclass; `timeout_s = true` is a typo, not one second.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(problem)
    seconds = float(value)
    if not _MIN_TIMEOUT_S <= seconds <= _MAX_TIMEOUT_S:
        raise ValueError(problem)
    return seconds


def _optional_name(key: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{_PREFIX}.{key}: must be a non-empty string")
    return value


def _backend(value: object) -> PetitionsBackend:
    if value == "portal":
        return "portal"
    if value == "open311":
        return "open311"
    raise ValueError(f'{_PREFIX}.petitions_backend: must be "portal" or "open311", not {value!r}')
