"""One CUPS server seen through pycups: its queues, submitting a PDF, the state of a job.

Every call blocks (IPP over a socket), so callers run them on one worker thread;
a :class:`CupsQueue` keeps its own connection and is not shared across threads.
The server is named explicitly ("host:port" or the path of cupsd's socket), never
through pycups' process-wide `cups.setServer`, so a test's private cupsd and the
system one never mix.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

import cups

from device.printer.reasons import Trouble, ordered, troubles

log = logging.getLogger("device.printer")

IPP_NOT_FOUND = 0x0406
IPP_NOT_ACCEPTING = 0x0506
IPP_NOT_POSSIBLE = 0x0404


class JobState(IntEnum):
    """IPP `job-state`, plus GONE for a job the server no longer knows."""

    GONE = 0
    PENDING = 3
    HELD = 4
    PROCESSING = 5
    STOPPED = 6
    CANCELED = 7
    ABORTED = 8
    COMPLETED = 9

    @property
    def finished(self) -> bool:
        return self in (JobState.CANCELED, JobState.ABORTED, JobState.COMPLETED, JobState.GONE)


@dataclass(frozen=True, slots=True)
class QueueStatus:
    name: str
    state: str  # "idle" | "processing" | "stopped"
    accepting: bool
    reasons: tuple[str, ...]  # raw printer-state-reasons, for the technician's log
    troubles: tuple[Trouble, ...]  # what they mean, most important first
    message: str = ""


@dataclass(frozen=True, slots=True)
class JobStatus:
    job_id: int
    state: JobState
    reasons: tuple[str, ...] = ()


class PrinterError(Exception):
    """CUPS refused or could not be reached; `trouble` says what to tell the person."""

    def __init__(self, trouble: Trouble, detail: str = "") -> None:
        super().__init__(f"{trouble.value}: {detail}" if detail else trouble.value)
        self.trouble = trouble
        self.detail = detail


_STATES = {3: "idle", 4: "processing", 5: "stopped"}


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


class CupsQueue:
    """A CUPS server and, optionally, the queue this kiosk prints on.

    `server` is "host", "host:port" or the path of cupsd's local socket; empty
    means CUPS' own default (CUPS_SERVER, client.conf, then the local socket).
    """

    def __init__(self, server: str = "") -> None:
        self._server = server
        self._connection: Any = None
        self._thread: int | None = None

    @property
    def server(self) -> str:
        return self._server

    def _connect(self) -> Any:
        me = threading.get_ident()
        if self._connection is not None and self._thread == me:
            return self._connection
        host, port = self._server, None
        if host and not host.startswith("/") and ":" in host:
            host, _, port_text = host.rpartition(":")
            port = int(port_text)
        kwargs: dict[str, Any] = {}
        if host:
            kwargs["host"] = host
        if port is not None:
            kwargs["port"] = port
        try:
            self._connection = cups.Connection(**kwargs)
        except RuntimeError as error:  # pycups: "failed to connect to server"
            self._connection = None
            raise PrinterError(Trouble.NO_SERVER, str(error)) from None
        self._thread = me
        return self._connection

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """A pycups call, reconnecting once if cupsd was restarted in between."""
        for attempt in (1, 2):
            connection = self._connect()
            try:
                return getattr(connection, name)(*args, **kwargs)
            except cups.HTTPError as error:
                self._connection = None
                if attempt == 2:
                    raise PrinterError(Trouble.NO_SERVER, f"HTTP {error.args[0]}") from None
            except RuntimeError as error:
                self._connection = None
                if attempt == 2:
                    raise PrinterError(Trouble.NO_SERVER, str(error)) from None
        raise AssertionError("unreachable")

    # -- queues -----------------------------------------------------------------------
    def queues(self) -> list[str]:
        """Names of the queues on the server, in CUPS' order."""
        return list(self._call("getPrinters"))

    def default_queue(self) -> str:
        """The server's default queue, or "" when none is set."""
        return str(self._call("getDefault") or "")

    def status(self, queue: str) -> QueueStatus:
        try:
            attrs = self._call(
                "getPrinterAttributes",
                queue,
                requested_attributes=[
                    "printer-state",
                    "printer-state-reasons",
                    "printer-is-accepting-jobs",
                    "printer-state-message",
                ],
            )
        except cups.IPPError as error:
            if error.args and error.args[0] == IPP_NOT_FOUND:
                raise PrinterError(Trouble.NO_QUEUE, queue) from None
            raise PrinterError(Trouble.OTHER, _ipp_text(error)) from None
        reasons = tuple(r for r in _as_tuple(attrs.get("printer-state-reasons")) if r != "none")
        state = _STATES.get(int(attrs.get("printer-state", 3)), "idle")
        accepting = bool(attrs.get("printer-is-accepting-jobs", True))
        found = list(troubles(reasons))
        if state == "stopped" and Trouble.STOPPED not in found:
            found.append(Trouble.STOPPED)
        if not accepting:
            found.append(Trouble.NOT_ACCEPTING)
        return QueueStatus(
            name=queue,
            state=state,
            accepting=accepting,
            reasons=reasons,
            troubles=ordered(found),
            message=str(attrs.get("printer-state-message") or ""),
        )

    # -- jobs -------------------------------------------------------------------------
    def submit(self, queue: str, pdf: Path, title: str, copies: int = 1) -> int:
        """Send a PDF to `queue`; returns the job id. The file may be deleted afterwards.

        `title` is shown in CUPS' job lists and logs: never put personal data in it.
        """
        options = {"copies": str(copies)} if copies != 1 else {}
        try:
            job_id = int(self._call("printFile", queue, str(pdf), title, options))
        except cups.IPPError as error:
            code = error.args[0] if error.args else 0
            if code == IPP_NOT_FOUND:
                raise PrinterError(Trouble.NO_QUEUE, queue) from None
            if code in (IPP_NOT_ACCEPTING, IPP_NOT_POSSIBLE):
                raise PrinterError(Trouble.NOT_ACCEPTING, _ipp_text(error)) from None
            # CUPS answers a print to a missing queue with an internal error: ask about it.
            self.status(queue)  # raises NO_QUEUE when the queue is not there
            raise PrinterError(Trouble.OTHER, _ipp_text(error)) from None
        log.info("print_job_submitted", extra={"queue": queue, "job": job_id})
        return job_id

    def job(self, job_id: int) -> JobStatus:
        try:
            attrs = self._call(
                "getJobAttributes",
                job_id,
                requested_attributes=["job-state", "job-state-reasons"],
            )
        except cups.IPPError as error:
            if error.args and error.args[0] == IPP_NOT_FOUND:
                return JobStatus(job_id, JobState.GONE)
            raise PrinterError(Trouble.OTHER, _ipp_text(error)) from None
        state = JobState(int(attrs.get("job-state", JobState.GONE)))
        return JobStatus(job_id, state, _as_tuple(attrs.get("job-state-reasons")))

    def cancel(self, job_id: int) -> None:
        """Cancel a job that has not printed yet (no error if it is already finished)."""
        try:
            self._call("cancelJob", job_id, purge_job=True)
        except cups.IPPError as error:
            log.info("print_job_cancel_refused", extra={"job": job_id, "ipp": _ipp_code(error)})

    def purge(self, job_id: int) -> None:
        """Forget a finished job: CUPS deletes its spool file and its history entry."""
        self.cancel(job_id)

    # -- for tests and set-up tools ----------------------------------------------------
    def add_pdf_queue(self, queue: str, device_uri: str, ppd: Path | None = None) -> None:
        """Create (or change) a queue and make it accept and print jobs."""
        kwargs: dict[str, Any] = {"device": device_uri}
        if ppd is not None:
            kwargs["filename"] = str(ppd)
        self._call("addPrinter", queue, **kwargs)
        self.resume(queue)

    def delete_queue(self, queue: str) -> None:
        self._call("deletePrinter", queue)

    def pause(self, queue: str) -> None:
        self._call("disablePrinter", queue)

    def resume(self, queue: str) -> None:
        self._call("enablePrinter", queue)
        self._call("acceptJobs", queue)

    def reject(self, queue: str) -> None:
        self._call("rejectJobs", queue)


def _ipp_code(error: Exception) -> int:
    return int(error.args[0]) if error.args and isinstance(error.args[0], int) else 0


def _ipp_text(error: Exception) -> str:
    return str(error.args[1]) if len(error.args) > 1 else str(error)
