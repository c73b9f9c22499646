"""Idle timeout: warning, countdown, extension (WCAG 2.2.1: at least ten times), expiry."""

from datetime import datetime

from kiosk.session.clock import ManualClock
from kiosk.session.idle import IdlePhase, IdleTimer


def timer() -> tuple[ManualClock, IdleTimer]:
    clock = ManualClock(datetime(2026, 11, 20, 10, 0))
    return clock, IdleTimer(clock, idle_timeout_s=90, warning_s=30)


def test_quiet_period_then_warning_then_expiry() -> None:
    clock, idle = timer()
    clock.advance(89)
    assert idle.status().phase is IdlePhase.ACTIVE
    clock.advance(1)
    status = idle.status()
    assert status.phase is IdlePhase.WARNING and status.seconds_left == 30
    clock.advance(29.5)
    assert idle.status().seconds_left == 1
    clock.advance(0.5)
    assert idle.status().phase is IdlePhase.EXPIRED


def test_activity_restarts_the_quiet_period() -> None:
    clock, idle = timer()
    clock.advance(80)
    idle.activity()
    clock.advance(80)
    assert idle.status().phase is IdlePhase.ACTIVE


def test_more_time_can_be_asked_many_times() -> None:
    clock, idle = timer()
    for _ in range(25):
        clock.advance(100)
        assert idle.status().phase is IdlePhase.WARNING
        idle.extend()
        assert idle.status().phase is IdlePhase.ACTIVE
    assert idle.extensions == 25


def test_paused_never_expires_and_resumes_fresh() -> None:
    clock, idle = timer()
    idle.pause(True)
    clock.advance(10_000)
    assert idle.status().phase is IdlePhase.ACTIVE
    idle.pause(False)
    clock.advance(89)
    assert idle.status().phase is IdlePhase.ACTIVE
