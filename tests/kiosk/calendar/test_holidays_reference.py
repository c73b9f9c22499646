"""Our holiday dates agree with the `holidays` package (PyPI), year by year.

Deliberate differences, kept out of the comparison:

* UA: since martial law (2022) the package files the holidays under its
  "workday" category (they are worked), not "public"; we list them as public
  holidays, as the law still does, so both categories are compared. Weekend
  transfers ("observed") are suspended under martial law and not modelled.
* UA before 2023 is not compared: the package also lists the bridge days the
  government decreed each year, which we do not model.
* BG: the days off in lieu are compared too; they are part of the law.
"""

import datetime as dt

import holidays
import pytest

from kiosk.calendar.holidays import public_holidays

REQUIRED_YEARS = range(2024, 2031)
# Earlier years, where our year-by-year law changes are checked as well.
HISTORY_YEARS = range(2009, 2024)


def reference_dates(country: str, year: int) -> set[dt.date]:
    if country == "UA":
        found = holidays.country_holidays(
            "UA", years=year, categories=("public", "workday"), observed=False
        )
    else:
        found = holidays.country_holidays(country, years=year)
    return set(found)


def our_dates(country: str, year: int) -> set[dt.date]:
    return {holiday.date for holiday in public_holidays(country, year)}


@pytest.mark.parametrize("year", REQUIRED_YEARS)
@pytest.mark.parametrize("country", ["RO", "MD", "BG", "UA"])
def test_dates_match_the_holidays_package(country: str, year: int) -> None:
    assert our_dates(country, year) == reference_dates(country, year)


@pytest.mark.parametrize("year", HISTORY_YEARS)
@pytest.mark.parametrize("country", ["RO", "MD", "BG"])
def test_past_law_changes_match_the_holidays_package(country: str, year: int) -> None:
    assert our_dates(country, year) == reference_dates(country, year)


def test_ukraine_2023_matches_the_holidays_package() -> None:
    assert our_dates("UA", 2023) == reference_dates("UA", 2023)
