"""Local taxes, end to end: look up what is owed, tick, pay on the phone, see it arrive."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from kiosk.app import Kiosk
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal_access import ConnectedPortal
from kiosk.printing.receipt_printer import PrintableReceipt, PrintOutcome, ReceiptKind
from kiosk.screenshots import settle
from kiosk.session.screens import Screen
from kiosk.viewmodels.taxes_vm import TaxesViewModel
from portal.demo.obligations import DEMO_CNP, DEMO_CNP_NO_DEBTS, DEMO_IDNP
from tests.kiosk.async_helpers import run_until
from tests.kiosk.portal_connection import reference_portal
from tests.kiosk.qml_helpers import (
    demo_config,
    item,
    press_key,
    running_kiosk,
    tap,
    type_text,
    visible_texts,
)

SERVICE = "ro-local-taxes-payment"


@pytest.fixture(scope="module")
def journey_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedPortal]:
    """A portal of this module's own: paying settles the demo debts for good (and a pending
    order holds them for 30 minutes), which must not leak into other journeys' demo data."""
    with reference_portal(tmp_path_factory.mktemp("taxes-portal")) as server:
        yield server


def _texts(kiosk: Kiosk) -> list[str]:
    return [text for _, text in visible_texts(kiosk.window)]


def _show(kiosk: Kiosk, name: str) -> None:
    """Bring an item into view the way the page does for focus (it may be below the fold)."""
    item(kiosk, name).forceActiveFocus()
    settle()


def _tap(kiosk: Kiosk, name: str) -> None:
    _show(kiosk, name)
    tap(kiosk.window, item(kiosk, name))


def _open_taxes(kiosk: Kiosk) -> None:
    kiosk.session.start()
    kiosk.languages.choose("en")
    kiosk.session.languageChosen()
    _tap(kiosk, f"service_{SERVICE}")
    _tap(kiosk, "startButton")
    assert kiosk.session.screen == "taxes-lookup"


def _look_up(kiosk: Kiosk, personal_id: str) -> None:
    _tap(kiosk, "personalIdInput")
    type_text(kiosk.window, personal_id)
    press_key(kiosk.window, Qt.Key.Key_Return)


def _pay_on_phone(server: EmbeddedPortal, order_number: str) -> None:
    """What the person's phone does on the page the QR code opens."""
    response = httpx.post(f"{server.url.rstrip('/')}/pay/{order_number}")
    assert response.status_code == 200


def test_untick_one_pay_on_the_phone_and_see_it_arrive(
    journey_kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop, journey_portal: EmbeddedPortal
) -> None:
    kiosk = journey_kiosk
    _open_taxes(kiosk)
    _look_up(kiosk, DEMO_CNP)
    run_until(qasync_loop, lambda: kiosk.session.screen == "taxes-list", what="the list")

    texts = _texts(kiosk)
    assert "For personal number •••••••••0017" in texts
    assert DEMO_CNP not in " ".join(texts)
    assert "Building tax — 12 Horea Street" in texts
    assert any(t.startswith("Overdue: it was due on") for t in texts)
    _show(kiosk, "totalAmount")
    assert item(kiosk, "totalAmount").property("text") == "428.70 RON"

    _tap(kiosk, "obligation_ro-tax-3")  # not the car tax this time
    assert item(kiosk, "totalAmount").property("text") == "252.70 RON"
    assert item(kiosk, "payButton").property("text") == "Pay 252.70 RON on your phone"

    _tap(kiosk, "payButton")
    run_until(qasync_loop, lambda: kiosk.session.screen == "payment-qr", what="the QR code")
    texts = _texts(kiosk)
    assert "252.70 RON" in texts
    assert "1. Open your phone's camera." in texts
    assert str(item(kiosk, "paymentQr").property("source")).startswith("data:image/png")
    order_number = str(item(kiosk, "orderNumber").property("text"))

    # No printer on this kiosk: it says so and suggests writing the order number down.
    _tap(kiosk, "printSlipButton")
    run_until(
        qasync_loop,
        lambda: order_number in str(item(kiosk, "printMessage").property("text")),
        what="the printer message",
    )
    assert "write down the order number" in str(item(kiosk, "printMessage").property("text"))

    # Back keeps the ticks, and paying again shows the same order, not a second one.
    tap(kiosk.window, item(kiosk, "backButton"))
    assert kiosk.session.screen == "taxes-list"
    _show(kiosk, "totalAmount")
    assert item(kiosk, "totalAmount").property("text") == "252.70 RON"
    _tap(kiosk, "payButton")
    run_until(qasync_loop, lambda: kiosk.session.screen == "payment-qr", what="the QR code")
    assert item(kiosk, "orderNumber").property("text") == order_number

    _pay_on_phone(journey_portal, order_number)
    run_until(qasync_loop, lambda: "Paid. Thank you." in _texts(kiosk), what="the paid message")
    assert not item(kiosk, "paymentQr").isVisible()

    # What was paid is no longer owed.
    tap(kiosk.window, item(kiosk, "backButton"))
    assert item(kiosk, "totalAmount").property("text") == "0.00 RON"
    assert "Vehicle tax — car HD-12-ABC" in _texts(kiosk)
    assert "Building tax — 12 Horea Street" not in _texts(kiosk)


def test_a_mistyped_personal_number_is_explained_beside_the_field(
    journey_kiosk: Kiosk,
) -> None:
    _open_taxes(journey_kiosk)
    _look_up(journey_kiosk, DEMO_CNP[:-1] + str((int(DEMO_CNP[-1]) + 1) % 10))
    assert journey_kiosk.session.screen == "taxes-lookup"
    message = item(journey_kiosk, "personalIdError")
    assert message.isVisible()
    assert message.property("text") == (
        "This CNP is not right. Check each digit against your identity card."
    )
    assert item(journey_kiosk, "personalIdInput").property("text").startswith(DEMO_CNP[:-1])

    _tap(journey_kiosk, "personalIdInput")
    press_key(journey_kiosk.window, Qt.Key.Key_Backspace)
    press_key(journey_kiosk.window, Qt.Key.Key_Backspace)
    press_key(journey_kiosk.window, Qt.Key.Key_Return)
    assert item(journey_kiosk, "personalIdError").property("text") == (
        "Your CNP has 13 digits. You typed 11."
    )


def test_nothing_owed_is_said_plainly(
    journey_kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    _open_taxes(journey_kiosk)
    _look_up(journey_kiosk, DEMO_CNP_NO_DEBTS)
    run_until(qasync_loop, lambda: journey_kiosk.session.screen == "taxes-list", what="list")
    assert "You owe nothing." in _texts(journey_kiosk)
    assert not item(journey_kiosk, "payButton").isVisible()
    _tap(journey_kiosk, "homeButton")
    assert journey_kiosk.session.screen == "home"


def test_portal_down_says_so_keeps_the_number_and_offers_to_try_again(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    with running_kiosk(demo_config(), portal=ConnectedPortal()) as kiosk:  # not connected
        _open_taxes(kiosk)
        _look_up(kiosk, DEMO_CNP)
        run_until(
            qasync_loop,
            lambda: any("cannot be reached" in t for t in _texts(kiosk)),
            what="the portal-down message",
        )
        assert kiosk.session.screen == "taxes-lookup"
        assert item(kiosk, "retryButton").isVisible()
        assert item(kiosk, "personalIdInput").property("text") == DEMO_CNP


class PaperTray:
    """A printer that keeps what it was given (the CUPS printer arrives with the receipts work)."""

    def __init__(self) -> None:
        self.printed: list[PrintableReceipt] = []

    async def print_receipt(self, receipt: PrintableReceipt) -> PrintOutcome:
        self.printed.append(receipt)
        return PrintOutcome.PRINTED


def test_the_payment_slip_carries_the_order_amount_masked_id_and_pay_link(
    qasync_loop: asyncio.AbstractEventLoop, connected_portal: ConnectedPortal
) -> None:
    """Moldova's utility bills: IDNP checked, slip printed for paying at a bank instead."""
    shown: list[Screen] = []
    tray = PaperTray()
    taxes = TaxesViewModel(connected_portal, shown.append, "en", country="MD", printer=tray)
    taxes.start("md-utility-payment")
    taxes.personalId = DEMO_IDNP
    taxes.lookUp()
    run_until(qasync_loop, lambda: Screen.TAXES_LIST in shown, what="the bills")
    assert taxes.total == "829.45 MDL"
    taxes.pay()
    run_until(qasync_loop, lambda: Screen.PAYMENT_QR in shown, what="the order")
    order = taxes.order
    taxes.printSlip()
    run_until(qasync_loop, lambda: bool(tray.printed), what="the slip")

    slip = tray.printed[0]
    # Labels are in whatever language the kiosk's translators were last set to.
    rows = {label: value for label, value in slip.lines}
    label = {
        text: QCoreApplication.translate("Taxes", text)
        for text in ("Order number", "Amount", "Personal number")
    }
    rows = {source: rows[shown] for source, shown in label.items()}
    assert slip.kind is ReceiptKind.PAYMENT_SLIP
    assert rows["Order number"] == order["orderNumber"]
    assert rows["Amount"] == "829.45 MDL"
    assert rows["Personal number"].endswith(DEMO_IDNP[-4:])
    assert DEMO_IDNP not in repr(slip) + " ".join(v for _, v in slip.lines) + " ".join(slip.notes)
    assert slip.qr_text.endswith(f"/pay/{order['orderNumber']}")
    assert taxes.printMessage == QCoreApplication.translate(
        "Taxes", "Printed. Take the slip from the printer to pay at a bank or post office."
    )
    taxes.wipe()
    assert taxes.order == {} and taxes.personalId == ""
