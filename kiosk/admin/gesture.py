"""The hidden way in: five taps in the configured corner within three seconds.

Only taps that land in the corner's small area are counted (the QML corner area
reports them); a slower fifth tap starts the count again from the taps that are
still inside the window.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

TAPS = 5
WINDOW_S = 3.0
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")


class CornerTaps:
    def __init__(
        self, monotonic: Callable[[], float], taps: int = TAPS, window_s: float = WINDOW_S
    ) -> None:
        self._monotonic = monotonic
        self._taps = taps
        self._window_s = window_s
        self._times: deque[float] = deque(maxlen=taps)

    def tap(self) -> bool:
        """One tap in the corner; True when it completes the gesture (the count restarts)."""
        now = self._monotonic()
        self._times.append(now)
        if len(self._times) == self._taps and now - self._times[0] <= self._window_s:
            self._times.clear()
            return True
        return False

    def forget(self) -> None:
        self._times.clear()
