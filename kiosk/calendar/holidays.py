"""Official non-working public holidays of Romania, Moldova, Bulgaria and Ukraine.

The calendar screen marks these days, and the office-hours logic treats them as
closed. Each holiday's ``name`` is the English source text collected by Qt
Linguist (context "Holidays"); the view-model translates it for display.

The rules are those of current law, with the changes since 2009 modelled so that
browsing back a few years stays right; older years reuse the oldest rules here.

* RO: Codul muncii art. 139 (Epiphany and St John added from 2024).
* MD: Codul muncii art. 111 (25 December added from 2013).
* BG: Labour Code art. 154, including the days off in lieu of holidays that fall
  on a weekend.
* UA: Labour Code art. 73 after the 2023 calendar reform. Under martial law these
  days are worked, but they remain public holidays, so they are all listed; the
  weekend transfers of art. 67, suspended under martial law, are not modelled.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.calendar.easter import orthodox_easter
from kiosk.i18n.noop import QT_TRANSLATE_NOOP

COUNTRIES = ("RO", "MD", "BG", "UA")

SUBSTITUTE_KEY = "substitute"


@dataclass(frozen=True, slots=True)
class Holiday:
    """One public holiday; ``name`` is the untranslated English source text."""

    date: dt.date
    key: str
    name: str


def public_holidays(country: str, year: int) -> list[Holiday]:
    """The public holidays of ``country`` (one of COUNTRIES) in ``year``, by date.

    Two holidays can share a date (for example Children's Day and Pentecost
    Monday in Romania in 2026); both are listed. Raises ValueError for an unknown
    country or a year outside 1900 to 2099.
    """
    try:
        rules = _RULES[country]
    except KeyError:
        expected = ", ".join(COUNTRIES)
        raise ValueError(f"unknown country {country!r} (expected one of {expected})") from None
    # sorted() is stable, so holidays sharing a date keep the order of the law.
    return sorted(rules(year, orthodox_easter(year)), key=lambda holiday: holiday.date)


def _romania(year: int, easter: dt.date) -> list[Holiday]:
    day = _day_maker(year)
    found = [
        day(1, 1, "new_year", QT_TRANSLATE_NOOP("Holidays", "New Year's Day")),
        day(1, 2, "new_year_2", QT_TRANSLATE_NOOP("Holidays", "Day after New Year's Day")),
    ]
    if year >= 2024:
        found += [
            day(1, 6, "epiphany", QT_TRANSLATE_NOOP("Holidays", "Epiphany")),
            day(
                1,
                7,
                "st_john_baptist",
                QT_TRANSLATE_NOOP("Holidays", "Synaxis of Saint John the Baptist"),
            ),
        ]
    if year >= 2016:
        found.append(day(1, 24, "union_day", QT_TRANSLATE_NOOP("Holidays", "Union Day")))
    if year >= 2018:
        found.append(_good_friday(easter))
    found += [
        _easter_sunday(easter),
        _easter_monday(easter),
        _labour_day(year),
    ]
    if year >= 2017:
        found.append(_childrens_day(year))
    found += [
        Holiday(
            easter + dt.timedelta(days=49),
            "pentecost",
            QT_TRANSLATE_NOOP("Holidays", "Pentecost Sunday"),
        ),
        Holiday(
            easter + dt.timedelta(days=50),
            "pentecost_monday",
            QT_TRANSLATE_NOOP("Holidays", "Pentecost Monday"),
        ),
    ]
    if year >= 2009:
        found.append(
            day(8, 15, "dormition", QT_TRANSLATE_NOOP("Holidays", "Dormition of the Mother of God"))
        )
    if year >= 2012:
        found.append(day(11, 30, "st_andrew", QT_TRANSLATE_NOOP("Holidays", "Saint Andrew's Day")))
    found += [
        day(12, 1, "national_day", QT_TRANSLATE_NOOP("Holidays", "National Day")),
        _christmas_day(year),
        _second_day_of_christmas(year),
    ]
    return found


def _moldova(year: int, easter: dt.date) -> list[Holiday]:
    day = _day_maker(year)
    found = [
        day(1, 1, "new_year", QT_TRANSLATE_NOOP("Holidays", "New Year's Day")),
        _old_style_christmas(year),
        day(
            1,
            8,
            "christmas_old_style_2",
            QT_TRANSLATE_NOOP("Holidays", "Second Day of Christmas (Old Style)"),
        ),
        _womens_day(year),
        _easter_sunday(easter),
        _easter_monday(easter),
        # Paștele Blajinilor: the Monday after Thomas Sunday.
        Holiday(
            easter + dt.timedelta(days=8),
            "memorial_easter",
            QT_TRANSLATE_NOOP("Holidays", "Memorial Easter"),
        ),
        _labour_day(year),
        day(
            5,
            9,
            "victory_day",
            QT_TRANSLATE_NOOP("Holidays", "Victory Day and Europe Day")
            if year >= 2017
            else QT_TRANSLATE_NOOP("Holidays", "Victory Day"),
        ),
    ]
    if year >= 2016:
        found.append(_childrens_day(year))
    found += [
        day(8, 27, "independence_day", QT_TRANSLATE_NOOP("Holidays", "Independence Day")),
        day(8, 31, "language_day", QT_TRANSLATE_NOOP("Holidays", "National Language Day")),
    ]
    if year >= 2013:
        found.append(_christmas_day(year))
    return found


# The Easter days are a fixed Friday-to-Monday block: they never give a day off in lieu.
_BG_NOT_SUBSTITUTED = frozenset({"good_friday", "holy_saturday", "easter", "easter_monday"})
# Days off in lieu are listed from 2017, the year the `holidays` package (our
# reference in the tests) applies the rule from; earlier years are not modelled.
_BG_SUBSTITUTES_SINCE = 2017


def _bulgaria(year: int, easter: dt.date) -> list[Holiday]:
    day = _day_maker(year)
    found = [
        day(1, 1, "new_year", QT_TRANSLATE_NOOP("Holidays", "New Year's Day")),
        day(3, 3, "liberation_day", QT_TRANSLATE_NOOP("Holidays", "Liberation Day")),
        _good_friday(easter),
        Holiday(
            easter - dt.timedelta(days=1),
            "holy_saturday",
            QT_TRANSLATE_NOOP("Holidays", "Holy Saturday"),
        ),
        _easter_sunday(easter),
        _easter_monday(easter),
        _labour_day(year),
        day(
            5,
            6,
            "st_george",
            QT_TRANSLATE_NOOP("Holidays", "Saint George's Day and Day of the Bulgarian Army"),
        ),
        day(
            5,
            24,
            "culture_day",
            QT_TRANSLATE_NOOP("Holidays", "Day of Bulgarian Education, Culture and Slavic Script"),
        ),
        day(9, 6, "unification_day", QT_TRANSLATE_NOOP("Holidays", "Unification Day")),
        day(9, 22, "independence_day", QT_TRANSLATE_NOOP("Holidays", "Independence Day")),
        day(12, 24, "christmas_eve", QT_TRANSLATE_NOOP("Holidays", "Christmas Eve")),
        _christmas_day(year),
        _second_day_of_christmas(year),
    ]
    if year >= _BG_SUBSTITUTES_SINCE:
        found += _bulgarian_days_in_lieu(found)
    return found


def _bulgarian_days_in_lieu(holidays: list[Holiday]) -> list[Holiday]:
    """A holiday on a Saturday or Sunday gives the next working day off.

    Working days already taken by another holiday or day in lieu are skipped, so
    two weekend holidays (25 and 26 December on Saturday and Sunday) give Monday
    and Tuesday off.
    """
    taken = {holiday.date for holiday in holidays}
    substitutes = []
    for holiday in sorted(holidays, key=lambda h: h.date):
        if holiday.key in _BG_NOT_SUBSTITUTED or holiday.date.weekday() < 5:
            continue
        day_off = holiday.date + dt.timedelta(days=1)
        while day_off.weekday() >= 5 or day_off in taken:
            day_off += dt.timedelta(days=1)
        taken.add(day_off)
        substitutes.append(
            Holiday(
                day_off,
                SUBSTITUTE_KEY,
                QT_TRANSLATE_NOOP("Holidays", "Day off in lieu of a public holiday"),
            )
        )
    return substitutes


def _ukraine(year: int, easter: dt.date) -> list[Holiday]:
    day = _day_maker(year)
    found = [day(1, 1, "new_year", QT_TRANSLATE_NOOP("Holidays", "New Year's Day"))]
    # The 2023 calendar reform left 25 December as the only Christmas, from 2024 on.
    if year <= 2023:
        found.append(_old_style_christmas(year))
    found += [
        _womens_day(year),
        _easter_sunday(easter),
        Holiday(
            easter + dt.timedelta(days=49),
            "trinity",
            QT_TRANSLATE_NOOP("Holidays", "Trinity Sunday"),
        ),
        _labour_day(year),
    ]
    if year <= 2017:
        found.append(
            day(5, 2, "labour_day_2", QT_TRANSLATE_NOOP("Holidays", "Labour Day (second day)"))
        )
    if year >= 2024:
        found.append(
            day(
                5,
                8,
                "remembrance_victory_day",
                QT_TRANSLATE_NOOP("Holidays", "Day of Remembrance and Victory"),
            )
        )
    else:
        found.append(day(5, 9, "victory_day", QT_TRANSLATE_NOOP("Holidays", "Victory Day")))
    found.append(day(6, 28, "constitution_day", QT_TRANSLATE_NOOP("Holidays", "Constitution Day")))
    if year >= 2022:
        statehood = QT_TRANSLATE_NOOP("Holidays", "Statehood Day")
        found.append(
            day(7, 15, "statehood_day", statehood)
            if year >= 2024
            else day(7, 28, "statehood_day", statehood)
        )
    found.append(day(8, 24, "independence_day", QT_TRANSLATE_NOOP("Holidays", "Independence Day")))
    if year >= 2015:
        defenders = QT_TRANSLATE_NOOP("Holidays", "Defenders' Day")
        found.append(
            day(10, 1, "defenders_day", defenders)
            if year >= 2023
            else day(10, 14, "defenders_day", defenders)
        )
    if year >= 2017:
        found.append(_christmas_day(year))
    return found


def _day_maker(year: int) -> Callable[[int, int, str, str], Holiday]:
    def day(month: int, day_of_month: int, key: str, name: str) -> Holiday:
        return Holiday(dt.date(year, month, day_of_month), key, name)

    return day


# Holidays shared by several countries, so that each source string is written once.


def _good_friday(easter: dt.date) -> Holiday:
    return Holiday(
        easter - dt.timedelta(days=2), "good_friday", QT_TRANSLATE_NOOP("Holidays", "Good Friday")
    )


def _easter_sunday(easter: dt.date) -> Holiday:
    return Holiday(easter, "easter", QT_TRANSLATE_NOOP("Holidays", "Easter Sunday"))


def _easter_monday(easter: dt.date) -> Holiday:
    return Holiday(
        easter + dt.timedelta(days=1),
        "easter_monday",
        QT_TRANSLATE_NOOP("Holidays", "Easter Monday"),
    )


def _labour_day(year: int) -> Holiday:
    return Holiday(dt.date(year, 5, 1), "labour_day", QT_TRANSLATE_NOOP("Holidays", "Labour Day"))


def _childrens_day(year: int) -> Holiday:
    return Holiday(
        dt.date(year, 6, 1), "children_day", QT_TRANSLATE_NOOP("Holidays", "Children's Day")
    )


def _womens_day(year: int) -> Holiday:
    return Holiday(
        dt.date(year, 3, 8),
        "womens_day",
        QT_TRANSLATE_NOOP("Holidays", "International Women's Day"),
    )


def _old_style_christmas(year: int) -> Holiday:
    return Holiday(
        dt.date(year, 1, 7),
        "christmas_old_style",
        QT_TRANSLATE_NOOP("Holidays", "Christmas (Old Style)"),
    )


def _christmas_day(year: int) -> Holiday:
    return Holiday(
        dt.date(year, 12, 25), "christmas", QT_TRANSLATE_NOOP("Holidays", "Christmas Day")
    )


def _second_day_of_christmas(year: int) -> Holiday:
    return Holiday(
        dt.date(year, 12, 26),
        "christmas_2",
        QT_TRANSLATE_NOOP("Holidays", "Second Day of Christmas"),
    )


_RULES: dict[str, Callable[[int, dt.date], list[Holiday]]] = {
    "RO": _romania,
    "MD": _moldova,
    "BG": _bulgaria,
    "UA": _ukraine,
}
