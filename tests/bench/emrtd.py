"""`make bench-emrtd`: APDUs and seconds to read DG1 and DG2 over the emulator on pcscd.

A private pcscd with the vpcd driver is started, an emulated card is put on it and the
reader (device.emrtd.reader) reads it through pyscard, as the kiosk does. For each
card and each set of data groups: the number of APDUs, the wall time of the whole read
(access control + EF.COM + EF.SOD + the data groups + passive authentication), and the
time the emulator spent computing its answers (its own cost, which a real chip
replaces by its own). Median of ``--repeat`` reads (default 5). One JSON line at the
end carries every figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from device.emrtd.access_key import AccessKey, CanKey, MrzKey
from device.emrtd.emulator import cards
from device.emrtd.emulator.chip import ATR, Chip
from device.emrtd.emulator.documents import Pki
from device.emrtd.emulator.specimen import ANNA, IVAN
from device.emrtd.emulator.vicc import VirtualCard
from device.emrtd.reader import read_document
from device.smartcard.pcsc import CardConnection
from device.smartcard.virtual_stack import VirtualStack


def _wait(reader: str) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            CardConnection(reader).close()
            return
        except Exception:
            time.sleep(0.05)
    raise RuntimeError("card did not arrive")


def measure(
    stack: VirtualStack,
    make: Callable[[], Chip],
    key: AccessKey,
    groups: tuple[int, ...],
    repeat: int,
    pki: Pki,
) -> dict[str, float]:
    chip = make()
    card = VirtualCard(chip.respond, ATR, reset=chip.reset)
    card.insert(stack.slot_port(0))
    _wait(stack.readers[0])
    walls, emulator, apdus, pcsc = [], [], [], []
    try:
        for _ in range(repeat):
            card.busy_seconds, card.apdus = 0.0, 0
            started = time.perf_counter()
            with CardConnection(stack.readers[0]) as connection:
                read_document(connection.transmit, key, master_list=[pki.csca], groups=groups)
            wall = time.perf_counter() - started
            walls.append(wall)
            emulator.append(card.busy_seconds)
            apdus.append(card.apdus)
    finally:
        card.remove()
        time.sleep(0.3)
    wall, emu = statistics.median(walls), statistics.median(emulator)
    pcsc.append(wall - emu)
    return {
        "apdus": statistics.median(apdus),
        "seconds": round(wall, 4),
        "emulator_seconds": round(emu, 4),
        "reader_side_seconds": round(wall - emu, 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pki = Pki()
    cases: list[tuple[str, Callable[[], Chip], AccessKey]] = [
        ("BAC 3DES passport (TD3, JPEG)", lambda: cards.passport_bac_only(pki),
         MrzKey.from_lines(IVAN.mrz_lines())),
        ("PACE AES-128 brainpoolP256r1 ID card (TD1, JPEG 2000), CAN",
         lambda: cards.id_card_pace_only(pki), CanKey(ANNA.can)),
        ("PACE AES-256 brainpoolP384r1 ID card (TD1, JPEG), CAN",
         lambda: cards.id_card_pace_and_bac(pki), CanKey(ANNA.can)),
    ]  # fmt: skip
    results = []
    with VirtualStack() as stack:
        for name, make, key in cases:
            for groups in ((1,), (1, 2)):
                figures = measure(stack, make, key, groups, args.repeat, pki)
                label = "+".join(f"DG{g}" for g in groups)
                results.append({"card": name, "groups": label, **figures})
                print(
                    f"{name:60s} {label:8s} {figures['apdus']:5.0f} APDUs "
                    f"{figures['seconds']:7.3f} s  (emulator {figures['emulator_seconds']:.3f} s, "
                    f"reader+pcscd {figures['reader_side_seconds']:.3f} s)",
                    flush=True,
                )
    print(json.dumps({"bench": "emrtd", "repeat": args.repeat, "results": results}))


if __name__ == "__main__":
    main()
