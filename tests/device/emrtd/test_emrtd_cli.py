"""``python -m device.emrtd read`` in its own process, against the emulator on pcscd."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from device.emrtd.emulator import cards
from device.emrtd.emulator.documents import Pki
from device.emrtd.emulator.specimen import ANNA, IVAN
from device.smartcard.pcsc import card_present
from device.smartcard.virtual_stack import VirtualStack
from tests.smartcard_fixtures import Insert, wait_for_card


def run_cli(*args: str) -> tuple[int, dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "device.emrtd", "read", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),  # carries PCSCLITE_CSOCK_NAME of the private pcscd
        timeout=120,
        check=False,
    )
    return done.returncode, json.loads(done.stdout)


def test_emrtd_cli_reads_with_can_and_verifies_against_a_master_list_dir(
    pcscd: VirtualStack, insert: Insert, pki: Pki, tmp_path: Path
) -> None:
    (tmp_path / "csca.pem").write_bytes(pki.csca_pem())
    insert(cards.id_card_pace_only(pki), slot=1)
    code, out = run_cli(
        "--can", ANNA.can, "--reader", pcscd.readers[1], "--master-list", str(tmp_path)
    )
    assert code == 0
    assert out["access"] == "PACE"
    groups = out["data_groups"]
    assert isinstance(groups, dict)
    assert groups["DG1"] == {"mrz": list(ANNA.mrz_lines())}
    assert groups["DG2"]["format"] == "jpeg2000"
    assert groups["DG11"]["place_of_birth"] == "Cluj-Napoca"
    assert out["authentication"]["outcome"] == "verified"  # type: ignore[index]


def test_emrtd_cli_reads_with_mrz_hashes_only_without_master_list(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    insert(cards.passport_bac_only(pki))
    code, out = run_cli("--mrz", "\n".join(IVAN.mrz_lines()))
    assert code == 0
    assert out["access"] == "BAC"
    assert out["authentication"]["outcome"] == "hashes_only"  # type: ignore[index]


def test_emrtd_cli_wrong_can_is_a_clear_error(
    pcscd: VirtualStack, insert: Insert, pki: Pki
) -> None:
    insert(cards.id_card_pace_only(pki))
    code, out = run_cli("--can", "000000", "--reader", pcscd.readers[0])
    assert code == 2
    assert out["error"] == "access_denied"


def test_emrtd_cli_bad_can_format(pcscd: VirtualStack) -> None:
    code, out = run_cli("--can", "12ab")
    assert code == 2 and out["error"] == "bad_key"


def test_emrtd_emulator_cli_serves_a_card_until_stopped(
    pcscd: VirtualStack, tmp_path: Path
) -> None:
    """``python -m device.emrtd.emulator`` on a vpcd slot, read by ``python -m device.emrtd``."""
    csca = tmp_path / "csca.pem"
    emulator = subprocess.Popen(
        [sys.executable, "-m", "device.emrtd.emulator", "--port", str(pcscd.slot_port(1)),
         "--card", "passport", "--csca", str(csca)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert emulator.stdout is not None
        mrz = emulator.stdout.readline().removeprefix("MRZ:").strip()
        assert mrz == "|".join(IVAN.mrz_lines())
        wait_for_card(pcscd.readers[1], present=True)
        code, out = run_cli("--mrz", mrz, "--reader", pcscd.readers[1], "--master-list", str(csca))
        assert code == 0 and out["authentication"]["outcome"] == "verified"  # type: ignore[index]
    finally:
        emulator.send_signal(signal.SIGTERM)
        code = emulator.wait(timeout=10)
        if emulator.stdout is not None:
            emulator.stdout.close()
    assert code == 0
    deadline = time.monotonic() + 10
    while card_present(pcscd.readers[1]):
        assert time.monotonic() < deadline, "the card stayed after the emulator stopped"
        time.sleep(0.05)
