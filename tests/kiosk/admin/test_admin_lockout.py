"""Wrong PINs lock the PIN pad for longer and longer, also across a restart."""

from __future__ import annotations

from pathlib import Path

from kiosk.admin.lockout import FREE_ATTEMPTS, MAX_DELAY_S, Lockout, delay_for


class WallClock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def test_admin_lockout_delays_grow_and_are_capped() -> None:
    assert [delay_for(n) for n in range(1, 8)] == [30, 60, 120, 240, 480, 900, 900]
    assert delay_for(50) == MAX_DELAY_S


def test_admin_lockout_after_five_wrong_pins(tmp_path: Path) -> None:
    now = WallClock()
    lockout = Lockout(tmp_path / "lockout.json", now)
    for _ in range(FREE_ATTEMPTS - 1):
        lockout.record_failure()
        assert not lockout.locked
    lockout.record_failure()
    assert lockout.locked
    assert lockout.seconds_left() == 30
    now.t += 29
    assert lockout.locked
    now.t += 1.5
    assert not lockout.locked
    # The next wrong PIN locks again at once, for twice as long.
    lockout.record_failure()
    assert lockout.seconds_left() == 60


def test_admin_lockout_survives_a_restart(tmp_path: Path) -> None:
    now = WallClock()
    path = tmp_path / "lockout.json"
    first = Lockout(path, now)
    for _ in range(FREE_ATTEMPTS):
        first.record_failure()
    now.t += 10
    again = Lockout(path, now)  # the kiosk restarted
    assert again.locked
    assert again.seconds_left() == 20


def test_admin_lockout_right_pin_clears_it(tmp_path: Path) -> None:
    now = WallClock()
    lockout = Lockout(tmp_path / "lockout.json", now)
    for _ in range(FREE_ATTEMPTS):
        lockout.record_failure()
    now.t += 31
    lockout.record_success()
    assert lockout.attempts_before_lockout() == FREE_ATTEMPTS
    lockout.record_failure()
    assert not lockout.locked


def test_admin_lockout_clock_set_back_never_locks_longer_than_the_cap(tmp_path: Path) -> None:
    now = WallClock()
    lockout = Lockout(tmp_path / "lockout.json", now)
    for _ in range(FREE_ATTEMPTS):
        lockout.record_failure()
    now.t -= 86_400  # someone set the clock a day back
    assert lockout.seconds_left() == MAX_DELAY_S


def test_admin_lockout_damaged_file_is_not_a_clean_slate(tmp_path: Path) -> None:
    path = tmp_path / "lockout.json"
    path.write_text("{not json")
    assert Lockout(path, WallClock()).locked
