"""The office's weekly opening hours and its announced closures.

The lobby calendar shows when the town hall or library desk is open; the kiosk
also tells citizens when it opens next. Both come from the kiosk configuration
(TOML, already parsed into dicts), which is written by hand by local staff, so
every mistake is reported with the key path and what is wrong with it.

Times are the kiosk's local wall-clock times: an aware ``datetime`` is read by
its own clock time, and results keep the ``tzinfo`` of the datetime given.
"""

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kiosk.calendar.holidays import Holiday

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CLOSED = "closed"

# How far ahead next_opening() looks: past this, "opens on …" is no longer useful.
NEXT_OPENING_HORIZON_DAYS = 60

Interval = tuple[dt.time, dt.time]
Intervals = tuple[Interval, ...]

# Staff type ranges by hand: allow "8:00" for "08:00", spaces and an en dash.
_RANGE = re.compile(r"(\d{1,2}):(\d{2})\s*[-\u2013]\s*(\d{1,2}):(\d{2})")
_CLOSURE_KEYS = ("date", "until", "reason")


@dataclass(frozen=True, slots=True)
class Closure:
    """The office is closed from ``first_day`` to ``last_day``, both included.

    ``reasons`` pairs language codes with the reason in that language; a reason
    given as plain text in the configuration has the language code "".
    """

    first_day: dt.date
    last_day: dt.date
    reasons: tuple[tuple[str, str], ...] = ()

    def covers(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day

    def reason(self, language: str) -> str:
        """The reason in ``language`` ("ro" or "ro_RO"), else English, else any given."""
        by_language = dict(self.reasons)
        primary = re.split(r"[_-]", language, maxsplit=1)[0]
        for candidate in (language, primary, "en", ""):
            if candidate in by_language:
                return by_language[candidate]
        return self.reasons[0][1] if self.reasons else ""


@dataclass(frozen=True, slots=True)
class OfficeHours:
    """Opening intervals for each weekday (Monday first) and the closures."""

    weekly: tuple[Intervals, Intervals, Intervals, Intervals, Intervals, Intervals, Intervals]
    closures: tuple[Closure, ...] = ()

    @classmethod
    def from_config(
        cls,
        hours: Mapping[str, object],
        closures: Sequence[Mapping[str, object]],
        *,
        hours_path: str = "office_hours",
        closures_path: str = "closures",
    ) -> "OfficeHours":
        """Build from the parsed configuration; raise ValueError naming the bad key.

        ``hours`` maps weekday names to "08:00-12:00, 13:00-16:30" or "closed"; a
        missing weekday is closed. Each closure has a ``date``, an optional
        ``until`` (both a date or "2026-12-31") and an optional ``reason``, plain
        text or a table of texts by language code. ``hours_path`` and
        ``closures_path`` are only used in the error messages.
        """
        if not isinstance(hours, Mapping):
            raise ValueError(f"{hours_path}: expected a table of weekdays, got {hours!r}")
        by_day: dict[str, Intervals] = {}
        for day_name, value in hours.items():
            path = f"{hours_path}.{day_name}"
            if day_name not in WEEKDAYS:
                raise ValueError(f"{path}: unknown day (expected monday \u2026 sunday)")
            by_day[day_name] = _parse_day(path, value)
        weekly = tuple(by_day.get(name, ()) for name in WEEKDAYS)
        assert len(weekly) == 7  # narrows the type for mypy: WEEKDAYS has seven names
        if isinstance(closures, str | bytes) or not isinstance(closures, Sequence):
            raise ValueError(f"{closures_path}: expected a list of tables, got {closures!r}")
        parsed = [
            _parse_closure(f"{closures_path}[{index}]", closure)
            for index, closure in enumerate(closures)
        ]
        parsed.sort(key=lambda closure: closure.first_day)
        return cls(weekly=weekly, closures=tuple(parsed))

    def closure_on(self, day: dt.date) -> Closure | None:
        """The (earliest starting) closure covering ``day``, if any."""
        return next((closure for closure in self.closures if closure.covers(day)), None)

    def intervals_on(self, day: dt.date, holidays: Iterable[Holiday]) -> Intervals:
        """Opening intervals of ``day``: empty on a closed weekday, holiday or closure."""
        return self._intervals(day, {holiday.date for holiday in holidays})

    def is_open_at(self, moment: dt.datetime, holidays: Iterable[Holiday]) -> bool:
        """Whether ``moment`` falls in an opening interval (closing time is closed)."""
        clock = moment.time()
        intervals = self.intervals_on(moment.date(), holidays)
        return any(start <= clock < end for start, end in intervals)

    def next_opening(self, after: dt.datetime, holidays: Iterable[Holiday]) -> dt.datetime | None:
        """The next time the office opens, at or after ``after``.

        While the office is open this is the start of a later interval, not
        ``after`` itself. None if it stays closed for the next 60 days.
        ``holidays`` must cover that span, so near the end of the year pass the
        next year's holidays too.
        """
        holiday_dates = {holiday.date for holiday in holidays}
        for offset in range(NEXT_OPENING_HORIZON_DAYS + 1):
            day = after.date() + dt.timedelta(days=offset)
            for start, _end in self._intervals(day, holiday_dates):
                opening = dt.datetime.combine(day, start, tzinfo=after.tzinfo)
                if opening >= after:
                    return opening
        return None

    def _intervals(self, day: dt.date, holiday_dates: set[dt.date]) -> Intervals:
        if day in holiday_dates or self.closure_on(day) is not None:
            return ()
        return self.weekly[day.weekday()]


def _parse_day(path: str, value: object) -> Intervals:
    if not isinstance(value, str):
        raise ValueError(f'{path}: expected text like "08:00-16:30" or "{CLOSED}", got {value!r}')
    if value.strip().lower() == CLOSED:
        return ()
    intervals = sorted(_parse_range(path, piece.strip()) for piece in value.split(","))
    merged: list[Interval] = []
    for start, end in intervals:
        if merged and start < merged[-1][1]:
            previous = _format_range(merged[-1])
            raise ValueError(f'{path}: "{previous}" and "{_format_range((start, end))}" overlap')
        if merged and start == merged[-1][1]:
            # "08:00-12:00, 12:00-16:30" means no break: show and treat it as one interval.
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


def _parse_range(path: str, text: str) -> Interval:
    match = _RANGE.fullmatch(text)
    if match is None:
        if not text:
            raise ValueError(f'{path}: empty time range; write "{CLOSED}" for a closed day')
        raise ValueError(f'{path}: "{text}" is not a time range like 08:00-16:30')
    start_hour, start_minute, end_hour, end_minute = (int(part) for part in match.groups())
    try:
        start = dt.time(start_hour, start_minute)
        end = dt.time(end_hour, end_minute)
    except ValueError:
        raise ValueError(f'{path}: "{text}" contains a time that does not exist') from None
    if end <= start:
        raise ValueError(f'{path}: "{text}" does not end after it starts')
    return start, end


def _format_range(interval: Interval) -> str:
    return f"{interval[0]:%H:%M}-{interval[1]:%H:%M}"


def _parse_closure(path: str, closure: object) -> Closure:
    if not isinstance(closure, Mapping):
        raise ValueError(f"{path}: expected a table with date, until and reason, got {closure!r}")
    for key in closure:
        if key not in _CLOSURE_KEYS:
            raise ValueError(f"{path}.{key}: unknown key (expected {', '.join(_CLOSURE_KEYS)})")
    if "date" not in closure:
        raise ValueError(f"{path}.date: missing")
    first_day = _parse_date(f"{path}.date", closure["date"])
    last_day = first_day
    if "until" in closure:
        last_day = _parse_date(f"{path}.until", closure["until"])
        if last_day < first_day:
            raise ValueError(f"{path}.until: {last_day} is before the date {first_day}")
    reasons = _parse_reason(f"{path}.reason", closure.get("reason", {}))
    return Closure(first_day=first_day, last_day=last_day, reasons=reasons)


def _parse_date(path: str, value: object) -> dt.date:
    # datetime is a subclass of date: a TOML date-time would slip through silently.
    if isinstance(value, dt.datetime):
        raise ValueError(f"{path}: {value} has a time of day; give only the date, like 2026-12-31")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"{path}: {value!r} is not a date like 2026-12-31")


def _parse_reason(path: str, value: object) -> tuple[tuple[str, str], ...]:
    if isinstance(value, str):
        return (("", value),)
    if not isinstance(value, Mapping):
        raise ValueError(f"{path}: expected text or a table of texts by language, got {value!r}")
    reasons = []
    for language, text in value.items():
        if not isinstance(language, str) or not language:
            raise ValueError(f"{path}: {language!r} is not a language code")
        if not isinstance(text, str):
            raise ValueError(f"{path}.{language}: expected text, got {text!r}")
        reasons.append((language, text))
    return tuple(reasons)
