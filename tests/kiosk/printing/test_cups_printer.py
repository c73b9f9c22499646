"""The kiosk's receipt printer on a real cupsd with a cups-pdf queue.

What the person would notice: the paper that comes out (number, letters of their
language, a QR code a phone can read), the message when the printer cannot print,
and never two copies of one receipt because they pressed the button again.
"""

from __future__ import annotations

import asyncio
import subprocess
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from device.printer.cups_queue import CupsQueue
from kiosk.printing.cups_printer import CupsReceiptPrinter, Timing
from kiosk.printing.problems import problem_sentence
from kiosk.printing.receipt_pdf import ReceiptStyle
from kiosk.printing.receipt_printer import (
    PrintableReceipt,
    PrintOutcome,
    PrintProblem,
    ReceiptKind,
    problem_of,
)
from kiosk.receipts.paper import Paper
from tests.cups_server import CupsServer
from tests.kiosk.async_helpers import run

STATUS_URL = "https://portal.example/s/2026-000123?code=K7P2QX"


def _receipt(number: str = "2026-000123") -> PrintableReceipt:
    return PrintableReceipt(
        kind=ReceiptKind.SUBMISSION,
        language="ro",
        title="Dovada depunerii cererii",
        lines=(
            ("Serviciu", "Certificat de urbanism — Șoseaua Țării, Győr utca ő ű"),
            ("Număr de înregistrare", number),
            ("Cod de acces", "K7P-2QX"),
            ("Примітка", "Їжак і ґудзик, єнот"),
        ),
        qr_text=STATUS_URL,
        headline=1,
    )


def _printer(server: CupsServer, queue: str, **timing: float) -> CupsReceiptPrinter:
    style = ReceiptStyle(
        paper=Paper.ROLL_80, kiosk_id="test-kiosk", institution=lambda language: "Primăria Deva"
    )
    return CupsReceiptPrinter(
        CupsQueue(server.server), queue, style, timing=Timing(**{"patience_s": 0.5, **timing})
    )


def _printed_pdfs(server: CupsServer) -> list[Path]:
    return sorted(server.out.rglob("*.pdf"))


def _wait_for_pdfs(server: CupsServer, count: int) -> list[Path]:
    deadline = time.monotonic() + 15
    while len(found := _printed_pdfs(server)) < count:
        assert time.monotonic() < deadline, f"expected {count} printed PDFs, got {len(found)}"
        time.sleep(0.05)
    return found


def _decode_qr(pdf: Path, tmp_path: Path) -> str:
    """The QR code's text, read from renderings at a few resolutions (as a phone would retry)."""
    for dpi in (100, 150, 200):
        prefix = tmp_path / f"page{dpi}"
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
        image = cv2.imread(str(next(tmp_path.glob(f"page{dpi}*.png"))), cv2.IMREAD_GRAYSCALE)
        decoded, _, _ = cv2.QRCodeDetector().detectAndDecode(np.asarray(image))
        if decoded:
            return str(decoded)
    return ""


@pytest.fixture
def clean_out(cups_server: CupsServer) -> CupsServer:
    for old in _printed_pdfs(cups_server):
        old.unlink()
    return cups_server


def test_the_receipt_comes_out_with_number_letters_and_a_readable_qr_code(
    qasync_loop: asyncio.AbstractEventLoop, clean_out: CupsServer, pdf_queue: str, tmp_path: Path
) -> None:
    printer = _printer(clean_out, pdf_queue)
    before = set(Path(tempfile.gettempdir()).glob("kiosk-receipt-*"))
    assert run(qasync_loop, printer.print_receipt(_receipt())) is PrintOutcome.PRINTED
    assert problem_of(printer) is None
    (pdf,) = _wait_for_pdfs(clean_out, 1)

    # cups-pdf re-distils the job (pdftops → Ghostscript): the letters print, but the text
    # layer keeps only their ASCII mapping, so pdftotext finds the number and Latin words
    # here; ș ț ő ű і ї є ґ are checked on the PDF the kiosk sends (tests/kiosk/receipts).
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for expected in ("2026-000123", "K7P-2QX", "Certificat de urbanism", "Kiosk test-kiosk"):
        assert expected in text

    assert _decode_qr(pdf, tmp_path) == STATUS_URL

    # Nothing personal is left behind: no spool file in CUPS, no PDF of ours in /tmp.
    assert clean_out.spool_files() == []
    assert set(Path(tempfile.gettempdir()).glob("kiosk-receipt-*")) == before
    printer.close()


def test_a_stopped_printer_says_so_keeps_the_job_and_never_prints_it_twice(
    qasync_loop: asyncio.AbstractEventLoop, clean_out: CupsServer, pdf_queue: str
) -> None:
    cups = CupsQueue(clean_out.server)
    printer = _printer(clean_out, pdf_queue)
    cups.pause(pdf_queue)
    receipt = _receipt()

    assert run(qasync_loop, printer.print_receipt(receipt)) is PrintOutcome.UNAVAILABLE
    assert problem_of(printer) is PrintProblem.STOPPED
    assert problem_sentence(PrintProblem.STOPPED) == "The printer has been stopped."
    (job,) = printer.unfinished_jobs()

    # Pressing Print again while it is still stopped: the same job, not a second one.
    assert run(qasync_loop, printer.print_receipt(receipt)) is PrintOutcome.UNAVAILABLE
    assert printer.unfinished_jobs() == [job]

    cups.resume(pdf_queue)
    assert run(qasync_loop, printer.print_receipt(receipt)) is PrintOutcome.PRINTED
    assert len(_wait_for_pdfs(clean_out, 1)) == 1
    time.sleep(0.5)
    assert len(_printed_pdfs(clean_out)) == 1, "the receipt came out twice"

    # After it printed, asking again is a deliberate reprint.
    assert run(qasync_loop, printer.print_receipt(receipt)) is PrintOutcome.PRINTED
    assert len(_wait_for_pdfs(clean_out, 2)) == 2
    printer.close()


def test_out_of_paper_is_told_in_plain_words_and_the_wipe_cancels_the_job(
    qasync_loop: asyncio.AbstractEventLoop, clean_out: CupsServer, pdf_queue: str
) -> None:
    cups = CupsQueue(clean_out.server)
    printer = _printer(clean_out, pdf_queue)
    # As a thermal printer's backend reports it: the queue stops, the reason says why.
    cups.pause(pdf_queue)
    clean_out.set_reasons(pdf_queue, "media-empty-error")
    assert run(qasync_loop, printer.print_receipt(_receipt())) is PrintOutcome.UNAVAILABLE
    problem = problem_of(printer)
    assert problem is PrintProblem.OUT_OF_PAPER
    assert problem_sentence(problem) == "The printer is out of paper."
    (job,) = printer.unfinished_jobs()

    printer.wipe()  # the session ends: this receipt must not print for the next person
    deadline = time.monotonic() + 5
    while cups.job(job).state.name != "GONE":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    clean_out.set_reasons(pdf_queue)
    cups.resume(pdf_queue)
    time.sleep(0.5)
    assert _printed_pdfs(clean_out) == []
    printer.close()


def test_a_queue_that_refuses_jobs_or_is_missing_is_reported(
    qasync_loop: asyncio.AbstractEventLoop, clean_out: CupsServer, pdf_queue: str
) -> None:
    cups = CupsQueue(clean_out.server)
    cups.reject(pdf_queue)
    printer = _printer(clean_out, pdf_queue)
    assert run(qasync_loop, printer.print_receipt(_receipt())) is PrintOutcome.UNAVAILABLE
    assert problem_of(printer) is PrintProblem.STOPPED
    assert printer.unfinished_jobs() == []

    missing = _printer(clean_out, "no-such-queue")
    assert run(qasync_loop, missing.print_receipt(_receipt())) is PrintOutcome.UNAVAILABLE
    assert problem_of(missing) is PrintProblem.BROKEN
    printer.close()
    missing.close()
