"""The watchdog pings come from the Qt event loop: a blocked GUI thread stops them."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.appliance.sd_notify import SystemdNotifier
from kiosk.appliance.watchdog import EventLoopWatchdog
from tests.kiosk.appliance.notify_listener import notify_socket

WATCHDOG_USEC = 300_000  # systemd's WatchdogSec=0.3: a ping every 100 ms
BLOCK_S = 1.5


def test_pings_stop_while_the_event_loop_is_blocked_and_resume_after(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with notify_socket(tmp_path) as listener:
        notifier = SystemdNotifier.from_environment(
            {"NOTIFY_SOCKET": listener.name, "WATCHDOG_USEC": str(WATCHDOG_USEC)}
        )
        watchdog = EventLoopWatchdog(notifier)
        watchdog.start()
        qtbot.wait(600)
        before = listener.times_of("WATCHDOG=1")
        assert len(before) >= 4, "pings every 100 ms while the loop runs"

        blocked: list[float] = []

        def freeze_the_gui_thread() -> None:
            blocked.append(time.monotonic())
            time.sleep(BLOCK_S)  # a slot that hangs, as a deadlock or endless loop would
            blocked.append(time.monotonic())

        QTimer.singleShot(0, freeze_the_gui_thread)
        qtbot.waitUntil(lambda: len(blocked) == 2, timeout=5000)
        qtbot.wait(600)
        watchdog.stop()
        listener.wait_for("STOPPING=1", timeout=5)
        notifier.close()

        pings = listener.times_of("WATCHDOG=1")
        start, end = blocked
        during = [t for t in pings if start + 0.05 < t < end - 0.05]
        assert during == [], "no ping while the GUI thread was stuck"
        after = [t for t in pings if t > end]
        assert len(after) >= 3, "pings come back once the loop runs again"
        # systemd would have seen a gap far longer than WatchdogSec and restarted the kiosk.
        gaps = [b - a for a, b in itertools.pairwise(pings)]
        assert max(gaps) >= BLOCK_S - 0.1 > WATCHDOG_USEC / 1e6


def test_no_pings_when_systemd_asked_for_no_watchdog(qtbot: QtBot, tmp_path: Path) -> None:
    with notify_socket(tmp_path) as listener:
        notifier = SystemdNotifier.from_environment({"NOTIFY_SOCKET": listener.name})
        watchdog = EventLoopWatchdog(notifier)
        watchdog.start()
        watchdog.ready()
        qtbot.wait(300)
        assert listener.times_of("WATCHDOG=1") == []
        assert listener.times_of("READY=1")
        notifier.close()
