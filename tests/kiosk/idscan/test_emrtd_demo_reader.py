"""The demo profile's card reader (`[card_reader] reader = "demo"`): a private pcscd with
the emulator's specimen card, read with the demo CAN — in its own process, as
``kiosk --demo`` runs it (one private pcscd per process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, time
from device.emrtd.access_key import CanKey
from device.emrtd.reader import read_document
from device.smartcard.pcsc import CardConnection, card_present
from kiosk.chip.demo import DEMO_CAN, DemoCardReader

demo = DemoCardReader()
name = demo.start_in_background()
try:
    deadline = time.monotonic() + 20
    while not card_present(name):
        assert time.monotonic() < deadline, "the demo card never arrived"
        time.sleep(0.1)
    with CardConnection(name) as card:
        document = read_document(card.transmit, CanKey(DEMO_CAN))
    pid = demo._stack.process.pid
    print(json.dumps({"reader": name, "access": document.access,
                      "outcome": document.verdict.outcome.value,
                      "face": document.face.format if document.face else None, "pid": pid}))
finally:
    demo.stop()
"""


def test_emrtd_demo_card_reader_comes_up_reads_and_goes_away() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    pid = result.pop("pid")
    assert result == {
        "reader": "Kiosk Virtual Reader 00 00",
        "access": "PACE",
        "outcome": "hashes_only",
        "face": "jpeg2000",
    }
    assert not Path(f"/proc/{pid}").exists(), "the demo's pcscd was stopped with it"
