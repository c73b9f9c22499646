"""When to try again: jittered exponential backoff that honours ``Retry-After``.

Pure functions of their inputs (plus an injected random source), so the retry
schedule is tested without sleeping.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class BackoffPolicy:
    """Delay before retry number ``attempt`` (1 = first retry after the first failure)."""

    base_s: float = 2.0
    factor: float = 2.0
    max_s: float = 300.0
    # A server may ask for a long pause (maintenance), but a broken or hostile
    # Retry-After must not park the outbox for days.
    max_retry_after_s: float = 3600.0

    def delay(
        self, attempt: int, retry_after_s: float | None = None, rng: random.Random | None = None
    ) -> float:
        if attempt < 1:
            raise ValueError("attempt counts from 1")
        rng = rng or _RNG
        # Capped exponent: 2.0 ** 10_000 would overflow a float.
        ceiling = min(self.max_s, self.base_s * self.factor ** min(attempt - 1, 64))
        # "Equal jitter": half fixed, half random. Kiosks that lost the network together
        # spread out when it returns, and no retry is ever immediate.
        delay = ceiling / 2 + rng.uniform(0, ceiling / 2)
        if retry_after_s is not None:
            delay = max(delay, min(retry_after_s, self.max_retry_after_s))
        return delay


_RNG = random.Random()


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), or None."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
