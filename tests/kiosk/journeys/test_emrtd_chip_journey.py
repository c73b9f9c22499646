"""'Place your card on the reader' in the whole kiosk: the id-scan screen offers the card
reader beside the camera; the CAN typed on the number pad opens the emulated ID card on
a real pcscd + vpcd; the face is shown; the form is filled, marked "from your ID chip";
Finish drops everything.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from device.emrtd.emulator import cards
from device.emrtd.emulator.documents import Pki
from device.emrtd.emulator.specimen import ANNA
from device.smartcard.virtual_stack import VirtualStack
from kiosk.app import Kiosk
from kiosk.config import CameraSettings, CardReaderSettings
from kiosk.portal_access import ConnectedPortal
from kiosk.session.screens import Screen
from tests.kiosk.async_helpers import run_until
from tests.kiosk.journeys.driving import start_sample_request, tap_on, texts_on_screen
from tests.kiosk.qml_helpers import demo_config, item, running_kiosk, settle
from tests.kiosk.ui.test_wipe_canary import everything_visible_to_qt
from tests.smartcard_fixtures import Insert


@pytest.fixture
def kiosk(
    qasync_loop: asyncio.AbstractEventLoop,
    connected_portal: ConnectedPortal,
    tmp_path: Path,
    pcscd: VirtualStack,
) -> Iterator[Kiosk]:
    config = demo_config(
        tmp_path,
        camera=CameraSettings(source="none"),
        card_reader=CardReaderSettings(reader=pcscd.readers[0]),
    )
    with running_kiosk(config, language="en", portal=connected_portal) as kiosk:
        yield kiosk


def test_emrtd_chip_fills_the_form_marked_from_the_chip(
    kiosk: Kiosk, insert: Insert, pki: Pki, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    insert(cards.id_card_pace_only(pki))
    start_sample_request(kiosk, qasync_loop)
    assert not item(kiosk, "scanIdButton").isVisible(), "no camera on this kiosk"
    assert item(kiosk, "typeInsteadButton").isVisible()

    tap_on(kiosk, "placeCardButton")
    assert "Type the card number" in texts_on_screen(kiosk)
    for digit in ANNA.can:
        tap_on(kiosk, f"canKey_{digit}")
    tap_on(kiosk, "canKey_ok")
    assert kiosk.chip_scan is not None
    run_until(
        qasync_loop, lambda: kiosk.chip_scan.current_state() == "done", timeout=30, what="read"
    )
    settle()
    assert item(kiosk, "chipFace").isVisible()
    assert item(kiosk, "chipName").property("text") == "ANA MARIA POPESCU"
    assert "Only you can see this photo" in texts_on_screen(kiosk)

    tap_on(kiosk, "useChipDetailsButton")
    assert kiosk.session.current is Screen.FORM_STEP
    settle()
    assert item(kiosk, "input_surname").property("text") == "POPESCU"
    marks = [t for t in texts_on_screen(kiosk).splitlines() if "from your ID chip" in t]
    assert len(marks) >= 2

    tap_on(kiosk, "finishButton")
    assert kiosk.session.current is Screen.ATTRACT
    assert kiosk.chip_scan.faces.latest() is None
    assert kiosk.chip_scan.current_state() == ""
    settle()
    left = "\n".join(everything_visible_to_qt(kiosk))
    for personal in ("POPESCU", ANNA.personal_number, ANNA.document_number):
        assert personal not in left, "the chip's data outlived the session"
