"""The month grid of the lobby calendar screen.

A month is always shown as six weeks of seven days starting on Monday, as wall
calendars in Romania, Moldova, Bulgaria and Ukraine are: the grid keeps the same
size from month to month, so the view does not jump while citizens page through.
"""

import datetime as dt
from dataclasses import dataclass

from kiosk.calendar.easter import FIRST_YEAR, LAST_YEAR
from kiosk.calendar.holidays import Holiday, public_holidays
from kiosk.calendar.office_hours import Closure, Intervals, OfficeHours

WEEKS = 6
DAYS_PER_WEEK = 7


@dataclass(frozen=True, slots=True)
class DayCell:
    """One day of the grid; ``in_month`` is False for the neighbouring months' days."""

    date: dt.date
    in_month: bool
    is_today: bool
    is_weekend: bool
    holidays: tuple[Holiday, ...]
    closure: Closure | None
    open_intervals: Intervals


@dataclass(frozen=True, slots=True)
class MonthGrid:
    """Six weeks of days (Monday first) around ``month`` of ``year``.

    ``holidays`` lists the public holidays inside the month, by date, for the
    legend under the grid.
    """

    year: int
    month: int
    weeks: tuple[tuple[DayCell, ...], ...]
    holidays: tuple[Holiday, ...]

    @property
    def cells(self) -> tuple[DayCell, ...]:
        """All 42 days, week by week."""
        return tuple(cell for week in self.weeks for cell in week)

    def next(self) -> tuple[int, int]:
        """(year, month) of the following month."""
        return (self.year + 1, 1) if self.month == 12 else (self.year, self.month + 1)

    def previous(self) -> tuple[int, int]:
        """(year, month) of the preceding month."""
        return (self.year - 1, 12) if self.month == 1 else (self.year, self.month - 1)


def month_grid(
    year: int, month: int, *, today: dt.date, country: str, office_hours: OfficeHours
) -> MonthGrid:
    """The grid for ``month`` of ``year`` (1900 to 2099) with ``country``'s holidays.

    Raises ValueError for a month outside 1 to 12, a year outside 1900 to 2099 or an
    unknown country.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not between 1 and 12")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"year {year} is outside {FIRST_YEAR} to {LAST_YEAR}")
    first_of_month = dt.date(year, month, 1)
    first_cell = first_of_month - dt.timedelta(days=first_of_month.weekday())
    days = [first_cell + dt.timedelta(days=offset) for offset in range(WEEKS * DAYS_PER_WEEK)]

    # The grid can reach into the previous or next year (late December, early
    # January); holidays are only known within the supported years.
    years = sorted({day.year for day in days} & set(range(FIRST_YEAR, LAST_YEAR + 1)))
    by_date: dict[dt.date, list[Holiday]] = {}
    for holiday_year in years:
        for holiday in public_holidays(country, holiday_year):
            by_date.setdefault(holiday.date, []).append(holiday)

    cells = []
    for day in days:
        holidays = tuple(by_date.get(day, ()))
        cells.append(
            DayCell(
                date=day,
                in_month=day.month == month,
                is_today=day == today,
                is_weekend=day.weekday() >= 5,
                holidays=holidays,
                closure=office_hours.closure_on(day),
                open_intervals=office_hours.intervals_on(day, holidays),
            )
        )
    weeks = tuple(
        tuple(cells[start : start + DAYS_PER_WEEK]) for start in range(0, len(cells), DAYS_PER_WEEK)
    )
    legend = tuple(holiday for cell in cells if cell.in_month for holiday in cell.holidays)
    return MonthGrid(year=year, month=month, weeks=weeks, holidays=legend)
