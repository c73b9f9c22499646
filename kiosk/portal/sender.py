"""Submitting to the portal through the outbox, and delivering what is queued in the background.

``submit()`` is what the citizen's journey calls: the submission is made durable
first, then tried once while the person waits. The answer is either the portal's
confirmation or, when the portal cannot be reached, a provisional result with the
client reference for the slip ("we will send it as soon as the connection is
back"). A final refusal (400/401/403/404/422) is raised to the journey, which
shows it; that row is discarded, since the person is there and resubmits anew.

The background task delivers queued rows, retrying only transient failures with
jittered exponential backoff that honours ``Retry-After``. A transient failure
other than 409 (which concerns one request) pauses the whole queue: when the
portal is down, 500 queued rows must not become 500 timeouts in a row.
Outcomes for rows the person is no longer waiting for go to ``watch()``-ers of
that client reference if any (the journey, while the session lasts), otherwise
to the ``on_delivered`` / ``on_failed`` callbacks (the admin screen).

Callbacks run on the event loop thread (the Qt GUI thread under qasync). The
outbox's SQLite work runs on one worker thread so fsyncs never stall the GUI.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol, TypeVar

from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.portal.backoff import BackoffPolicy
from kiosk.portal.errors import PortalError, PortalInFlight
from kiosk.portal.outbox import (
    DeliveryRecord,
    Outbox,
    OutboxEntry,
    new_client_reference,
    new_idempotency_key,
)
from kiosk.portal.submissions import SubmissionReceipt, SubmissionRequest

log = logging.getLogger("kiosk.portal.sender")

T = TypeVar("T")

QUEUED_MESSAGE = QT_TRANSLATE_NOOP(
    "PortalErrors",
    "Your request is saved on this kiosk. It will be sent to the town hall as soon as "
    "the connection is back.",
)


_PURGE_EVERY_S = 6 * 3600.0


class Submitter(Protocol):
    """The one portal call the sender needs (``PortalClient.submit``)."""

    async def submit(self, body: bytes, idempotency_key: str) -> SubmissionReceipt: ...


@dataclass(frozen=True)
class SubmissionConfirmed:
    """The portal answered 201/202: print the real receipt."""

    client_reference: str
    receipt: SubmissionReceipt


@dataclass(frozen=True)
class SubmissionQueued:
    """Not delivered yet but safely queued: print the provisional slip."""

    client_reference: str
    service_code: str
    reason: PortalError | None  # None when no attempt was made yet (attempt_now=False)
    user_message: str = QUEUED_MESSAGE


SubmitOutcome = SubmissionConfirmed | SubmissionQueued


@dataclass(frozen=True)
class DeliveryFailed:
    """A queued submission the portal refused for good; staff must look at it."""

    client_reference: str
    service_code: str
    error: PortalError


@dataclass(frozen=True)
class Delivered:
    """A queued submission reached the portal (after the person walked away, usually)."""

    record: DeliveryRecord
    receipt: SubmissionReceipt


DeliveryOutcome = Delivered | DeliveryFailed
OutcomeListener = Callable[[DeliveryOutcome], None]


class SubmissionSender:
    def __init__(
        self,
        portal: Submitter,
        outbox: Outbox,
        *,
        policy: BackoffPolicy | None = None,
        on_delivered: Callable[[Delivered], None] | None = None,
        on_failed: Callable[[DeliveryFailed], None] | None = None,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
        stop_grace_s: float = 5.0,
        parallel: int = 2,
    ) -> None:
        if parallel < 1:
            raise ValueError("parallel must be at least 1")
        self._parallel = parallel
        self._portal = portal
        self._outbox = outbox
        self._policy = policy or BackoffPolicy()
        self._on_delivered = on_delivered
        self._on_failed = on_failed
        self._rng = rng or random.Random()
        self._clock = clock
        self._stop_grace_s = stop_grace_s
        self._db_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox-db")
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._paused_until = 0.0
        self._consecutive_failures = 0
        self._watchers: dict[str, OutcomeListener] = {}
        self._make_all_due = False

    # The citizen's journey.

    async def submit(
        self,
        request: SubmissionRequest,
        *,
        client_reference: str | None = None,
        attempt_now: bool = True,
    ) -> SubmitOutcome:
        """Queue durably, then try once now; raise PortalError if the portal refuses for good.

        ``client_reference`` defaults to a fresh one; pass your own to print it before
        sending. With ``attempt_now=False`` the submission is only queued (the background
        task sends it). Raises :class:`~kiosk.portal.outbox.AlreadyQueued` for a reference
        that is already known.
        """
        client_reference = client_reference or new_client_reference()
        key = new_idempotency_key()
        body = request.to_body(client_reference)
        await self._db(self._outbox.enqueue, client_reference, request.service_code, body, key)
        if not attempt_now:
            self._wake.set()
            return SubmissionQueued(client_reference, request.service_code, None)
        claimed = await self._db(self._outbox.claim, client_reference)
        if claimed is None:  # the background task took it between our two calls
            return SubmissionQueued(
                client_reference, request.service_code, _AlreadySending("already being sent")
            )
        try:
            receipt = await self._portal.submit(claimed.body, claimed.entry.idempotency_key)
        except PortalError as error:
            if error.transient:
                await self._schedule_retry(claimed.entry, error)
                log.info(
                    "portal.submit.queued",
                    extra={"service": request.service_code, "status": error.status},
                )
                return SubmissionQueued(client_reference, request.service_code, error)
            # The person sees the refusal now and will resubmit as a new request.
            await self._db(self._outbox.discard, client_reference)
            log.info(
                "portal.submit.refused",
                extra={"service": request.service_code, "status": error.status},
            )
            raise
        except BaseException:
            # Cancelled (session wiped mid-request) or a bug: the row stays queued.
            self._requeue_now(client_reference)
            raise
        await self._record_delivery(client_reference, receipt)
        log.info("portal.submit.confirmed", extra={"service": request.service_code})
        if self._consecutive_failures:
            # The portal answers again: send the backlog now, not at its retry times.
            self.flush_now()
        return SubmissionConfirmed(client_reference, receipt)

    def watch(self, client_reference: str, listener: OutcomeListener) -> Callable[[], None]:
        """Route the background outcome of one submission to ``listener`` until unwatched."""
        self._watchers[client_reference] = listener

        def unwatch() -> None:
            if self._watchers.get(client_reference) is listener:
                del self._watchers[client_reference]

        return unwatch

    # Background delivery.

    def start(self) -> None:
        if self._task is None:
            self._stopping = False
            self._task = asyncio.get_running_loop().create_task(self._run(), name="outbox-sender")

    def flush_now(self) -> None:
        """Try every queued row now (staff pressed "send now", or the network came back)."""
        self._paused_until = 0.0
        self._consecutive_failures = 0
        self._make_all_due = True
        self._wake.set()

    async def flush(self) -> None:
        """Deliver everything that is due now, in this task; returns when nothing is left
        that can be sent right away (used at shutdown, by tests and by the benchmark)."""
        while await self._deliver_due_batch(ignore_pause=True):
            pass

    async def stop(self) -> None:
        """Let the request in flight finish (up to ``stop_grace_s``), then stop."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            task, self._task = self._task, None
            try:
                await asyncio.wait_for(asyncio.shield(task), self._stop_grace_s)
            except TimeoutError:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._db_worker.shutdown(wait=True)

    async def _run(self) -> None:
        log.info("outbox.sender.started")
        next_purge = 0.0
        while not self._stopping:
            if self._clock() >= next_purge:
                # Retention (see outbox.py): delivery records 30 days, refused rows 7 days.
                with contextlib.suppress(Exception):
                    await self._db(self._outbox.purge_expired)
                next_purge = self._clock() + _PURGE_EVERY_S
            try:
                if self._make_all_due:
                    self._make_all_due = False
                    await self._db(self._outbox.make_all_due)
                if self._clock() >= self._paused_until:
                    await self._deliver_due_batch(ignore_pause=False)
                await self._sleep_until_next()
            except asyncio.CancelledError:
                raise
            except Exception:
                # A bug or a database error must not kill delivery for the rest of the day.
                log.exception("outbox.sender.error")
                self._wake.clear()
                await self._sleep(30.0)
        log.info("outbox.sender.stopped")

    async def _deliver_due_batch(self, *, ignore_pause: bool) -> bool:
        """Try due rows (``parallel`` at a time); True if some were settled and no trouble.

        The batch stops at the first failure that says the portal is unwell (it pauses
        the queue), even when flushing: with the portal down, a backlog of 500 rows must
        cost one timeout, not 500.
        """
        entries = iter(await self._db(self._outbox.due))
        progressed = False
        trouble = False

        async def worker() -> None:
            nonlocal progressed, trouble
            for entry in entries:  # shared iterator: each row is taken by one worker
                if trouble or (self._stopping and not ignore_pause):
                    return
                if not ignore_pause and self._clock() < self._paused_until:
                    return
                paused_until = self._paused_until
                if await self._attempt(entry):
                    progressed = True
                if self._paused_until > paused_until:
                    trouble = True

        await asyncio.gather(*(worker() for _ in range(self._parallel)))
        return progressed and not trouble

    async def _attempt(self, entry: OutboxEntry) -> bool:
        claimed = await self._db(self._outbox.claim, entry.client_reference)
        if claimed is None:
            return False
        try:
            receipt = await self._portal.submit(claimed.body, claimed.entry.idempotency_key)
        except PortalError as error:
            if error.transient:
                await self._schedule_retry(claimed.entry, error)
                return False
            await self._db(
                self._outbox.mark_failed_final,
                entry.client_reference,
                last_status=error.status,
                last_error_code=error.code,
            )
            log.warning(
                "outbox.delivery_refused",
                extra={"service": entry.service_code, "status": error.status, "code": error.code},
            )
            self._emit(DeliveryFailed(entry.client_reference, entry.service_code, error))
            return True
        except BaseException:
            self._requeue_now(entry.client_reference)
            raise
        record = await self._record_delivery(entry.client_reference, receipt)
        self._consecutive_failures = 0
        log.info(
            "outbox.delivered",
            extra={"service": entry.service_code, "attempts": claimed.entry.attempts},
        )
        self._emit(Delivered(record, receipt))
        return True

    async def _record_delivery(
        self, client_reference: str, receipt: SubmissionReceipt
    ) -> DeliveryRecord:
        return await self._db(
            self._outbox.mark_delivered,
            client_reference,
            registration_number=receipt.registration_number,
            access_code=receipt.access_code,
            status=receipt.status,
        )

    async def _schedule_retry(self, entry: OutboxEntry, error: PortalError) -> None:
        delay = self._policy.delay(max(entry.attempts, 1), error.retry_after_s, self._rng)
        now = self._clock()
        await self._db(
            self._outbox.mark_retry,
            entry.client_reference,
            next_attempt_at=now + delay,
            last_status=error.status,
            last_error_code=error.code or type(error).__name__,
        )
        if not isinstance(error, PortalInFlight):
            # The portal (or the way to it) is unwell, not this one request: pause the queue.
            self._consecutive_failures += 1
            pause = self._policy.delay(self._consecutive_failures, error.retry_after_s, self._rng)
            self._paused_until = max(self._paused_until, now + pause)
        self._wake.set()  # the background task recomputes when to wake up
        log.info(
            "outbox.retry_scheduled",
            extra={
                "service": entry.service_code,
                "status": error.status,
                "error": type(error).__name__,
                "delay_s": round(delay, 1),
            },
        )

    def _requeue_now(self, client_reference: str) -> None:
        # Synchronous on purpose: runs while a cancellation unwinds, when awaiting is unsafe.
        with contextlib.suppress(Exception):
            self._outbox.mark_retry(
                client_reference,
                next_attempt_at=self._clock(),
                last_status=None,
                last_error_code="interrupted",
            )

    def _emit(self, outcome: DeliveryOutcome) -> None:
        reference = (
            outcome.record.client_reference
            if isinstance(outcome, Delivered)
            else outcome.client_reference
        )
        listener = self._watchers.pop(reference, None)
        try:
            if listener is not None:
                listener(outcome)
            elif isinstance(outcome, Delivered):
                if self._on_delivered is not None:
                    self._on_delivered(outcome)
            elif self._on_failed is not None:
                self._on_failed(outcome)
        except Exception:
            log.exception("outbox.listener_failed")

    async def _sleep_until_next(self) -> None:
        # Cleared before looking at the queue: a row queued after this point sets it again.
        self._wake.clear()
        next_at = await self._db(self._outbox.next_attempt_at)
        now = self._clock()
        wake_at = max(self._paused_until, next_at) if next_at is not None else None
        # Capped so the periodic purge runs on an idle kiosk too.
        await self._sleep(_PURGE_EVERY_S if wake_at is None else max(0.0, wake_at - now))

    async def _sleep(self, seconds: float | None) -> None:
        if self._stopping:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)

    async def _db(self, function: Callable[..., T], *args: object, **kwargs: object) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._db_worker, lambda: function(*args, **kwargs))


class _AlreadySending(PortalError):
    """Reason given when the background task claimed the row first (it sends it)."""

    transient = True
