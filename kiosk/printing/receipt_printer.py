"""What a journey hands to the printer, and what it learns back.

Journeys build a :class:`PrintableReceipt` (texts already in the person's
language, personal IDs already masked) and await `ReceiptPrinter.print_receipt`.
The outcome tells the screen what to say: printed, or why not, so the person
can write the number down instead. The CUPS printer behind this interface
arrives with the receipts work; until a printer is configured the kiosk uses
:class:`NoPrinter`, which says so honestly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class ReceiptKind(StrEnum):
    SUBMISSION = "submission"
    PROVISIONAL = "provisional"  # sent later by the outbox: client reference only
    APPOINTMENT = "appointment"
    PAYMENT_SLIP = "payment-slip"
    STATUS = "status"


class PrintOutcome(StrEnum):
    PRINTED = "printed"
    UNAVAILABLE = "unavailable"  # no printer, out of paper, offline
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class PrintableReceipt:
    kind: ReceiptKind
    language: str
    title: str
    # (label, value) rows, already localized; personal IDs masked to the last 4 digits.
    lines: tuple[tuple[str, str], ...]
    qr_text: str = ""
    notes: tuple[str, ...] = field(default=())

    def __repr__(self) -> str:
        # Receipts carry names and numbers: keep them out of tracebacks and logs.
        return f"PrintableReceipt(kind={self.kind.value}, lines={len(self.lines)})"


class ReceiptPrinter(Protocol):
    async def print_receipt(self, receipt: PrintableReceipt) -> PrintOutcome: ...


class NoPrinter:
    """No printer configured on this kiosk: every print says 'unavailable'."""

    async def print_receipt(self, receipt: PrintableReceipt) -> PrintOutcome:
        return PrintOutcome.UNAVAILABLE
