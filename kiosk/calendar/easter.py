"""Easter Sunday dates, which fix the movable public holidays.

Romania, Moldova, Bulgaria and Ukraine all celebrate the Orthodox Easter, which
is computed on the Julian calendar and then shown on the civil (Gregorian) one.
"""

import datetime as dt

FIRST_YEAR = 1900
LAST_YEAR = 2099

# The Julian calendar runs 13 days behind the Gregorian one from 1 March 1900
# to 28 February 2100; outside that span the offset differs.
_JULIAN_TO_GREGORIAN_1900_2099 = dt.timedelta(days=13)


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"year {year} is outside {FIRST_YEAR} to {LAST_YEAR}")


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday of ``year`` as a Gregorian date (years 1900 to 2099)."""
    _check_year(year)
    # Meeus's Julian computus, giving the date on the Julian calendar.
    a = year % 4
    b = year % 7
    c = year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(year, month, day + 1) + _JULIAN_TO_GREGORIAN_1900_2099


def western_easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday of ``year`` (years 1900 to 2099)."""
    _check_year(year)
    # The "anonymous Gregorian algorithm" (Meeus/Jones/Butcher).
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
