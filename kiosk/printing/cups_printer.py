"""The kiosk's ReceiptPrinter on CUPS: draw, submit, follow the job, say what went wrong.

Every CUPS call and the drawing run on the printer's own single worker thread;
the GUI thread only awaits. One receipt is one job: if a print did not finish
(the printer stopped, ran out of paper, took too long), asking again for the
same receipt follows that job instead of sending a second copy. After a receipt
printed, asking again is a deliberate reprint and sends a new job.

The receipt PDF exists on disk only between drawing and submitting; a finished
job is purged from CUPS (spool file and history). Jobs that never printed are
cancelled by :meth:`CupsReceiptPrinter.wipe` when the session ends, so a receipt
with someone's name cannot come out later for the next person.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

from device.printer.cups_queue import CupsQueue, JobState, PrinterError, QueueStatus
from device.printer.job_watch import Progress, check
from device.printer.reasons import Trouble
from kiosk.printing.receipt_pdf import PreparedReceipt, ReceiptStyle, prepare, private_pdf
from kiosk.printing.receipt_printer import PrintableReceipt, PrintOutcome, PrintProblem
from kiosk.session.clock import Clock, SystemClock

log = logging.getLogger("kiosk.printing")

T = TypeVar("T")

PROBLEMS: dict[Trouble, PrintProblem] = {
    Trouble.OUT_OF_PAPER: PrintProblem.OUT_OF_PAPER,
    Trouble.PAPER_JAM: PrintProblem.PAPER_JAM,
    Trouble.DOOR_OPEN: PrintProblem.DOOR_OPEN,
    Trouble.OFFLINE: PrintProblem.OFFLINE,
    Trouble.STOPPED: PrintProblem.STOPPED,
    Trouble.NOT_ACCEPTING: PrintProblem.STOPPED,
    Trouble.NO_QUEUE: PrintProblem.BROKEN,
    Trouble.NO_SERVER: PrintProblem.BROKEN,
    Trouble.OTHER: PrintProblem.BROKEN,
}


@dataclass(frozen=True, slots=True)
class Timing:
    timeout_s: float = 30.0  # longest wait for a job to complete
    patience_s: float = 3.0  # how long a job may sit behind printer trouble before we say so
    poll_s: float = 0.15


class CupsReceiptPrinter:
    """Prints receipts on one CUPS queue ("" = the server's default queue)."""

    def __init__(
        self,
        cups: CupsQueue,
        queue: str,
        style: ReceiptStyle,
        *,
        timing: Timing | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._cups = cups
        self._queue = queue
        self._style = style
        self._timing = timing or Timing()
        self._clock: Clock = clock or SystemClock()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="printer")
        # Receipts whose job has not finished yet → that job's id (never sent twice).
        self._unfinished: dict[PrintableReceipt, int] = {}
        self.last_problem: PrintProblem | None = None

    @property
    def queue(self) -> str:
        return self._queue

    def queue_status(self) -> QueueStatus:
        """The queue's state and printer-state-reasons now (a blocking call on CUPS' socket).

        Raises PrinterError when CUPS or the queue cannot be reached.
        """
        return self._cups.status(self._queue_name())

    async def current_status(self) -> QueueStatus:
        """`queue_status()` on the printer's own worker, for callers on the event loop."""
        return await self._run(self.queue_status)

    def _queue_name(self) -> str:
        """The configured queue, else CUPS' default (a blocking call when it must ask)."""
        queue = self._queue or self._cups.default_queue()
        if not queue:
            raise PrinterError(Trouble.NO_QUEUE, "no default queue")
        return queue

    async def _run(self, work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._worker, work)

    async def print_receipt(self, receipt: PrintableReceipt) -> PrintOutcome:
        self.last_problem = None
        try:
            queue = self._queue or await self._run(self._queue_name)
            job_id = self._unfinished.get(receipt)
            if job_id is not None and await self._lost(queue, job_id):
                del self._unfinished[receipt]
                job_id = None
            if job_id is None:
                prepared = prepare(receipt, self._style, self._clock.now())
                job_id = await self._run(lambda: self._submit(queue, prepared))
                self._unfinished[receipt] = job_id
            return await self._follow(receipt, queue, job_id)
        except PrinterError as error:
            self.last_problem = PROBLEMS.get(error.trouble, PrintProblem.BROKEN)
            log.warning("print_refused", extra={"trouble": error.trouble.value})
            return PrintOutcome.UNAVAILABLE
        except (OSError, RuntimeError, ValueError) as error:  # drawing or the spool file
            self.last_problem = PrintProblem.BROKEN
            log.warning("print_failed", extra={"error": type(error).__name__})
            return PrintOutcome.FAILED

    async def _lost(self, queue: str, job_id: int) -> bool:
        """Whether an earlier job for this receipt ended without printing (so send it again)."""
        progress = await self._run(lambda: check(self._cups, queue, job_id))
        state = progress.job.state
        log.info("print_job_checked_again", extra={"job": job_id, "state": state.name})
        return state in (JobState.ABORTED, JobState.CANCELED, JobState.GONE)

    def _submit(self, queue: str, prepared: PreparedReceipt) -> int:
        data = prepared.render()
        with private_pdf(data) as path:
            return self._cups.submit(queue, path, f"kiosk {prepared.receipt.kind.value}")

    async def _follow(self, receipt: PrintableReceipt, queue: str, job_id: int) -> PrintOutcome:
        timing = self._timing
        loop = asyncio.get_running_loop()
        started = loop.time()
        stuck_since: float | None = None
        while True:
            progress: Progress = await self._run(lambda: check(self._cups, queue, job_id))
            now = loop.time()
            if progress.finished:
                return await self._finished(receipt, job_id, progress, now - started)
            trouble = progress.trouble
            stuck_since = None if trouble is None else (stuck_since or now)
            if stuck_since is not None and now - stuck_since >= timing.patience_s:
                assert trouble is not None
                self.last_problem = PROBLEMS.get(trouble, PrintProblem.BROKEN)
                log.warning(
                    "print_job_stuck",
                    extra={"job": job_id, "trouble": trouble.value, "reasons": _reasons(progress)},
                )
                return PrintOutcome.UNAVAILABLE
            if now - started >= timing.timeout_s:
                self.last_problem = PrintProblem.TOO_SLOW
                log.warning("print_job_timed_out", extra={"job": job_id})
                return PrintOutcome.UNAVAILABLE
            await asyncio.sleep(timing.poll_s)

    async def _finished(
        self, receipt: PrintableReceipt, job_id: int, progress: Progress, took_s: float
    ) -> PrintOutcome:
        self._unfinished.pop(receipt, None)
        await self._run(lambda: self._cups.purge(job_id))
        state = progress.job.state
        log.info(
            "print_job_finished",
            extra={"job": job_id, "state": state.name, "ms": int(took_s * 1000)},
        )
        if state is JobState.COMPLETED:
            return PrintOutcome.PRINTED
        self.last_problem = PrintProblem.BROKEN
        return PrintOutcome.FAILED

    def wipe(self) -> None:
        """Cancel jobs that have not printed: nobody will be there to take them.

        The cancellations run on the printer's worker, after whatever it is doing.
        """
        pending, self._unfinished = list(self._unfinished.values()), {}
        self.last_problem = None
        for job_id in pending:
            self._worker.submit(self._cups.cancel, job_id)
            log.info("print_job_cancelled_at_wipe", extra={"job": job_id})

    def unfinished_jobs(self) -> list[int]:
        return list(self._unfinished.values())

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)


def _reasons(progress: Progress) -> str:
    return " ".join(progress.queue.reasons) if progress.queue else ""
