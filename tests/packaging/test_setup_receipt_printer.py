"""packaging/setup-receipt-printer.sh on a private cupsd: the queue the kiosk prints on."""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from pathlib import Path

import cups

from tests.cups_server import CUPS_PDF_PPD, CupsServer

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "setup-receipt-printer.sh"


def setup(server: CupsServer, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ | {"CUPS_SERVER": server.server},
        check=False,
    )


def lp(server: CupsServer, *args: str) -> str:
    return subprocess.run(
        list(args),
        capture_output=True,
        text=True,
        timeout=30,
        env=os.environ | {"CUPS_SERVER": server.server},
        check=True,
    ).stdout


def printer_attributes(server: CupsServer, queue: str) -> dict[str, object]:
    cups.setServer(server.server)
    try:
        return dict(cups.Connection().getPrinterAttributes(queue))
    finally:
        cups.setServer("")


def test_a_cups_pdf_queue_prints_and_never_stops(cups_server: CupsServer) -> None:
    queue = f"receipts-{uuid.uuid4().hex[:6]}"
    try:
        result = setup(cups_server, "--queue", queue, "--default", cups_server.device_uri, "pdf")
        assert result.returncode == 0, result.stderr
        assert f'queue = "{queue}"' in result.stdout, "tells what to put in kiosk.toml"
        assert "enabled" in lp(cups_server, "lpstat", "-p", queue)
        assert queue in lp(cups_server, "lpstat", "-d")
        attributes = printer_attributes(cups_server, queue)
        assert attributes["printer-error-policy"] == "abort-job"
        assert attributes["printer-is-shared"] is False

        job = lp(cups_server, "lp", "-d", queue, "/usr/share/cups/data/testprint")
        job_id = int(job.split(f"{queue}-")[1].split()[0])
        deadline = time.monotonic() + 30
        while cups_server.printed(job_id) is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert cups_server.printed(job_id) is not None, "the test page came out as a PDF"
    finally:
        cups_server.delete_queue(queue)


def test_a_makers_ppd_file(cups_server: CupsServer) -> None:
    queue = f"receipts-{uuid.uuid4().hex[:6]}"
    try:
        result = setup(cups_server, "--queue", queue, cups_server.device_uri, str(CUPS_PDF_PPD))
        assert result.returncode == 0, result.stderr
        assert "enabled" in lp(cups_server, "lpstat", "-p", queue)
    finally:
        cups_server.delete_queue(queue)


def test_mistakes_are_explained_and_change_nothing(cups_server: CupsServer) -> None:
    before = lp(cups_server, "lpstat", "-e")
    unknown = setup(cups_server, "--queue", "bad", "usb://X/Y", "no-such-driver")
    assert unknown.returncode == 2 and "CUPS has no driver named no-such-driver" in unknown.stderr
    missing = setup(cups_server, "usb://X/Y", "/nowhere/tm-t20.ppd")
    assert missing.returncode == 2 and "no such PPD file" in missing.stderr
    not_uri = setup(cups_server, "/dev/usb/lp0", "pdf")
    assert not_uri.returncode == 2 and "lpinfo -v" in not_uri.stderr
    bad_name = setup(cups_server, "--queue", "two words", "usb://X/Y", "pdf")
    assert bad_name.returncode == 2
    assert setup(cups_server).returncode == 2, "usage"
    assert lp(cups_server, "lpstat", "-e") == before
