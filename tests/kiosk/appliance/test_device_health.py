"""Device and outbox health on real components: a private cupsd, a real outbox."""

from __future__ import annotations

import subprocess
from pathlib import Path

import qasync

from device.printer.cups_queue import CupsQueue
from kiosk.admin.devices import NoCardReader
from kiosk.appliance.device_health import DeviceHealthSampler
from kiosk.appliance.metrics import KioskMetrics
from kiosk.portal.outbox import Outbox
from kiosk.printing.cups_printer import CupsReceiptPrinter
from kiosk.printing.receipt_pdf import ReceiptStyle
from kiosk.printing.receipt_printer import NoPrinter, ReceiptPrinter
from kiosk.receipts.paper import Paper
from tests.cups_server import CupsServer
from tests.kiosk.async_helpers import run


def sampler(printer: ReceiptPrinter, outbox: Outbox | None = None) -> DeviceHealthSampler:
    metrics = KioskMetrics(kiosk_id="t", profile="lobby", version="0")
    return DeviceHealthSampler(
        metrics, outbox=lambda: outbox, printer=printer, card_reader=NoCardReader()
    )


def cups_printer(server: CupsServer, queue: str) -> CupsReceiptPrinter:
    style = ReceiptStyle(paper=Paper.ROLL_80, kiosk_id="t", institution=lambda language: "T")
    return CupsReceiptPrinter(CupsQueue(server.server), queue, style)


def devices(s: DeviceHealthSampler, loop: qasync.QEventLoop) -> dict[str, str]:
    run(loop, s.sample())
    return dict(s._metrics.snapshot()["devices"])


def test_printer_state_follows_the_cups_queue(
    cups_server: CupsServer, pdf_queue: str, qasync_loop: qasync.QEventLoop
) -> None:
    printer = cups_printer(cups_server, pdf_queue)
    s = sampler(printer)
    try:
        assert devices(s, qasync_loop)["printer"] == "ok"
        cups_server.set_reasons(pdf_queue, "media-low-report")
        assert devices(s, qasync_loop)["printer"] == "ok", "paper low still prints"
        cups_server.set_reasons(pdf_queue, "media-empty-error")
        assert devices(s, qasync_loop)["printer"] == "error"
        cups_server.set_reasons(pdf_queue)
        subprocess.run(
            ["cupsdisable", "-h", cups_server.server, pdf_queue], check=True, capture_output=True
        )
        assert devices(s, qasync_loop)["printer"] == "error"
    finally:
        printer.close()


def test_a_configured_queue_that_does_not_exist_is_missing(
    cups_server: CupsServer, qasync_loop: qasync.QEventLoop
) -> None:
    printer = cups_printer(cups_server, "no-such-queue")
    try:
        assert devices(sampler(printer), qasync_loop)["printer"] == "missing"
    finally:
        printer.close()


def test_no_printer_and_no_card_reader_are_not_configured(qasync_loop: qasync.QEventLoop) -> None:
    found = devices(sampler(NoPrinter()), qasync_loop)
    assert found["printer"] == "not_configured" and found["card_reader"] == "not_configured"


def test_outbox_depth_and_age_of_the_oldest_waiting(
    tmp_path: Path, qasync_loop: qasync.QEventLoop
) -> None:
    now = [1_000_000.0]
    outbox = Outbox(tmp_path, bytes(32), clock=lambda: now[0])
    try:
        s = DeviceHealthSampler(
            KioskMetrics(kiosk_id="t", profile="lobby", version="0"),
            outbox=lambda: outbox,
            printer=NoPrinter(),
            card_reader=None,
            wall_clock=lambda: now[0],
        )
        for minute in range(3):
            outbox.enqueue(**_submission(f"ref-{minute}"))
            now[0] += 60
        run(qasync_loop, s.sample())
        figures = s._metrics.snapshot()
        assert figures["outbox_pending"] == 3
        assert figures["outbox_oldest_age_s"] == 180
    finally:
        outbox.close()


def _submission(reference: str) -> dict[str, str | bytes]:
    return {
        "client_reference": reference,
        "service_code": "RO-URB-CU",
        "body": b"{}",
        "idempotency_key": f"key-{reference}",
    }
