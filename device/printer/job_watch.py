"""Following a print job to its end: printed, failed, or stuck behind printer trouble.

A job on a printer without paper does not fail: CUPS keeps it queued until
someone fixes the printer. The person at the kiosk should not wait for that, so
a job that is stuck behind a stopping trouble for `patience_s` is reported as
stuck (and stays queued: it is neither lost nor sent twice).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from device.printer.cups_queue import CupsQueue, JobState, JobStatus, PrinterError, QueueStatus
from device.printer.reasons import Trouble, blocking


@dataclass(frozen=True, slots=True)
class Progress:
    job: JobStatus
    queue: QueueStatus | None

    @property
    def printed(self) -> bool:
        return self.job.state is JobState.COMPLETED

    @property
    def finished(self) -> bool:
        return self.job.state.finished

    @property
    def trouble(self) -> Trouble | None:
        """What keeps an unfinished job from printing, if anything."""
        if self.finished or self.queue is None:
            return None
        if self.job.state is JobState.HELD:
            return Trouble.STOPPED
        return blocking(self.queue.troubles)


def check(cups: CupsQueue, queue: str, job_id: int) -> Progress:
    """The job's state and, while it is unfinished, its queue's."""
    job = cups.job(job_id)
    if job.state.finished:
        return Progress(job, None)
    try:
        status: QueueStatus | None = cups.status(queue)
    except PrinterError:
        status = None
    return Progress(job, status)


def wait_for_job(
    cups: CupsQueue,
    queue: str,
    job_id: int,
    *,
    timeout_s: float,
    poll_s: float = 0.1,
    patience_s: float = 2.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Progress:
    """Poll until the job finishes, is stuck for `patience_s`, or `timeout_s` passes."""
    start = clock()
    stuck_since: float | None = None
    while True:
        progress = check(cups, queue, job_id)
        now = clock()
        if progress.finished:
            return progress
        if progress.trouble is None:
            stuck_since = None
        elif stuck_since is None:
            stuck_since = now
        if stuck_since is not None and now - stuck_since >= patience_s:
            return progress
        if now - start >= timeout_s:
            return progress
        sleep(poll_s)
