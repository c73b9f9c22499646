"""Choosing this kiosk's receipt printer from `[printer]` in the configuration."""

from __future__ import annotations

import logging

from device.printer.cups_queue import CupsQueue, PrinterError
from kiosk.config import KioskConfig
from kiosk.printing.cups_printer import CupsReceiptPrinter, Timing
from kiosk.printing.folder_printer import FolderPrinter
from kiosk.printing.receipt_pdf import ReceiptStyle
from kiosk.printing.receipt_printer import NoPrinter
from kiosk.receipts.paper import Paper
from kiosk.session.clock import Clock

log = logging.getLogger("kiosk.printing")

Printer = CupsReceiptPrinter | FolderPrinter | NoPrinter


def receipt_style(config: KioskConfig) -> ReceiptStyle:
    settings = config.printer
    return ReceiptStyle(
        paper=Paper(settings.paper),
        logo=settings.logo,
        kiosk_id=config.kiosk_id,
        print_name=settings.print_name,
        institution=config.institution_name,
    )


def _cups_answers(cups: CupsQueue, queue: str) -> bool:
    try:
        name = queue or cups.default_queue()
        return bool(name) and name in cups.queues()
    except PrinterError:
        return False


def build_printer(config: KioskConfig, clock: Clock | None = None) -> Printer:
    """The printer `[printer] output` asks for ("auto": CUPS if its queue exists, else a folder)."""
    settings = config.printer
    output = settings.output
    if output == "none":
        return NoPrinter()
    cups = CupsQueue()  # CUPS' own default server: CUPS_SERVER, client.conf or the local socket
    if output == "auto":
        output = "cups" if _cups_answers(cups, settings.queue) else "folder"
    log.info("receipt_printer", extra={"output": output, "paper": settings.paper})
    if output == "cups":
        timing = Timing(timeout_s=float(settings.timeout_s))
        return CupsReceiptPrinter(
            cups, settings.queue, receipt_style(config), timing=timing, clock=clock
        )
    folder = settings.folder or config.data_dir / "receipts"
    return FolderPrinter(folder, receipt_style(config), clock=clock)
