"""Who of the staff is guiding the running session, and until when.

A staff member stays signed in until they sign out, the session ends, or
``[guided] staff_timeout_s`` passes without a touch (someone forgot to sign out):
then the kiosk is an ordinary self-service kiosk again and its idle reset,
paused while staff were there, runs once more.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.session.clock import Clock


@dataclass(frozen=True, slots=True)
class SignedIn:
    staff_id: str
    name: str

    def __repr__(self) -> str:
        return f"SignedIn({self.staff_id!r})"


class StaffSession:
    def __init__(self, clock: Clock, timeout_s: float) -> None:
        self._clock = clock
        self.timeout_s = timeout_s
        self._who: SignedIn | None = None
        self._last_activity = clock.monotonic()

    @property
    def signed_in(self) -> SignedIn | None:
        return self._who

    def sign_in(self, staff_id: str, name: str) -> None:
        self._who = SignedIn(staff_id, name)
        self._last_activity = self._clock.monotonic()

    def sign_out(self) -> SignedIn | None:
        who, self._who = self._who, None
        return who

    def activity(self) -> None:
        self._last_activity = self._clock.monotonic()

    def timed_out(self) -> bool:
        """True when staff are signed in but nothing was touched for the staff timeout."""
        if self._who is None:
            return False
        return self._clock.monotonic() - self._last_activity >= self.timeout_s
