"""What the admin screen asks of the printer and the card reader, whatever drives them.

:class:`PrinterDiagnostics` and :class:`CardReaderDiagnostics` are small
protocols; the composition root hands in an implementation over the real
device. Until one exists the kiosk says so honestly: :class:`ReceiptPrinterDiagnostics`
works over any :class:`~kiosk.printing.receipt_printer.ReceiptPrinter` (a test
receipt), and :class:`NoCardReader` reports that no card reader is set up.
Reasons are English source strings, translated in the ``AdminDevices`` context.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Protocol

from device.printer.cups_queue import PrinterError
from device.printer.reasons import Trouble
from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.printing.cups_printer import CupsReceiptPrinter
from kiosk.printing.receipt_printer import (
    NoPrinter,
    PrintableReceipt,
    PrintOutcome,
    ReceiptKind,
    ReceiptPrinter,
)

C = "AdminDevices"


@dataclass(frozen=True, slots=True)
class PrinterState:
    configured: bool
    queue: str = ""  # the CUPS queue name
    state: str = ""  # plain words: "Ready", "Printing", "Stopped"
    reasons: tuple[str, ...] = ()  # plain words: "Out of paper", "Cover open"


class PrinterDiagnostics(Protocol):
    def state(self) -> PrinterState: ...

    async def print_test(self, language: str) -> PrintOutcome: ...


@dataclass(frozen=True, slots=True)
class CardReaderState:
    configured: bool
    name: str = ""
    card_present: bool = False
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CardReadOutcome:
    ok: bool
    message: str  # English source (AdminDevices); no personal data


class CardReaderDiagnostics(Protocol):
    def state(self) -> CardReaderState: ...

    async def test_read(self) -> CardReadOutcome: ...


class NoCardReader:
    """No card reader on this kiosk (issue 9 adds the PC/SC one)."""

    def state(self) -> CardReaderState:
        return CardReaderState(
            configured=False,
            reasons=(QT_TRANSLATE_NOOP("AdminDevices", "No card reader is set up"),),
        )

    async def test_read(self) -> CardReadOutcome:
        return CardReadOutcome(False, QT_TRANSLATE_NOOP("AdminDevices", "No card reader is set up"))


TEST_RECEIPT_TITLE = QT_TRANSLATE_NOOP("AdminDevices", "Printer test")


class ReceiptPrinterDiagnostics:
    """Printer diagnostics over a plain ReceiptPrinter: no queue state, but a test receipt."""

    def __init__(self, printer: ReceiptPrinter, *, queue: str = "") -> None:
        self._printer = printer
        self._queue = queue

    def state(self) -> PrinterState:
        if isinstance(self._printer, NoPrinter):
            return PrinterState(
                configured=False,
                reasons=(QT_TRANSLATE_NOOP("AdminDevices", "No printer is set up"),),
            )
        return PrinterState(
            configured=True, queue=self._queue, state=QT_TRANSLATE_NOOP("AdminDevices", "Unknown")
        )

    async def print_test(self, language: str) -> PrintOutcome:
        receipt = PrintableReceipt(
            kind=ReceiptKind.STATUS,
            language=language,
            title=TEST_RECEIPT_TITLE,
            lines=(("Test", "0123456789 ĂÂÎȘȚ ÁÉŐŰ ЖЩЇЄ"),),
            qr_text="https://example.org/kiosk-printer-test",
        )
        return await self._printer.print_receipt(receipt)


_TROUBLE_WORDS: Final[dict[Trouble, str]] = {
    Trouble.OUT_OF_PAPER: QT_TRANSLATE_NOOP("AdminDevices", "Out of paper"),
    Trouble.PAPER_JAM: QT_TRANSLATE_NOOP("AdminDevices", "Paper jam"),
    Trouble.DOOR_OPEN: QT_TRANSLATE_NOOP("AdminDevices", "Cover open"),
    Trouble.OFFLINE: QT_TRANSLATE_NOOP("AdminDevices", "Printer off or not connected"),
    Trouble.STOPPED: QT_TRANSLATE_NOOP("AdminDevices", "Queue stopped (cupsenable to start it)"),
    Trouble.NOT_ACCEPTING: QT_TRANSLATE_NOOP(
        "AdminDevices", "Queue refuses jobs (cupsaccept to open it)"
    ),
    Trouble.NO_QUEUE: QT_TRANSLATE_NOOP("AdminDevices", "The configured queue does not exist"),
    Trouble.NO_SERVER: QT_TRANSLATE_NOOP("AdminDevices", "CUPS does not answer"),
    Trouble.PAPER_LOW: QT_TRANSLATE_NOOP("AdminDevices", "Paper low"),
    Trouble.TONER_LOW: QT_TRANSLATE_NOOP("AdminDevices", "Toner or ink low"),
    Trouble.OTHER: QT_TRANSLATE_NOOP("AdminDevices", "Other printer problem"),
}
_QUEUE_STATES: Final = {
    "idle": QT_TRANSLATE_NOOP("AdminDevices", "Ready"),
    "processing": QT_TRANSLATE_NOOP("AdminDevices", "Printing"),
    "stopped": QT_TRANSLATE_NOOP("AdminDevices", "Stopped"),
}


class CupsPrinterDiagnostics(ReceiptPrinterDiagnostics):
    """The CUPS queue's state and reasons in plain words, and a test receipt through it."""

    def __init__(self, printer: CupsReceiptPrinter) -> None:
        super().__init__(printer, queue=printer.queue)
        self._cups_printer = printer

    def state(self) -> PrinterState:
        try:
            status = self._cups_printer.queue_status()
        except PrinterError as error:
            return PrinterState(
                configured=True,
                queue=self._cups_printer.queue,
                state=_QUEUE_STATES["stopped"],
                reasons=(_TROUBLE_WORDS[error.trouble],),
            )
        return PrinterState(
            configured=True,
            queue=status.name,
            state=_QUEUE_STATES.get(status.state, _QUEUE_STATES["idle"]),
            reasons=tuple(_TROUBLE_WORDS[t] for t in status.troubles),
        )


def printer_diagnostics(printer: ReceiptPrinter) -> PrinterDiagnostics:
    """The richest diagnostics ``printer`` allows."""
    if isinstance(printer, CupsReceiptPrinter):
        return CupsPrinterDiagnostics(printer)
    return ReceiptPrinterDiagnostics(printer)
