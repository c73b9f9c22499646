"""'Scan your ID card' without a display: the view-model, the camera workers and the real
MRZ reader, with the simulated camera (fictional sample cards) or a folder of pictures.

Typing is always possible: before scanning, while scanning, after a failed scan and
when the camera does not work.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk.camera.kiosk_camera import KioskCamera
from kiosk.config import CameraSettings
from kiosk.portal.catalogue_models import FormDocument
from kiosk.portal_access import ConnectedPortal
from kiosk.screenshot_journeys import SAMPLE_FORM
from kiosk.session.screens import Screen
from kiosk.viewmodels.form_vm import FormViewModel
from kiosk.viewmodels.idscan_vm import IdScanViewModel
from tests.kiosk.async_helpers import run_until
from tests.kiosk.camera.helpers import blank_frames, not_images
from tests.kiosk.forms.demo import demo_form

READ_TIMEOUT_S = 40.0


async def _demo_form(code: str) -> FormDocument:
    document = demo_form(code)
    return FormDocument(
        service_code=code,
        schema=document["schema"],
        uischema=document["uischema"],
        i18n=document["i18n"],
        prefill=document["prefill"],
        version=document["version"],
        etag=None,
    )


@dataclass
class Journey:
    camera: KioskCamera
    forms: FormViewModel
    id_scan: IdScanViewModel
    screens: list[Screen] = field(default_factory=list)

    @property
    def screen(self) -> Screen | None:
        return self.screens[-1] if self.screens else None

    def open_form(self, loop: asyncio.AbstractEventLoop) -> None:
        self.forms.start(SAMPLE_FORM)
        run_until(loop, lambda: self.forms.current_phase() == "step", what="the form")

    def field(self, key: str) -> dict[str, object]:
        return next(f for f in self.forms.current_fields() if f["key"] == key)


def _journey(settings: CameraSettings, timeout_s: float = 45.0) -> Journey:
    camera = KioskCamera(settings)
    screens: list[Screen] = []
    forms = FormViewModel(ConnectedPortal(), screens.append, "en", form_source=_demo_form)
    id_scan = IdScanViewModel(
        camera.id_scan, screens.append, "en", apply_card=forms.apply_card, timeout_s=timeout_s
    )
    forms.set_id_scan(id_scan.offer)
    return Journey(camera, forms, id_scan, screens)


@pytest.fixture
def simulated(qasync_loop: asyncio.AbstractEventLoop) -> Iterator[Journey]:
    journey = _journey(CameraSettings(source="simulated"))
    yield journey
    journey.id_scan.wipe()
    journey.camera.close()


def _camera_closed(journey: Journey) -> bool:
    assert journey.camera.shared is not None
    return journey.camera.shared.holder is None


def test_a_form_that_takes_card_data_offers_the_scan_first(
    simulated: Journey, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    simulated.open_form(qasync_loop)
    assert simulated.screen is Screen.ID_SCAN
    assert simulated.id_scan.current_state() == "consent"
    reads = simulated.id_scan.property("reads")
    assert "Your name" in reads and "Your personal identification number" in reads
    assert _camera_closed(simulated), "the camera opens only when the person chooses to scan"


def test_a_card_read_by_the_camera_fills_in_the_form_marked_and_editable(
    simulated: Journey, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    simulated.open_form(qasync_loop)
    hints: list[str] = []
    simulated.id_scan.hintChanged.connect(lambda: hints.append(simulated.id_scan.current_hint()))
    simulated.id_scan.scan()
    assert simulated.id_scan.current_state() == "scanning"
    run_until(qasync_loop, lambda: simulated.id_scan.property("hasPicture"), what="a picture")
    assert simulated.id_scan.property("preview").startswith("image://camera/")
    run_until(
        qasync_loop,
        lambda: simulated.screen is Screen.FORM_STEP,
        timeout=READ_TIMEOUT_S,
        what="the card read",
    )
    assert hints, "the person saw what to do while the camera looked"
    assert _camera_closed(simulated), "the camera is let go once the card is read"
    given, surname = simulated.field("given_names"), simulated.field("surname")
    assert given["prefilled"] and surname["prefilled"]
    assert given["value"] and surname["value"]
    notice = simulated.forms.current_prefill_notice()
    assert "from your ID card" in notice and "you can change any of them" in notice

    simulated.forms.setValue("surname", "Popescu")
    assert not simulated.field("surname")["prefilled"], "a changed answer is no longer marked"
    assert simulated.field("surname")["value"] == "Popescu"


@pytest.mark.parametrize("stage", ["consent", "scanning", "failed"])
def test_type_it_in_instead_at_every_stage(
    qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path, stage: str
) -> None:
    journey = _journey(
        CameraSettings(source="images", path=str(blank_frames(tmp_path / "f"))), timeout_s=0.6
    )
    try:
        journey.open_form(qasync_loop)
        if stage != "consent":
            journey.id_scan.scan()
            run_until(qasync_loop, lambda: journey.id_scan.property("hasPicture"), what="picture")
        if stage == "failed":
            run_until(qasync_loop, lambda: journey.id_scan.current_state() == "failed")
        assert journey.id_scan.current_state() == stage
        journey.id_scan.typeInstead()
        assert journey.screen is Screen.FORM_STEP
        assert journey.id_scan.current_state() == ""
        assert _camera_closed(journey)
        assert not journey.field("given_names")["prefilled"]
        assert journey.forms.current_prefill_notice() == ""
    finally:
        journey.camera.close()


def test_no_card_in_time_says_so_and_offers_another_try(
    qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    journey = _journey(
        CameraSettings(source="images", path=str(blank_frames(tmp_path / "f"))), timeout_s=0.8
    )
    try:
        journey.open_form(qasync_loop)
        journey.id_scan.scan()
        run_until(qasync_loop, lambda: journey.id_scan.current_state() == "failed")
        assert _camera_closed(journey)
        assert not journey.id_scan.property("hasPicture")
        journey.id_scan.tryAgain()
        assert journey.id_scan.current_state() == "scanning"
        run_until(qasync_loop, lambda: journey.id_scan.property("hasPicture"), what="picture")
    finally:
        journey.camera.close()


@pytest.mark.parametrize("broken", ["folder of non-images", "no such device"])
def test_a_camera_that_does_not_work_leads_to_typing(
    qasync_loop: asyncio.AbstractEventLoop,
    tmp_path: Path,
    broken: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if broken == "no such device":
        settings = CameraSettings(source="device", device=63)
    else:
        settings = CameraSettings(source="images", path=str(not_images(tmp_path / "f")))
    journey = _journey(settings)
    try:
        journey.open_form(qasync_loop)
        journey.id_scan.scan()
        run_until(qasync_loop, lambda: journey.id_scan.current_state() == "unavailable")
        assert "camera.unavailable" in caplog.messages
        assert _camera_closed(journey)
        journey.id_scan.typeInstead()
        assert journey.screen is Screen.FORM_STEP
    finally:
        journey.camera.close()


def test_the_session_wipe_stops_the_camera_blanks_the_picture_and_forgets(
    simulated: Journey, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    simulated.open_form(qasync_loop)
    simulated.id_scan.scan()
    run_until(qasync_loop, lambda: simulated.id_scan.property("hasPicture"), what="a picture")
    picture_before = simulated.id_scan.property("preview")
    assert not simulated.camera.preview.empty

    simulated.forms.wipe()
    simulated.id_scan.wipe()

    assert _camera_closed(simulated)
    assert simulated.camera.preview.empty, "the last camera picture is gone"
    assert simulated.id_scan.property("preview") != picture_before, "QML reloads a blank image"
    assert not simulated.id_scan.property("hasPicture")
    assert simulated.id_scan.current_state() == ""
    scan = simulated.camera.id_scan
    assert scan is not None and not scan.running
    reader = scan.recognizer
    assert reader is None or getattr(reader, "frames", 0) == 0, "the MRZ reader forgot"


def test_leaving_the_screen_lets_the_camera_go(
    simulated: Journey, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    simulated.open_form(qasync_loop)
    simulated.id_scan.scan()
    run_until(qasync_loop, lambda: simulated.id_scan.property("hasPicture"), what="a picture")
    simulated.id_scan.screen_shown(Screen.HOME)
    assert _camera_closed(simulated)
    assert simulated.id_scan.current_state() == ""


def test_without_a_camera_the_form_starts_at_once(qasync_loop: asyncio.AbstractEventLoop) -> None:
    journey = _journey(CameraSettings(source="none"))
    journey.open_form(qasync_loop)
    assert journey.screen is Screen.FORM_STEP
    assert not journey.id_scan.property("available")


def test_every_hint_has_its_own_words() -> None:
    from device.mrz.types import Hint
    from kiosk.camera.hints import HINT_WORDS

    assert set(HINT_WORDS) == set(Hint)
    assert len(set(HINT_WORDS.values())) == len(Hint)


def test_two_cards_in_view_ask_for_one_card_at_a_time(
    qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    import cv2

    from tests.device.mrz.frames import two_cards

    folder = tmp_path / "two"
    folder.mkdir()
    cv2.imwrite(str(folder / "00.png"), two_cards(0)[0])
    journey = _journey(CameraSettings(source="images", path=str(folder)))
    try:
        journey.open_form(qasync_loop)
        journey.id_scan.scan()
        run_until(
            qasync_loop,
            lambda: journey.id_scan.current_hint() == "Show one card at a time",
            what="the one-card hint",
        )
        assert journey.id_scan.current_state() == "scanning"  # nothing was taken from them
    finally:
        journey.camera.close()
