"""Report periods, figures and the CSV, from anonymous session outcomes in the real store."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.reports.csv_export import COLUMNS, export_report, report_csv
from kiosk.reports.figures import count_figures
from kiosk.reports.periods import Period, PeriodKind
from kiosk.reports.statistics_store import StatisticsStore
from kiosk.session.outcomes import SessionOutcome
from kiosk.workshops.schedule import Workshop

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def outcome(
    started: datetime,
    started_codes: tuple[str, ...] = (),
    completed: tuple[str, ...] = (),
    *,
    language: str = "ro",
    assisted: bool = False,
    practice: bool = False,
) -> SessionOutcome:
    return SessionOutcome(
        started_at=started,
        ended_at=started + timedelta(minutes=5),
        language=language,
        services_started=started_codes,
        services_completed=completed,
        assisted=assisted,
        practice=practice,
        end_reason="finish",
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[StatisticsStore]:
    found = StatisticsStore(tmp_path / "statistics.sqlite3", 365, now=lambda: NOW)
    yield found
    found.close()


def test_report_periods_are_local_days_monday_weeks_and_months() -> None:
    day = date(2026, 11, 20)  # a Friday
    week = Period.containing(PeriodKind.WEEK, day)
    assert (week.first, week.last) == (date(2026, 11, 16), date(2026, 11, 22))
    month = Period.containing(PeriodKind.MONTH, date(2026, 12, 31))
    assert (month.first, month.end) == (date(2026, 12, 1), date(2027, 1, 1))
    assert month.next().first == date(2027, 1, 1) and month.previous().first == date(2026, 11, 1)
    assert Period.containing(PeriodKind.DAY, day).next().first == date(2026, 11, 21)


def test_report_figures_count_completed_abandoned_assisted_and_languages(
    store: StatisticsStore,
) -> None:
    base = datetime(2026, 11, 20, 9, 0).astimezone()
    store.record(outcome(base, ("a", "b"), ("a",), language="hu"))
    store.record(outcome(base + timedelta(hours=1), ("b",), (), assisted=True))
    store.record(outcome(base + timedelta(hours=2)))  # looked at the calendar only
    store.record(outcome(base + timedelta(hours=3), ("a",), ("a",), practice=True))
    store.record(outcome(base + timedelta(days=3), ("a",), ("a",)))  # next week

    period = Period.containing(PeriodKind.WEEK, date(2026, 11, 20))
    first, end = period.local_bounds()
    figures = count_figures(period, store.sessions_between(first, end))
    total = figures.total
    assert (total.sessions, total.completed, total.abandoned) == (3, 1, 1)
    assert (total.assisted, total.self_service) == (1, 2)
    assert figures.practice_sessions == 1
    services = dict(figures.by_service)
    assert (services["a"].sessions, services["a"].completed) == (1, 1)
    assert (services["b"].sessions, services["b"].completed, services["b"].abandoned) == (2, 0, 2)
    assert services["b"].assisted == 1
    assert [(code, t.sessions) for code, t in figures.by_language] == [("ro", 2), ("hu", 1)]


def test_report_csv_has_the_documented_columns_and_one_row_per_figure() -> None:
    period = Period.containing(PeriodKind.MONTH, date(2026, 11, 20))
    start = datetime(2026, 11, 20, 9, 0).astimezone()
    held = Workshop(
        "admin:1", {"ro": "Atelier"}, datetime(2026, 11, 12, 10), "", 10, "ro", attendance=8
    )
    figures = count_figures(
        period,
        [outcome(start, ("a",), ("a",), assisted=True), outcome(start, ("a",), (), practice=True)],
        [(held, 8)],
    )
    rows = list(csv.DictReader(io.StringIO(report_csv(figures, "lib-1", "ro"))))
    assert tuple(rows[0]) == COLUMNS
    assert {(r["breakdown"], r["item"]) for r in rows} == {
        ("total", "all"),
        ("service", "a"),
        ("language", "ro"),
        ("practice", "all"),
        ("workshop", "2026-11-12 10:00 Atelier"),
        ("workshops", "all"),
    }
    total = rows[0]
    assert total["kiosk_id"] == "lib-1" and total["period"] == "month"
    assert (total["period_start"], total["period_end"]) == ("2026-11-01", "2026-11-30")
    assert (total["sessions"], total["completed"], total["assisted"], total["self_service"]) == (
        "1",
        "1",
        "1",
        "0",
    )
    by_kind = {r["breakdown"]: r for r in rows}
    assert by_kind["practice"]["sessions"] == "1"
    assert by_kind["workshop"]["attendance"] == "8" and by_kind["workshops"]["attendance"] == "8"


def test_report_export_is_written_whole_into_the_chosen_directory(tmp_path: Path) -> None:
    period = Period.containing(PeriodKind.DAY, date(2026, 11, 20))
    written = export_report(tmp_path, count_figures(period, []), "lib/1", "ro", NOW)
    assert written.parent == tmp_path
    assert written.name == "kiosk-report-lib_1-day-2026-11-20-20261120-120000.csv"
    text = written.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert [p.name for p in tmp_path.iterdir()] == [written.name], "no temporary file left"


def test_report_statistics_older_than_the_retention_limit_are_deleted(tmp_path: Path) -> None:
    now = [NOW]
    store = StatisticsStore(tmp_path / "s.sqlite3", 30, now=lambda: now[0])
    store.record(outcome(NOW - timedelta(days=40)))  # already too old: gone at once
    store.record(outcome(NOW - timedelta(days=10)))
    everything = (NOW - timedelta(days=400), NOW + timedelta(days=100))
    assert len(store.sessions_between(*everything)) == 1
    # 25 days later the next session's end deletes the one that is now 35 days old.
    now[0] = NOW + timedelta(days=25)
    store.record(outcome(now[0]))
    assert [o.started_at for o in store.sessions_between(*everything)] == [now[0]]
    # And a kiosk switched off for two months deletes everything old when it starts.
    now[0] = NOW + timedelta(days=90)
    store.close()
    reopened = StatisticsStore(tmp_path / "s.sqlite3", 30, now=lambda: now[0])
    assert reopened.sessions_between(*everything) == []
    reopened.close()


def test_report_statistics_files_are_readable_by_the_kiosk_only(store: StatisticsStore) -> None:
    store.record(outcome(NOW))
    files = sorted(store.path.parent.glob("statistics.sqlite3*"))
    assert files and all(f.stat().st_mode & 0o077 == 0 for f in files), files
