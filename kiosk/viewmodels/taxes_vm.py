"""The local-taxes journey for QML: whose taxes, what is owed, pay by phone through a QR code.

The personal ID typed, the ticks and the payment order live here, so Back keeps
them. A payment order is created with one idempotency key per attempt
(`kiosk.taxes.payment_attempt`), so a retry never makes a second order. While the
QR screen is shown it asks the portal every few seconds whether the person has
paid on their phone.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Coroutine
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QDate, QLocale, QObject, QTime, Signal, Slot

from kiosk.i18n.languages import BY_CODE
from kiosk.i18n.message import Message, translate_message
from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalError, PortalUnreachable, PortalValidationError
from kiosk.portal.payments import Obligations, PaymentOrder
from kiosk.portal_access import PortalAccess
from kiosk.printing.print_state import PrintState
from kiosk.printing.problems import problem_sentence
from kiosk.printing.receipt_printer import (
    NoPrinter,
    PrintableReceipt,
    ReceiptKind,
    ReceiptPrinter,
)
from kiosk.qr_image import qr_data_uri
from kiosk.session.clock import Clock, SystemClock
from kiosk.session.outcomes import SessionOutcomes
from kiosk.session.screens import Screen
from kiosk.status.timeline import parse_day, parse_moment
from kiosk.tasks import BackgroundTasks
from kiosk.taxes.payment_attempt import PaymentAttempts
from kiosk.taxes.personal_id_input import CONTEXT as ID_CONTEXT
from kiosk.taxes.personal_id_input import check_personal_id, id_kind
from kiosk.taxes.selection import ObligationSelection

log = logging.getLogger("kiosk.taxes")

CONTEXT = "Taxes"
POLL_INTERVAL_S = 3.0

TRY_AGAIN_LATER = QT_TRANSLATE_NOOP(
    "Taxes", "Nothing has been paid. Try again in a moment, or ask the staff for help."
)
AMOUNTS_CHANGED = QT_TRANSLATE_NOOP(
    "Taxes",
    "Some of these amounts have changed, or are being paid right now. "
    "Go back and look them up again.",
)
PRINTED = QT_TRANSLATE_NOOP(
    "Taxes", "Printed. Take the slip from the printer to pay at a bank or post office."
)
PRINTER_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Taxes",
    "The printer is not working right now. To pay at a bank or post office, "
    "write down the order number: %1",
)
KEEP_ORDER_NUMBER = QT_TRANSLATE_NOOP(
    "Taxes",
    "To pay at a bank or post office, take a photo of the order number or write it down: %1",
)


class TaxesViewModel(QObject):
    changed = Signal()
    inputChanged = Signal()
    obligationsChanged = Signal()
    selectionChanged = Signal()
    orderChanged = Signal()

    def __init__(
        self,
        portal: PortalAccess,
        navigate: Callable[[Screen], None],
        language: str,
        *,
        country: str = "RO",
        printer: ReceiptPrinter | None = None,
        clock: Clock | None = None,
        poll_interval_s: float = POLL_INTERVAL_S,
        payment_key: Callable[[], str] | None = None,
        outcomes: SessionOutcomes | None = None,
    ) -> None:
        super().__init__()
        self._portal = portal
        self._outcomes = outcomes or SessionOutcomes()
        self._navigate = navigate
        self._language = language
        self._country = country
        self._printer: ReceiptPrinter = printer or NoPrinter()
        self._clock: Clock = clock or SystemClock()
        self._poll_interval_s = poll_interval_s
        # Tools (screenshots) may fix the key so every render replays one demo order.
        self._new_payment_key = payment_key
        self._tasks = BackgroundTasks("taxes")
        self._watch_task: asyncio.Task[Any] | None = None
        self._reset()

    def _reset(self) -> None:
        self._service_code = ""
        self._personal_id = ""
        self._id_error = ""
        self._id_check_digits = 0
        self._error: list[Message] = []
        self._error_on = Screen.TAXES_LOOKUP  # which screen shows the error
        self._can_retry = False
        self._retry: Callable[[], None] | None = None
        self._busy = False
        self._obligations: Obligations | None = None
        self._looked_up_id = ""  # the ID the shown obligations belong to
        self._selection = ObligationSelection([])
        self._attempts = self._payment_attempts()
        self._order: PaymentOrder | None = None
        self._order_qr = ""
        self._print = PrintState(self._printer)

    def _payment_attempts(self) -> PaymentAttempts:
        if self._new_payment_key is None:
            return PaymentAttempts()
        return PaymentAttempts(self._new_payment_key)

    # -- wiring -----------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self._language = code
        self._emit_all()
        if self._obligations is not None and self._looked_up_id and not self._busy:
            # Descriptions come from the portal in the language asked for.
            self._tasks.spawn(self._refresh_obligations(self._looked_up_id))

    def wipe(self) -> None:
        """Forget everything of this session."""
        self._tasks.cancel_all()
        self._watch_task = None
        self._reset()
        self._emit_all()

    def _emit_all(self) -> None:
        for signal in (
            self.changed,
            self.inputChanged,
            self.obligationsChanged,
            self.selectionChanged,
            self.orderChanged,
        ):
            signal.emit()

    # -- formatting ---------------------------------------------------------------
    def _locale(self) -> QLocale:
        return QLocale(BY_CODE[self._language].locale)

    def _money(self, amount: Decimal, currency: str) -> str:
        # Same form as the fee on the service page: locale digits, then the currency code.
        return f"{self._locale().toString(float(amount), 'f', 2)} {currency}"

    def _day_text(self, day: dt.date) -> str:
        return self._locale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    def _moment_text(self, moment: dt.datetime) -> str:
        time = self._locale().toString(
            QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
        )
        if moment.date() == self._clock.now().date():
            return time
        return f"{self._day_text(moment.date())} {time}"

    # -- the lookup screen ----------------------------------------------------------
    def _get_personal_id(self) -> str:
        return self._personal_id

    def _set_personal_id(self, text: str) -> None:
        if text != self._personal_id:
            self._personal_id = text
            self.inputChanged.emit()

    def _id_label(self) -> str:
        return QCoreApplication.translate(ID_CONTEXT, id_kind(self._country).label)

    def _id_digits(self) -> int:
        return id_kind(self._country).digits

    def _id_error_text(self) -> str:
        if not self._id_error:
            return ""
        kind = id_kind(self._country)
        return (
            QCoreApplication.translate(ID_CONTEXT, self._id_error)
            .replace("%1", kind.short_name)
            .replace("%2", str(kind.digits))
            .replace("%3", str(self._id_check_digits))
        )

    def _error_text(self, screen: Screen) -> str:
        if screen is not self._error_on:
            return ""
        return " ".join(translate_message(part) for part in self._error)

    def _lookup_error(self) -> str:
        return self._error_text(Screen.TAXES_LOOKUP)

    def _pay_error(self) -> str:
        return self._error_text(Screen.TAXES_LIST)

    def _can_retry_get(self) -> bool:
        return self._can_retry

    def _busy_get(self) -> bool:
        return self._busy

    personalId = Property(str, _get_personal_id, _set_personal_id, notify=inputChanged)
    idLabel = Property(str, _id_label, notify=changed)
    idDigits = Property(int, _id_digits, notify=changed)
    idError = Property(str, _id_error_text, notify=changed)
    lookupError = Property(str, _lookup_error, notify=changed)
    payError = Property(str, _pay_error, notify=changed)
    canRetry = Property(bool, _can_retry_get, notify=changed)
    busy = Property(bool, _busy_get, notify=changed)

    # -- the list screen ----------------------------------------------------------------
    def _masked_id(self) -> str:
        return self._obligations.personal_id_masked if self._obligations else ""

    def _items(self) -> list[dict[str, Any]]:
        result = []
        for item in self._selection.items:
            due = parse_day(item.due_date)
            due_text = self._day_text(due) if due else item.due_date
            if item.overdue:
                when = QCoreApplication.translate("Taxes", "Overdue: it was due on %1")
            else:
                when = QCoreApplication.translate("Taxes", "Due by %1")
            result.append(
                {
                    "id": item.id,
                    "description": item.description,
                    "period": QCoreApplication.translate("Taxes", "For %1").replace(
                        "%1", item.period
                    ),
                    "due": when.replace("%1", due_text),
                    "overdue": item.overdue,
                    "amount": self._money(item.amount.amount, item.amount.currency),
                }
            )
        return result

    def _nothing_owed(self) -> bool:
        return self._obligations is not None and not self._selection.items

    def _ticked(self) -> list[str]:
        return list(self._selection.ticked_ids)

    def _total(self) -> str:
        return self._money(self._selection.total, self._selection.currency)

    def _ticked_count(self) -> int:
        return len(self._selection.ticked_ids)

    def _pay_label(self) -> str:
        if not self._selection.ticked_ids:
            return QCoreApplication.translate("Taxes", "Tick at least one to pay")
        return QCoreApplication.translate("Taxes", "Pay %1 on your phone").replace(
            "%1", self._total()
        )

    maskedId = Property(str, _masked_id, notify=obligationsChanged)
    obligations = Property(list, _items, notify=obligationsChanged)
    nothingOwed = Property(bool, _nothing_owed, notify=obligationsChanged)
    ticked = Property(list, _ticked, notify=selectionChanged)
    total = Property(str, _total, notify=selectionChanged)
    tickedCount = Property(int, _ticked_count, notify=selectionChanged)
    payLabel = Property(str, _pay_label, notify=selectionChanged)

    # -- the QR screen --------------------------------------------------------------------
    def _order_map(self) -> dict[str, Any]:
        order = self._order
        if order is None:
            return {}
        expires = parse_moment(order.expires_at)
        return {
            "orderNumber": order.order_id,
            "amount": self._money(order.amount.amount, order.amount.currency),
            "qr": self._order_qr,
            "validUntil": self._moment_text(expires) if expires else "",
            "status": order.status,
            "paid": order.status == "paid",
            "expired": order.status == "expired",
        }

    def _print_message_text(self) -> str:
        said = self._print.said(PRINTED, PRINTER_UNAVAILABLE)
        message = QCoreApplication.translate(CONTEXT, said) if said else ""
        if self._print.problem is not None:
            keep = QCoreApplication.translate(CONTEXT, KEEP_ORDER_NUMBER)
            message = f"{problem_sentence(self._print.problem)} {keep}"
        return message.replace("%1", self._order.order_id) if self._order else message

    def _printing_get(self) -> bool:
        return self._print.printing

    def _printed_get(self) -> bool:
        return self._print.printed

    order = Property(dict, _order_map, notify=orderChanged)
    printMessage = Property(str, _print_message_text, notify=changed)
    printing = Property(bool, _printing_get, notify=changed)
    printed = Property(bool, _printed_get, notify=changed)

    # -- actions --------------------------------------------------------------------------
    @Slot(str)
    def start(self, service_code: str) -> None:
        """Begin the journey for a payment service from its service page."""
        if service_code != self._service_code:
            # Another service owes other things; the typed ID is kept (nothing typed twice).
            self._tasks.cancel_all()
            self._watch_task = None
            self._obligations, self._looked_up_id = None, ""
            self._selection = ObligationSelection([])
            self._attempts = self._payment_attempts()
            self._order, self._order_qr = None, ""
            self.obligationsChanged.emit()
            self.selectionChanged.emit()
            self.orderChanged.emit()
        self._service_code = service_code
        self._busy = False
        self._error, self._id_error = [], ""
        self._print.new_paper()
        log.info("taxes_journey_started", extra={"service": service_code})
        self._outcomes.service_started(service_code)
        self.changed.emit()
        self._navigate(Screen.TAXES_LOOKUP)

    @Slot()
    def lookUp(self) -> None:
        """ "Show what I owe": check the ID, then ask the portal."""
        if self._busy:
            return
        checked = check_personal_id(self._personal_id, country=self._country)
        self._id_error, self._id_check_digits = checked.error, checked.typed_digits
        self._error = []
        if not checked.valid:
            log.info("taxes_id_not_valid")
            self.changed.emit()
            return
        self._run(self._look_up(checked.value), Screen.TAXES_LOOKUP, self.lookUp)

    @Slot()
    def retry(self) -> None:
        """ "Try again" after the portal could not be reached: repeat what failed."""
        if self._retry is not None:
            self._retry()

    def _run(
        self, work: Coroutine[Any, Any, None], screen: Screen, again: Callable[[], None]
    ) -> None:
        self._error_on, self._retry = screen, again
        self._busy = True
        self._can_retry = False
        self.changed.emit()
        self._tasks.spawn(work)

    def _failed(self, error: PortalError, event: str) -> None:
        log.warning(event, extra={"error": type(error).__name__, "http_status": error.status})
        self._error = [("PortalErrors", error.user_message)]
        if error.transient:
            self._error.append((CONTEXT, TRY_AGAIN_LATER))
        self._can_retry = error.transient

    def _client(self) -> PortalClient:
        client = self._portal.client
        if client is None:
            raise PortalUnreachable("portal not connected yet")
        return client

    async def _look_up(self, personal_id: str) -> None:
        try:
            found = await self._client().obligations(
                self._service_code, personal_id, language=self._language
            )
        except PortalError as error:
            self._failed(error, "taxes_lookup_failed")
        else:
            log.info(
                "taxes_lookup_found",
                extra={"service": self._service_code, "count": len(found.items)},
            )
            self._show_obligations(found, personal_id)
            self._navigate(Screen.TAXES_LIST)
        finally:
            self._busy = False
            self.changed.emit()

    def _show_obligations(self, found: Obligations, personal_id: str) -> None:
        unticked: set[str] = set()
        if personal_id == self._looked_up_id:
            # Looking up again (Back, or another language) keeps what was unticked.
            unticked = {i.id for i in self._selection.items} - set(self._selection.ticked_ids)
        self._obligations, self._looked_up_id = found, personal_id
        self._selection = ObligationSelection(found.items)
        for obligation_id in unticked:
            self._selection.toggle(obligation_id)
        self.obligationsChanged.emit()
        self.selectionChanged.emit()

    async def _refresh_obligations(self, personal_id: str) -> None:
        try:
            found = await self._client().obligations(
                self._service_code, personal_id, language=self._language
            )
        except PortalError as error:
            log.info("taxes_refresh_failed", extra={"error": type(error).__name__})
            return
        self._show_obligations(found, personal_id)

    @Slot(str)
    def toggle(self, obligation_id: str) -> None:
        self._selection.toggle(obligation_id)
        self.selectionChanged.emit()

    @Slot()
    def pay(self) -> None:
        """ "Pay … on your phone": a payment order for the ticked obligations."""
        ids = self._selection.ticked_ids
        if not ids or self._busy:
            return
        self._error = []
        order = self._order
        if (
            order is not None
            and order.status == "pending"
            and sorted(ids) == sorted(order.obligation_ids)
        ):
            # Back from the QR screen and Pay again: the same order, still valid.
            self.changed.emit()
            self._navigate(Screen.PAYMENT_QR)
            return
        key = self._attempts.key_for(ids)
        self._run(self._create_order(ids, key), Screen.TAXES_LIST, self.pay)

    @Slot()
    def newOrder(self) -> None:
        """The QR code expired: a new order for the same ticks."""
        self._attempts.finished()
        self._order, self._order_qr = None, ""
        self.orderChanged.emit()
        self.pay()

    async def _create_order(self, ids: tuple[str, ...], key: str) -> None:
        try:
            order = await self._client().create_payment(self._service_code, ids, key)
        except PortalValidationError as error:
            self._failed(error, "payment_order_refused")
            if error.code == "obligation_unavailable":
                self._error = [(CONTEXT, AMOUNTS_CHANGED)]
        except PortalError as error:
            self._failed(error, "payment_order_failed")
        else:
            log.info(
                "payment_order_created",
                extra={"service": self._service_code, "count": len(ids)},
            )
            self._set_order(order)
            self._print.new_paper()
            self._navigate(Screen.PAYMENT_QR)
        finally:
            self._busy = False
            self.changed.emit()

    def _set_order(self, order: PaymentOrder) -> None:
        if self._order is None or self._order.pay_url != order.pay_url:
            self._order_qr = qr_data_uri(order.pay_url)
        self._order = order
        if order.status == "paid":
            self._attempts.finished()
            self._outcomes.service_completed(self._service_code)
            # What was paid is no longer owed: Back shows only what is left.
            paid = set(order.obligation_ids)
            left = [item for item in self._selection.items if item.id not in paid]
            unticked = {i.id for i in left} - set(self._selection.ticked_ids)
            self._selection = ObligationSelection(left)
            for obligation_id in unticked:
                self._selection.toggle(obligation_id)
            self.obligationsChanged.emit()
            self.selectionChanged.emit()
        elif order.status == "expired":
            self._attempts.finished()
        self.orderChanged.emit()

    # -- waiting for the phone ---------------------------------------------------------------
    @Slot()
    def startWatching(self) -> None:
        """The QR screen is showing: ask the portal every few seconds whether it is paid."""
        if self._order is None or self._order.status != "pending":
            return
        self.stopWatching()
        self._watch_task = self._tasks.spawn(self._watch(self._order.order_id))

    @Slot()
    def stopWatching(self) -> None:
        if self._watch_task is not None:
            self._watch_task.cancel()
            self._watch_task = None

    async def _watch(self, order_id: str) -> None:
        while True:
            await asyncio.sleep(self._poll_interval_s)
            client = self._portal.client
            if client is None:
                continue
            try:
                order = await client.payment(order_id)
            except PortalError as error:
                # Keep asking: the phone payment does not depend on this kiosk's connection.
                log.info("payment_poll_failed", extra={"error": type(error).__name__})
                continue
            if order.status == "pending":
                continue
            log.info("payment_order_settled", extra={"status": order.status})
            self._set_order(order)
            self._watch_task = None
            return

    # -- the payment slip --------------------------------------------------------------------
    @Slot()
    def printSlip(self) -> None:
        if self._order is None or not self._print.begin():
            return
        self.changed.emit()
        self._tasks.spawn(self._print_slip(self._slip()))

    def _slip(self) -> PrintableReceipt:
        order = self._order_map()
        translate = QCoreApplication.translate
        lines = (
            (translate("Taxes", "Order number"), order["orderNumber"]),
            (translate("Taxes", "Amount"), order["amount"]),
            (translate("Taxes", "Personal number"), self._masked_id()),
            (translate("Taxes", "Valid until"), order["validUntil"]),
        )
        paid_for = tuple(
            f"{item['description']} ({item['period']}): {item['amount']}"
            for item in self._items()
            if self._order is not None and item["id"] in self._order.obligation_ids
        )
        return PrintableReceipt(
            kind=ReceiptKind.PAYMENT_SLIP,
            language=self._language,
            title=translate("Taxes", "Payment slip"),
            lines=tuple((label, value) for label, value in lines if value),
            qr_text=self._order.pay_url if self._order else "",
            notes=(
                *paid_for,
                translate(
                    "Taxes",
                    "To pay in person, show this slip at the town hall's cash desk, "
                    "a bank or a post office.",
                ),
                translate("Taxes", "Or scan the code with your phone to pay online."),
            ),
            headline=0,
        )

    async def _print_slip(self, receipt: PrintableReceipt) -> None:
        await self._print.print(receipt, log, "payment_slip")
        self.changed.emit()
