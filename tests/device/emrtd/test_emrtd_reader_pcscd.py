"""Reading emulated chips through a real pcscd + vpcd, as the kiosk and the CLI do."""

from __future__ import annotations

import pytest

from device.emrtd.access_key import CanKey, MrzKey
from device.emrtd.emulator import cards
from device.emrtd.emulator.documents import Pki
from device.emrtd.emulator.specimen import ANNA, IVAN
from device.emrtd.errors import ChipError, Failure
from device.emrtd.lds import decode_face
from device.emrtd.passive_auth import Outcome
from device.emrtd.reader import ChipDocument, read_document
from device.smartcard.pcsc import CardConnection, pick_reader
from device.smartcard.virtual_stack import VirtualStack
from tests.smartcard_fixtures import Insert


def read(reader: str, key: MrzKey | CanKey, pki: Pki | None) -> ChipDocument:
    with CardConnection(reader) as card:
        return read_document(card.transmit, key, master_list=[pki.csca] if pki else None)


def test_emrtd_bac_passport_td3_read_and_verified(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    insert(cards.passport_bac_only(pki))
    document = read(pcscd.readers[0], MrzKey.from_lines(IVAN.mrz_lines()), pki)
    assert document.access == "BAC"
    assert document.mrz_lines == IVAN.mrz_lines()
    assert document.verdict.outcome is Outcome.VERIFIED
    assert document.face is not None and document.face.format == "jpeg"
    assert decode_face(document.face).shape[:2] == (320, 240)  # type: ignore[attr-defined]


def test_emrtd_pace_only_id_card_td1_with_mrz_and_with_can(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    insert(cards.id_card_pace_only(pki))
    for key in (MrzKey.from_lines(ANNA.mrz_lines()), CanKey(ANNA.can)):
        document = read(pcscd.readers[0], key, pki)
        assert document.access == "PACE"
        assert document.mrz_lines == ANNA.mrz_lines()
        assert document.details["personal_number"] == ANNA.personal_number
        assert document.details["place_of_birth"] == "Cluj-Napoca"
        assert document.face is not None and document.face.format == "jpeg2000"
        assert decode_face(document.face).shape[:2] == (320, 240)  # type: ignore[attr-defined]
        assert document.verdict.outcome is Outcome.VERIFIED


def test_emrtd_card_with_both_uses_pace_and_without_master_list_is_hashes_only(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    insert(cards.id_card_pace_and_bac(pki))
    document = read(pcscd.readers[0], CanKey(ANNA.can), None)
    assert document.access == "PACE"
    assert document.verdict.outcome is Outcome.HASHES_ONLY


def test_emrtd_wrong_mrz_is_refused_on_bac_and_pace(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    wrong = MrzKey("AB7654320", "790102", "300915")
    insert(cards.passport_bac_only(pki), slot=0)
    insert(cards.id_card_pace_only(pki), slot=1)
    for reader in pcscd.readers:
        with pytest.raises(ChipError) as caught:
            read(reader, wrong, pki)
        assert caught.value.failure is Failure.ACCESS_DENIED


def test_emrtd_wrong_can_is_refused(pcscd: VirtualStack, insert: Insert, pki: Pki) -> None:
    insert(cards.id_card_pace_only(pki))
    with pytest.raises(ChipError) as caught:
        read(pcscd.readers[0], CanKey("111111"), pki)
    assert caught.value.failure is Failure.ACCESS_DENIED


def test_emrtd_can_on_a_bac_only_passport_is_refused_clearly(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    insert(cards.passport_bac_only(pki))
    with pytest.raises(ChipError) as caught:
        read(pcscd.readers[0], CanKey("123456"), pki)
    assert caught.value.failure is Failure.ACCESS_DENIED


def test_smartcard_card_removed_mid_read_ends_cleanly(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    insert(cards.id_card_pace_only(pki), remove_after=30)  # during DG2
    with pytest.raises(ChipError) as caught:
        read(pcscd.readers[0], CanKey(ANNA.can), pki)
    assert caught.value.failure is Failure.CARD_REMOVED


def test_emrtd_tampered_data_group_fails_passive_authentication(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    insert(cards.make_chip(ANNA, pki, bac=False, pace=[(2, 13)], tamper=11))
    document = read(pcscd.readers[0], CanKey(ANNA.can), pki)
    assert document.verdict.outcome is Outcome.FAILED
    assert "DG11" in document.verdict.reason


def test_emrtd_sod_of_an_unknown_signer_fails(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    stranger = Pki(country="XX")
    insert(cards.id_card_pace_only(stranger))
    document = read(pcscd.readers[0], CanKey(ANNA.can), pki)
    assert document.verdict.outcome is Outcome.FAILED
    assert "CSCA" in document.verdict.reason


def test_smartcard_no_card_on_the_reader(pcscd: VirtualStack) -> None:
    with pytest.raises(ChipError) as caught:
        CardConnection(pcscd.readers[1])
    assert caught.value.failure is Failure.NO_CARD


def test_smartcard_two_readers_two_cards(pcscd: VirtualStack, insert: Insert, pki: Pki) -> None:
    insert(cards.passport_bac_only(pki), slot=0)
    insert(cards.id_card_pace_only(pki), slot=1)
    first = read(pcscd.readers[0], MrzKey.from_lines(IVAN.mrz_lines()), pki)
    second = read(pcscd.readers[1], CanKey(ANNA.can), pki)
    assert (first.mrz_lines, second.mrz_lines) == (IVAN.mrz_lines(), ANNA.mrz_lines())


def test_smartcard_auto_picks_the_reader_the_card_lies_on(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    assert pick_reader("auto") == pcscd.readers[0]  # no card anywhere: the first reader
    insert(cards.id_card_pace_only(pki), slot=1)
    assert pick_reader("auto") == pcscd.readers[1]
    assert pick_reader("Kiosk Virtual Reader 00 00") == pcscd.readers[0]
    with pytest.raises(ChipError) as caught:
        pick_reader("Another Reader")
    assert caught.value.failure is Failure.NO_READER
