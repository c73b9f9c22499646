"""Samples what the metrics report about the outbox and the devices, on the GUI thread.

Every 15 s (and on demand) the outbox is counted and each device's state is turned
into one word: ok, missing (configured but not there), error (there but in trouble:
out of paper, camera would not open), unknown (not known yet) or not_configured.
Blocking CUPS calls run on the printer's own worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from device.printer.cups_queue import PrinterError, QueueStatus
from device.printer.reasons import Trouble
from kiosk.admin.devices import CardReaderDiagnostics
from kiosk.appliance.metrics import KioskMetrics
from kiosk.camera.scan import CameraScan
from kiosk.portal.outbox import Outbox, OutboxState
from kiosk.printing.cups_printer import CupsReceiptPrinter
from kiosk.printing.receipt_printer import NoPrinter, ReceiptPrinter

log = logging.getLogger("kiosk.appliance")

SAMPLE_MS = 15_000
# Troubles that leave the printer printing.
_HARMLESS = {Trouble.PAPER_LOW, Trouble.TONER_LOW}
_ABSENT = {Trouble.NO_QUEUE, Trouble.NO_SERVER}


def printer_word(status: QueueStatus | None, error: PrinterError | None = None) -> str:
    """One word for a CUPS queue's state."""
    if error is not None:
        return "missing" if error.trouble in _ABSENT else "error"
    assert status is not None
    troubles = set(status.troubles) - _HARMLESS
    if troubles & _ABSENT:
        return "missing"
    return "error" if troubles else "ok"


class CameraHealth:
    """Follows the ID scan: ok once a scan showed a picture, error when the camera failed.

    Also measures the MRZ read latency: from the start of a scan to the accepted reading.
    """

    def __init__(
        self,
        scan: CameraScan | None,
        metrics: KioskMetrics,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self._metrics = metrics
        self._now = now
        self._started_at: float | None = None
        self._stopped_at: float | None = None
        self.state = "not_configured" if scan is None else "unknown"
        if scan is not None:
            scan.runningChanged.connect(lambda: self._running_changed(scan.running))
            scan.previewChanged.connect(self._picture)
            scan.accepted.connect(self._accepted)
            scan.unavailable.connect(self._unavailable)
        metrics.set_device("camera", self.state)

    def _running_changed(self, running: bool) -> None:
        if running:
            self._started_at, self._stopped_at = self._now(), None
        else:
            self._stopped_at = self._now()

    def _picture(self, _number: int) -> None:
        if self._started_at is not None and self._stopped_at is None:
            self._set("ok")

    def _accepted(self, _card: object) -> None:
        # The card's fields are not looked at: only when they came.
        if self._started_at is not None:
            end = self._stopped_at if self._stopped_at is not None else self._now()
            self._metrics.mrz_read.observe(max(0.0, end - self._started_at))
            self._started_at = None
        self._set("ok")

    def _unavailable(self) -> None:
        self._set("error")

    def _set(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self._metrics.set_device("camera", state)


class DeviceHealthSampler(QObject):
    def __init__(
        self,
        metrics: KioskMetrics,
        *,
        outbox: Callable[[], Outbox | None],
        printer: ReceiptPrinter,
        card_reader: CardReaderDiagnostics | None,
        wall_clock: Callable[[], float] = time.time,
        interval_ms: int = SAMPLE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._metrics = metrics
        self._outbox = outbox
        self._printer = printer
        self._card_reader = card_reader
        self._wall_clock = wall_clock
        self._task: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._sample_in_background)

    def start(self) -> None:
        self._timer.start()
        self._sample_in_background()

    def stop(self) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()

    def _sample_in_background(self) -> None:
        if self._task is not None and not self._task.done():
            return  # the previous sample is still waiting for CUPS
        with contextlib.suppress(RuntimeError):  # no running event loop (tools)
            self._task = asyncio.get_event_loop().create_task(self.sample())

    async def sample(self) -> None:
        self.sample_outbox()
        self.sample_card_reader()
        await self.sample_printer()

    def sample_outbox(self) -> None:
        outbox = self._outbox()
        if outbox is None:
            return
        try:
            counts = outbox.counts()
            oldest = outbox.oldest_waiting_since()
        except Exception as error:  # a closed or broken database: a gap, not a crash
            log.warning("outbox_sample_failed", extra={"error": type(error).__name__})
            return
        pending = counts[OutboxState.QUEUED] + counts[OutboxState.SENDING]
        age = self._wall_clock() - oldest if oldest is not None else None
        self._metrics.set_outbox(pending, counts[OutboxState.FAILED_FINAL], age)

    def sample_card_reader(self) -> None:
        if self._card_reader is None:
            self._metrics.set_device("card_reader", "not_configured")
            return
        state = self._card_reader.state()
        working = "error" if state.reasons else "ok"
        self._metrics.set_device("card_reader", working if state.configured else "not_configured")

    async def sample_printer(self) -> None:
        if isinstance(self._printer, NoPrinter):
            word = "not_configured"
        elif isinstance(self._printer, CupsReceiptPrinter):
            try:
                word = printer_word(await self._printer.current_status())
            except PrinterError as error:
                word = printer_word(None, error)
        else:
            word = "ok"  # a folder of PDFs (no CUPS on this machine)
        self._metrics.set_device("printer", word)
