"""The month grid of the appointment calendar: which days have free times, and how many.

Six weeks of seven days starting on Monday, the same shape as the lobby calendar
(`kiosk.calendar.month`), so the view never jumps while a person pages through.
A day can be chosen only when the portal listed free times on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.portal.appointments import DayAvailability

WEEKS, DAYS_PER_WEEK = 6, 7


@dataclass(frozen=True, slots=True)
class AvailabilityCell:
    date: dt.date
    in_month: bool
    is_today: bool
    free_slots: int  # 0: full, closed or in the past

    @property
    def bookable(self) -> bool:
        return self.in_month and self.free_slots > 0


def free_slots_by_date(days: Iterable[DayAvailability]) -> dict[dt.date, int]:
    return {
        dt.date.fromisoformat(day.date): day.available_slots
        for day in days
        if day.available_slots > 0
    }


@dataclass(frozen=True)
class AvailabilityMonth:
    """The days of ``month`` of ``year`` (with the neighbouring days that fill the weeks)."""

    year: int
    month: int
    cells: tuple[AvailabilityCell, ...]
    can_go_back: bool
    can_go_forward: bool

    @property
    def bookable_days(self) -> int:
        return sum(1 for cell in self.cells if cell.bookable)


def _month_key(day: dt.date) -> tuple[int, int]:
    return (day.year, day.month)


def first_month(free: dict[dt.date, int], today: dt.date) -> tuple[int, int]:
    """Open on the month of the first free day (or this month when there is none)."""
    return _month_key(min(free)) if free else _month_key(today)


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def availability_month(
    year: int, month: int, free: dict[dt.date, int], today: dt.date
) -> AvailabilityMonth:
    first = dt.date(year, month, 1)
    first_cell = first - dt.timedelta(days=first.weekday())
    cells = []
    for offset in range(WEEKS * DAYS_PER_WEEK):
        day = first_cell + dt.timedelta(days=offset)
        cells.append(
            AvailabilityCell(
                date=day,
                in_month=day.month == month,
                is_today=day == today,
                free_slots=free.get(day, 0) if day >= today else 0,
            )
        )
    # Paging stays between this month and the last month with a free day.
    earliest = _month_key(today)
    latest = max(earliest, _month_key(max(free))) if free else earliest
    return AvailabilityMonth(
        year=year,
        month=month,
        cells=tuple(cells),
        can_go_back=(year, month) > earliest,
        can_go_forward=(year, month) < latest,
    )
