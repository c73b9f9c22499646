"""Easter Sunday dates, which every movable holiday hangs on."""

import datetime as dt
from collections.abc import Callable

import pytest
from dateutil.easter import (  # type: ignore[import-untyped]
    EASTER_ORTHODOX,
    EASTER_WESTERN,
    easter,
)

from kiosk.calendar.easter import orthodox_easter, western_easter

YEARS = range(1900, 2100)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, dt.date(2024, 5, 5)),
        (2025, dt.date(2025, 4, 20)),
        (2026, dt.date(2026, 4, 12)),
        (2027, dt.date(2027, 5, 2)),
        (2028, dt.date(2028, 4, 16)),
        (2030, dt.date(2030, 4, 28)),
    ],
)
def test_orthodox_easter_known_dates(year: int, expected: dt.date) -> None:
    assert orthodox_easter(year) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, dt.date(2024, 3, 31)),
        (2025, dt.date(2025, 4, 20)),
        (2026, dt.date(2026, 4, 5)),
        (2027, dt.date(2027, 3, 28)),
    ],
)
def test_western_easter_known_dates(year: int, expected: dt.date) -> None:
    assert western_easter(year) == expected


def test_orthodox_easter_matches_dateutil_for_every_supported_year() -> None:
    assert [orthodox_easter(year) for year in YEARS] == [
        easter(year, EASTER_ORTHODOX) for year in YEARS
    ]


def test_western_easter_matches_dateutil_for_every_supported_year() -> None:
    assert [western_easter(year) for year in YEARS] == [
        easter(year, EASTER_WESTERN) for year in YEARS
    ]


def test_easter_is_a_sunday_in_spring_and_orthodox_is_never_earlier() -> None:
    for year in YEARS:
        orthodox, western = orthodox_easter(year), western_easter(year)
        assert orthodox.weekday() == western.weekday() == 6
        assert dt.date(year, 4, 4) <= orthodox <= dt.date(year, 5, 8)
        assert dt.date(year, 3, 22) <= western <= dt.date(year, 4, 25)
        assert orthodox >= western


@pytest.mark.parametrize("year", [1899, 2100])
@pytest.mark.parametrize("computus", [orthodox_easter, western_easter])
def test_years_outside_the_supported_range_are_refused(
    computus: Callable[[int], dt.date], year: int
) -> None:
    with pytest.raises(ValueError, match="outside 1900 to 2099"):
        computus(year)
