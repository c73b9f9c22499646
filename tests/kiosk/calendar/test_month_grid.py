"""The month grid of the lobby calendar: six Monday-first weeks, with holidays marked."""

import datetime as dt
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.calendar.holidays import COUNTRIES
from kiosk.calendar.month import MonthGrid, month_grid
from kiosk.calendar.office_hours import OfficeHours

T = dt.time
HOURS = OfficeHours.from_config(
    {day: "08:00-16:00" for day in ("monday", "tuesday", "wednesday", "thursday", "friday")},
    [{"date": "2026-05-20", "until": "2026-05-22", "reason": "Renovation"}],
)


def grid(year: int, month: int, country: str = "RO", today: dt.date | None = None) -> MonthGrid:
    return month_grid(
        year,
        month,
        today=today or dt.date(2026, 5, 14),
        country=country,
        office_hours=HOURS,
    )


@given(
    year=st.integers(1900, 2099),
    month=st.integers(1, 12),
    country=st.sampled_from(COUNTRIES),
)
def test_every_grid_is_six_monday_first_weeks_around_the_whole_month(
    year: int, month: int, country: str
) -> None:
    shown = grid(year, month, country)
    assert len(shown.weeks) == 6
    assert all(len(week) == 7 for week in shown.weeks)
    cells = shown.cells
    assert len(cells) == 42
    assert cells[0].date.weekday() == 0
    assert all(b.date - a.date == dt.timedelta(days=1) for a, b in pairwise(cells))
    in_month = [cell.date for cell in cells if cell.in_month]
    assert in_month[0] == dt.date(year, month, 1)
    assert all(cell.date.month == month for cell in cells if cell.in_month)
    assert len(in_month) == (dt.date(*shown.next(), 1) - dt.date(year, month, 1)).days
    assert all(cell.is_weekend == (cell.date.weekday() >= 5) for cell in cells)
    assert all(not cell.open_intervals for cell in cells if cell.holidays)


def test_may_2026_in_romania() -> None:
    shown = grid(2026, 5)
    cells = {cell.date: cell for cell in shown.cells}
    # 1 May 2026 is a Friday: the grid starts on Monday 27 April.
    assert shown.cells[0].date == dt.date(2026, 4, 27)
    assert not cells[dt.date(2026, 4, 27)].in_month
    assert shown.cells[-1].date == dt.date(2026, 6, 7)

    labour_day = cells[dt.date(2026, 5, 1)]
    assert [h.key for h in labour_day.holidays] == ["labour_day"]
    assert labour_day.open_intervals == ()
    assert not labour_day.is_weekend

    renovation = cells[dt.date(2026, 5, 21)]
    assert renovation.closure is not None
    assert renovation.closure.reason("en") == "Renovation"
    assert renovation.open_intervals == ()

    ordinary = cells[dt.date(2026, 5, 14)]
    assert ordinary.is_today
    assert ordinary.open_intervals == ((T(8), T(16)),)
    assert sum(cell.is_today for cell in shown.cells) == 1


def test_neighbouring_months_days_show_their_holidays_but_not_in_the_legend() -> None:
    shown = grid(2026, 5)
    june_first = next(cell for cell in shown.cells if cell.date == dt.date(2026, 6, 1))
    assert not june_first.in_month
    assert {h.key for h in june_first.holidays} == {"children_day", "pentecost_monday"}
    # The legend lists the month's own holidays, in date order.
    assert [(h.date, h.key) for h in shown.holidays] == [
        (dt.date(2026, 5, 1), "labour_day"),
        (dt.date(2026, 5, 31), "pentecost"),
    ]


def test_december_grid_reaches_into_next_years_holidays() -> None:
    shown = grid(2026, 12)
    new_year = next(cell for cell in shown.cells if cell.date == dt.date(2027, 1, 1))
    assert [h.key for h in new_year.holidays] == ["new_year"]


def test_bulgarian_days_in_lieu_are_marked() -> None:
    shown = grid(2026, 5, "BG")
    may_25 = next(cell for cell in shown.cells if cell.date == dt.date(2026, 5, 25))
    assert [h.key for h in may_25.holidays] == ["substitute"]
    assert may_25.open_intervals == ()


def test_today_outside_the_grid_marks_nothing() -> None:
    shown = grid(2026, 5, today=dt.date(2030, 1, 1))
    assert not any(cell.is_today for cell in shown.cells)


@pytest.mark.parametrize(
    ("year", "month", "following", "preceding"),
    [
        (2026, 5, (2026, 6), (2026, 4)),
        (2026, 12, (2027, 1), (2026, 11)),
        (2026, 1, (2026, 2), (2025, 12)),
    ],
)
def test_paging_between_months(
    year: int, month: int, following: tuple[int, int], preceding: tuple[int, int]
) -> None:
    shown = grid(year, month)
    assert shown.next() == following
    assert shown.previous() == preceding


def test_grid_at_the_edges_of_the_supported_years() -> None:
    # The days of December 1899 and January 2100 are shown, without holidays.
    first = grid(1900, 1)
    assert first.cells[0].date == dt.date(1900, 1, 1)
    last = grid(2099, 12)
    assert last.cells[-1].date.year == 2100
    assert last.cells[-1].holidays == ()


@pytest.mark.parametrize(
    ("year", "month", "country", "message"),
    [
        (2026, 13, "RO", "month 13"),
        (2026, 0, "RO", "month 0"),
        (2100, 1, "RO", "year 2100"),
        (2026, 5, "XX", "unknown country"),
    ],
)
def test_bad_arguments_are_refused(year: int, month: int, country: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        grid(year, month, country)
