"""How long the GUI thread's event loop was unable to run: a timer that notes how late it fires.

A QTimer due every `interval_ms` that fires late by N seconds means the loop was busy
(or blocked) for about N seconds: every lateness goes into the event-loop stall
histogram, and a long one is also logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

log = logging.getLogger("kiosk.appliance")

INTERVAL_MS = 250
LOG_AFTER_S = 1.0


class EventLoopStallMonitor(QObject):
    def __init__(
        self,
        observe: Callable[[float], None],
        *,
        interval_ms: int = INTERVAL_MS,
        log_after_s: float = LOG_AFTER_S,
        now: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._observe = observe
        self._interval_s = interval_ms / 1000
        self._log_after_s = log_after_s
        self._now = now
        self._last = now()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = self._now()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._now()
        late = max(0.0, now - self._last - self._interval_s)
        self._last = now
        self._observe(late)
        if late >= self._log_after_s:
            log.warning("event_loop_stalled", extra={"seconds": round(late, 2)})
