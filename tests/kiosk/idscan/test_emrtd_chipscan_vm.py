"""'Place your card on the reader' without a display: the chip view-model, its worker and
the real reader on a private pcscd + vpcd with the project's card emulator.

A good read shows the face and fills the form marked as from the chip; a wrong CAN, a
card taken off mid-read, a tampered data group or an unknown signer give a clear
message and fill nothing; the session wipe forgets the data, the key and the face.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from device.emrtd.emulator import cards
from device.emrtd.emulator.documents import Pki
from device.emrtd.emulator.specimen import ANNA, IVAN
from device.smartcard.virtual_stack import VirtualStack
from kiosk.chip.worker import ChipReadWorker
from kiosk.session.screens import Screen
from kiosk.viewmodels.chipscan_vm import ChipScanViewModel
from tests.kiosk.async_helpers import run_until
from tests.smartcard_fixtures import Insert


@dataclass
class Chip:
    vm: ChipScanViewModel
    screens: list[Screen] = field(default_factory=list)
    applied: list[tuple[dict[str, str], str]] = field(default_factory=list)


@pytest.fixture
def master_list(tmp_path: Path, pki: Pki) -> Path:
    folder = tmp_path / "csca"
    folder.mkdir()
    (folder / "csca.pem").write_bytes(pki.csca_pem())
    return folder


@pytest.fixture
def chip(
    qasync_loop: asyncio.AbstractEventLoop, pcscd: VirtualStack, master_list: Path
) -> Iterator[Chip]:
    screens: list[Screen] = []
    applied: list[tuple[dict[str, str], str]] = []

    def apply(card: Mapping[str, str], source: str) -> int:
        applied.append((dict(card), source))
        return len(card)

    vm = ChipScanViewModel(
        ChipReadWorker(pcscd.readers[0], master_list), screens.append, apply_card=apply
    )
    yield Chip(vm, screens, applied)
    vm.wipe()


def type_can(chip: Chip, can: str) -> None:
    chip.vm.start()
    assert chip.vm.current_state() == "can"
    for digit in can:
        chip.vm.digit(digit)
    assert chip.vm.property("canLength") == len(can)
    chip.vm.submitCan()


def wait_done(chip: Chip, loop: asyncio.AbstractEventLoop) -> str:
    run_until(
        loop, lambda: chip.vm.current_state() in ("done", "failed"), timeout=30, what="the read"
    )
    return chip.vm.current_state()


def test_emrtd_chipscan_can_read_shows_the_face_and_fills_the_form_from_the_chip(
    chip: Chip, insert: Insert, pki: Pki, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    insert(cards.id_card_pace_only(pki))
    type_can(chip, ANNA.can)
    assert wait_done(chip, qasync_loop) == "done"
    assert chip.vm.property("name") == "ANA MARIA POPESCU"
    assert "signed by the issuing country" in chip.vm.property("check")
    face = chip.vm.faces.latest()
    assert face is not None and (face.width(), face.height()) == (240, 320)
    assert chip.applied == [], "nothing goes into the form before the person says so"

    chip.vm.useDetails()
    card, source = chip.applied[0]
    assert source == "chip"
    assert card["surname"] == "POPESCU" and card["given_names"] == "ANA MARIA"
    assert card["personal_id"] == ANNA.personal_number
    assert chip.screens[-1] is Screen.FORM_STEP
    assert chip.vm.faces.latest() is None, "the face is dropped once the details are used"


def test_emrtd_chipscan_uses_the_mrz_the_camera_read_for_a_bac_passport(
    chip: Chip, insert: Insert, pki: Pki, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    insert(cards.passport_bac_only(pki))
    chip.vm.remember_camera_read(
        {"document_number": "AB7654321", "birth_date": "1979-01-02", "expiry_date": "2030-09-15"}
    )
    chip.vm.start()
    assert chip.vm.current_state() in ("waiting", "reading"), "no CAN asked: the MRZ is known"
    assert wait_done(chip, qasync_loop) == "done"
    chip.vm.useDetails()
    assert chip.applied[0][0]["document_number"] == IVAN.document_number


def test_emrtd_chipscan_wrong_can_is_a_clear_message_and_fills_nothing(
    chip: Chip, insert: Insert, pki: Pki, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    insert(cards.id_card_pace_only(pki))
    type_can(chip, "999999")
    assert wait_done(chip, qasync_loop) == "failed"
    assert "did not accept the number" in chip.vm.property("message")
    chip.vm.useDetails()
    assert chip.applied == []


def test_emrtd_chipscan_card_taken_off_mid_read_ends_cleanly(
    chip: Chip, insert: Insert, pki: Pki, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    insert(cards.id_card_pace_only(pki), remove_after=30)
    type_can(chip, ANNA.can)
    assert wait_done(chip, qasync_loop) == "failed"
    assert "taken off the reader too soon" in chip.vm.property("message")
    assert chip.applied == [] and chip.vm.faces.latest() is None


@pytest.mark.parametrize("problem", ["tampered", "unknown_signer"])
def test_emrtd_chipscan_data_failing_passive_authentication_is_not_used(
    chip: Chip, insert: Insert, pki: Pki, qasync_loop: asyncio.AbstractEventLoop, problem: str
) -> None:
    if problem == "tampered":
        insert(cards.make_chip(ANNA, pki, bac=False, pace=[(2, 13)], tamper=1))
    else:
        insert(cards.id_card_pace_only(Pki(country="XX")))
    type_can(chip, ANNA.can)
    assert wait_done(chip, qasync_loop) == "failed"
    assert "authenticity check" in chip.vm.property("message")
    assert chip.applied == [] and chip.vm.faces.latest() is None


def test_emrtd_chipscan_session_wipe_forgets_data_key_and_face(
    chip: Chip, insert: Insert, pki: Pki, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    insert(cards.id_card_pace_only(pki))
    chip.vm.remember_camera_read(
        {"document_number": "RX1234567", "birth_date": "1985-03-15", "expiry_date": "2031-06-20"}
    )
    chip.vm.start()
    assert wait_done(chip, qasync_loop) == "done"
    chip.vm.wipe()
    assert chip.vm.current_state() == ""
    assert chip.vm.faces.latest() is None and chip.vm.property("name") == ""
    chip.vm.start()
    assert chip.vm.current_state() == "can", "the camera's MRZ key is gone after the wipe"


def test_emrtd_chipscan_no_reader_connected(
    qasync_loop: asyncio.AbstractEventLoop, pcscd: VirtualStack
) -> None:
    vm = ChipScanViewModel(ChipReadWorker("No Such Reader", None), lambda screen: None)
    vm.start()
    for digit in "123456":
        vm.digit(digit)
    vm.submitCan()
    run_until(qasync_loop, lambda: vm.current_state() == "failed", what="the failure")
    assert "card reader is not working" in vm.property("message")
