"""pycups against a private cupsd with a cups-pdf queue: queues, jobs, printer trouble."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from device.printer.cups_queue import CupsQueue, JobState, PrinterError
from device.printer.job_watch import wait_for_job
from device.printer.reasons import Trouble
from tests.cups_server import CupsServer


def _pdf(path: Path, text: str) -> Path:
    canvas = Canvas(str(path), pagesize=(226, 300))
    canvas.drawString(20, 150, text)
    canvas.save()
    return path


def _wait_for_pdf(server: CupsServer, job_id: int) -> Path:
    deadline = time.monotonic() + 15
    while (found := server.printed(job_id)) is None:
        assert time.monotonic() < deadline, "cups-pdf wrote nothing"
        time.sleep(0.05)
    return found


def test_a_pdf_prints_completes_and_leaves_no_spool_file(
    cups_server: CupsServer, pdf_queue: str, tmp_path: Path
) -> None:
    cups = CupsQueue(cups_server.server)
    assert pdf_queue in cups.queues()
    job_id = cups.submit(pdf_queue, _pdf(tmp_path / "page.pdf", "Nr 2026-000123"), "test")
    progress = wait_for_job(cups, pdf_queue, job_id, timeout_s=20)
    assert progress.printed
    text = subprocess.run(
        ["pdftotext", str(_wait_for_pdf(cups_server, job_id)), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "2026-000123" in text
    cups.purge(job_id)
    assert cups.job(job_id).state is JobState.GONE
    assert cups_server.spool_files() == []


def test_a_stopped_queue_keeps_the_job_and_says_so(
    cups_server: CupsServer, pdf_queue: str, tmp_path: Path
) -> None:
    cups = CupsQueue(cups_server.server)
    cups.pause(pdf_queue)
    job_id = cups.submit(pdf_queue, _pdf(tmp_path / "page.pdf", "held"), "test")
    progress = wait_for_job(cups, pdf_queue, job_id, timeout_s=5, patience_s=0.3)
    assert not progress.finished
    assert progress.trouble is Trouble.STOPPED
    cups.resume(pdf_queue)
    assert wait_for_job(cups, pdf_queue, job_id, timeout_s=20).printed


def test_printer_reasons_reach_the_queue_status(cups_server: CupsServer, pdf_queue: str) -> None:
    cups = CupsQueue(cups_server.server)
    cups_server.set_reasons(pdf_queue, "media-empty-error", "toner-low-warning")
    status = cups.status(pdf_queue)
    assert status.troubles == (Trouble.OUT_OF_PAPER, Trouble.TONER_LOW)
    assert "media-empty-error" in status.reasons


def test_a_queue_that_refuses_jobs_or_does_not_exist_is_named(
    cups_server: CupsServer, pdf_queue: str, tmp_path: Path
) -> None:
    cups = CupsQueue(cups_server.server)
    cups.reject(pdf_queue)
    page = _pdf(tmp_path / "page.pdf", "refused")
    with pytest.raises(PrinterError) as refused:
        cups.submit(pdf_queue, page, "test")
    assert refused.value.trouble is Trouble.NOT_ACCEPTING
    assert Trouble.NOT_ACCEPTING in cups.status(pdf_queue).troubles
    with pytest.raises(PrinterError) as missing:
        cups.submit("no-such-queue", page, "test")
    assert missing.value.trouble is Trouble.NO_QUEUE


def test_no_cups_server_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PrinterError) as error:
        CupsQueue(str(tmp_path / "nobody.sock")).queues()
    assert error.value.trouble is Trouble.NO_SERVER
