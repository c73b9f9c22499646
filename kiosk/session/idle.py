"""Idle detection: after a quiet period warn, count down, then end the session.

WCAG 2.2.1 asks that a person can extend a time limit with a simple action at
least ten times; here every "I need more time" restarts the full idle period,
with no upper limit on how often.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kiosk.session.clock import Clock


class IdlePhase(Enum):
    ACTIVE = "active"
    WARNING = "warning"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class IdleStatus:
    phase: IdlePhase
    seconds_left: int


class IdleTimer:
    def __init__(self, clock: Clock, idle_timeout_s: float, warning_s: float) -> None:
        self._clock = clock
        self.idle_timeout_s = idle_timeout_s
        self.warning_s = warning_s
        self._last_activity = clock.monotonic()
        self._paused = False
        self.extensions = 0

    def activity(self) -> None:
        """Any touch, key or card event while no warning is shown."""
        self._last_activity = self._clock.monotonic()

    def extend(self) -> None:
        """'I need more time': dismiss the warning and restart the idle period."""
        self.extensions += 1
        self._last_activity = self._clock.monotonic()

    def reset(self) -> None:
        self.extensions = 0
        self._last_activity = self._clock.monotonic()

    def pause(self, paused: bool) -> None:
        """Guided mode pauses the reset while staff are with the person."""
        self._paused = paused
        self._last_activity = self._clock.monotonic()

    def status(self) -> IdleStatus:
        if self._paused:
            return IdleStatus(IdlePhase.ACTIVE, int(self.idle_timeout_s + self.warning_s))
        quiet = self._clock.monotonic() - self._last_activity
        if quiet < self.idle_timeout_s:
            left = self.idle_timeout_s + self.warning_s - quiet
            return IdleStatus(IdlePhase.ACTIVE, int(left))
        left = self.idle_timeout_s + self.warning_s - quiet
        if left > 0:
            # Round up so the countdown shows 1 during the last second, never 0.
            return IdleStatus(IdlePhase.WARNING, int(-(-left // 1)))
        return IdleStatus(IdlePhase.EXPIRED, 0)
