"""'Scan your ID card' in the whole kiosk against the reference portal: a form that can take
answers from the card offers the scan first; the simulated camera's sample card fills in
the names, marked and editable; typing is always offered; Finish lets the camera go.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from kiosk.app import Kiosk
from kiosk.config import CameraSettings
from kiosk.portal_access import ConnectedPortal
from kiosk.screenshot_journeys import SAMPLE_FORM
from kiosk.session.screens import Screen
from tests.kiosk.async_helpers import run_until
from tests.kiosk.journeys.driving import start_sample_request, tap_on, texts_on_screen
from tests.kiosk.qml_helpers import demo_config, item, running_kiosk, settle, tap


def _kiosk(tmp_path: Path, portal: ConnectedPortal, source: str) -> AbstractContextManager[Kiosk]:
    config = demo_config(tmp_path, camera=CameraSettings(source=source))
    return running_kiosk(config, language="en", portal=portal)


@pytest.fixture
def kiosk(
    qasync_loop: asyncio.AbstractEventLoop, connected_portal: ConnectedPortal, tmp_path: Path
) -> Iterator[Kiosk]:
    with _kiosk(tmp_path, connected_portal, "simulated") as kiosk:
        yield kiosk


def test_scanning_the_id_card_fills_in_the_names(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    start_sample_request(kiosk, qasync_loop)
    shown = texts_on_screen(kiosk)
    assert "Nothing is kept after you finish" in shown
    assert item(kiosk, "typeInsteadButton").isVisible()
    assert item(kiosk, "cardGuide").isVisible()

    tap_on(kiosk, "scanIdButton")
    run_until(qasync_loop, lambda: item(kiosk, "cameraPicture").isVisible(), what="the picture")
    assert item(kiosk, "idScanHint").property("text")
    assert item(kiosk, "typeInsteadButton").isVisible(), "typing stays offered while scanning"

    run_until(
        qasync_loop,
        lambda: kiosk.session.current is Screen.FORM_STEP,
        timeout=40,
        what="the card read",
    )
    settle()
    assert item(kiosk, "input_given_names").property("text")
    assert item(kiosk, "input_surname").property("text")
    marks = [t for t in texts_on_screen(kiosk).splitlines() if "Filled in from your ID card" in t]
    assert len(marks) >= 2
    assert "from your ID card" in kiosk.forms.current_prefill_notice()
    assert kiosk.camera.shared is not None and kiosk.camera.shared.holder is None


def test_type_it_in_instead_and_back_to_the_service(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    start_sample_request(kiosk, qasync_loop)
    tap_on(kiosk, "typeInsteadButton")
    assert kiosk.session.current is Screen.FORM_STEP
    assert item(kiosk, "input_given_names").property("text") == ""

    kiosk.forms.start(SAMPLE_FORM)  # the form again from its service page
    run_until(qasync_loop, lambda: kiosk.session.current is Screen.ID_SCAN, what="the offer")
    tap(kiosk.window, item(kiosk, "backButton"))
    assert kiosk.session.current is Screen.SERVICE_DETAIL


def test_finish_while_scanning_lets_the_camera_go(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    start_sample_request(kiosk, qasync_loop)
    tap_on(kiosk, "scanIdButton")
    run_until(qasync_loop, lambda: not kiosk.camera.preview.empty, what="a picture")
    tap_on(kiosk, "finishButton")
    assert kiosk.session.current is Screen.ATTRACT
    assert kiosk.camera.shared is not None and kiosk.camera.shared.holder is None
    assert kiosk.camera.preview.empty


@pytest.mark.parametrize("source", ["simulated", "none"])
def test_the_receipt_qr_scan_is_offered_when_there_is_a_camera(
    qasync_loop: asyncio.AbstractEventLoop,
    connected_portal: ConnectedPortal,
    tmp_path: Path,
    source: str,
) -> None:
    with _kiosk(tmp_path, connected_portal, source) as kiosk:
        kiosk.session.start()
        kiosk.session.languageChosen()
        kiosk.status.start("")
        settle()
        assert item(kiosk, "scanReceiptButton").isVisible() is (source != "none")
