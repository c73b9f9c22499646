"""A ReceiptPrinter for machines without CUPS: each receipt becomes a PDF in a folder.

For development machines and demos (`[printer] output = "folder"`, or "auto" when
no CUPS queue answers). The folder is the paper tray: it is created private
(0700) and each PDF readable by this user only, since receipts carry a name.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kiosk.printing.receipt_pdf import PreparedReceipt, ReceiptStyle, prepare
from kiosk.printing.receipt_printer import PrintableReceipt, PrintOutcome, PrintProblem
from kiosk.session.clock import Clock, SystemClock

log = logging.getLogger("kiosk.printing")


class FolderPrinter:
    def __init__(self, folder: Path, style: ReceiptStyle, *, clock: Clock | None = None) -> None:
        self._folder = folder
        self._style = style
        self._clock: Clock = clock or SystemClock()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="printer")
        self._counter = itertools.count(1)
        self.last_problem: PrintProblem | None = None

    @property
    def folder(self) -> Path:
        return self._folder

    async def print_receipt(self, receipt: PrintableReceipt) -> PrintOutcome:
        self.last_problem = None
        now = self._clock.now()
        prepared = prepare(receipt, self._style, now)
        name = f"{now:%Y%m%d-%H%M%S}-{next(self._counter):03d}-{receipt.kind.value}.pdf"
        loop = asyncio.get_running_loop()
        try:
            path = await loop.run_in_executor(self._worker, self._write, prepared, name)
        except OSError as error:
            self.last_problem = PrintProblem.BROKEN
            log.warning("receipt_folder_write_failed", extra={"error": error.strerror})
            return PrintOutcome.FAILED
        log.info("receipt_written", extra={"kind": receipt.kind.value, "file": path.name})
        return PrintOutcome.PRINTED

    def _write(self, prepared: PreparedReceipt, name: str) -> Path:
        data = prepared.render()
        self._folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = self._folder / name
        partial = path.with_suffix(".partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        partial.replace(path)
        return path

    def wipe(self) -> None:
        self.last_problem = None

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)
