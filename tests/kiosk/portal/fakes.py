"""Small named fakes and helpers shared by the portal tests."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Coroutine
from typing import Any, TypeVar

from kiosk.portal.submissions import Applicant, SubmissionRequest

T = TypeVar("T")

# Personal values that must never appear in plaintext on disk or in logs.
CANARY_SURNAME = "Canaryescu"
CANARY_GIVEN = "Ionela-Canary"


def _with_cnp_check_digit(first12: str) -> str:
    weights = "279146358279"
    total = sum(int(d) * int(w) for d, w in zip(first12, weights, strict=True))
    check = total % 11
    return first12 + str(1 if check == 10 else check)


CANARY_CNP = _with_cnp_check_digit("180010120077")
CANARY_DOCUMENT = "HD998877"
CANARY_BIRTH = "1980-01-01"
CANARY_EMAIL = "canary.person@example.ro"
CANARY_PHONE = "+40712345678"
CANARIES = (
    CANARY_SURNAME,
    CANARY_GIVEN,
    CANARY_CNP,
    CANARY_DOCUMENT,
    CANARY_EMAIL,
    CANARY_PHONE,
)


class StaticToken:
    """A token source with a fixed token (the keyring itself is tested in test_secrets)."""

    def __init__(self, token: str | None) -> None:
        self.token = token
        self.reads = 0

    def get_device_token(self) -> str | None:
        self.reads += 1
        return self.token


def run(coroutine: Coroutine[Any, Any, T], timeout_s: float = 60.0) -> T:
    """Drive a coroutine to completion, failing (not hanging) after ``timeout_s``."""

    async def bounded() -> T:
        return await asyncio.wait_for(coroutine, timeout_s)

    return asyncio.run(bounded())


def free_port() -> int:
    """A loopback port with nothing listening on it (for "server down")."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def petition_data(marker: str) -> dict[str, Any]:
    """Valid answers for the demo portal's ``ro-petition`` form; ``marker`` rides along."""
    return {
        "petition_type": "report",
        "topic": "lighting",
        "location": "Str. Horea 12",
        "description": f"Street light out in front of the school. [{marker}]",
        "given_names": CANARY_GIVEN,
        "surname": CANARY_SURNAME,
        "reply_by": "email",
        "email": CANARY_EMAIL,
        "consent": True,
    }


def canary_request(
    marker: str = "test", service_code: str = "ro-petition", **data: Any
) -> SubmissionRequest:
    return SubmissionRequest(
        service_code=service_code,
        form_version="2026.1",
        data=data or petition_data(marker),
        applicant=Applicant(
            given_names=CANARY_GIVEN,
            surname=CANARY_SURNAME,
            personal_id=CANARY_CNP,
            document_number=CANARY_DOCUMENT,
            birth_date=CANARY_BIRTH,
            source="mrz",
        ),
        locale="ro",
        contact={"email": CANARY_EMAIL, "phone": CANARY_PHONE},
    )


RECEIPT = {
    "id": "9b1f0c1e-0000-4000-8000-000000000001",
    "service_code": "ro-tax-certificate",
    "service_name": "Certificat fiscal",
    "client_reference": "ignored-by-the-kiosk",
    "registration_number": "1234/2026",
    "access_code": "K7Q2M9",
    "status": "registered",
    "received_at": "2026-11-21T10:00:00Z",
    "status_history": [{"status": "registered", "at": "2026-11-21T10:00:00Z", "note": None}],
    "registered_at": "2026-11-21T10:00:00Z",
    "expected_at": "2026-12-21",
    "receipt": {"lines": ["Nr. 1234/2026"], "status_url": "https://portal.example/s/1234"},
}
