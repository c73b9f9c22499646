"""Machines without CUPS: receipts become private PDF files in a folder."""

from __future__ import annotations

import asyncio
import stat
import subprocess
from pathlib import Path

from kiosk.printing.folder_printer import FolderPrinter
from kiosk.printing.receipt_pdf import ReceiptStyle
from kiosk.printing.receipt_printer import PrintableReceipt, PrintOutcome, ReceiptKind
from kiosk.receipts.paper import Paper
from tests.kiosk.async_helpers import run


def test_each_receipt_is_a_private_pdf_in_the_folder(
    qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    folder = tmp_path / "receipts"
    printer = FolderPrinter(folder, ReceiptStyle(paper=Paper.ROLL_58, kiosk_id="k1"))
    receipt = PrintableReceipt(
        kind=ReceiptKind.STATUS,
        language="bg",
        title="Състояние на заявлението",
        lines=(("Регистрационен номер", "2026-000777"),),
        headline=0,
    )
    assert run(qasync_loop, printer.print_receipt(receipt)) is PrintOutcome.PRINTED
    (pdf,) = folder.glob("*.pdf")
    assert "status" in pdf.name
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "2026-000777" in text and "Регистрационен номер" in text
    printer.close()
