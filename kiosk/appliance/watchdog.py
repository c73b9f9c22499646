"""systemd's watchdog, fed from the Qt event loop.

The pings come from a QTimer on the GUI thread, so they stop when that thread is
stuck (a blocking call, a deadlock, an endless loop in a slot) and not only when the
process dies: systemd then kills the kiosk and starts it again (`WatchdogSec=`,
`Restart=always` in packaging/kiosk.service).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from kiosk.appliance.sd_notify import SystemdNotifier

log = logging.getLogger("kiosk.appliance")


class EventLoopWatchdog(QObject):
    def __init__(self, notifier: SystemdNotifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._ping)
        self.pings = 0

    @property
    def interval_ms(self) -> int | None:
        return self._notifier.watchdog_interval_ms

    def start(self) -> None:
        """Start pinging (when systemd asked for a watchdog); the first ping goes at once."""
        interval = self.interval_ms
        if interval is None:
            return
        self._timer.start(interval)
        self._ping()
        log.info("watchdog_started", extra={"interval_ms": interval})

    def ready(self, status: str = "") -> None:
        """The window is on screen: tell systemd the service is up."""
        if self._notifier.ready(status):
            log.info("systemd_notified_ready")

    def stop(self) -> None:
        self._timer.stop()
        self._notifier.stopping()

    def _ping(self) -> None:
        if self._notifier.watchdog():
            self.pings += 1
