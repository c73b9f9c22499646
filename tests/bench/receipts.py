"""`make bench-receipts`: how long a receipt takes to draw, and to print on a cups-pdf queue.

PDF generation: every kind × language, per paper, p50/p95 in ms (target ≤ 50 ms).
Printing: submit → job completed on a private cupsd's cups-pdf queue (needs root).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from kiosk.printing.cups_printer import CupsReceiptPrinter
from kiosk.printing.receipt_printer import PrintOutcome
from kiosk.receipts.paper import Paper
from kiosk.receipts.samples import demo_style, prepared_samples
from tests.cups_server import CupsServer, why_not_available

ROUNDS = 5
PRINTS = 10


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def bench_generation() -> None:
    style = demo_style()
    samples = prepared_samples(style)
    for _, prepared in samples[:3]:
        prepared.render()  # fonts registered, caches warm
    for paper in Paper:
        times = []
        for _ in range(ROUNDS):
            for name, prepared in samples:
                if not name.endswith(f"-{paper.value}.pdf"):
                    continue
                started = time.perf_counter()
                prepared.render()
                times.append((time.perf_counter() - started) * 1000)
        print(
            f"PDF generation {paper.value:>4}: p50 {statistics.median(times):5.1f} ms, "
            f"p95 {_percentile(times, 0.95):5.1f} ms  ({len(times)} receipts)"
        )


def bench_printing() -> None:
    reason = why_not_available()
    if reason:
        print(f"Printing: skipped ({reason})")
        return
    server = CupsServer().start()
    try:
        server.add_queue("bench")
        from device.printer.cups_queue import CupsQueue

        style = demo_style()
        (_, sample), *_ = prepared_samples(style, papers=(Paper.ROLL_80,))
        printer = CupsReceiptPrinter(CupsQueue(server.server), "bench", style)
        times = []

        async def one(index: int) -> None:
            receipt = replace(sample.receipt, title=f"{sample.receipt.title} {index}")
            started = time.perf_counter()
            outcome = await printer.print_receipt(receipt)
            assert outcome is PrintOutcome.PRINTED, outcome
            times.append((time.perf_counter() - started) * 1000)

        async def all_prints() -> None:
            for index in range(PRINTS):
                await one(index)

        asyncio.run(all_prints())
        printer.close()
        print(
            f"Submit → completed (cups-pdf, 80mm): p50 {statistics.median(times):5.0f} ms, "
            f"p95 {_percentile(times, 0.95):5.0f} ms  ({len(times)} jobs, one at a time)"
        )
    finally:
        server.stop()


def main() -> int:
    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - QLocale, catalogues
    bench_generation()
    bench_printing()
    return 0


if __name__ == "__main__":
    sys.exit(main())
