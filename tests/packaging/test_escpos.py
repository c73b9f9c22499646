"""Generic ESC/POS receipt printers: the kiosk's PPDs and CUPS filter, through CUPS's own
filters (pdftopdf, pdftoraster) as cupsd would run them, and read back as the printer would.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import cups
import cv2
import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from kiosk.receipts.paper import Paper
from kiosk.receipts.samples import demo_style, prepared_samples
from tests.cups_server import CupsServer
from tests.packaging.escpos_decoder import decode

REPO = Path(__file__).resolve().parents[2]
ESCPOS = REPO / "packaging" / "escpos"
FILTER = ESCPOS / "rastertokioskescpos"
CUPS_FILTERS = Path("/usr/lib/cups/filter")
DOTS = {Paper.ROLL_80: 576, Paper.ROLL_58: 384}
PPD = {
    Paper.ROLL_80: ESCPOS / "kiosk-escpos-80mm.ppd",
    Paper.ROLL_58: ESCPOS / "kiosk-escpos-58mm.ppd",
}

pytestmark = pytest.mark.skipif(
    not (CUPS_FILTERS / "pdftoraster").exists(), reason="cups-filters is missing (apt: cups)"
)


def cups_filter(name: Path, ppd: Path, data: bytes) -> bytes:
    """Run one CUPS filter as cupsd does: job user title copies options, input on stdin."""
    result = subprocess.run(
        [str(name), "1", "kiosk", "receipt", "1", ""],
        input=data,
        capture_output=True,
        env=os.environ | {"PPD": str(ppd)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout


def printed(pdf: bytes, paper: Paper) -> bytes:
    ppd = PPD[paper]
    page = cups_filter(CUPS_FILTERS / "pdftopdf", ppd, pdf)
    raster = cups_filter(CUPS_FILTERS / "pdftoraster", ppd, page)
    return cups_filter(FILTER, ppd, raster)


def sample_pdf(paper: Paper) -> bytes:
    for name, prepared in prepared_samples(demo_style(), papers=(paper,)):
        if name == f"submission-ro-{paper.value}.pdf":
            return prepared.render()
    raise AssertionError("no sample submission receipt")


def qr_text(image: np.ndarray) -> str:
    padded = cv2.copyMakeBorder(image, 40, 40, 40, 40, cv2.BORDER_CONSTANT, value=255)
    text, _points, _ = cv2.QRCodeDetector().detectAndDecode(padded)
    return str(text)


def rendered(pdf: bytes, tmp_path: Path) -> np.ndarray:
    (tmp_path / "receipt.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "203", "-gray", "-png", "-singlefile", "receipt.pdf", "receipt"],
        cwd=tmp_path,
        check=True,
    )
    image = cv2.imread(str(tmp_path / "receipt.png"), cv2.IMREAD_GRAYSCALE)
    assert image is not None
    return image


def test_the_ppds_pass_cupstestppd() -> None:
    # The filter itself is checked where it is installed (the package puts it in CUPS's
    # filter folder); here, everything else in the PPDs.
    result = subprocess.run(
        ["cupstestppd", "-W", "none", "-I", "filters", *map(str, PPD.values())],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("paper", [Paper.ROLL_80, Paper.ROLL_58])
def test_a_receipt_comes_out_whole_readable_and_cut(
    qtbot: QtBot, tmp_path: Path, paper: Paper
) -> None:
    pdf = sample_pdf(paper)
    receipts = decode(printed(pdf, paper))
    assert receipts.cuts == 1 and len(receipts.pages) == 1
    page = receipts.pages[0]
    assert page.shape[1] == DOTS[paper], "the printer's full dot width"

    # As long as the receipt's content, not the PPD's long roll page: no metres of blank paper.
    original = rendered(pdf, tmp_path)
    inked_rows = np.flatnonzero((original < 128).any(axis=1))
    content = inked_rows[-1] - inked_rows[0] + 1
    assert abs(page.shape[0] - content) <= 6, (page.shape[0], content)
    assert (page[0] < 128).any() and (page[-1] < 128).any(), "blank paper trimmed"

    # The status QR code on the paper says what the PDF's says, and the ink is where it was.
    expected = qr_text(original)
    assert expected.startswith("http"), expected
    assert qr_text(page) == expected
    ink_printed = float((page < 128).mean())
    ink_pdf = float((original[inked_rows[0] : inked_rows[-1] + 1] < 128).mean())
    assert abs(ink_printed - ink_pdf) < 0.3 * ink_pdf


def test_what_is_not_a_raster_is_refused_with_a_reason(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(FILTER), "1", "kiosk", "receipt", "1", ""],
        input=b"%PDF-1.7 not a raster",
        capture_output=True,
        env=os.environ | {"PPD": str(PPD[Paper.ROLL_80])},
        check=False,
    )
    assert result.returncode == 1
    assert b"ERROR: not a CUPS raster stream" in result.stderr


def test_setup_receipt_printer_knows_the_generic_escpos_printer(cups_server: CupsServer) -> None:
    queue = "escpos-test"
    result = subprocess.run(
        [
            "sh",
            str(REPO / "packaging" / "setup-receipt-printer.sh"),
            "--queue",
            queue,
            "socket://127.0.0.1:9",
            "escpos-58",
        ],
        capture_output=True,
        text=True,
        env=os.environ | {"CUPS_SERVER": cups_server.server},
        timeout=60,
        check=False,
    )
    try:
        assert result.returncode == 0, result.stderr
        cups.setServer(cups_server.server)
        attributes = cups.Connection().getPrinterAttributes(queue)
        assert attributes["printer-make-and-model"] == (
            "Generic ESC/POS receipt printer 58 mm 203 dpi (kiosk)"
        )
    finally:
        cups.setServer("")
        cups_server.delete_queue(queue)
