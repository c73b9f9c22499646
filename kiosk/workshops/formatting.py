"""A workshop's date and time as people read them in the UI language (Qt's locale data)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from kiosk.i18n.languages import BY_CODE


def locale_for(language: str) -> QLocale:
    found = BY_CODE.get(language)
    return QLocale(found.locale if found else "en_GB")


def format_when(start: datetime, language: str) -> str:
    """E.g. "Thursday 10 December 2026, 10:00" / "четверг, 10 декабря 2026 г., 10:00"."""
    moment = QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
    locale = locale_for(language)
    day = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
    return f"{day}, {locale.toString(moment.time(), 'HH:mm')}"


def format_day(start: datetime, language: str) -> str:
    return locale_for(language).toString(
        QDate(start.year, start.month, start.day), QLocale.FormatType.LongFormat
    )
