"""What a journey hands to the printer, and what it learns back.

Journeys build a :class:`PrintableReceipt` (texts already in the person's
language, personal IDs already masked) and await `ReceiptPrinter.print_receipt`.
The outcome tells the screen what to say: printed, or why not, so the person
can write the number down instead. A printer may also say *why* it did not print
(`last_problem`, read with :func:`problem_of`): out of paper, a jam, a door open…
The CUPS printer is `kiosk.printing.cups_printer`, the folder printer (machines
without CUPS) `kiosk.printing.folder_printer`; with no printer configured the
kiosk uses :class:`NoPrinter`, which says so honestly.
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


class PrintProblem(StrEnum):
    """Why the last receipt did not print, in terms a person can act on."""

    OUT_OF_PAPER = "out-of-paper"
    PAPER_JAM = "paper-jam"
    DOOR_OPEN = "door-open"
    OFFLINE = "offline"
    STOPPED = "stopped"  # the queue is paused or refuses jobs: staff must restart it
    TOO_SLOW = "too-slow"  # no answer in time; the job stays queued and is not sent twice
    BROKEN = "broken"  # anything else


@dataclass(frozen=True, slots=True)
class PrintableReceipt:
    kind: ReceiptKind
    language: str
    title: str
    # (label, value) rows, already localized; personal IDs masked to the last 4 digits.
    lines: tuple[tuple[str, str], ...]
    qr_text: str = ""
    notes: tuple[str, ...] = field(default=())
    # Index in `lines` of the row printed large: the registration, order or appointment number.
    headline: int | None = None
    # Index in `lines` of the person's name: printed only where the institution requires it.
    name_row: int | None = None
    # Printed from practice mode: a PRACTICE watermark, so nobody takes it for a real receipt.
    practice: bool = False

    def __repr__(self) -> str:
        # Receipts carry names and numbers: keep them out of tracebacks and logs.
        return f"PrintableReceipt(kind={self.kind.value}, lines={len(self.lines)})"


class ReceiptPrinter(Protocol):
    async def print_receipt(self, receipt: PrintableReceipt) -> PrintOutcome: ...


def problem_of(printer: object) -> PrintProblem | None:
    """Why `printer`'s last receipt did not print, if it says (None when it printed or is mute).

    Printers written before problems existed have no `last_problem`: they stay valid.
    """
    problem = getattr(printer, "last_problem", None)
    return problem if isinstance(problem, PrintProblem) else None


class NoPrinter:
    """No printer configured on this kiosk: every print says 'unavailable'.

    It names no `last_problem`: screens then use their general "the printer is not
    working" sentence.
    """

    async def print_receipt(self, receipt: PrintableReceipt) -> PrintOutcome:
        return PrintOutcome.UNAVAILABLE
