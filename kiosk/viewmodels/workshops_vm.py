"""The `workshops` page: the schedule (add, change, remove) and attendance after a workshop.

Staff reach it from the admin screen. Workshops from the configuration file are
listed but changed only in the file; attendance can be recorded for any workshop
that took place. Dates and times are set with buttons (no typing), the attendance
count with a number pad. Only titles, places, times, seats and head counts are kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, Signal, Slot

from kiosk.config import KioskConfig
from kiosk.i18n.languages import BY_CODE
from kiosk.viewmodels.admin_page import AdminPageViewModel
from kiosk.workshops.formatting import format_when
from kiosk.workshops.schedule import (
    Workshop,
    awaiting_attendance,
    from_config,
    is_past,
    local_time,
)
from kiosk.workshops.store import WorkshopStore

log = logging.getLogger("kiosk.workshops")

MAX_ATTENDANCE_DIGITS = 4
MAX_SEATS = 500
# Past workshops stay on the page this long (to record or correct attendance).
SHOW_PAST_DAYS = 60


@dataclass(frozen=True, slots=True)
class Draft:
    """The workshop being added or changed (None key: a new one)."""

    key: str | None
    title: str
    start: datetime
    place: str
    seats: int
    language: str


class WorkshopsViewModel(AdminPageViewModel):
    changed = Signal()
    _log = log
    # The schedule itself changed (the attract screen shows the next workshops).
    scheduleChanged = Signal()

    def __init__(
        self,
        config: KioskConfig,
        store: WorkshopStore,
        now: Callable[[], datetime],
        language: str,
    ) -> None:
        super().__init__(language)
        self._configured = from_config(config.workshops)
        self._languages = config.languages
        self._default_language = config.default_language
        self._store = store
        self._now = now
        self.forget()

    def forget(self) -> None:
        """Leave any editing or counting (the page closes)."""
        self._mode = "list"
        self._draft: Draft | None = None
        self._counting: Workshop | None = None
        self._digits = ""
        self._message = ""
        self._problem = ""
        self.changed.emit()

    def refresh(self) -> None:
        self.changed.emit()

    # -- the schedule ---------------------------------------------------------------------
    def schedule(self) -> list[Workshop]:
        return self._store.schedule(self._configured)

    def _find(self, key: str) -> Workshop | None:
        return next((w for w in self.schedule() if w.key == key), None)

    def _row(self, workshop: Workshop) -> dict[str, Any]:
        now = self._now()
        past = is_past(workshop, now)
        return {
            "key": workshop.key,
            "title": workshop.title_in(self._language),
            "when": format_when(workshop.start, self._language),
            "place": workshop.place,
            "seats": workshop.seats,
            "language": BY_CODE[workshop.language].native_name
            if workshop.language in BY_CODE
            else "",
            "editable": workshop.editable and not past,
            "fromConfig": workshop.from_config,
            "past": past,
            "attendance": -1 if workshop.attendance is None else workshop.attendance,
        }

    def _upcoming(self) -> list[dict[str, Any]]:
        now = self._now()
        return [self._row(w) for w in self.schedule() if not is_past(w, now)]

    def _past(self) -> list[dict[str, Any]]:
        now = self._now()
        since = local_time(now) - timedelta(days=SHOW_PAST_DAYS)
        past = [w for w in self.schedule() if is_past(w, now) and w.start >= since]
        return [self._row(w) for w in sorted(past, key=lambda w: w.start, reverse=True)]

    def _awaiting_count(self) -> int:
        return len(awaiting_attendance(self.schedule(), self._now()))

    def _get_mode(self) -> str:
        return self._mode

    def _get_message(self) -> str:
        return self._message

    def _get_problem(self) -> str:
        return self._problem

    mode = Property(str, _get_mode, notify=changed)  # list | edit | attendance
    upcoming = Property(list, _upcoming, notify=changed)
    past = Property(list, _past, notify=changed)
    awaitingCount = Property(int, _awaiting_count, notify=changed)
    message = Property(str, _get_message, notify=changed)
    problem = Property(str, _get_problem, notify=changed)

    # -- adding and changing --------------------------------------------------------------
    def _get_draft(self) -> dict[str, Any]:
        draft = self._draft
        if draft is None:
            return {}
        return {
            "isNew": draft.key is None,
            "title": draft.title,
            "when": format_when(draft.start, self._language),
            "place": draft.place,
            "seats": draft.seats,
            "language": draft.language,
        }

    def _get_language_choices(self) -> list[dict[str, str]]:
        return [{"code": c, "name": BY_CODE[c].native_name} for c in self._languages]

    draft = Property(dict, _get_draft, notify=changed)
    languageChoices = Property(list, _get_language_choices, constant=True)

    @Slot()
    def add(self) -> None:
        tomorrow = local_time(self._now()).date() + timedelta(days=1)
        start = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 10, 0)
        self._edit(Draft(None, "", start, "", 20, self._default_language))

    @Slot(str)
    def edit(self, key: str) -> None:
        found = self._find(key)
        if found is None or not found.editable:
            return
        title = found.title_in(found.language)
        self._edit(Draft(key, title, found.start, found.place, found.seats, found.language))

    def _edit(self, draft: Draft) -> None:
        self._draft, self._mode, self._problem, self._message = draft, "edit", "", ""
        self.changed.emit()

    def _change(self, **changes: Any) -> None:
        if self._draft is not None:
            self._draft = replace(self._draft, **changes)
            self._problem = ""
            self.changed.emit()

    @Slot(str)
    def setTitle(self, text: str) -> None:
        self._change(title=text[:120])

    @Slot(str)
    def setPlace(self, text: str) -> None:
        self._change(place=text[:120])

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        if code in self._languages:
            self._change(language=code)

    @Slot(int)
    def changeDay(self, days: int) -> None:
        if self._draft is not None:
            self._change(start=self._draft.start + timedelta(days=days))

    @Slot(int)
    def changeMinutes(self, minutes: int) -> None:
        """Hour and quarter-hour buttons; the time stays on the same day."""
        if self._draft is not None:
            start = self._draft.start
            moved = start + timedelta(minutes=minutes)
            if moved.date() == start.date():
                self._change(start=moved)

    @Slot(int)
    def changeSeats(self, delta: int) -> None:
        if self._draft is not None:
            self._change(seats=max(0, min(MAX_SEATS, self._draft.seats + delta)))

    @Slot()
    def save(self) -> None:
        draft = self._draft
        if draft is None:
            return
        title, place = draft.title.strip(), draft.place.strip()
        if not title:
            self._problem = QCoreApplication.translate("Workshops", "Give the workshop a title.")
        elif draft.start <= local_time(self._now()):
            self._problem = QCoreApplication.translate(
                "Workshops", "This date and time have passed. Choose a later one."
            )
        if self._problem:
            self.changed.emit()
            return
        if draft.key is None:
            key = self._store.add(title, draft.start, place, draft.seats, draft.language)
            self._record("workshop_added", workshop=key)
        else:
            self._store.update(draft.key, title, draft.start, place, draft.seats, draft.language)
            self._record("workshop_changed", workshop=draft.key)
        self._message = QCoreApplication.translate("Workshops", "Saved: %1").replace("%1", title)
        self._draft, self._mode = None, "list"
        self.changed.emit()
        self.scheduleChanged.emit()

    @Slot()
    def cancel(self) -> None:
        """Back to the list; nothing is changed."""
        self._draft, self._counting, self._digits = None, None, ""
        self._mode, self._problem = "list", ""
        self.changed.emit()

    @Slot(str)
    def remove(self, key: str) -> None:
        found = self._find(key)
        if found is None or not found.editable:
            return
        self._store.remove(key)
        self._record("workshop_removed", workshop=key)
        self._message = QCoreApplication.translate("Workshops", "Removed: %1").replace(
            "%1", found.title_in(self._language)
        )
        self.changed.emit()
        self.scheduleChanged.emit()

    # -- attendance -----------------------------------------------------------------------
    def _get_counting(self) -> dict[str, Any]:
        if self._counting is None:
            return {}
        return {
            "title": self._counting.title_in(self._language),
            "when": format_when(self._counting.start, self._language),
            "digits": self._digits,
        }

    counting = Property(dict, _get_counting, notify=changed)

    @Slot(str)
    def recordAttendance(self, key: str) -> None:
        found = self._find(key)
        if found is None or not is_past(found, self._now()):
            return
        self._counting, self._mode, self._problem, self._message = found, "attendance", "", ""
        self._digits = "" if found.attendance is None else str(found.attendance)
        self.changed.emit()

    @Slot(str)
    def digit(self, key: str) -> None:
        if self._counting is None or len(key) != 1 or not key.isdigit():
            return
        if len(self._digits) < MAX_ATTENDANCE_DIGITS:
            self._digits = (self._digits + key).lstrip("0") or "0"
            self._problem = ""
            self.changed.emit()

    @Slot()
    def deleteDigit(self) -> None:
        if self._digits:
            self._digits = self._digits[:-1]
            self.changed.emit()

    @Slot()
    def saveAttendance(self) -> None:
        workshop = self._counting
        if workshop is None:
            return
        if not self._digits:
            self._problem = QCoreApplication.translate(
                "Workshops", "Enter how many people came (0 if nobody came)."
            )
            self.changed.emit()
            return
        count = int(self._digits)
        self._store.record_attendance(workshop, count)
        self._record("workshop_attendance", workshop=workshop.key, count=count)
        self._message = (
            QCoreApplication.translate("Workshops", "Attendance recorded for %1: %2")
            .replace("%1", workshop.title_in(self._language))
            .replace("%2", str(count))
        )
        self._counting, self._digits, self._mode = None, "", "list"
        self.changed.emit()
