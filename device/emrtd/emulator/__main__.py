"""``python -m device.emrtd.emulator [--port 35963] [--card id|passport|both] [--csca PATH]``

Puts an emulated eMRTD card on a vpcd reader of an already running pcscd (Debian's
vsmartcard-vpcd listens on port 35963 for its first slot, see /etc/reader.conf.d/vpcd)
and serves it until Ctrl-C. Prints the card's MRZ and CAN; ``--csca`` writes the
generated CSCA certificate (PEM) so ``python -m device.emrtd read --master-list``
can verify the chip.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from device.emrtd.emulator import cards
from device.emrtd.emulator.chip import ATR, Chip
from device.emrtd.emulator.documents import Pki
from device.emrtd.emulator.vicc import VirtualCard

CARDS: dict[str, Callable[[Pki], Chip]] = {
    "id": cards.id_card_pace_only,
    "passport": cards.passport_bac_only,
    "both": cards.id_card_pace_and_bac,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m device.emrtd.emulator")
    parser.add_argument("--port", type=int, default=35963, help="vpcd slot port (35963)")
    parser.add_argument("--card", choices=sorted(CARDS), default="id")
    parser.add_argument("--csca", type=Path, help="write the CSCA certificate (PEM) here")
    args = parser.parse_args(argv)

    pki = Pki()
    chip = CARDS[args.card](pki)
    if args.csca:
        args.csca.write_bytes(pki.csca_pem())
    card = VirtualCard(chip.respond, ATR, reset=chip.reset)
    try:
        card.insert(args.port)
    except OSError as error:
        print(f"no vpcd on 127.0.0.1:{args.port} ({error}); is pcscd running?", file=sys.stderr)
        return 2
    holder = chip.profile.holder
    print("MRZ:", "|".join(holder.mrz_lines()))
    print("CAN:", holder.can if chip.profile.pace else "(BAC only: use the MRZ)")
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    while not stop.wait(0.5):
        if not card.inserted:
            break
    card.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
