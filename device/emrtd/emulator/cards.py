"""Ready-made emulated cards: BAC only (TD3 passport), PACE only (TD1 ID card), both."""

from __future__ import annotations

from device.emrtd.emulator.chip import Chip, ChipProfile
from device.emrtd.emulator.documents import Pki, build_files
from device.emrtd.emulator.specimen import ANNA, IVAN, Holder


def make_chip(
    holder: Holder,
    pki: Pki,
    *,
    bac: bool = True,
    pace: list[tuple[int, int]] | None = None,
    jpeg2000: bool = False,
    tamper: int | None = None,
    face_size: tuple[int, int] = (240, 320),
) -> Chip:
    files = build_files(
        holder,
        pki,
        jpeg2000=jpeg2000,
        pace=pace,
        tamper=tamper,
        with_dg11=bool(holder.address),
        face_size=face_size,
    )
    return Chip(ChipProfile(holder, files, bac=bac, pace=list(pace or [])))


def passport_bac_only(pki: Pki) -> Chip:
    return make_chip(IVAN, pki, bac=True)


def id_card_pace_only(pki: Pki, *, jpeg2000: bool = True) -> Chip:
    """Like a new EU ID card: PACE only (AES-128, brainpoolP256r1), TD1, JPEG 2000 face."""
    return make_chip(ANNA, pki, bac=False, pace=[(2, 13)], jpeg2000=jpeg2000)


def id_card_pace_and_bac(pki: Pki) -> Chip:
    return make_chip(ANNA, pki, bac=True, pace=[(4, 16)])
