"""Server settings: built from the command line, with defaults suited to a town-hall install."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimit:
    """At most `requests` per `per_seconds` for each kiosk (token bucket)."""

    requests: int = 600
    per_seconds: float = 60.0

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """`"120/60"` → 120 requests per 60 s; `"0"` disables the limit."""
        count, _, window = text.partition("/")
        return cls(requests=int(count), per_seconds=float(window or 60))

    @property
    def enabled(self) -> bool:
        return self.requests > 0


@dataclass(frozen=True)
class Settings:
    db: str
    rate_limit: RateLimit = RateLimit()
    # How long a held appointment slot waits for confirmation.
    hold_seconds: int = 600
    # Idempotency keys are kept at least this long (the draft asks for ≥ 7 days).
    idempotency_retention_days: int = 7
    # An in-flight key older than this is treated as abandoned by a crashed worker.
    idempotency_in_flight_timeout_s: int = 60
    # Registration years and "expected by" dates are counted in the town hall's zone.
    timezone: str = "Europe/Bucharest"
    # Where the payment QR points; `{base}` is replaced by the request's base URL.
    pay_url_template: str = "{base}pay/{order_id}"
    payment_order_minutes: int = 30
