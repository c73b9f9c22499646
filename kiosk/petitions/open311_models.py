"""What an Open311 GeoReport v2 server sends and receives, read tolerantly.

Real servers differ in allowed ways: ids as numbers or strings, ``metadata`` as a
boolean or the string "true", ``keywords`` as one comma-separated string, optional
keys missing or null, extra keys. The ``from_json`` readers accept all of that and
only refuse what makes an entry unusable (no ``service_code``, no attribute ``code``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

AttributeValue = str | int | float | bool | list[str]

# Datatypes the kiosk's form engine can ask for (GeoReport v2 lists exactly these, but
# servers invent more, e.g. "image" or "file"; those cannot be answered on the kiosk).
SUPPORTED_DATATYPES = frozenset(
    {"string", "text", "number", "datetime", "singlevaluelist", "multivaluelist"}
)


def text_or_none(value: object) -> str | None:
    """A string for a string or number; None for null, "" and anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() else str(value)
    if isinstance(value, str):
        return value.strip() or None
    return None


def flag(value: object, default: bool = False) -> bool:
    """A boolean sent as true/false, "true"/"false", "1"/"0" or "yes"/"no"."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "1", "yes", "y", "on"):
            return True
        if lowered in ("false", "0", "no", "n", "off", ""):
            return False
    return default


def _keywords(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        parts: list[object] = list(value.split(","))
    elif isinstance(value, list):
        parts = list(value)
    else:
        return ()
    words = (text_or_none(part) for part in parts)
    return tuple(word for word in words if word)


def _datetime(value: object) -> dt.datetime | None:
    text = text_or_none(value)
    if text is None:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


@dataclass(frozen=True)
class Open311Service:
    """One entry of ``services.json``."""

    service_code: str
    service_name: str
    description: str | None = None
    metadata: bool = False
    type: str = "realtime"
    keywords: tuple[str, ...] = ()
    group: str | None = None

    @classmethod
    def from_json(cls, entry: Mapping[str, Any]) -> Open311Service | None:
        code = text_or_none(entry.get("service_code"))
        if code is None:
            return None
        return cls(
            service_code=code,
            service_name=text_or_none(entry.get("service_name")) or code,
            description=text_or_none(entry.get("description")),
            metadata=flag(entry.get("metadata")),
            type=text_or_none(entry.get("type")) or "realtime",
            keywords=_keywords(entry.get("keywords")),
            group=text_or_none(entry.get("group")),
        )


@dataclass(frozen=True)
class Open311Value:
    key: str
    name: str


@dataclass(frozen=True)
class Open311Attribute:
    """One attribute of a service definition (``services/{code}.json``)."""

    code: str
    datatype: str
    description: str
    variable: bool = True
    required: bool = False
    datatype_description: str | None = None
    order: int = 0
    values: tuple[Open311Value, ...] = ()

    @property
    def supported(self) -> bool:
        return self.datatype in SUPPORTED_DATATYPES

    @classmethod
    def from_json(cls, entry: Mapping[str, Any], position: int) -> Open311Attribute | None:
        code = text_or_none(entry.get("code"))
        if code is None:
            return None
        values: list[Open311Value] = []
        raw_values = entry.get("values")
        if isinstance(raw_values, list):
            for raw in raw_values:
                if isinstance(raw, Mapping) and (key := text_or_none(raw.get("key"))):
                    values.append(Open311Value(key, text_or_none(raw.get("name")) or key))
        order = entry.get("order")
        if order is not None and str(order).strip().lstrip("-").isdigit():
            position = int(str(order))
        return cls(
            code=code,
            datatype=(text_or_none(entry.get("datatype")) or "string").lower(),
            description=text_or_none(entry.get("description")) or code,
            variable=flag(entry.get("variable"), default=True),
            required=flag(entry.get("required")),
            datatype_description=text_or_none(entry.get("datatype_description")),
            order=position,
            values=tuple(values),
        )


@dataclass(frozen=True)
class PetitionDraft:
    """A petition ready to send. Holds personal data: repr shows only what is safe to log."""

    service_code: str
    description: str
    address_string: str | None = None
    lat: float | None = None
    long: float | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    attributes: dict[str, AttributeValue] = field(default_factory=dict)

    def __repr__(self) -> str:
        contact = sum(
            1 for v in (self.first_name, self.last_name, self.email, self.phone) if v is not None
        )
        return (
            f"PetitionDraft(service_code={self.service_code!r}, "
            f"description=<{len(self.description)} chars>, "
            f"location={'given' if self.has_location else 'missing'}, "
            f"contact_fields={contact}, attributes={sorted(self.attributes)})"
        )

    __str__ = __repr__

    @property
    def has_location(self) -> bool:
        return bool(self.address_string) or (self.lat is not None and self.long is not None)


@dataclass(frozen=True)
class Open311Receipt:
    """The answer to a POST: the request id now, or a token to look it up later."""

    service_request_id: str | None
    token: str | None
    service_notice: str | None = None
    account_id: str | None = None

    @classmethod
    def from_json(cls, entry: Mapping[str, Any]) -> Open311Receipt:
        return cls(
            service_request_id=text_or_none(entry.get("service_request_id")),
            token=text_or_none(entry.get("token")),
            service_notice=text_or_none(entry.get("service_notice")),
            account_id=text_or_none(entry.get("account_id")),
        )


@dataclass(frozen=True)
class Open311Status:
    """Where a request stands (``requests/{id}.json``)."""

    service_request_id: str
    status: Literal["open", "closed"]
    status_notes: str | None = None
    updated_datetime: dt.datetime | None = None
    agency_responsible: str | None = None
    service_notice: str | None = None
    expected_datetime: dt.datetime | None = None

    @classmethod
    def from_json(cls, entry: Mapping[str, Any], asked_id: str) -> Open311Status:
        raw_status = (text_or_none(entry.get("status")) or "open").lower()
        return cls(
            service_request_id=text_or_none(entry.get("service_request_id")) or asked_id,
            status="closed" if raw_status == "closed" else "open",
            status_notes=text_or_none(entry.get("status_notes")),
            updated_datetime=_datetime(entry.get("updated_datetime")),
            agency_responsible=text_or_none(entry.get("agency_responsible")),
            service_notice=text_or_none(entry.get("service_notice")),
            expected_datetime=_datetime(entry.get("expected_datetime")),
        )
