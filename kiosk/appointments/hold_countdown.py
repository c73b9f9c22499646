"""How long the portal keeps a chosen time for this person, counted down on the kiosk.

The portal says when the hold ends (``hold_expires_at``, its own clock). The kiosk
works out how long that is from its wall clock once, when the answer arrives, then
counts down on the monotonic clock so a clock adjustment meanwhile changes nothing.
If the kiosk's clock disagrees with the portal's so much that the length makes no
sense, no countdown is shown: the portal's answer on confirmation decides then.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from kiosk.session.clock import Clock

# No portal holds a time for longer than this; a longer "hold" means the clocks disagree.
LONGEST_PLAUSIBLE_HOLD_S = 3600.0


def parse_timestamp(text: str) -> dt.datetime:
    """RFC 3339 (``Z`` or an offset) to an aware datetime."""
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value


@dataclass(frozen=True)
class HoldCountdown:
    length_s: float | None  # None: the clocks disagree, nothing to count down
    started_at: float  # clock.monotonic() when the hold answer arrived

    @classmethod
    def start(cls, hold_expires_at: str, clock: Clock) -> HoldCountdown:
        length = (parse_timestamp(hold_expires_at) - clock.now()).total_seconds()
        plausible = 0 < length <= LONGEST_PLAUSIBLE_HOLD_S
        return cls(length if plausible else None, clock.monotonic())

    @property
    def known(self) -> bool:
        return self.length_s is not None

    def seconds_left(self, clock: Clock) -> int | None:
        """Whole seconds left (rounded up, never below 0); None when unknown."""
        if self.length_s is None:
            return None
        left = self.length_s - (clock.monotonic() - self.started_at)
        return max(0, math.ceil(left))

    def expired(self, clock: Clock) -> bool:
        return self.seconds_left(clock) == 0


def minutes_and_seconds(seconds: int) -> str:
    """``585`` → ``"9:45"``: how the time left is written in every kiosk language."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"
