"""The QR code printed on a receipt: which request it points to.

The receipt QR holds the portal's ``status_url``: ``…/api/v1/submissions/2026-000123``
once the request has a registration number, ``…/submissions/by-reference/<reference>``
before (a provisional slip), perhaps with ``?access_code=`` in future. Scanning fills
in what the link carries; the person types the rest. A plain registration number
(some receipts print only that) is accepted too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from kiosk.status.lookup_input import canonical_registration_number, clean_access_code


class ReceiptScanner(Protocol):
    """Reads one QR code from the camera (``device.qr.reader.QrScanner``)."""

    async def scan(self, timeout_s: float) -> str | None:
        """The decoded text, or None when nothing readable was seen in time."""
        ...


@dataclass(frozen=True)
class ReceiptLink:
    registration_number: str | None = None  # "2026/000123"
    client_reference: str | None = None  # provisional slip: the kiosk's own reference
    access_code: str | None = None

    def __repr__(self) -> str:
        return (
            f"ReceiptLink(number={self.registration_number is not None}, "
            f"reference={self.client_reference is not None}, "
            f"code={self.access_code is not None})"
        )


def parse_receipt_link(text: str) -> ReceiptLink | None:
    """What a scanned receipt QR points to, or None when it is not a receipt's code."""
    text = text.strip()
    number = canonical_registration_number(text)
    if number is not None:
        return ReceiptLink(registration_number=number)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    codes = parse_qs(parts.query).get("access_code", [])
    code = clean_access_code(codes[0]) if codes else ""
    access_code = code or None
    if len(segments) >= 3 and segments[-3:-1] == ["submissions", "by-reference"]:
        reference = segments[-1]
        return (
            ReceiptLink(client_reference=reference, access_code=access_code) if reference else None
        )
    if len(segments) >= 2 and segments[-2] == "submissions":
        number = canonical_registration_number(segments[-1])
        if number is not None:
            return ReceiptLink(registration_number=number, access_code=access_code)
    return None
