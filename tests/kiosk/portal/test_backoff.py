"""Retry schedule: exponential, jittered, bounded, Retry-After wins when longer."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.portal.backoff import BackoffPolicy, parse_retry_after


def test_grows_exponentially_within_jitter_band() -> None:
    policy = BackoffPolicy(base_s=1, factor=2, max_s=60)
    rng = random.Random(1)
    for attempt, ceiling in [(1, 1), (2, 2), (3, 4), (4, 8), (7, 60), (50, 60)]:
        delay = policy.delay(attempt, rng=rng)
        assert ceiling / 2 <= delay <= ceiling


@given(
    attempt=st.integers(1, 10_000),
    retry_after=st.none() | st.floats(0, 1e9),
    seed=st.integers(0, 2**32),
)
def test_never_immediate_never_unbounded(
    attempt: int, retry_after: float | None, seed: int
) -> None:
    policy = BackoffPolicy()
    delay = policy.delay(attempt, retry_after, random.Random(seed))
    assert policy.base_s / 2 <= delay <= max(policy.max_s, policy.max_retry_after_s)
    if retry_after is not None:
        assert delay >= min(retry_after, policy.max_retry_after_s)


def test_jitter_spreads_kiosks_apart() -> None:
    policy = BackoffPolicy()
    delays = {round(policy.delay(5, rng=random.Random(seed)), 3) for seed in range(50)}
    assert len(delays) > 40


def test_attempt_counts_from_one() -> None:
    with pytest.raises(ValueError):
        BackoffPolicy().delay(0)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("120", 120.0),
        (" 7 ", 7.0),
        ("Sat, 21 Nov 2026 10:01:00 GMT", 60.0),
        ("Sat, 21 Nov 2026 09:00:00 GMT", 0.0),
        ("soon", None),
        ("-5", None),
        ("", None),
    ],
)
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    now = datetime(2026, 11, 21, 10, 0, 0, tzinfo=UTC)
    assert parse_retry_after(header, now) == expected
