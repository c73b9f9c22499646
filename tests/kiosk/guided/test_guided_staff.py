"""Staff PINs: only a slow salted hash on disk, one PIN per person, bad entries refused."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk.admin.pin import AdminPin
from kiosk.guided.staff import StaffProblem, StaffRoster


def test_guided_staff_pin_is_stored_only_as_a_salted_scrypt_hash(tmp_path: Path) -> None:
    path = tmp_path / "staff.json"
    roster = StaffRoster(path)
    roster.add("ana.ionescu", "Ana Ionescu", AdminPin("135790"))
    roster.add("ion.popa", "Ion Popa", AdminPin("24681357"))
    text = path.read_text(encoding="utf-8")
    assert "135790" not in text and "24681357" not in text
    assert text.count("scrypt$16384$") == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # Two hashes of different PINs, each with its own salt.
    hashes = [m.pin_hash for m in StaffRoster(path).members]
    assert hashes[0].salt != hashes[1].salt


def test_guided_staff_sign_in_finds_the_person_by_their_own_pin(tmp_path: Path) -> None:
    roster = StaffRoster(tmp_path / "staff.json")
    roster.add("ana.ionescu", "Ana Ionescu", AdminPin("135790"))
    roster.add("ion.popa", "Ion Popa", AdminPin("246802"))
    again = StaffRoster(tmp_path / "staff.json")  # as after a restart
    found = again.find(AdminPin("246802"))
    assert found is not None and found.staff_id == "ion.popa" and found.name == "Ion Popa"
    assert again.find(AdminPin("135791")) is None
    assert again.remove("ion.popa")
    assert StaffRoster(tmp_path / "staff.json").find(AdminPin("246802")) is None


@pytest.mark.parametrize(
    ("staff_id", "name", "pin", "code"),
    [
        ("Ana Ionescu", "Ana", "135790", "staff_id"),  # spaces are not an id
        ("ana", "", "135790", "name"),
        ("ana", "Ana", "12a4", "pin"),
        ("ana", "Ana", "123", "pin"),
        ("ana.ionescu", "Ana Two", "999999", "duplicate_id"),
        ("maria", "Maria", "135790", "duplicate_pin"),
    ],
)
def test_guided_staff_entries_that_cannot_work_are_refused(
    tmp_path: Path, staff_id: str, name: str, pin: str, code: str
) -> None:
    roster = StaffRoster(tmp_path / "staff.json")
    roster.add("ana.ionescu", "Ana Ionescu", AdminPin("135790"))
    with pytest.raises(StaffProblem) as refused:
        roster.add(staff_id, name, AdminPin(pin))
    assert refused.value.code == code
    assert [m.staff_id for m in StaffRoster(tmp_path / "staff.json").members] == ["ana.ionescu"]


def test_guided_damaged_staff_file_means_nobody_can_sign_in(tmp_path: Path) -> None:
    path = tmp_path / "staff.json"
    path.write_text("{not json", encoding="utf-8")
    assert StaffRoster(path).members == ()
