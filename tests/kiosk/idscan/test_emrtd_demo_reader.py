"""The demo profile's card reader (`[card_reader] reader = "demo"`): a private pcscd with
the emulator's specimen card, read with the demo CAN — in its own process, as
``kiosk --demo`` runs it (one private pcscd per process)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
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


KILLED = """
import os, time
from device.smartcard.pcsc import card_present
from kiosk.chip.demo import DemoCardReader

demo = DemoCardReader()
name = demo.start_in_background()
deadline = time.monotonic() + 20
while not card_present(name):
    assert time.monotonic() < deadline, "the demo card never arrived"
    time.sleep(0.1)
print(demo._stack.process.pid, flush=True)
os.kill(os.getpid(), 9)  # a kiosk killed outright: no clean shutdown
"""


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\\nState:\\tZ" not in status  # a zombie has ended, only not yet reaped


def test_emrtd_demo_pcscd_ends_when_the_kiosk_is_killed() -> None:
    done = subprocess.run(
        [sys.executable, "-c", KILLED], capture_output=True, text=True, timeout=120, check=False
    )
    pid = int(done.stdout.strip().splitlines()[-1])
    deadline = time.monotonic() + 10
    while _running(pid):
        assert time.monotonic() < deadline, "the demo's pcscd outlived the killed kiosk"
        time.sleep(0.1)
