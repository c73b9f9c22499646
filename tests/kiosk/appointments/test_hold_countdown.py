"""The held time counts down on the kiosk from the portal's `hold_expires_at`."""

from datetime import UTC, datetime, timedelta

from kiosk.appointments.hold_countdown import HoldCountdown, minutes_and_seconds
from kiosk.session.clock import ManualClock

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def expires_in(seconds: int) -> str:
    return (NOW + timedelta(seconds=seconds)).isoformat().replace("+00:00", "Z")


def test_counts_down_from_the_portal_expiry() -> None:
    clock = ManualClock(NOW)
    countdown = HoldCountdown.start(expires_in(600), clock)
    assert countdown.seconds_left(clock) == 600
    clock.advance(15)
    assert minutes_and_seconds(countdown.seconds_left(clock) or 0) == "9:45"
    assert not countdown.expired(clock)
    clock.advance(585)
    assert countdown.seconds_left(clock) == 0 and countdown.expired(clock)
    clock.advance(60)
    assert countdown.seconds_left(clock) == 0


def test_a_part_second_left_still_shows_a_second() -> None:
    clock = ManualClock(NOW)
    countdown = HoldCountdown.start(expires_in(10), clock)
    clock.advance(9.2)
    assert countdown.seconds_left(clock) == 1


def test_an_offset_timestamp_is_the_same_moment() -> None:
    clock = ManualClock(NOW)
    countdown = HoldCountdown.start("2026-11-23T11:05:00+02:00", clock)
    assert countdown.seconds_left(clock) == 300


def test_clocks_that_disagree_give_no_countdown_rather_than_a_wrong_one() -> None:
    a_day_behind = ManualClock(NOW - timedelta(days=1))
    countdown = HoldCountdown.start(expires_in(600), a_day_behind)
    assert not countdown.known and countdown.seconds_left(a_day_behind) is None
    assert not countdown.expired(a_day_behind)
    ahead = ManualClock(NOW + timedelta(hours=1))
    assert not HoldCountdown.start(expires_in(600), ahead).known


def test_minutes_and_seconds() -> None:
    assert minutes_and_seconds(600) == "10:00"
    assert minutes_and_seconds(65) == "1:05"
    assert minutes_and_seconds(-3) == "0:00"
