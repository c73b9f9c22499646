"""Workshops on the schedule: from the configuration and from the admin screen, merged.

Times are the library's local wall-clock times (naive datetimes), as on its printed
schedule; "now" is turned into that local time before comparing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from kiosk.config import WorkshopSettings

# A workshop counts as past (attendance can be recorded) this long after it starts.
ATTENDANCE_AFTER_MINUTES = 30


@dataclass(frozen=True, slots=True)
class Workshop:
    """One workshop. `key` is stable: "admin:<n>" for those added on the kiosk, "config:…"."""

    key: str
    title: Mapping[str, str]  # by language code; "" is a text for every language
    start: datetime  # local wall-clock time, naive
    place: str
    seats: int
    language: str  # the language the workshop is held in
    from_config: bool = False
    attendance: int | None = None  # recorded by staff afterwards

    def title_in(self, language: str) -> str:
        for code in (language, "", self.language, "en"):
            if self.title.get(code):
                return self.title[code]
        return next(iter(self.title.values()), "")

    @property
    def editable(self) -> bool:
        """Workshops from the configuration file change there, not on the kiosk."""
        return not self.from_config


def local_time(now: datetime) -> datetime:
    """An aware time as the library's naive local wall-clock time."""
    return now.astimezone().replace(tzinfo=None) if now.tzinfo else now


def config_key(settings: WorkshopSettings) -> str:
    first = next(iter(settings.title.values()), "")
    return f"config:{settings.start.isoformat(timespec='minutes')}:{first}"


def from_config(settings: Iterable[WorkshopSettings]) -> list[Workshop]:
    return [
        Workshop(
            key=config_key(s),
            title=s.title,
            start=local_time(s.start),
            place=s.place,
            seats=s.seats,
            language=s.language,
            from_config=True,
        )
        for s in settings
    ]


def upcoming(workshops: Iterable[Workshop], now: datetime, limit: int = 3) -> list[Workshop]:
    """The next workshops that have not started yet, soonest first."""
    local = local_time(now)
    later = sorted((w for w in workshops if w.start > local), key=lambda w: w.start)
    return later[:limit]


def is_past(workshop: Workshop, now: datetime) -> bool:
    return (local_time(now) - workshop.start).total_seconds() >= ATTENDANCE_AFTER_MINUTES * 60


def awaiting_attendance(workshops: Iterable[Workshop], now: datetime) -> list[Workshop]:
    """Workshops that took place and have no attendance count yet, most recent first."""
    past = [w for w in workshops if is_past(w, now) and w.attendance is None]
    return sorted(past, key=lambda w: w.start, reverse=True)
