"""Wall-clock helpers: the portal stores naive UTC and speaks RFC 3339 with offsets."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

UTC = dt.UTC


def utc_now() -> dt.datetime:
    """Current time as naive UTC (what the database columns hold)."""
    return dt.datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def to_rfc3339(value: dt.datetime, tz: str | None = None) -> str:
    """Render a naive-UTC timestamp; in the office's zone when `tz` is given."""
    aware = value.replace(tzinfo=UTC)
    if tz is not None:
        return aware.astimezone(ZoneInfo(tz)).isoformat()
    return aware.isoformat().replace("+00:00", "Z")


def local_date(value: dt.datetime, tz: str) -> dt.date:
    """Calendar date of a naive-UTC timestamp in zone `tz`."""
    return value.replace(tzinfo=UTC).astimezone(ZoneInfo(tz)).date()
