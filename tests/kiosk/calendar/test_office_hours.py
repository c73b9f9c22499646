"""When the office is open, given its weekly hours, holidays and closures."""

import datetime as dt

import pytest

from kiosk.calendar.holidays import public_holidays
from kiosk.calendar.office_hours import Closure, OfficeHours

T = dt.time
HOLIDAYS_2026 = public_holidays("RO", 2026)
TOWN_HALL = OfficeHours.from_config(
    {
        "monday": "08:00-16:30",
        "tuesday": "08:00-12:00, 13:00-16:30",
        "wednesday": "08:00-16:30",
        "thursday": "08:00-18:00",
        "friday": "08:00-14:00",
        "saturday": "closed",
    },
    [
        {"date": "2026-12-31", "reason": "Inventory"},
        {"date": "2026-08-03", "until": "2026-08-14", "reason": {"ro": "Concediu", "en": "Leave"}},
    ],
)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_intervals_of_an_ordinary_tuesday() -> None:
    assert TOWN_HALL.intervals_on(dt.date(2026, 3, 10), HOLIDAYS_2026) == (
        (T(8), T(12)),
        (T(13), T(16, 30)),
    )


@pytest.mark.parametrize(
    "day",
    [
        dt.date(2026, 3, 14),  # Saturday: "closed"
        dt.date(2026, 3, 15),  # Sunday: not configured
        dt.date(2026, 6, 1),  # Children's Day and Pentecost Monday
        dt.date(2026, 8, 10),  # inside the summer closure
        dt.date(2026, 12, 31),  # one-day closure
    ],
)
def test_closed_days_have_no_intervals(day: dt.date) -> None:
    assert TOWN_HALL.intervals_on(day, HOLIDAYS_2026) == ()


def test_closures_are_found_with_their_reason() -> None:
    summer = TOWN_HALL.closure_on(dt.date(2026, 8, 14))
    assert summer is not None
    assert (summer.first_day, summer.last_day) == (dt.date(2026, 8, 3), dt.date(2026, 8, 14))
    assert summer.reason("ro") == "Concediu"
    assert TOWN_HALL.closure_on(dt.date(2026, 8, 15)) is None
    assert TOWN_HALL.closure_on(dt.date(2026, 8, 2)) is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ro", "Concediu"), ("ro_RO", "Concediu"), ("uk", "Leave"), ("en-GB", "Leave")],
)
def test_reason_falls_back_to_english(language: str, expected: str) -> None:
    closure = Closure(
        dt.date(2026, 1, 1), dt.date(2026, 1, 1), (("ro", "Concediu"), ("en", "Leave"))
    )
    assert closure.reason(language) == expected


def test_reason_given_as_plain_text_or_missing() -> None:
    plain = Closure(dt.date(2026, 1, 1), dt.date(2026, 1, 1), (("", "Inventory"),))
    assert plain.reason("bg") == "Inventory"
    only_hungarian = Closure(dt.date(2026, 1, 1), dt.date(2026, 1, 1), (("hu", "Leltár"),))
    assert only_hungarian.reason("ro") == "Leltár"
    assert Closure(dt.date(2026, 1, 1), dt.date(2026, 1, 1)).reason("ro") == ""


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        ("2026-03-10 07:59", False),
        ("2026-03-10 08:00", True),
        ("2026-03-10 11:59:59", True),
        ("2026-03-10 12:00", False),  # lunch break
        ("2026-03-10 13:00", True),
        ("2026-03-10 16:30", False),  # closing time is already closed
        ("2026-03-14 10:00", False),  # Saturday
        ("2026-04-10 10:00", False),  # Good Friday
        ("2026-08-05 10:00", False),  # summer closure
    ],
)
def test_is_open_at(moment: str, is_open: bool) -> None:
    assert TOWN_HALL.is_open_at(at(moment), HOLIDAYS_2026) is is_open


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("2026-03-10 07:00", "2026-03-10 08:00"),
        ("2026-03-10 08:00", "2026-03-10 08:00"),
        ("2026-03-10 09:00", "2026-03-10 13:00"),  # open now: the next opening after lunch
        ("2026-03-10 12:30", "2026-03-10 13:00"),
        ("2026-03-13 15:00", "2026-03-16 08:00"),  # Friday afternoon: Monday morning
        ("2026-04-09 19:00", "2026-04-14 08:00"),  # Easter: Good Friday to Easter Monday
        ("2026-07-31 15:00", "2026-08-17 08:00"),  # summer closure
    ],
)
def test_next_opening(after: str, expected: str) -> None:
    assert TOWN_HALL.next_opening(at(after), HOLIDAYS_2026) == at(expected)


def test_next_opening_across_new_year_needs_both_years_holidays() -> None:
    holidays = [*HOLIDAYS_2026, *public_holidays("RO", 2027)]
    # 31 Dec closed (inventory), 1 and 2 Jan holidays, then the weekend.
    assert TOWN_HALL.next_opening(at("2026-12-30 17:00"), holidays) == at("2027-01-04 08:00")


def test_next_opening_keeps_the_time_zone() -> None:
    bucharest = dt.timezone(dt.timedelta(hours=2))
    after = dt.datetime(2026, 3, 10, 7, 0, tzinfo=bucharest)
    assert TOWN_HALL.next_opening(after, HOLIDAYS_2026) == dt.datetime(
        2026, 3, 10, 8, 0, tzinfo=bucharest
    )


def test_next_opening_gives_up_after_sixty_days() -> None:
    closed = OfficeHours.from_config(
        {"monday": "08:00-12:00"}, [{"date": "2026-03-01", "until": "2026-06-30"}]
    )
    assert closed.next_opening(at("2026-03-02 07:00"), []) is None
    # The first Monday after the closure is 6 July: 60 days after 7 May, 61 after 6 May.
    assert closed.next_opening(at("2026-05-07 07:00"), []) == at("2026-07-06 08:00")
    assert closed.next_opening(at("2026-05-06 07:00"), []) is None
    never = OfficeHours.from_config({}, [])
    assert never.next_opening(at("2026-03-02 07:00"), []) is None


def test_holidays_can_be_any_iterable_used_once() -> None:
    holidays = (h for h in HOLIDAYS_2026)
    assert TOWN_HALL.next_opening(at("2026-04-09 19:00"), holidays) == at("2026-04-14 08:00")
