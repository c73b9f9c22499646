"""The appointment month grid: free days marked with their count, the rest not choosable."""

import datetime as dt

from kiosk.appointments.day_grid import availability_month, first_month, free_slots_by_date
from kiosk.portal.appointments import DayAvailability

TODAY = dt.date(2026, 11, 20)  # a Friday
FREE = free_slots_by_date(
    [
        DayAvailability("2026-11-23", 12),
        DayAvailability("2026-11-24", 0),  # full
        DayAvailability("2026-12-01", 3),
    ]
)


def test_six_weeks_from_monday() -> None:
    month = availability_month(2026, 11, FREE, TODAY)
    assert len(month.cells) == 42
    assert month.cells[0].date == dt.date(2026, 10, 26)
    assert all(cell.date.weekday() == i % 7 for i, cell in enumerate(month.cells))


def test_only_days_with_free_times_can_be_chosen() -> None:
    cells = {c.date: c for c in availability_month(2026, 11, FREE, TODAY).cells}
    assert cells[dt.date(2026, 11, 23)].bookable
    assert cells[dt.date(2026, 11, 23)].free_slots == 12
    assert not cells[dt.date(2026, 11, 24)].bookable  # full
    assert not cells[dt.date(2026, 11, 25)].bookable  # nothing offered
    assert cells[TODAY].is_today and not cells[TODAY].bookable
    # December's free day shows in November's last row, but is chosen from December.
    assert not cells[dt.date(2026, 12, 1)].bookable


def test_past_days_are_never_offered() -> None:
    stale = free_slots_by_date([DayAvailability("2026-11-19", 4)])
    cells = {c.date: c for c in availability_month(2026, 11, stale, TODAY).cells}
    assert not cells[dt.date(2026, 11, 19)].bookable


def test_opens_on_the_first_month_with_a_free_day() -> None:
    assert first_month(FREE, TODAY) == (2026, 11)
    assert first_month(free_slots_by_date([DayAvailability("2027-01-05", 2)]), TODAY) == (
        2027,
        1,
    )
    assert first_month({}, TODAY) == (2026, 11)


def test_paging_stays_between_this_month_and_the_last_free_day() -> None:
    november = availability_month(2026, 11, FREE, TODAY)
    assert not november.can_go_back and november.can_go_forward
    december = availability_month(2026, 12, FREE, TODAY)
    assert december.can_go_back and not december.can_go_forward
    assert december.bookable_days == 1
