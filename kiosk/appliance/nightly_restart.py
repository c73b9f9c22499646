"""The nightly restart: once a day at a configured time, never in the middle of someone's session.

A kiosk that runs for months gathers fragmented memory and stale state; a restart at
night gives a fresh process. When the time comes while a citizen (or a technician on
the admin screen) is using the kiosk, the restart waits until they are done. It goes
through the same restart as the admin screen's Restart button.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kiosk.session.clock import Clock

log = logging.getLogger("kiosk.appliance")

CHECK_MS = 30_000


def parse_time_of_day(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def next_occurrence(after: dt.datetime, at: dt.time) -> dt.datetime:
    """The first moment strictly after `after` whose local time of day is `at`."""
    candidate = after.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if candidate <= after:
        candidate += dt.timedelta(days=1)
    return candidate


class NightlyRestart:
    """Decides when to restart; `check()` is called regularly and after each session."""

    def __init__(
        self,
        at: dt.time,
        clock: Clock,
        *,
        busy: Callable[[], bool],
        restart: Callable[[], None],
    ) -> None:
        self._at = at
        self._clock = clock
        self._busy = busy
        self._restart = restart
        # A kiosk started (or restarted) at or after today's time waits for tomorrow's.
        self.due = next_occurrence(clock.now(), at)
        self._deferred = False
        self.restarted = False

    def check(self) -> bool:
        """Restart now if it is due and nobody is using the kiosk; True when it restarted."""
        if self.restarted or self._clock.now() < self.due:
            return False
        if self._busy():
            if not self._deferred:
                log.info("nightly_restart_deferred", extra={"reason": "in_use"})
                self._deferred = True
            return False
        self.restarted = True
        log.info("nightly_restart", extra={"deferred": self._deferred})
        self._restart()
        return True


class NightlyRestartTimer(QObject):
    """Runs `NightlyRestart.check()` on the event loop every 30 s."""

    def __init__(self, restart: NightlyRestart, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.restart = restart
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        if self.restart.check():
            self._timer.stop()
