"""Per-kiosk token-bucket rate limiting (in memory: one server process per portal)."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from portal.config import RateLimit


class RateLimiter:
    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self._limit = limit
        self._clock = clock
        self._buckets: dict[int, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, kiosk_id: int) -> int | None:
        """Take one token for `kiosk_id`; None when allowed, else whole seconds to wait."""
        if not self._limit.enabled:
            return None
        rate = self._limit.requests / self._limit.per_seconds
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(kiosk_id, (float(self._limit.requests), now))
            tokens = min(float(self._limit.requests), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[kiosk_id] = (tokens - 1.0, now)
                return None
            self._buckets[kiosk_id] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / rate))
