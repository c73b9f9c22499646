"""The appliance services of a running kiosk, wired to its parts: systemd notifications
and watchdog, event-loop stall measurement, device and outbox health, the local metrics
endpoint, the heartbeat's figures and the nightly restart.

Built by the command line (`kiosk.cli`) after the kiosk itself, which also hands
`metrics.snapshot` to the portal link for the heartbeat; outside systemd the
notifications are no-ops, and without `[appliance]` settings there is no endpoint and
no nightly restart.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.appliance.device_health import CameraHealth, DeviceHealthSampler
from kiosk.appliance.metrics import KioskMetrics
from kiosk.appliance.metrics_endpoint import MetricsEndpoint
from kiosk.appliance.nightly_restart import NightlyRestart, NightlyRestartTimer, parse_time_of_day
from kiosk.appliance.sd_notify import SystemdNotifier
from kiosk.appliance.stall_monitor import EventLoopStallMonitor
from kiosk.appliance.watchdog import EventLoopWatchdog
from kiosk.config import KioskConfig
from kiosk.session.screens import Screen
from kiosk.viewmodels.admin_diagnostics_vm import AdminDiagnosticsViewModel

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.portal.outbox import Outbox

log = logging.getLogger("kiosk.appliance")


class Appliance:
    def __init__(
        self,
        config: KioskConfig,
        kiosk: Kiosk,
        restart: Callable[[], None],
        *,
        outbox: Callable[[], Outbox | None] = lambda: None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.metrics = KioskMetrics(
            kiosk_id=config.kiosk_id, profile=config.profile, version=__version__
        )
        self.notifier = SystemdNotifier.from_environment(os.environ if environ is None else environ)
        self.watchdog = EventLoopWatchdog(self.notifier)
        self.stalls = EventLoopStallMonitor(self.metrics.event_loop_stall.observe)
        self.camera = CameraHealth(kiosk.camera.id_scan, self.metrics)
        diagnostics = kiosk.admin.property("diagnostics")
        self.devices = DeviceHealthSampler(
            self.metrics,
            outbox=outbox,
            printer=kiosk.printer,
            card_reader=diagnostics.card_reader
            if isinstance(diagnostics, AdminDiagnosticsViewModel)
            else None,
        )
        session = kiosk.session

        def in_use() -> bool:
            return session.current is not Screen.ATTRACT or bool(kiosk.admin.property("open"))

        session.screenChanged.connect(
            lambda: self.metrics.set_session_active(session.current is not Screen.ATTRACT)
        )
        # Sessions and journeys are counted from the session-outcomes hub, not here.
        kiosk.outcomes.subscribe(self.metrics.session_outcome)
        self.nightly: NightlyRestartTimer | None = None
        if config.appliance.nightly_restart:
            at = parse_time_of_day(config.appliance.nightly_restart)
            self.nightly = NightlyRestartTimer(
                NightlyRestart(at, kiosk.clock, busy=in_use, restart=restart)
            )
            # A restart deferred by a session happens as soon as that session has been wiped.
            session.sessionEnded.connect(lambda _reason: self._check_nightly())
        self._clock = kiosk.clock
        self._metrics_port = config.appliance.metrics_port
        self.endpoint: MetricsEndpoint | None = None

    def start(self) -> None:
        """Before the event loop runs: timers, sampling and the metrics endpoint."""
        self.watchdog.start()
        self.stalls.start()
        self.devices.start()
        if self.nightly is not None:
            self.nightly.start()
            due = self.nightly.restart.due
            minutes = int((due - self._clock.now()).total_seconds() // 60)
            log.info("nightly_restart_planned", extra={"in_minutes": minutes})
        if self._metrics_port:
            self.endpoint = MetricsEndpoint.start(self.metrics.registry, self._metrics_port)

    def ready(self) -> None:
        """The first frame is on screen."""
        self.watchdog.ready("Kiosk on screen")

    def _check_nightly(self) -> None:
        if self.nightly is not None:
            self.nightly.check()

    def stop(self) -> None:
        self.watchdog.stop()
        self.stalls.stop()
        self.devices.stop()
        if self.nightly is not None:
            self.nightly.stop()
        if self.endpoint is not None:
            self.endpoint.stop()
            self.endpoint = None
        self.notifier.close()
