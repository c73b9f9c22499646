"""The admin screen's printer page on a real cupsd: the queue's state in plain words.

A technician standing at the kiosk sees whether the queue is ready, stopped or out of
paper without a terminal; named test_admin_* so `pytest -k admin` runs it too.
"""

from __future__ import annotations

import subprocess

from device.printer.cups_queue import CupsQueue
from kiosk.admin.devices import (
    CupsPrinterDiagnostics,
    ReceiptPrinterDiagnostics,
    printer_diagnostics,
)
from kiosk.printing.cups_printer import CupsReceiptPrinter
from kiosk.printing.receipt_pdf import ReceiptStyle
from kiosk.printing.receipt_printer import NoPrinter
from kiosk.receipts.paper import Paper
from tests.cups_server import CupsServer


def _diagnostics(server: CupsServer, queue: str) -> CupsPrinterDiagnostics:
    style = ReceiptStyle(paper=Paper.ROLL_80, kiosk_id="t", institution=lambda language: "T")
    printer = CupsReceiptPrinter(CupsQueue(server.server), queue, style)
    diagnostics = printer_diagnostics(printer)
    assert isinstance(diagnostics, CupsPrinterDiagnostics)
    return diagnostics


def test_admin_printer_page_shows_a_ready_queue(cups_server: CupsServer, pdf_queue: str) -> None:
    state = _diagnostics(cups_server, pdf_queue).state()
    assert state.configured and state.queue == pdf_queue
    assert state.state == "Ready" and state.reasons == ()


def test_admin_printer_page_names_the_trouble(cups_server: CupsServer, pdf_queue: str) -> None:
    cups_server.set_reasons(pdf_queue, "media-empty-error")
    assert "Out of paper" in _diagnostics(cups_server, pdf_queue).state().reasons
    subprocess.run(
        ["cupsdisable", "-h", cups_server.server, pdf_queue], check=True, capture_output=True
    )
    state = _diagnostics(cups_server, pdf_queue).state()
    assert state.state == "Stopped"


def test_admin_printer_page_for_a_missing_queue(cups_server: CupsServer) -> None:
    state = _diagnostics(cups_server, "no-such-queue").state()
    assert state.reasons == ("The configured queue does not exist",)


def test_admin_printer_page_without_cups() -> None:
    diagnostics = printer_diagnostics(NoPrinter())
    assert isinstance(diagnostics, ReceiptPrinterDiagnostics)
    assert not diagnostics.state().configured
