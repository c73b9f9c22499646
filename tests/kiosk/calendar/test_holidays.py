"""Public holidays as citizens know them, checked by hand against the calendar."""

import datetime as dt

import pytest

from kiosk.calendar.holidays import COUNTRIES, SUBSTITUTE_KEY, Holiday, public_holidays


def on(country: str, year: int) -> dict[dt.date, set[str]]:
    found: dict[dt.date, set[str]] = {}
    for holiday in public_holidays(country, year):
        found.setdefault(holiday.date, set()).add(holiday.key)
    return found


def test_romania_2026_pentecost_shares_a_day_with_childrens_day() -> None:
    days = on("RO", 2026)
    assert days[dt.date(2026, 5, 31)] == {"pentecost"}
    assert days[dt.date(2026, 6, 1)] == {"children_day", "pentecost_monday"}


def test_romania_2026_easter_weekend_starts_on_good_friday() -> None:
    days = on("RO", 2026)
    assert days[dt.date(2026, 4, 10)] == {"good_friday"}
    assert days[dt.date(2026, 4, 12)] == {"easter"}
    assert days[dt.date(2026, 4, 13)] == {"easter_monday"}


def test_romania_epiphany_and_st_john_are_holidays_from_2024_on() -> None:
    assert {dt.date(2024, 1, 6), dt.date(2024, 1, 7)} <= on("RO", 2024).keys()
    assert not {dt.date(2023, 1, 6), dt.date(2023, 1, 7)} & on("RO", 2023).keys()


def test_romania_has_seventeen_holidays_in_2025() -> None:
    assert len(public_holidays("RO", 2025)) == 17


def test_moldova_memorial_easter_is_the_monday_after_thomas_sunday() -> None:
    days = on("MD", 2025)
    assert days[dt.date(2025, 4, 28)] == {"memorial_easter"}
    assert dt.date(2025, 4, 28).weekday() == 0


def test_moldova_celebrates_christmas_twice() -> None:
    days = on("MD", 2026)
    assert days[dt.date(2026, 1, 7)] == {"christmas_old_style"}
    assert days[dt.date(2026, 1, 8)] == {"christmas_old_style_2"}
    assert days[dt.date(2026, 12, 25)] == {"christmas"}
    assert dt.date(2012, 12, 25) not in on("MD", 2012)


def test_bulgaria_weekend_holidays_give_the_next_working_day_off() -> None:
    substitutes = {h.date for h in public_holidays("BG", 2026) if h.key == SUBSTITUTE_KEY}
    # 24 May and 6 September 2026 are Sundays; 26 December is a Saturday.
    assert substitutes == {dt.date(2026, 5, 25), dt.date(2026, 9, 7), dt.date(2026, 12, 28)}


def test_bulgaria_christmas_on_a_weekend_gives_monday_and_tuesday_off() -> None:
    # 25 and 26 December 2021 were Saturday and Sunday.
    substitutes = {h.date for h in public_holidays("BG", 2021) if h.key == SUBSTITUTE_KEY}
    assert {dt.date(2021, 12, 27), dt.date(2021, 12, 28)} <= substitutes


def test_bulgaria_skips_holidays_when_looking_for_the_day_off() -> None:
    # 3 March 2024 was a Sunday: Monday 4 March is the day off.
    # 6 May 2024 (St George) fell on Easter Monday, a weekday: no day off.
    holidays = public_holidays("BG", 2024)
    substitutes = {h.date for h in holidays if h.key == SUBSTITUTE_KEY}
    assert substitutes == {dt.date(2024, 3, 4), dt.date(2024, 9, 23)}
    assert {h.key for h in holidays if h.date == dt.date(2024, 5, 6)} == {
        "easter_monday",
        "st_george",
    }


def test_bulgaria_easter_weekend_gives_no_day_off_in_lieu() -> None:
    holidays = public_holidays("BG", 2025)
    easter_weekend = {h.date for h in holidays if h.key in {"holy_saturday", "easter"}}
    assert easter_weekend == {dt.date(2025, 4, 19), dt.date(2025, 4, 20)}
    assert dt.date(2025, 4, 22) not in {h.date for h in holidays}


def test_bulgaria_day_off_in_lieu_has_a_generic_name() -> None:
    substitute = next(h for h in public_holidays("BG", 2026) if h.key == SUBSTITUTE_KEY)
    assert substitute.name == "Day off in lieu of a public holiday"


def test_ukraine_after_the_2023_calendar_reform() -> None:
    days = on("UA", 2026)
    assert dt.date(2026, 1, 7) not in days
    assert days[dt.date(2026, 12, 25)] == {"christmas"}
    assert days[dt.date(2026, 5, 8)] == {"remembrance_victory_day"}
    assert days[dt.date(2026, 7, 15)] == {"statehood_day"}
    assert days[dt.date(2026, 10, 1)] == {"defenders_day"}
    assert days[dt.date(2026, 5, 31)] == {"trinity"}
    assert dt.date(2026, 4, 13) not in days  # no Easter Monday in Ukraine


def test_ukraine_before_the_reform() -> None:
    days = on("UA", 2023)
    assert days[dt.date(2023, 1, 7)] == {"christmas_old_style"}
    assert days[dt.date(2023, 5, 9)] == {"victory_day"}
    assert days[dt.date(2023, 7, 28)] == {"statehood_day"}


@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("year", [1900, 2017, 2026, 2099])
def test_every_list_is_sorted_inside_the_year_and_named(country: str, year: int) -> None:
    holidays = public_holidays(country, year)
    assert holidays == sorted(holidays, key=lambda holiday: holiday.date)
    assert all(holiday.date.year == year for holiday in holidays)
    assert all(holiday.key and holiday.name for holiday in holidays)
    keys = [h.key for h in holidays if h.key != SUBSTITUTE_KEY]
    assert len(keys) == len(set(keys))


def test_holidays_are_immutable_values() -> None:
    holiday = public_holidays("RO", 2026)[0]
    assert holiday == Holiday(dt.date(2026, 1, 1), "new_year", "New Year's Day")
    with pytest.raises(AttributeError):
        holiday.name = "x"  # type: ignore[misc]


@pytest.mark.parametrize("country", ["ro", "DE", ""])
def test_unknown_country_is_refused(country: str) -> None:
    with pytest.raises(ValueError, match="unknown country"):
        public_holidays(country, 2026)


def test_year_outside_the_computus_range_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        public_holidays("RO", 2100)
