"""The lobby calendar for QML: a month grid with public holidays, opening hours and closures."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QDate, QLocale, QObject, Signal, Slot

from kiosk.calendar.holidays import public_holidays
from kiosk.calendar.month import MonthGrid, month_grid
from kiosk.calendar.office_hours import Intervals, OfficeHours
from kiosk.i18n.languages import BY_CODE
from kiosk.session.clock import Clock


def _holiday_name(name: str) -> str:
    return QCoreApplication.translate("Holidays", name)


class CalendarViewModel(QObject):
    changed = Signal()

    def __init__(
        self, clock: Clock, country: str, office_hours: OfficeHours, language: str
    ) -> None:
        super().__init__()
        self._clock = clock
        self._country = country
        self._hours = office_hours
        self._language = language
        today = clock.now().date()
        self._year, self._month = today.year, today.month
        self._selected = today
        self._cached_grid: MonthGrid | None = None
        self._cached_key: tuple[int, int, dt.date] | None = None

    def set_language(self, code: str) -> None:
        self._language = code
        self.changed.emit()

    def _locale(self) -> QLocale:
        return QLocale(BY_CODE[self._language].locale)

    def _grid(self) -> MonthGrid:
        """The shown month, built once per (month, today) rather than once per property read."""
        key = (self._year, self._month, self._clock.now().date())
        if self._cached_grid is None or self._cached_key != key:
            self._cached_grid = month_grid(
                self._year,
                self._month,
                today=key[2],
                country=self._country,
                office_hours=self._hours,
            )
            self._cached_key = key
        return self._cached_grid

    @staticmethod
    def _hours_text(intervals: Intervals) -> str:
        # 24-hour HH:MM is how opening hours are written in all six languages.
        return ", ".join(f"{a:%H:%M}\u2013{b:%H:%M}" for a, b in intervals)

    def _title(self) -> str:
        locale = self._locale()
        name = locale.standaloneMonthName(self._month, QLocale.FormatType.LongFormat)
        return f"{name[:1].upper()}{name[1:]} {self._year}"

    def _weekdays(self) -> list[str]:
        locale = self._locale()
        return [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]

    def _cells(self) -> list[dict[str, Any]]:
        cells = []
        for cell in self._grid().cells:
            cells.append(
                {
                    "day": cell.date.day,
                    "iso": cell.date.isoformat(),
                    "inMonth": cell.in_month,
                    "isToday": cell.is_today,
                    "isWeekend": cell.is_weekend,
                    "isHoliday": bool(cell.holidays),
                    "isClosed": not cell.open_intervals,
                    "isSelected": cell.date == self._selected,
                }
            )
        return cells

    def _holidays(self) -> list[dict[str, str]]:
        locale = self._locale()
        return [
            {
                "date": locale.toString(QDate(h.date.year, h.date.month, h.date.day), "d MMMM"),
                "name": _holiday_name(h.name),
            }
            for h in self._grid().holidays
        ]

    def _selected_info(self) -> dict[str, str]:
        day = self._selected
        locale = self._locale()
        date_text = locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        holidays = [h for h in public_holidays(self._country, day.year) if h.date == day]
        closure = self._hours.closure_on(day)
        intervals = self._hours.intervals_on(day, holidays)
        if intervals:
            status = QCoreApplication.translate("Calendar", "Open: %1").replace(
                "%1", self._hours_text(intervals)
            )
        else:
            status = QCoreApplication.translate("Calendar", "Closed")
        notes = [_holiday_name(h.name) for h in holidays]
        if closure is not None and closure.reason(self._language):
            notes.append(closure.reason(self._language))
        return {
            "date": date_text[:1].upper() + date_text[1:],
            "status": status,
            "note": " · ".join(notes),
        }

    def _open_now(self) -> str:
        now = self._clock.now()
        # Next year's too: late in December the next opening may be after New Year.
        holidays = public_holidays(self._country, now.year) + public_holidays(
            self._country, now.year + 1
        )
        naive = now.replace(tzinfo=None)
        if self._hours.is_open_at(naive, holidays):
            closes = next(
                (
                    b
                    for a, b in self._hours.intervals_on(naive.date(), holidays)
                    if a <= naive.time() < b
                ),
                None,
            )
            return QCoreApplication.translate("Calendar", "Open now, until %1").replace(
                "%1", closes.strftime("%H:%M") if closes else ""
            )
        opening = self._hours.next_opening(naive, holidays)
        if opening is None:
            return QCoreApplication.translate("Calendar", "Closed now")
        locale = self._locale()
        day = locale.dayName(opening.isoweekday(), QLocale.FormatType.LongFormat)
        return (
            QCoreApplication.translate("Calendar", "Closed now. Opens %1 at %2")
            .replace("%1", day)
            .replace("%2", opening.strftime("%H:%M"))
        )

    title = Property(str, _title, notify=changed)
    weekdays = Property(list, _weekdays, notify=changed)
    cells = Property(list, _cells, notify=changed)
    holidays = Property(list, _holidays, notify=changed)
    selected = Property(dict, _selected_info, notify=changed)
    openNow = Property(str, _open_now, notify=changed)

    @Slot()
    def nextMonth(self) -> None:
        self._year, self._month = self._grid().next()
        self.changed.emit()

    @Slot()
    def previousMonth(self) -> None:
        self._year, self._month = self._grid().previous()
        self.changed.emit()

    @Slot()
    def showToday(self) -> None:
        today = self._clock.now().date()
        self._year, self._month, self._selected = today.year, today.month, today
        self.changed.emit()

    @Slot(str)
    def select(self, iso: str) -> None:
        self._selected = dt.date.fromisoformat(iso)
        if (self._selected.year, self._selected.month) != (self._year, self._month):
            self._year, self._month = self._selected.year, self._selected.month
        self.changed.emit()

    def wipe(self) -> None:
        self.showToday()
