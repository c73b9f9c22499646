"""Event-loop stalls are measured by how late a 250 ms timer fires."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.appliance.metrics import KioskMetrics
from kiosk.appliance.stall_monitor import EventLoopStallMonitor


def test_a_blocked_loop_shows_up_in_the_stall_histogram(qtbot: QtBot) -> None:
    metrics = KioskMetrics(kiosk_id="t", profile="lobby", version="0")
    monitor = EventLoopStallMonitor(metrics.event_loop_stall.observe, interval_ms=50)
    monitor.start()
    qtbot.wait(300)
    calm = metrics.snapshot()["event_loop_stall_s"]
    assert calm["count"] >= 3 and calm["buckets"]["0.5"] == calm["count"], "no long stall yet"

    QTimer.singleShot(0, lambda: time.sleep(0.8))  # a slot that blocks the GUI thread
    qtbot.wait(400)
    monitor.stop()
    stalls = metrics.snapshot()["event_loop_stall_s"]
    assert stalls["count"] - stalls["buckets"]["0.5"] == 1, "one stall longer than 0.5 s"
    assert stalls["buckets"]["2.5"] == stalls["count"], "and it was not counted as longer"
