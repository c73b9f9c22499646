"""Report periods: a day, a week (Monday to Sunday) or a month, in the kiosk's local time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum


class PeriodKind(Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class Period:
    kind: PeriodKind
    first: date  # the first day
    end: date  # the day after the last one

    @classmethod
    def containing(cls, kind: PeriodKind, day: date) -> Period:
        if kind is PeriodKind.DAY:
            return cls(kind, day, day + timedelta(days=1))
        if kind is PeriodKind.WEEK:
            monday = day - timedelta(days=day.weekday())
            return cls(kind, monday, monday + timedelta(days=7))
        first = day.replace(day=1)
        return cls(kind, first, _next_month(first))

    @property
    def last(self) -> date:
        return self.end - timedelta(days=1)

    def previous(self) -> Period:
        return Period.containing(self.kind, self.first - timedelta(days=1))

    def next(self) -> Period:
        return Period.containing(self.kind, self.end)

    def local_bounds(self) -> tuple[datetime, datetime]:
        """Local midnight of the first day and of the day after the last (aware)."""
        return (
            datetime.combine(self.first, time()).astimezone(),
            datetime.combine(self.end, time()).astimezone(),
        )

    def naive_bounds(self) -> tuple[datetime, datetime]:
        """The same as local wall-clock times (for the workshop schedule)."""
        return datetime.combine(self.first, time()), datetime.combine(self.end, time())


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)
