"""PACE over every supported curve and cipher, and 3DES/AES secure messaging, directly
against the emulated chip (no PC/SC in between: the protocol matrix, quickly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from device.emrtd.access_key import CanKey, MrzKey
from device.emrtd.emulator import cards
from device.emrtd.emulator.documents import Pki, master_list
from device.emrtd.emulator.specimen import ANNA
from device.emrtd.lds import decode_face
from device.emrtd.passive_auth import Outcome, load_master_list
from device.emrtd.reader import read_document


@pytest.fixture(scope="module")
def pki() -> Pki:
    return Pki()


@pytest.mark.parametrize("parameter_id", [12, 13, 15, 16, 17, 18])
@pytest.mark.parametrize("cipher", [1, 2, 3, 4])
def test_pace_every_curve_and_cipher(pki: Pki, parameter_id: int, cipher: int) -> None:
    chip = cards.make_chip(ANNA, pki, bac=False, pace=[(cipher, parameter_id)])
    document = read_document(chip.respond, CanKey(ANNA.can), master_list=[pki.csca])
    assert document.access == "PACE"
    assert document.verdict.outcome is Outcome.VERIFIED


def test_pace_wrong_mrz_refused_in_process(pki: Pki) -> None:
    from device.emrtd.errors import ChipError, Failure

    chip = cards.id_card_pace_only(pki)
    with pytest.raises(ChipError) as caught:
        read_document(chip.respond, MrzKey("RX1234568", "850315", "310620"))
    assert caught.value.failure is Failure.ACCESS_DENIED


@pytest.mark.parametrize("access", ["bac", "pace"])
def test_emrtd_face_beyond_32k_is_read_with_odd_read_binary(pki: Pki, access: str) -> None:
    """A big DG2 (a high-resolution face): offsets past 32 767 need READ BINARY B1, whose
    protected data travel in DO'85' (3DES after BAC, AES after PACE)."""
    chip = cards.make_chip(
        ANNA, pki, bac=access == "bac", pace=[(2, 13)] if access == "pace" else None,
        face_size=(600, 800),
    )  # fmt: skip
    key = MrzKey.from_lines(ANNA.mrz_lines())
    document = read_document(chip.respond, key, master_list=[pki.csca])
    assert len(document.groups[2]) > 40_000
    assert document.verdict.outcome is Outcome.VERIFIED  # every byte as signed
    assert document.face is not None
    assert decode_face(document.face).shape[:2] == (800, 600)  # type: ignore[attr-defined]


def test_emrtd_master_list_file_or_directory_of_cscas(pki: Pki, tmp_path: Path) -> None:
    """The CSCAs come from an ICAO master list file (.ml) or a directory of certificates;
    an unrelated CSCA alone does not verify the chip."""
    other = Pki(country="XX")
    ml = tmp_path / "ICAO.ml"
    ml.write_bytes(master_list([other.csca, pki.csca], signer=other))
    loaded = load_master_list(ml)
    assert loaded is not None and {c.subject for c in loaded} == {
        pki.csca.subject,
        other.csca.subject,
    }
    chip = cards.id_card_pace_only(pki)
    document = read_document(chip.respond, CanKey(ANNA.can), master_list=loaded)
    assert document.verdict.outcome is Outcome.VERIFIED

    folder = tmp_path / "csca"
    folder.mkdir()
    (folder / "other.pem").write_bytes(other.csca_pem())
    chip = cards.id_card_pace_only(pki)
    document = read_document(chip.respond, CanKey(ANNA.can), master_list=load_master_list(folder))
    assert document.verdict.outcome is Outcome.FAILED
    assert load_master_list(tmp_path / "missing") is None
