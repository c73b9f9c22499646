"""Reading the office hours from the configuration, and explaining bad values."""

import datetime as dt

import pytest

from kiosk.calendar.office_hours import Closure, OfficeHours

T = dt.time


def test_weekdays_lunch_breaks_and_missing_days() -> None:
    hours = OfficeHours.from_config(
        {
            "monday": "08:00-16:30",
            "tuesday": "08:00-12:00, 13:00-16:30",
            "saturday": "closed",
        },
        [],
    )
    assert hours.weekly[0] == ((T(8), T(16, 30)),)
    assert hours.weekly[1] == ((T(8), T(12)), (T(13), T(16, 30)))
    assert hours.weekly[2:] == ((), (), (), (), ())
    assert hours.closures == ()


def test_handwritten_variants_are_understood() -> None:
    hours = OfficeHours.from_config(
        {"monday": " 13:00 - 16:00,8:00\u201312:00 ", "friday": "Closed"}, []
    )
    # Sorted by time; the en dash and a one-digit hour are accepted.
    assert hours.weekly[0] == ((T(8), T(12)), (T(13), T(16)))
    assert hours.weekly[4] == ()


def test_back_to_back_intervals_are_one_opening() -> None:
    hours = OfficeHours.from_config({"monday": "08:00-12:00, 12:00-16:00"}, [])
    assert hours.weekly[0] == ((T(8), T(16)),)


def test_closures_with_dates_text_and_translations() -> None:
    hours = OfficeHours.from_config(
        {},
        [
            {"date": "2026-12-31", "reason": "Inventory"},
            {
                "date": dt.date(2026, 8, 3),
                "until": "2026-08-14",
                "reason": {"ro": "Concediu", "en": "Holiday leave"},
            },
            {"date": dt.date(2026, 5, 4)},
        ],
    )
    # Kept in date order.
    assert hours.closures == (
        Closure(dt.date(2026, 5, 4), dt.date(2026, 5, 4), ()),
        Closure(
            dt.date(2026, 8, 3),
            dt.date(2026, 8, 14),
            (("ro", "Concediu"), ("en", "Holiday leave")),
        ),
        Closure(dt.date(2026, 12, 31), dt.date(2026, 12, 31), (("", "Inventory"),)),
    )


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        (
            {"tuesday": "8-16"},
            'office_hours.tuesday: "8-16" is not a time range like 08:00-16:30',
        ),
        (
            {"funday": "08:00-16:00"},
            "office_hours.funday: unknown day (expected monday \u2026 sunday)",
        ),
        (
            {"Monday": "08:00-16:00"},
            "office_hours.Monday: unknown day",
        ),
        (
            {"monday": "16:30-08:00"},
            'office_hours.monday: "16:30-08:00" does not end after it starts',
        ),
        (
            {"monday": "08:00-08:00"},
            'office_hours.monday: "08:00-08:00" does not end after it starts',
        ),
        (
            {"wednesday": "08:00-12:00, 11:00-16:00"},
            'office_hours.wednesday: "08:00-12:00" and "11:00-16:00" overlap',
        ),
        (
            {"monday": "08:00-25:00"},
            'office_hours.monday: "08:00-25:00" contains a time that does not exist',
        ),
        (
            {"monday": "08:00-12:00,"},
            'office_hours.monday: empty time range; write "closed" for a closed day',
        ),
        (
            {"monday": ""},
            "office_hours.monday: empty time range",
        ),
        (
            {"monday": "closed, 08:00-12:00"},
            'office_hours.monday: "closed" is not a time range',
        ),
        (
            {"friday": 8},
            'office_hours.friday: expected text like "08:00-16:30" or "closed", got 8',
        ),
    ],
)
def test_bad_hours_name_the_key_and_the_problem(hours: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as raised:
        OfficeHours.from_config(hours, [])
    assert str(raised.value).startswith(message)


@pytest.mark.parametrize(
    ("closures", "message"),
    [
        (
            [{"date": "2026-12-31"}, {"date": "2026-12-30"}, {"date": "31.12.2026"}],
            "closures[2].date: '31.12.2026' is not a date like 2026-12-31",
        ),
        (
            [{"date": 20261231}],
            "closures[0].date: 20261231 is not a date like 2026-12-31",
        ),
        (
            [{"date": dt.datetime(2026, 12, 31, 8)}],
            "closures[0].date: 2026-12-31 08:00:00 has a time of day",
        ),
        ([{"reason": "Inventory"}], "closures[0].date: missing"),
        (
            [{"date": "2026-12-31", "untill": "2027-01-02"}],
            "closures[0].untill: unknown key (expected date, until, reason)",
        ),
        (
            [{"date": "2026-12-31", "until": "2026-12-01"}],
            "closures[0].until: 2026-12-01 is before the date 2026-12-31",
        ),
        (
            [{"date": "2026-12-31", "reason": ["Inventory"]}],
            "closures[0].reason: expected text or a table of texts by language",
        ),
        (
            [{"date": "2026-12-31", "reason": {"ro": 5}}],
            "closures[0].reason.ro: expected text, got 5",
        ),
        (["2026-12-31"], "closures[0]: expected a table with date, until and reason"),
    ],
)
def test_bad_closures_name_the_key_and_the_problem(
    closures: list[dict[str, object]], message: str
) -> None:
    with pytest.raises(ValueError) as raised:
        OfficeHours.from_config({}, closures)
    assert str(raised.value).startswith(message)


def test_the_key_paths_can_follow_the_configuration_file() -> None:
    with pytest.raises(ValueError, match=r"^library\.hours\.monday: "):
        OfficeHours.from_config({"monday": "all day"}, [], hours_path="library.hours")
    with pytest.raises(ValueError, match=r"^library\.closures\[0\]\.date: missing"):
        OfficeHours.from_config({}, [{}], closures_path="library.closures")


def test_a_closure_list_must_be_a_list() -> None:
    with pytest.raises(ValueError, match=r"^closures: expected a list of tables"):
        OfficeHours.from_config({}, "2026-12-31")  # type: ignore[arg-type]
