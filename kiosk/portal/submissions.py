"""Submissions to the portal: the request the kiosk builds and the answers it gets back.

The request is serialised once, canonically, and those exact bytes are sealed in
the outbox and re-sent on every retry: the portal compares a hash of the body
under the idempotency key, so a retry must be byte-for-byte the first attempt.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from kiosk.portal import response_fields as f

IdentitySource = Literal["mrz", "chip", "typed"]


@dataclass(frozen=True)
class Applicant:
    given_names: str
    surname: str
    personal_id: str
    document_number: str | None = None
    birth_date: str | None = None  # ISO 8601 date
    source: IdentitySource = "typed"

    def __repr__(self) -> str:
        # Dataclass reprs end up in tracebacks and logs; this one holds personal data.
        return f"Applicant(source={self.source!r}, <personal data hidden>)"

    def to_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "given_names": self.given_names,
            "surname": self.surname,
            "personal_id": self.personal_id,
            "source": self.source,
        }
        if self.document_number is not None:
            document["document_number"] = self.document_number
        if self.birth_date is not None:
            document["birth_date"] = self.birth_date
        return document


@dataclass(frozen=True)
class SubmissionRequest:
    service_code: str
    form_version: str | None
    data: Mapping[str, Any]
    applicant: Applicant
    locale: str
    contact: Mapping[str, Any] | None = None
    assisted_by: Mapping[str, Any] | None = None

    def __repr__(self) -> str:
        return f"SubmissionRequest(service_code={self.service_code!r}, <personal data hidden>)"

    def to_body(self, client_reference: str) -> bytes:
        """The canonical JSON body (sorted keys, no spaces, UTF-8)."""
        body: dict[str, Any] = {
            "service_code": self.service_code,
            "form_version": self.form_version,
            "data": dict(self.data),
            "applicant": self.applicant.to_json(),
            "client_reference": client_reference,
            "locale": self.locale,
        }
        if self.contact is not None:
            body["contact"] = dict(self.contact)
        if self.assisted_by is not None:
            body["assisted_by"] = dict(self.assisted_by)
        return canonical_json(body)


def canonical_json(document: Mapping[str, Any]) -> bytes:
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


@dataclass(frozen=True)
class StatusChange:
    status: str
    at: str
    note: str | None = None


@dataclass(frozen=True)
class Receipt:
    """What the portal wants printed on the citizen's receipt, already localized."""

    lines: list[str]
    status_url: str | None


@dataclass(frozen=True)
class SubmissionStatus:
    """Where a submission stands (``GET /submissions/{number}`` or ``/by-reference/{ref}``)."""

    id: str
    service_code: str
    service_name: str | None
    registration_number: str | None  # e.g. "2026/000123"; None until registered (202 path)
    status: str
    status_history: list[StatusChange]
    received_at: str | None
    registered_at: str | None
    expected_at: str | None
    client_reference: str | None

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> SubmissionStatus:
        where = "submission_status"
        return cls(
            id=f.text(document, "id", where),
            service_code=f.text(document, "service_code", where),
            service_name=f.optional_text(document, "service_name", where),
            registration_number=f.optional_text(document, "registration_number", where),
            status=f.text(document, "status", where),
            status_history=_history(document, where),
            received_at=f.optional_text(document, "received_at", where),
            registered_at=f.optional_text(document, "registered_at", where),
            expected_at=f.optional_text(document, "expected_at", where),
            client_reference=f.optional_text(document, "client_reference", where),
        )


@dataclass(frozen=True)
class SubmissionReceipt:
    """The portal's 201 (registered) or 202 (received, registered later) answer.

    ``access_code`` is shown only here (the portal keeps just its hash): print it.
    """

    submission: SubmissionStatus
    access_code: str | None
    receipt: Receipt
    replayed: bool = False

    @property
    def registration_number(self) -> str | None:
        return self.submission.registration_number

    @property
    def status(self) -> str:
        return self.submission.status

    @classmethod
    def from_json(cls, document: Mapping[str, Any], *, replayed: bool = False) -> SubmissionReceipt:
        where = "submission"
        receipt = f.optional_obj(document, "receipt", where) or {}
        return cls(
            submission=SubmissionStatus.from_json(document),
            access_code=f.optional_text(document, "access_code", where),
            receipt=Receipt(
                lines=f.texts(receipt, "lines", "receipt") if "lines" in receipt else [],
                status_url=f.optional_text(receipt, "status_url", "receipt"),
            ),
            replayed=replayed,
        )


def _history(document: Mapping[str, Any], where: str) -> list[StatusChange]:
    if document.get("status_history") is None:
        return []
    return [
        StatusChange(
            status=f.text(item, "status", where + ".status_history"),
            at=f.text(item, "at", where + ".status_history"),
            note=f.optional_text(item, "note", where + ".status_history"),
        )
        for item in f.objects(document, "status_history", where)
    ]
