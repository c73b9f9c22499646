"""The PIN pad's typed digits and its one check against the lockout, without a display."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.admin.lockout import FREE_ATTEMPTS, Lockout
from kiosk.admin.pin import MAX_DIGITS, AdminPin
from kiosk.admin.pin_entry import Attempt, PinEntry

RIGHT = "2468"


class WallClock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


class Checker:
    """What the pad checks against: the right PIN finds a name; records each PIN it saw."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, pin: AdminPin) -> str | None:
        self.seen.append(pin.reveal())
        return "Ana" if pin.reveal() == RIGHT else None


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def entry(tmp_path: Path, clock: WallClock) -> PinEntry:
    return PinEntry(Lockout(tmp_path / "lockout.json", clock))


def type_in(entry: PinEntry, digits: str) -> None:
    for key in digits:
        entry.press(key)


def test_only_single_digits_are_typed_up_to_the_longest_pin(entry: PinEntry) -> None:
    assert entry.press("7")
    assert not entry.press("a")
    assert not entry.press("12")
    assert not entry.press("")
    assert entry.length == 1
    type_in(entry, "9" * (MAX_DIGITS + 3))
    assert entry.length == MAX_DIGITS
    assert not entry.press("1")


def test_backspace_takes_one_digit_and_nothing_from_an_empty_pad(entry: PinEntry) -> None:
    type_in(entry, "123")
    assert entry.backspace()
    assert entry.length == 2
    assert entry.backspace() and entry.backspace()
    assert not entry.backspace()
    assert entry.length == 0


def test_the_digits_never_show_in_its_repr(entry: PinEntry) -> None:
    type_in(entry, "918273")
    assert "918273" not in repr(entry)


def test_an_empty_pad_checks_nothing(entry: PinEntry) -> None:
    checker = Checker()
    assert entry.check(checker) == (Attempt.EMPTY, None)
    assert checker.seen == []
    assert entry.lockout.state.failures == 0


def test_the_right_pin_finds_its_match_and_clears_message_and_failures(entry: PinEntry) -> None:
    type_in(entry, "1111")
    entry.check(Checker())
    entry.message = "That PIN is not right."
    type_in(entry, RIGHT)
    assert entry.check(Checker()) == (Attempt.RIGHT, "Ana")
    assert entry.length == 0
    assert entry.message == ""
    assert entry.lockout.state.failures == 0


def test_wrong_pins_are_dropped_and_lock_the_pad_at_the_last_free_try(entry: PinEntry) -> None:
    checker = Checker()
    for n in range(FREE_ATTEMPTS - 1):
        type_in(entry, "1357")
        assert entry.check(checker) == (Attempt.WRONG, None)
        assert entry.length == 0
        assert entry.lockout.state.failures == n + 1
    type_in(entry, "1357")
    assert entry.check(checker) == (Attempt.LOCKED_OUT, None)
    assert entry.lockout.locked


def test_a_locked_pad_drops_even_the_right_pin_unchecked(entry: PinEntry, clock: WallClock) -> None:
    for _ in range(FREE_ATTEMPTS):
        type_in(entry, "1357")
        entry.check(Checker())
    checker = Checker()
    type_in(entry, RIGHT)
    assert entry.check(checker) == (Attempt.LOCKED, None)
    assert checker.seen == []
    assert entry.length == 0
    clock.t += entry.lockout.seconds_left() + 1
    type_in(entry, RIGHT)
    assert entry.check(checker) == (Attempt.RIGHT, "Ana")


def test_nothing_to_check_against_drops_the_digits_and_counts_no_failure(
    entry: PinEntry,
) -> None:
    def nobody(pin: AdminPin) -> str | None:
        raise LookupError("no staff set up")

    type_in(entry, "1357")
    with pytest.raises(LookupError):
        entry.check(nobody)
    assert entry.length == 0
    assert entry.lockout.state.failures == 0


def test_clear_forgets_digits_and_message(entry: PinEntry) -> None:
    type_in(entry, "42")
    entry.message = "Enter the admin PIN"
    entry.clear()
    assert entry.length == 0
    assert entry.message == ""
