"""Checking a request from its receipt, end to end: the kiosk window against the real portal."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid

import pytest
from PySide6.QtCore import Qt

from kiosk.app import Kiosk, scene_items
from kiosk.portal.embedded import REPO_ROOT, EmbeddedPortal
from kiosk.portal_access import ConnectedPortal
from kiosk.screenshots import settle
from tests.kiosk.async_helpers import run, run_until
from tests.kiosk.portal.fakes import canary_request
from tests.kiosk.qml_helpers import (
    item,
    press_key,
    scene_rect,
    tap,
    type_text,
    visible_texts,
)

NOT_FOUND = "We could not find a request with this number and code."


class ReceiptHeldToCamera:
    """A camera with one receipt in front of it: the scanner protocol, answering at once."""

    def __init__(self, link: str) -> None:
        self.link = link
        self.scans = 0

    async def scan(self, timeout_s: float) -> str | None:
        self.scans += 1
        await asyncio.sleep(0)
        return self.link


def _submit(loop: asyncio.AbstractEventLoop, portal: ConnectedPortal) -> tuple[str, str]:
    """A real petition through the portal; returns its registration number and access code."""
    assert portal.client is not None
    reference = str(uuid.uuid4())
    body = canary_request("status journey").to_body(reference)
    receipt = run(loop, portal.client.submit(body, str(uuid.uuid4())))
    assert receipt.registration_number is not None and receipt.access_code is not None
    return receipt.registration_number, receipt.access_code


def _staff_sets_status(server: EmbeddedPortal, number: str, status: str, note: str) -> None:
    command = ["set-status", "--db", str(server.db_path), number, status, "--note", note]
    subprocess.run(
        [sys.executable, "-m", "portal", *command],
        check=True,
        capture_output=True,
        cwd=REPO_ROOT,
    )


def _texts(kiosk: Kiosk) -> list[str]:
    return [text for _, text in visible_texts(kiosk.window)]


def _open_status_lookup(kiosk: Kiosk) -> None:
    kiosk.session.start()
    kiosk.languages.choose("en")
    kiosk.session.languageChosen()
    tile = item(kiosk, "statusTile")
    tile.forceActiveFocus()  # the home page scrolls the focused tile into view
    tap(kiosk.window, tile)
    assert kiosk.session.screen == "status-lookup"


def _look_up(kiosk: Kiosk, number: str, code: str) -> None:
    """From the attract screen: the status lookup, both fields typed, then Enter."""
    _open_status_lookup(kiosk)
    _type_into(kiosk, "registrationNumberInput", number)
    _type_into(kiosk, "accessCodeInput", code)
    press_key(kiosk.window, Qt.Key.Key_Return)


def _tap_button(kiosk: Kiosk, name: str) -> None:
    """Tap a button that may sit below the on-screen keyboard: focusing scrolls it into view."""
    button = item(kiosk, name)
    button.forceActiveFocus()
    settle()
    tap(kiosk.window, button)


def _type_into(kiosk: Kiosk, field_name: str, text: str) -> None:
    field = item(kiosk, field_name)
    # Focus first: the page scrolls the field above the on-screen keyboard, then the finger.
    field.forceActiveFocus()
    settle()
    tap(kiosk.window, field)
    type_text(kiosk.window, text)


@pytest.fixture
def request_with_history(
    qasync_loop: asyncio.AbstractEventLoop,
    connected_portal: ConnectedPortal,
    journey_portal: EmbeddedPortal,
) -> tuple[str, str]:
    number, code = _submit(qasync_loop, connected_portal)
    _staff_sets_status(journey_portal, number, "in_progress", "Sent to the urbanism department")
    _staff_sets_status(
        journey_portal, number, "awaiting_citizen", "Bring the land registry extract"
    )
    return number, code


def test_the_right_code_shows_the_status_and_its_history(
    journey_kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    request_with_history: tuple[str, str],
) -> None:
    number, code = request_with_history
    # As copied from paper: a dash for the slash, spaces, lower case.
    _look_up(journey_kiosk, number.replace("/", " - "), code.lower())

    run_until(
        qasync_loop, lambda: journey_kiosk.session.screen == "status-timeline", what="timeline"
    )
    texts = _texts(journey_kiosk)
    assert "Waiting for you" in texts
    assert f"Registration number {number}" in texts
    assert "Petition or report to the town hall" in texts
    # Oldest first, ending at the current step.
    steps = [
        str(found.property("text"))
        for found in sorted(
            (i for i in scene_items(journey_kiosk.window) if i.objectName() == "timelineStatus"),
            key=lambda i: scene_rect(i).y(),
        )
    ]
    assert steps == ["Received", "Registered", "Being worked on", "Waiting for you (now)"]
    tap(journey_kiosk.window, item(journey_kiosk, "scrollDownButton"))
    assert "Bring the land registry extract" in _texts(journey_kiosk)
    assert any(t.startswith("We expect to answer by ") for t in texts)

    # Back keeps what was typed.
    tap(journey_kiosk.window, item(journey_kiosk, "backButton"))
    assert journey_kiosk.session.screen == "status-lookup"
    assert item(journey_kiosk, "registrationNumberInput").property("text") == number.replace(
        "/", " - "
    )
    assert item(journey_kiosk, "accessCodeInput").property("text") == code.lower()


def test_a_wrong_code_says_what_to_check_and_keeps_what_was_typed(
    journey_kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    request_with_history: tuple[str, str],
) -> None:
    number, _ = request_with_history
    _look_up(journey_kiosk, number, "WRONGCDE")

    run_until(
        qasync_loop,
        lambda: any(t.startswith(NOT_FOUND) for t in _texts(journey_kiosk)),
        what="the not-found message",
    )
    assert journey_kiosk.session.screen == "status-lookup"
    assert item(journey_kiosk, "registrationNumberInput").property("text") == number
    assert item(journey_kiosk, "accessCodeInput").property("text") == "WRONGCDE"
    assert not item(journey_kiosk, "retryButton").isVisible()  # retrying the same cannot help


def test_empty_fields_are_explained_beside_each_field(journey_kiosk: Kiosk) -> None:
    _open_status_lookup(journey_kiosk)
    tap(journey_kiosk.window, item(journey_kiosk, "checkStatusButton"))
    texts = _texts(journey_kiosk)
    assert "Enter the registration number from your receipt." in texts
    assert "Enter the access code from your receipt." in texts
    assert journey_kiosk.session.screen == "status-lookup"


def test_scanning_the_receipt_fills_the_number_and_asks_for_the_code(
    journey_kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    request_with_history: tuple[str, str],
    journey_portal: EmbeddedPortal,
) -> None:
    number, code = request_with_history
    camera = ReceiptHeldToCamera(
        f"{journey_portal.url.rstrip('/')}/api/v1/submissions/{number.replace('/', '-')}"
    )
    _open_status_lookup(journey_kiosk)
    journey_kiosk.status.set_scanner(camera)

    tap(journey_kiosk.window, item(journey_kiosk, "scanReceiptButton"))
    run_until(
        qasync_loop,
        lambda: item(journey_kiosk, "registrationNumberInput").property("text") == number,
        what="the scanned number in its field",
    )
    assert camera.scans == 1
    assert any(t.startswith("We read the registration number") for t in _texts(journey_kiosk))

    _type_into(journey_kiosk, "accessCodeInput", code)
    _tap_button(journey_kiosk, "checkStatusButton")
    run_until(
        qasync_loop, lambda: journey_kiosk.session.screen == "status-timeline", what="timeline"
    )
    assert "Waiting for you" in _texts(journey_kiosk)


def test_printing_without_a_printer_says_so(
    journey_kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    request_with_history: tuple[str, str],
) -> None:
    number, code = request_with_history
    _look_up(journey_kiosk, number, code)
    run_until(
        qasync_loop, lambda: journey_kiosk.session.screen == "status-timeline", what="timeline"
    )
    tap(journey_kiosk.window, item(journey_kiosk, "printStatusButton"))
    run_until(
        qasync_loop,
        lambda: any(t.startswith("The printer is not working") for t in _texts(journey_kiosk)),
        what="the printer message",
    )


def test_portal_down_says_so_and_offers_to_try_again(
    qasync_loop: asyncio.AbstractEventLoop, tmp_path: object
) -> None:
    from tests.kiosk.qml_helpers import demo_config, running_kiosk

    with running_kiosk(demo_config(), portal=ConnectedPortal()) as kiosk:  # not connected
        _look_up(kiosk, "2026/000001", "ACDEFHJK")
        run_until(
            qasync_loop,
            lambda: any("cannot be reached" in t for t in _texts(kiosk)),
            what="the portal-down message",
        )
        assert item(kiosk, "retryButton").isVisible()
        assert item(kiosk, "registrationNumberInput").property("text") == "2026/000001"


def test_a_provisional_slip_code_opens_the_status_without_typing(
    journey_kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    connected_portal: ConnectedPortal,
    journey_portal: EmbeddedPortal,
) -> None:
    """A slip printed before the request had a number carries this kiosk's own reference."""
    assert connected_portal.client is not None
    reference = str(uuid.uuid4())
    body = canary_request("provisional slip").to_body(reference)
    run(qasync_loop, connected_portal.client.submit(body, str(uuid.uuid4())))
    journey_kiosk.status.set_scanner(
        ReceiptHeldToCamera(
            f"{journey_portal.url.rstrip('/')}/api/v1/submissions/by-reference/{reference}"
        )
    )
    _open_status_lookup(journey_kiosk)
    tap(journey_kiosk.window, item(journey_kiosk, "scanReceiptButton"))
    run_until(
        qasync_loop, lambda: journey_kiosk.session.screen == "status-timeline", what="timeline"
    )
    assert "Registered" in _texts(journey_kiosk)
