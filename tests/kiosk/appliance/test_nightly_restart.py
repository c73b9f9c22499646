"""The nightly restart: at the configured time, never in the middle of a session."""

from __future__ import annotations

import datetime as dt

from kiosk.appliance.nightly_restart import NightlyRestart, next_occurrence, parse_time_of_day
from kiosk.session.clock import ManualClock

TZ = dt.timezone(dt.timedelta(hours=2))
EVENING = dt.datetime(2026, 11, 20, 22, 0, tzinfo=TZ)


def planner(clock: ManualClock, busy: list[bool], restarts: list[str]) -> NightlyRestart:
    return NightlyRestart(
        parse_time_of_day("03:30"),
        clock,
        busy=lambda: busy[0],
        restart=lambda: restarts.append("restart"),
    )


def test_restarts_at_the_configured_time_when_nobody_uses_the_kiosk() -> None:
    clock, busy, restarts = ManualClock(EVENING), [False], []
    nightly = planner(clock, busy, restarts)
    assert nightly.due == dt.datetime(2026, 11, 21, 3, 30, tzinfo=TZ)
    clock.advance(5 * 3600 + 29 * 60)  # 03:29
    assert not nightly.check() and restarts == []
    clock.advance(60)  # 03:30
    assert nightly.check() and restarts == ["restart"]
    clock.advance(60)
    assert not nightly.check() and restarts == ["restart"], "once, not every 30 s"


def test_a_session_under_way_defers_the_restart_until_it_ends() -> None:
    clock, busy, restarts = ManualClock(EVENING), [True], []
    nightly = planner(clock, busy, restarts)
    clock.advance(5.5 * 3600 + 10)  # 03:30:10, someone is at the kiosk
    for _ in range(20):
        assert not nightly.check()
        clock.advance(30)
    assert restarts == []
    busy[0] = False  # the session ended (Finish, idle timeout)
    assert nightly.check() and restarts == ["restart"]


def test_a_kiosk_started_after_the_time_waits_for_the_next_night() -> None:
    started = dt.datetime(2026, 11, 21, 3, 30, 5, tzinfo=TZ)  # just restarted at 03:30
    clock, busy, restarts = ManualClock(started), [False], []
    nightly = planner(clock, busy, restarts)
    assert nightly.due == dt.datetime(2026, 11, 22, 3, 30, tzinfo=TZ)
    clock.advance(3600)
    assert not nightly.check() and restarts == []


def test_next_occurrence_is_strictly_later() -> None:
    at = dt.time(3, 30)
    exactly = dt.datetime(2026, 1, 1, 3, 30, tzinfo=TZ)
    assert next_occurrence(exactly, at) == exactly + dt.timedelta(days=1)
    assert next_occurrence(exactly - dt.timedelta(seconds=1), at) == exactly
