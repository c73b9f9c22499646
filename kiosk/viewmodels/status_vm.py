"""The status journey for QML: find a request from its receipt, then show its timeline.

The person types the registration number and access code, or holds the receipt's
QR code to the camera (when the kiosk has one). What was typed lives here, not in
the QML fields, so Back and a failed lookup keep it. Messages are kept as English
source strings and translated when read, so a language switch changes them too.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QDate, QLocale, QObject, QTime, Signal, Slot

from kiosk.i18n.languages import BY_CODE
from kiosk.i18n.message import Message, translate_message
from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalError, PortalNotFound, PortalUnreachable
from kiosk.portal.submissions import SubmissionStatus
from kiosk.portal_access import PortalAccess
from kiosk.printing.print_state import PrintState
from kiosk.printing.problems import problem_sentence
from kiosk.printing.receipt_printer import (
    NoPrinter,
    PrintableReceipt,
    PrintOutcome,
    ReceiptKind,
    ReceiptPrinter,
)
from kiosk.session.clock import Clock, SystemClock
from kiosk.session.outcomes import STATUS_CHECK, SessionOutcomes
from kiosk.session.screens import Screen
from kiosk.status.lookup_input import check_lookup, clean_access_code
from kiosk.status.receipt_link import ReceiptScanner, parse_receipt_link
from kiosk.status.timeline import expected_day, timeline_steps
from kiosk.status.wording import CONTEXT as STATUS_WORDS
from kiosk.status.wording import wording_for
from kiosk.tasks import BackgroundTasks

log = logging.getLogger("kiosk.status")

CONTEXT = "StatusLookup"
SCAN_TIMEOUT_S = 20.0

NOT_FOUND = QT_TRANSLATE_NOOP(
    "StatusLookup",
    "We could not find a request with this number and code. "
    "Check both on your receipt and try again.",
)
REFERENCE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "StatusLookup",
    "We could not find this request from its code. If your receipt has a registration "
    "number and an access code, type them in.",
)
TRY_AGAIN_LATER = QT_TRANSLATE_NOOP(
    "StatusLookup", "What you typed is kept. Try again in a moment, or ask the staff for help."
)
SCAN_NOTHING = QT_TRANSLATE_NOOP(
    "StatusLookup",
    "We could not read a code. Hold the receipt closer, with the square code facing the "
    "camera, or type the number instead.",
)
SCAN_NOT_RECEIPT = QT_TRANSLATE_NOOP(
    "StatusLookup",
    "This code is not from a town hall receipt. Try the square code on your receipt, "
    "or type the number instead.",
)
SCAN_BROKEN = QT_TRANSLATE_NOOP(
    "StatusLookup", "The camera is not working right now. Please type the number instead."
)
SCAN_GOT_NUMBER = QT_TRANSLATE_NOOP(
    "StatusLookup",
    "We read the registration number from your receipt. Now type the access code printed "
    "next to it.",
)
PRINTED = QT_TRANSLATE_NOOP("StatusLookup", "Printed. Take the paper from the printer.")
PRINTER_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "StatusLookup",
    "The printer is not working right now. You can check the status again at any time "
    "with your receipt.",
)
CHECK_AGAIN_LATER = QT_TRANSLATE_NOOP(
    "StatusLookup", "You can check the status again at any time with your receipt."
)


class StatusViewModel(QObject):
    changed = Signal()
    inputChanged = Signal()
    resultChanged = Signal()

    def __init__(
        self,
        portal: PortalAccess,
        navigate: Callable[[Screen], None],
        language: str,
        *,
        printer: ReceiptPrinter | None = None,
        scanner: ReceiptScanner | None = None,
        clock: Clock | None = None,
        scan_timeout_s: float = SCAN_TIMEOUT_S,
        outcomes: SessionOutcomes | None = None,
    ) -> None:
        super().__init__()
        self._portal = portal
        self._outcomes = outcomes or SessionOutcomes()
        self._navigate = navigate
        self._language = language
        self._printer: ReceiptPrinter = printer or NoPrinter()
        self._scanner = scanner
        self._clock: Clock = clock or SystemClock()
        self._scan_timeout_s = scan_timeout_s
        self._tasks = BackgroundTasks("status")
        self._scan_task: asyncio.Task[Any] | None = None
        self._reset()

    def _reset(self) -> None:
        self._number = ""
        self._code = ""
        self._number_error = ""
        self._code_error = ""
        self._error: list[Message] = []
        self._can_retry = False
        self._notice: Message | None = None
        self._busy = False
        self._scanning = False
        self._status: SubmissionStatus | None = None
        # How the shown status was asked for, to ask again in another language.
        self._query: Callable[[PortalClient, str], Awaitable[SubmissionStatus]] | None = None
        self._print = PrintState(self._printer)
        # The printout of a print that did not finish: asking again reuses it, so the
        # printer recognises the same job and never prints it twice.
        self._unprinted: PrintableReceipt | None = None

    # -- wiring ---------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self._language = code
        self.changed.emit()
        self.inputChanged.emit()
        self.resultChanged.emit()
        if self._status is not None and self._query is not None and not self._busy:
            # The service name comes from the portal in the language asked for.
            self._tasks.spawn(self._refresh(self._query))

    def set_scanner(self, scanner: ReceiptScanner | None) -> None:
        """The camera may be found after start-up, or unplugged: the scan button follows."""
        self._scanner = scanner
        self.changed.emit()

    def wipe(self) -> None:
        """Forget everything of this session."""
        self._tasks.cancel_all()
        self._scan_task = None
        self._reset()
        self.changed.emit()
        self.inputChanged.emit()
        self.resultChanged.emit()

    # -- typed values -------------------------------------------------------
    def _get_number(self) -> str:
        return self._number

    def _set_number(self, text: str) -> None:
        if text != self._number:
            self._number = text
            self.inputChanged.emit()

    def _get_code(self) -> str:
        return self._code

    def _set_code(self, text: str) -> None:
        if text != self._code:
            self._code = text
            self.inputChanged.emit()

    registrationNumber = Property(str, _get_number, _set_number, notify=inputChanged)
    accessCode = Property(str, _get_code, _set_code, notify=inputChanged)

    # -- what the lookup screen shows ------------------------------------------
    def _number_error_text(self) -> str:
        return translate_message((CONTEXT, self._number_error)) if self._number_error else ""

    def _code_error_text(self) -> str:
        return translate_message((CONTEXT, self._code_error)) if self._code_error else ""

    def _error_text(self) -> str:
        return " ".join(translate_message(part) for part in self._error)

    def _can_retry_get(self) -> bool:
        return self._can_retry

    def _notice_text(self) -> str:
        return translate_message(self._notice)

    def _busy_get(self) -> bool:
        return self._busy

    def _can_scan(self) -> bool:
        return self._scanner is not None

    def _scanning_get(self) -> bool:
        return self._scanning

    def _print_message_text(self) -> str:
        if self._print.problem is not None:
            later = QCoreApplication.translate(CONTEXT, CHECK_AGAIN_LATER)
            return f"{problem_sentence(self._print.problem)} {later}"
        said = self._print.said(PRINTED, PRINTER_UNAVAILABLE)
        return QCoreApplication.translate(CONTEXT, said) if said else ""

    def _printing_get(self) -> bool:
        return self._print.printing

    def _printed_get(self) -> bool:
        return self._print.printed

    numberError = Property(str, _number_error_text, notify=changed)
    codeError = Property(str, _code_error_text, notify=changed)
    error = Property(str, _error_text, notify=changed)
    canRetry = Property(bool, _can_retry_get, notify=changed)
    notice = Property(str, _notice_text, notify=changed)
    busy = Property(bool, _busy_get, notify=changed)
    canScan = Property(bool, _can_scan, notify=changed)
    scanning = Property(bool, _scanning_get, notify=changed)
    printMessage = Property(str, _print_message_text, notify=changed)
    printing = Property(bool, _printing_get, notify=changed)
    printed = Property(bool, _printed_get, notify=changed)

    # -- what the timeline shows -------------------------------------------------
    def _locale(self) -> QLocale:
        return QLocale(BY_CODE[self._language].locale)

    def _day_text(self, day: dt.date) -> str:
        return self._locale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    def _time_text(self, moment: dt.datetime) -> str:
        return self._locale().toString(
            QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
        )

    def _result(self) -> dict[str, Any]:
        status = self._status
        if status is None:
            return {}
        wording = wording_for(status.status)
        expected = expected_day(status)
        steps = []
        for step in timeline_steps(status):
            words = wording_for(step.status)
            steps.append(
                {
                    "date": self._day_text(step.at.date()) if step.at else "",
                    "time": self._time_text(step.at) if step.at else "",
                    "status": QCoreApplication.translate(STATUS_WORDS, words.word),
                    "note": step.note or "",
                    "current": step.current,
                }
            )
        return {
            "registrationNumber": status.registration_number or "",
            "serviceName": status.service_name or "",
            "status": status.status,
            "statusWord": QCoreApplication.translate(STATUS_WORDS, wording.word),
            "explanation": QCoreApplication.translate(STATUS_WORDS, wording.explanation),
            "finished": wording.finished,
            "expected": self._day_text(expected) if expected else "",
            "steps": steps,
        }

    result = Property(dict, _result, notify=resultChanged)

    # -- actions ------------------------------------------------------------------
    @Slot(str)
    def start(self, service_code: str) -> None:
        """Begin from the home screen (no service: any request can be checked)."""
        self._tasks.cancel_all()
        self._scan_task = None
        self._busy = self._scanning = False
        self._error, self._notice = [], None
        self._print.new_paper()
        self._unprinted = None
        self._number_error = self._code_error = ""
        log.info("status_journey_started")
        self._outcomes.service_started(STATUS_CHECK)
        self.changed.emit()
        self._navigate(Screen.STATUS_LOOKUP)

    @Slot()
    def lookUp(self) -> None:
        """ "Check the status": check what was typed, then ask the portal."""
        if self._busy:
            return
        checked = check_lookup(self._number, self._code)
        self._number_error, self._code_error = checked.number_error, checked.code_error
        self._error, self._notice = [], None
        if not checked.valid:
            log.info("status_lookup_incomplete")
            self.changed.emit()
            return
        number, code = checked.registration_number, checked.access_code

        def ask(client: PortalClient, language: str) -> Awaitable[SubmissionStatus]:
            return client.submission_status(number, code, language=language)

        self._ask(ask, NOT_FOUND)

    @Slot()
    def retry(self) -> None:
        self.lookUp()

    @Slot()
    def checkAnother(self) -> None:
        """From the timeline: a fresh, empty lookup."""
        self._tasks.cancel_all()
        self._reset()
        self.changed.emit()
        self.inputChanged.emit()
        self.resultChanged.emit()
        self._navigate(Screen.STATUS_LOOKUP)

    def _ask(
        self,
        ask: Callable[[PortalClient, str], Awaitable[SubmissionStatus]],
        not_found: str,
    ) -> None:
        self._busy = True
        self._print.new_paper()
        self._unprinted = None
        self.changed.emit()
        self._tasks.spawn(self._fetch(ask, not_found))

    async def _fetch(
        self,
        ask: Callable[[PortalClient, str], Awaitable[SubmissionStatus]],
        not_found: str,
    ) -> None:
        try:
            client = self._portal.client
            if client is None:
                raise PortalUnreachable("portal not connected yet")
            status = await ask(client, self._language)
        except PortalNotFound:
            log.info("status_lookup_not_found")
            self._error, self._can_retry = [(CONTEXT, not_found)], False
        except PortalError as error:
            log.warning(
                "status_lookup_failed",
                extra={"error": type(error).__name__, "http_status": error.status},
            )
            self._error = [("PortalErrors", error.user_message)]
            if error.transient:
                self._error.append((CONTEXT, TRY_AGAIN_LATER))
            self._can_retry = error.transient
        else:
            log.info("status_lookup_found", extra={"service": status.service_code})
            self._outcomes.service_completed(STATUS_CHECK)
            self._status, self._query = status, ask
            self._error, self._can_retry = [], False
            self.resultChanged.emit()
            self._navigate(Screen.STATUS_TIMELINE)
        finally:
            self._busy = False
            self.changed.emit()

    async def _refresh(
        self, ask: Callable[[PortalClient, str], Awaitable[SubmissionStatus]]
    ) -> None:
        client = self._portal.client
        if client is None:
            return
        try:
            status = await ask(client, self._language)
        except PortalError as error:
            log.info("status_refresh_failed", extra={"error": type(error).__name__})
            return
        self._status = status
        self.resultChanged.emit()

    # -- the receipt's QR code -------------------------------------------------------
    @Slot()
    def scanReceipt(self) -> None:
        if self._scanner is None or self._scanning or self._busy:
            return
        self._scanning = True
        self._error, self._notice = [], None
        self.changed.emit()
        log.info("status_scan_started")
        self._scan_task = self._tasks.spawn(self._scan(self._scanner))

    @Slot()
    def cancelScan(self) -> None:
        if self._scan_task is not None:
            self._scan_task.cancel()
            self._scan_task = None
        if self._scanning:
            log.info("status_scan_cancelled")
            self._scanning = False
            self.changed.emit()

    async def _scan(self, scanner: ReceiptScanner) -> None:
        try:
            text = await scanner.scan(self._scan_timeout_s)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # a camera failure must not strand the person
            log.warning("status_scan_failed", extra={"error": type(error).__name__})
            text, self._notice = None, (CONTEXT, SCAN_BROKEN)
        finally:
            self._scanning = False
            self._scan_task = None
        link = parse_receipt_link(text) if text else None
        if text is None and self._notice is None:
            self._notice = (CONTEXT, SCAN_NOTHING)
        elif text is not None and link is None:
            self._notice = (CONTEXT, SCAN_NOT_RECEIPT)
        log.info("status_scan_finished", extra={"read": link is not None})
        self.changed.emit()
        if link is None:
            return
        if link.registration_number is not None:
            self._set_number(link.registration_number)
            if link.access_code:
                self._set_code(link.access_code)
            if clean_access_code(self._code):
                self.lookUp()
            else:
                self._number_error = ""
                self._notice = (CONTEXT, SCAN_GOT_NUMBER)
                self.changed.emit()
        elif link.client_reference is not None:
            reference = link.client_reference

            def ask(client: PortalClient, language: str) -> Awaitable[SubmissionStatus]:
                return client.submission_status_by_reference(reference, language=language)

            self._ask(ask, REFERENCE_NOT_FOUND)

    # -- printing ------------------------------------------------------------------------
    @Slot()
    def printStatus(self) -> None:
        if self._status is None or not self._print.begin():
            return
        self.changed.emit()
        self._tasks.spawn(self._print_status(self._unprinted or self._printable()))

    def _printable(self) -> PrintableReceipt:
        result = self._result()
        now = self._clock.now()
        lines = [
            (
                QCoreApplication.translate("StatusLookup", "Registration number"),
                result["registrationNumber"],
            ),
            (QCoreApplication.translate("StatusLookup", "Service"), result["serviceName"]),
            (QCoreApplication.translate("StatusLookup", "Status"), result["statusWord"]),
        ]
        if result["expected"]:
            lines.append(
                (QCoreApplication.translate("StatusLookup", "Expected by"), result["expected"])
            )
        lines.append(
            (
                QCoreApplication.translate("StatusLookup", "Checked on"),
                f"{self._day_text(now.date())} {self._time_text(now)}",
            )
        )
        history = tuple(
            " · ".join(part for part in (s["date"], s["time"], s["status"], s["note"]) if part)
            for s in result["steps"]
        )
        return PrintableReceipt(
            kind=ReceiptKind.STATUS,
            language=self._language,
            title=QCoreApplication.translate("StatusLookup", "Status of your request"),
            lines=tuple((label, value) for label, value in lines if value),
            notes=(result["explanation"], *history),
            headline=0,
        )

    async def _print_status(self, receipt: PrintableReceipt) -> None:
        outcome = await self._print.print(receipt, log, "status")
        self._unprinted = None if outcome is PrintOutcome.PRINTED else receipt
        self.changed.emit()
