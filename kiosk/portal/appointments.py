"""Appointment booking: offices, free days, slots, the hold request and the appointment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.portal import response_fields as f
from kiosk.portal.submissions import Applicant


@dataclass(frozen=True)
class Office:
    code: str
    name: str  # in the request's language
    address: str
    timezone: str

    @classmethod
    def from_json(cls, item: Mapping[str, Any]) -> Office:
        where = "office"
        return cls(
            code=f.text(item, "code", where),
            name=f.text(item, "name", where),
            address=f.text(item, "address", where),
            timezone=f.text(item, "timezone", where),
        )

    @classmethod
    def list_from_json(cls, document: Mapping[str, Any]) -> list[Office]:
        return [cls.from_json(item) for item in f.objects(document, "offices", "offices")]


@dataclass(frozen=True)
class DayAvailability:
    date: str  # ISO 8601 date, office-local
    available_slots: int

    @classmethod
    def list_from_json(cls, document: Mapping[str, Any]) -> list[DayAvailability]:
        where = "days"
        return [
            cls(
                date=f.text(item, "date", where),
                available_slots=f.integer(item, "available_slots", where),
            )
            for item in f.objects(document, "days", where)
        ]


@dataclass(frozen=True)
class Slot:
    id: str
    starts_at: str
    ends_at: str
    available: bool

    @classmethod
    def list_from_json(cls, document: Mapping[str, Any]) -> list[Slot]:
        where = "slots"
        return [
            cls(
                id=f.text(item, "id", where),
                starts_at=f.text(item, "starts_at", where),
                ends_at=f.text(item, "ends_at", where),
                available=item.get("available") is not False,
            )
            for item in f.objects(document, "slots", where)
        ]


@dataclass(frozen=True)
class AppointmentRequest:
    """``POST /appointments``: hold a slot for this person (idempotent)."""

    service_code: str
    office: str
    slot_id: str
    applicant: Applicant
    locale: str
    contact: Mapping[str, Any] | None = None
    client_reference: str | None = None

    def __repr__(self) -> str:
        return f"AppointmentRequest(service_code={self.service_code!r}, <personal data hidden>)"

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "service_code": self.service_code,
            "office": self.office,
            "slot_id": self.slot_id,
            "applicant": self.applicant.to_json(),
            "locale": self.locale,
        }
        if self.contact is not None:
            body["contact"] = dict(self.contact)
        if self.client_reference is not None:
            body["client_reference"] = self.client_reference
        return body


@dataclass(frozen=True)
class Appointment:
    id: str
    status: str  # reserved | confirmed | cancelled | expired
    service_code: str
    service_name: str | None
    office: Office
    slot: Slot
    hold_expires_at: str
    calendar_url: str | None  # without the access code
    access_code: str | None  # only in the answer that created the hold: print it
    client_reference: str | None

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> Appointment:
        where = "appointment"
        slot = f.obj(document, "slot", where)
        return cls(
            id=f.text(document, "id", where),
            status=f.text(document, "status", where),
            service_code=f.text(document, "service_code", where),
            service_name=f.optional_text(document, "service_name", where),
            office=Office.from_json(f.obj(document, "office", where)),
            slot=Slot(
                id=f.text(slot, "id", where + ".slot"),
                starts_at=f.text(slot, "starts_at", where + ".slot"),
                ends_at=f.text(slot, "ends_at", where + ".slot"),
                available=False,
            ),
            hold_expires_at=f.text(document, "hold_expires_at", where),
            calendar_url=f.optional_text(document, "calendar_url", where),
            access_code=f.optional_text(document, "access_code", where),
            client_reference=f.optional_text(document, "client_reference", where),
        )
