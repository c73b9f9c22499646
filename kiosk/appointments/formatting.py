"""Dates and times of appointments written the way the person's language writes them.

Times are the office's local time, as the portal sends them (``starts_at`` carries
the office's offset): 9:30 at the office is what goes on the slip, wherever the
kiosk's own clock is set.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from kiosk.i18n.languages import BY_CODE


def locale_for(language: str) -> QLocale:
    return QLocale(BY_CODE[language].locale if language in BY_CODE else "en_GB")


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def office_time(timestamp: str) -> str:
    """``2026-11-23T08:30:00+02:00`` → ``08:30`` (24-hour, as in all six languages)."""
    return f"{dt.datetime.fromisoformat(timestamp.replace('Z', '+00:00')):%H:%M}"


def office_date(timestamp: str) -> dt.date:
    """The office-local calendar date of a slot's start."""
    return dt.datetime.fromisoformat(timestamp.replace("Z", "+00:00")).date()


def long_date(day: dt.date, language: str) -> str:
    """``Monday, 23 November 2026`` in the language, capitalised for a heading."""
    text = locale_for(language).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )
    return _capitalised(text)


def month_title(year: int, month: int, language: str) -> str:
    name = locale_for(language).standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{_capitalised(name)} {year}"


def weekday_names(language: str) -> list[str]:
    """Short day names, Monday first."""
    locale = locale_for(language)
    return [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
