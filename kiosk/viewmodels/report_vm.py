"""The `report` page: anonymous figures for a day, week or month, a bar chart, Export CSV.

The figures are counted in Python (kiosk/reports/figures.py); the page only draws
them. The bars are sessions per service, each with the completed part marked, as
fractions of the longest bar so QML needs no arithmetic beyond a width.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QDate, QLocale, Signal, Slot

from kiosk.admin.log_export import removable_directories
from kiosk.i18n.languages import BY_CODE
from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.reports.csv_export import export_report
from kiosk.reports.figures import ReportFigures, count_figures
from kiosk.reports.periods import Period, PeriodKind
from kiosk.reports.statistics_store import StatisticsStore
from kiosk.session.outcomes import APPOINTMENT_CANCEL, STATUS_CHECK
from kiosk.viewmodels.admin_page import AdminPageViewModel
from kiosk.workshops.formatting import format_day, format_when, locale_for
from kiosk.workshops.schedule import local_time
from kiosk.workshops.store import WorkshopStore

log = logging.getLogger("kiosk.reports")

C = "Report"
MAX_BARS = 8
_JOURNEY_NAMES = {
    STATUS_CHECK: QT_TRANSLATE_NOOP("Report", "Check a request"),
    APPOINTMENT_CANCEL: QT_TRANSLATE_NOOP("Report", "Cancel an appointment"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def _qdate(day: datetime) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportViewModel(AdminPageViewModel):
    changed = Signal()
    _log = log

    def __init__(
        self,
        statistics: StatisticsStore,
        workshops: WorkshopStore,
        now: Callable[[], datetime],
        language: str,
        *,
        kiosk_id: str,
        service_name: Callable[[str, str], str],
        data_dir: Path,
        export_directories: Callable[[], list[Path]] = removable_directories,
    ) -> None:
        super().__init__(language)
        self._statistics = statistics
        self._workshops = workshops
        self._now = now
        self._kiosk_id = kiosk_id
        self._service_name = service_name
        self._fallback_dir = data_dir / "exports"
        self._export_directories = export_directories
        # Libraries report monthly; day and week are a tap away.
        self._period = Period.containing(PeriodKind.MONTH, local_time(now()).date())
        self._figures: ReportFigures | None = None
        self._message = ""

    def forget(self) -> None:
        self._message = ""
        self._figures = None

    # -- the period -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Count again (the page opens, or the period changes)."""
        self._figures = self.figures()
        self.changed.emit()

    def figures(self) -> ReportFigures:
        first, end = self._period.local_bounds()
        naive_first, naive_end = self._period.naive_bounds()
        return count_figures(
            self._period,
            self._statistics.sessions_between(first, end),
            self._workshops.attendance_between(naive_first, naive_end),
        )

    @property
    def period(self) -> Period:
        return self._period

    @Slot(str)
    def setPeriod(self, kind: str) -> None:
        try:
            chosen = PeriodKind(kind)
        except ValueError:
            return
        self._period = Period.containing(chosen, local_time(self._now()).date())
        self._message = ""
        self.refresh()

    @Slot()
    def previous(self) -> None:
        self._period = self._period.previous()
        self._message = ""
        self.refresh()

    @Slot()
    def next(self) -> None:
        self._period = self._period.next()
        self._message = ""
        self.refresh()

    def _current(self) -> ReportFigures:
        if self._figures is None or self._figures.period != self._period:
            self._figures = self.figures()
        return self._figures

    # -- what the page shows ---------------------------------------------------------------
    def _get_period_kind(self) -> str:
        return self._period.kind.value

    def _get_period_title(self) -> str:
        period, language = self._period, self._language
        first = datetime.combine(period.first, datetime.min.time())
        last = datetime.combine(period.last, datetime.min.time())
        if period.kind is PeriodKind.DAY:
            return format_day(first, language)
        if period.kind is PeriodKind.MONTH:
            return locale_for(language).standaloneMonthName(first.month) + f" {first.year}"
        short = QLocale.FormatType.ShortFormat
        locale = locale_for(language)
        return f"{locale.toString(_qdate(first), short)} – {locale.toString(_qdate(last), short)}"

    def _get_totals(self) -> list[dict[str, Any]]:
        figures = self._current()
        total = figures.total
        rows = [
            (QT_TRANSLATE_NOOP("Report", "Sessions"), total.sessions),
            (QT_TRANSLATE_NOOP("Report", "Completed"), total.completed),
            (QT_TRANSLATE_NOOP("Report", "Abandoned"), total.abandoned),
            (QT_TRANSLATE_NOOP("Report", "Assisted by staff"), total.assisted),
            (QT_TRANSLATE_NOOP("Report", "Self-service"), total.self_service),
            (QT_TRANSLATE_NOOP("Report", "Practice sessions"), figures.practice_sessions),
            (QT_TRANSLATE_NOOP("Report", "Workshop attendance"), figures.attendance),
        ]
        return [{"label": _tr(label), "value": value} for label, value in rows]

    def _name(self, code: str) -> str:
        if code in _JOURNEY_NAMES:
            return _tr(_JOURNEY_NAMES[code])
        return self._service_name(code, self._language) or code

    def _get_bars(self) -> list[dict[str, Any]]:
        services = self._current().by_service[:MAX_BARS]
        longest = max((tally.sessions for _, tally in services), default=0) or 1
        return [
            {
                "label": self._name(code),
                "sessions": tally.sessions,
                "completed": tally.completed,
                "fraction": tally.sessions / longest,
                "completedFraction": tally.completed / longest,
            }
            for code, tally in services
        ]

    def _get_languages(self) -> list[dict[str, Any]]:
        return [
            {
                "name": BY_CODE[code].native_name if code in BY_CODE else code,
                "sessions": tally.sessions,
            }
            for code, tally in self._current().by_language
        ]

    def _get_workshops(self) -> list[dict[str, Any]]:
        return [
            {
                "title": workshop.title_in(self._language),
                "when": format_when(workshop.start, self._language),
                "attendance": count,
            }
            for workshop, count in self._current().workshops
        ]

    def _get_directories(self) -> list[dict[str, str]]:
        places = [*self._export_directories(), self._fallback_dir]
        return [
            {
                "path": str(p),
                "label": p.name
                if p != self._fallback_dir
                else QCoreApplication.translate("Report", "The kiosk’s own disk"),
            }
            for p in places
        ]

    def _get_message(self) -> str:
        return self._message

    periodKind = Property(str, _get_period_kind, notify=changed)
    periodTitle = Property(str, _get_period_title, notify=changed)
    totals = Property(list, _get_totals, notify=changed)
    bars = Property(list, _get_bars, notify=changed)
    languages = Property(list, _get_languages, notify=changed)
    workshops = Property(list, _get_workshops, notify=changed)
    directories = Property(list, _get_directories, notify=changed)
    message = Property(str, _get_message, notify=changed)

    # -- export -----------------------------------------------------------------------------
    @Slot(str)
    def exportCsv(self, directory: str) -> None:
        target = Path(directory)
        if target not in {*self._export_directories(), self._fallback_dir}:
            return
        try:
            written = export_report(
                target, self.figures(), self._kiosk_id, self._language, self._now()
            )
        except OSError as error:
            self._record("report_export_failed", error=type(error).__name__)
            self._message = QCoreApplication.translate(
                "Report",
                "The report could not be written there. Is the USB stick full or read-only?",
            )
        else:
            self._record("report_exported", period=self._period.kind.value)
            self._message = QCoreApplication.translate("Report", "Saved as %1").replace(
                "%1", str(written)
            )
        self.changed.emit()
