"""The admin PIN: a salted scrypt hash, never the PIN itself, set from the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.admin.pin import AdminPin, PinFile, PinFileError, PinHash, hash_pin, pin_problem

REPO = Path(__file__).resolve().parents[3]


def test_admin_pin_hash_accepts_the_pin_and_nothing_else() -> None:
    stored = PinHash.decode(hash_pin(AdminPin("246810")).encode())
    assert stored.matches(AdminPin("246810"))
    assert not stored.matches(AdminPin("246811"))
    assert not stored.matches(AdminPin("24681"))


def test_admin_pin_hash_is_salted_and_hides_the_pin() -> None:
    first, second = hash_pin(AdminPin("135790")), hash_pin(AdminPin("135790"))
    assert first.encode() != second.encode()  # a random salt each time
    assert first.encode().startswith("scrypt$")
    for shown in (first.encode(), repr(first), repr(AdminPin("135790")), str(AdminPin("135790"))):
        assert "135790" not in shown


@pytest.mark.parametrize("digits", ["", "123", "1234567890123", "12a4", "١٢٣٤"])
def test_admin_pin_must_be_4_to_12_ascii_digits(digits: str) -> None:
    assert pin_problem(digits) is not None
    with pytest.raises(ValueError):
        hash_pin(AdminPin(digits))


def test_admin_pin_file_missing_or_damaged_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(PinFileError):
        PinFile(tmp_path / "none").load()
    damaged = tmp_path / "damaged"
    damaged.write_text("scrypt$3$8$1$AAAA$BBBB\n")
    with pytest.raises(PinFileError):
        PinFile(damaged).load()
    assert not PinFile(damaged).is_set


def _set_pin(pin_file: Path, first: str, second: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.admin", "set-pin", "--pin-file", str(pin_file)],
        input=f"{first}\n{second}\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )


def test_admin_set_pin_command_writes_only_the_hash(tmp_path: Path) -> None:
    pin_file = tmp_path / "admin-pin"
    done = _set_pin(pin_file, "97531", "97531")
    assert done.returncode == 0, done.stderr
    assert "97531" not in done.stdout + done.stderr
    assert "97531" not in pin_file.read_text()
    assert pin_file.stat().st_mode & 0o077 == 0  # readable by the kiosk's user alone
    assert PinFile(pin_file).load().matches(AdminPin("97531"))


def test_admin_set_pin_command_refuses_two_different_pins(tmp_path: Path) -> None:
    pin_file = tmp_path / "admin-pin"
    done = _set_pin(pin_file, "97531", "97532")
    assert done.returncode == 1
    assert "different" in done.stderr
    assert not pin_file.exists()


def test_admin_demo_pin_is_documented() -> None:
    """The demo profile's PIN hash matches the PIN the README names."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "246810" in readme
    assert PinFile(REPO / "resources" / "demo" / "admin-pin").load().matches(AdminPin("246810"))
