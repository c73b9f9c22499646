"""What a PIN pad holds while someone types: the digits, the message under it, the lockout.

The technician's admin PIN pad and the library staff's sign-in pad behave alike:
digits only, at most :data:`~kiosk.admin.pin.MAX_DIGITS`, a backspace, and on
submit one check against the lockout. The digits live only here (a view shows
their count) and are dropped at every try, right or wrong. What a PIN is checked
against, and the words shown, stay with each pad's view-model.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TypeVar

from kiosk.admin.lockout import Lockout
from kiosk.admin.pin import MAX_DIGITS, AdminPin

T = TypeVar("T")


class Attempt(Enum):
    LOCKED = "locked"  # the pad was locked: nothing was checked
    EMPTY = "empty"  # nothing typed
    RIGHT = "right"
    WRONG = "wrong"  # wrong, tries are left
    LOCKED_OUT = "locked_out"  # wrong, and this try locked the pad


class PinEntry:
    """The digits typed on one PIN pad and the message shown under it."""

    def __init__(self, lockout: Lockout) -> None:
        self.lockout = lockout
        self.message = ""
        self._digits = ""

    def __repr__(self) -> str:
        return f"PinEntry(<{len(self._digits)} digits>)"

    @property
    def length(self) -> int:
        return len(self._digits)

    def press(self, key: str) -> bool:
        """A key of the pad; True if a digit was added (not a digit, or full: False)."""
        if len(key) != 1 or not key.isdigit() or len(self._digits) >= MAX_DIGITS:
            return False
        self._digits += key
        return True

    def backspace(self) -> bool:
        """True if a digit was taken away."""
        if not self._digits:
            return False
        self._digits = self._digits[:-1]
        return True

    def clear(self) -> None:
        """Digits and message gone (pad opened, cancelled, closed, session wiped)."""
        self._digits = ""
        self.message = ""

    def check(self, find: Callable[[AdminPin], T | None]) -> tuple[Attempt, T | None]:
        """Submit: the typed PIN goes to `find`, which returns what it matched or None.

        A locked pad checks nothing and drops the digits; an empty one checks nothing.
        Otherwise the digits are dropped before `find` runs. A right PIN clears the
        lockout and the message; a wrong one counts towards the lockout. If `find`
        raises (nothing set up to check against), the exception passes through and
        the try counts for nothing.
        """
        if self.lockout.locked:
            self._digits = ""
            return Attempt.LOCKED, None
        if not self._digits:
            return Attempt.EMPTY, None
        pin = AdminPin(self._digits)
        self._digits = ""
        try:
            found = find(pin)
        finally:
            del pin
        if found is not None:
            self.lockout.record_success()
            self.message = ""
            return Attempt.RIGHT, found
        self.lockout.record_failure()
        return (Attempt.LOCKED_OUT if self.lockout.locked else Attempt.WRONG), None
