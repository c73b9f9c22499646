"""The appointments journey for QML: person → office → day → time → held → confirmed; cancel.

Every portal call runs in the background (`BackgroundTasks`): the screen shows
"Loading…" and disables its buttons meanwhile, and a portal that is not connected
or not answering gives a message with "Try again" that repeats the same request.
What was typed stays in the view-model until the session wipe.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot

from kiosk.appointments.appointment_number import normalise_code, normalise_number
from kiosk.appointments.booking import Booking
from kiosk.appointments.formatting import (
    long_date,
    month_title,
    office_date,
    office_time,
    weekday_names,
)
from kiosk.appointments.hold_countdown import HoldCountdown, minutes_and_seconds
from kiosk.appointments.person import PersonDetails
from kiosk.appointments.problems import Trouble, trouble_of
from kiosk.appointments.slip import appointment_slip
from kiosk.forms.personal_ids import mask_personal_id
from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.portal.appointments import Appointment, AppointmentRequest
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalError, PortalUnreachable
from kiosk.portal_access import PortalAccess
from kiosk.printing.print_state import PrintState
from kiosk.printing.problems import problem_sentence
from kiosk.printing.receipt_printer import (
    NoPrinter,
    ReceiptPrinter,
)
from kiosk.qr_image import qr_data_uri
from kiosk.session.clock import Clock, SystemClock
from kiosk.session.outcomes import APPOINTMENT_CANCEL, SessionOutcomes
from kiosk.session.screens import Screen
from kiosk.tasks import BackgroundTasks

log = logging.getLogger("kiosk.appointments")

CONTEXT = "Appointments"
TICK_MS = 500

ENTER_NUMBER = QT_TRANSLATE_NOOP("Appointments", "Enter the appointment number from your slip")
ENTER_CODE = QT_TRANSLATE_NOOP("Appointments", "Enter the access code from your slip")
PRINTED = QT_TRANSLATE_NOOP("Appointments", "Your slip is printing. Take it from the printer.")
NOT_PRINTED = QT_TRANSLATE_NOOP(
    "Appointments",
    "The printer is not working right now. Please write down the appointment number and "
    "access code, or scan the code with your phone.",
)
KEEP_NUMBERS = QT_TRANSLATE_NOOP(
    "Appointments",
    "Please take a photo of the appointment number and access code on the screen, "
    "or write them down.",
)
HELD_FOR = QT_TRANSLATE_NOOP("Appointments", "Held for you for %1 more")
HELD_UNTIL_CONFIRMED = QT_TRANSLATE_NOOP(
    "Appointments", "Held for you for a few minutes. Confirm it soon."
)
FREE_COUNT = QT_TRANSLATE_NOOP("Appointments", "%1 free")
NOT_AVAILABLE = QT_TRANSLATE_NOOP("Appointments", "Not available")
STATUS_TEXT = {
    "reserved": QT_TRANSLATE_NOOP("Appointments", "Not confirmed yet"),
    "confirmed": QT_TRANSLATE_NOOP("Appointments", "Booked"),
    "cancelled": QT_TRANSLATE_NOOP("Appointments", "Cancelled"),
    "expired": QT_TRANSLATE_NOOP("Appointments", "Not booked: the time ran out"),
}

Work = Callable[[PortalClient], Awaitable[None]]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class AppointmentsViewModel(QObject):
    changed = Signal()
    # Once or twice a second while a time is held: only the countdown re-reads.
    holdChanged = Signal()

    def __init__(
        self,
        portal: PortalAccess,
        navigate: Callable[[Screen], None],
        language: str,
        *,
        clock: Clock | None = None,
        printer: ReceiptPrinter | None = None,
        country: str = "RO",
        outcomes: SessionOutcomes | None = None,
    ) -> None:
        super().__init__()
        self._portal = portal
        self._outcomes = outcomes or SessionOutcomes()
        self._navigate = navigate
        self._language = language
        self._clock: Clock = clock or SystemClock()
        self._printer: ReceiptPrinter = printer or NoPrinter()
        self._country = country
        self._tasks = BackgroundTasks("appointments")
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._reset()

    def _reset(self) -> None:
        self._booking = Booking()
        self._person_errors: dict[str, str] = {}
        self._busy = False
        self._problem = ""  # English source text, translated on read
        self._retry: Work | None = None
        self._notice = ""
        self._hold_on_screen = False
        self._hold_ran_out = False
        self._print = PrintState(self._printer)
        self._cancel_stage = "enter"
        self._cancel_found: Appointment | None = None
        self._cancel_code = ""
        self._calendar_url = ""
        self._calendar_qr_uri = ""
        self._timer.stop()

    # -- language and wipe ----------------------------------------------------
    def set_language(self, code: str) -> None:
        self._language = code
        self.changed.emit()
        self.holdChanged.emit()
        if self._booking.offices and self._portal.client is not None:
            # Office names come from the portal in the asked language.
            self._tasks.spawn(self._refresh_office_names(self._booking.service_code, code))

    async def _refresh_office_names(self, service_code: str, language: str) -> None:
        client = self._portal.client
        if client is None:
            return
        try:
            offices = await client.offices(service_code, language=language)
        except PortalError:
            return  # the names stay in the previous language; nothing else is affected
        if service_code == self._booking.service_code and language == self._language:
            by_code = {office.code: office for office in offices}
            self._booking.offices = [by_code.get(o.code, o) for o in self._booking.offices]
            if self._booking.office is not None:
                self._booking.office = by_code.get(self._booking.office.code, self._booking.office)
            self.changed.emit()

    def wipe(self) -> None:
        """Forget everything of this session; a time still held is given back."""
        self._tasks.cancel_all()
        released = self._booking.drop_hold() if self._booking.confirmed is None else None
        self._reset()
        if released is not None:
            self._release(released)
        self.changed.emit()
        self.holdChanged.emit()

    # -- running portal requests ------------------------------------------------
    def _run(self, work: Work) -> None:
        self._problem, self._retry, self._busy = "", None, True
        self.changed.emit()
        self._tasks.spawn(self._guarded(work))

    async def _guarded(self, work: Work) -> None:
        try:
            client = self._portal.client
            if client is None:
                raise PortalUnreachable("portal not connected")
            await work(client)
        except PortalError as error:
            trouble = trouble_of(error)
            log.info(
                "appointment_request_failed",
                extra={"trouble": trouble.value, "status": error.status, "code": error.code},
            )
            self._problem = trouble.message
            self._retry = work if trouble.retryable else None
        finally:
            self._busy = False
            self.changed.emit()

    @Slot()
    def retry(self) -> None:
        if self._retry is not None and not self._busy:
            self._run(self._retry)

    @staticmethod
    async def _give_back(client: PortalClient, held: tuple[str, str]) -> None:
        """Cancel a hold so others can have the time (unasked, it would run out by itself)."""
        try:
            await client.cancel_appointment(*held)
            log.info("appointment_hold_released")
        except PortalError as error:
            log.info("appointment_hold_release_failed", extra={"status": error.status})

    def _release(self, held: tuple[str, str]) -> None:
        """Give a held time back in the background (the session is ending)."""
        client = self._portal.client
        if client is not None:
            self._tasks.spawn(self._give_back(client, held))

    # -- start ------------------------------------------------------------------
    @Slot(str)
    def start(self, service_code: str) -> None:
        """Begin the journey for a catalogue service (the person's typed details are kept)."""
        person = self._booking.person
        self.wipe()
        self._booking.service_code = service_code
        self._booking.person = person
        log.info("appointment_started", extra={"service": service_code})
        self._outcomes.service_started(service_code)
        self._navigate(Screen.APPOINTMENT_PERSON)
        self.changed.emit()

    # -- who it is for -----------------------------------------------------------
    def _person(self) -> dict[str, str]:
        person = self._booking.person
        return {
            "givenNames": person.given_names,
            "surname": person.surname,
            "personalId": person.personal_id,
        }

    def _person_errors_read(self) -> dict[str, str]:
        return {name: tr(message) for name, message in self._person_errors.items()}

    @Slot(str, str, str)
    def submitPerson(self, given_names: str, surname: str, personal_id: str) -> None:
        person = PersonDetails.typed(given_names, surname, personal_id)
        self._booking.person = person
        self._person_errors = person.problems(self._country)
        if self._person_errors:
            log.info("appointment_person_incomplete", extra={"fields": sorted(self._person_errors)})
            self.changed.emit()
            return
        self._navigate(Screen.APPOINTMENT_OFFICES)
        self._load_offices()

    # -- office ---------------------------------------------------------------------
    def _load_offices(self) -> None:
        service_code, language = self._booking.service_code, self._language

        async def work(client: PortalClient) -> None:
            self._booking.offices = await client.offices(service_code, language=language)
            log.info("appointment_offices_shown", extra={"count": len(self._booking.offices)})

        self._run(work)

    def _offices(self) -> list[dict[str, str]]:
        return [
            {"code": office.code, "name": office.name, "address": office.address}
            for office in self._booking.offices
        ]

    @Slot(str)
    def chooseOffice(self, code: str) -> None:
        if self._busy or not self._booking.choose_office(code):
            return
        self._navigate(Screen.APPOINTMENT_DAYS)
        self._load_days()

    # -- day --------------------------------------------------------------------------
    def _today(self) -> dt.date:
        return self._clock.now().date()

    def _load_days(self) -> None:
        booking = self._booking
        office = booking.office
        if office is None:
            return

        async def work(client: PortalClient) -> None:
            days = await client.days(booking.service_code, office.code, language=self._language)
            booking.set_days(days, self._today())
            log.info("appointment_days_shown", extra={"count": len(booking.free_days)})

        self._run(work)

    def _month_title(self) -> str:
        shown = self._booking.calendar(self._today())
        return month_title(shown.year, shown.month, self._language)

    def _weekdays(self) -> list[str]:
        return weekday_names(self._language)

    def _day_cells(self) -> list[dict[str, Any]]:
        cells = []
        for cell in self._booking.calendar(self._today()).cells:
            date_text = long_date(cell.date, self._language)
            if cell.bookable:
                free = tr(FREE_COUNT).replace("%1", str(cell.free_slots))
                label = f"{date_text}, {free}"
            else:
                free = ""
                label = f"{date_text}, {tr(NOT_AVAILABLE)}"
            cells.append(
                {
                    "day": cell.date.day,
                    "iso": cell.date.isoformat(),
                    "inMonth": cell.in_month,
                    "isToday": cell.is_today,
                    "bookable": cell.bookable,
                    "free": free,
                    "label": label,
                }
            )
        return cells

    def _can_page(self, forward: bool) -> bool:
        shown = self._booking.calendar(self._today())
        return shown.can_go_forward if forward else shown.can_go_back

    def _can_page_back(self) -> bool:
        return self._can_page(False)

    def _can_page_forward(self) -> bool:
        return self._can_page(True)

    def _has_free_days(self) -> bool:
        return bool(self._booking.free_days)

    def _days_loaded(self) -> bool:
        return self._booking.days_loaded

    @Slot()
    def nextMonth(self) -> None:
        self._booking.page_month(True, self._today())
        self.changed.emit()

    @Slot()
    def previousMonth(self) -> None:
        self._booking.page_month(False, self._today())
        self.changed.emit()

    @Slot(str)
    def chooseDay(self, iso: str) -> None:
        try:
            day = dt.date.fromisoformat(iso)
        except ValueError:
            return
        if self._busy or not self._booking.choose_day(day):
            return
        self._notice = ""
        self._navigate(Screen.APPOINTMENT_SLOTS)
        self._load_slots()

    # -- time -----------------------------------------------------------------------------
    def _load_slots(self, give_back: tuple[str, str] | None = None) -> None:
        """Fetch the day's times; first give back a time held for this person, if any."""
        booking = self._booking
        office, day = booking.office, booking.day
        if office is None or day is None:
            return

        async def work(client: PortalClient) -> None:
            if give_back is not None:
                await self._give_back(client, give_back)
            booking.slots = await client.slots(
                booking.service_code, office.code, day.isoformat(), language=self._language
            )
            booking.slots_loaded = True
            log.info("appointment_times_shown", extra={"count": len(booking.free_times())})

        self._run(work)

    def _day_title(self) -> str:
        day = self._booking.day
        return long_date(day, self._language) if day is not None else ""

    def _times(self) -> list[dict[str, str]]:
        return [
            {"id": slot.id, "time": office_time(slot.starts_at), "ends": office_time(slot.ends_at)}
            for slot in self._booking.free_times()
        ]

    def _times_loaded(self) -> bool:
        return self._booking.slots_loaded

    @Slot(str)
    def chooseSlot(self, slot_id: str) -> None:
        booking = self._booking
        office = booking.office
        if self._busy or office is None or slot_id not in {s.id for s in booking.free_times()}:
            return
        self._notice = ""
        key = booking.hold_key(slot_id)
        request = AppointmentRequest(
            service_code=booking.service_code,
            office=office.code,
            slot_id=slot_id,
            applicant=booking.person.applicant(),
            locale=self._language,
        )

        async def work(client: PortalClient) -> None:
            try:
                held = await client.hold_appointment(request, key)
            except PortalError as error:
                if trouble_of(error) is not Trouble.SLOT_TAKEN:
                    raise
                log.info("appointment_slot_taken", extra={"service": booking.service_code})
                booking.pending_hold = None
                self._notice = Trouble.SLOT_TAKEN.message
                booking.slots = await client.slots(
                    booking.service_code,
                    office.code,
                    booking.day.isoformat() if booking.day else "",
                    language=self._language,
                )
                return
            booking.keep_hold(held, HoldCountdown.start(held.hold_expires_at, self._clock))
            self._hold_ran_out = False
            self._timer.start()
            log.info("appointment_held", extra={"service": booking.service_code})
            self._navigate(Screen.APPOINTMENT_HOLD)

        self._run(work)

    def _notice_read(self) -> str:
        return tr(self._notice) if self._notice else ""

    # -- the held time ----------------------------------------------------------------
    def _summary(self, appointment: Appointment | None) -> dict[str, str]:
        if appointment is None:
            keys = ("service", "office", "address", "date", "time", "number", "status")
            return dict.fromkeys(keys, "")
        starts = appointment.slot.starts_at
        return {
            "service": appointment.service_name or appointment.service_code,
            "office": appointment.office.name,
            "address": appointment.office.address,
            "date": long_date(office_date(starts), self._language),
            "time": office_time(starts),
            "number": appointment.id,
            "status": tr(STATUS_TEXT.get(appointment.status, "")) if appointment.status else "",
        }

    def _held(self) -> dict[str, str]:
        summary = self._summary(self._booking.held)
        person = self._booking.person
        summary["name"] = person.full_name if self._booking.held else ""
        summary["personalId"] = mask_personal_id(person.personal_id) if self._booking.held else ""
        return summary

    def _seconds_left(self) -> int | None:
        countdown = self._booking.countdown
        return countdown.seconds_left(self._clock) if countdown is not None else None

    def _hold_left(self) -> str:
        if self._booking.held is None:
            return ""
        left = self._seconds_left()
        if left is None:
            return tr(HELD_UNTIL_CONFIRMED)
        return tr(HELD_FOR).replace("%1", minutes_and_seconds(left))

    def _hold_expired(self) -> bool:
        return self._hold_ran_out

    def _tick(self) -> None:
        if self._booking.held is None:
            self._timer.stop()
            return
        left = self._seconds_left()
        if left == 0 and not self._busy:
            self._hold_runs_out()
        self.holdChanged.emit()

    def _hold_runs_out(self) -> None:
        """The kiosk's own countdown reached zero: never confirm, offer the times again."""
        log.info("appointment_hold_expired", extra={"service": self._booking.service_code})
        self._timer.stop()
        released = self._booking.drop_hold()
        self._hold_ran_out = True
        self._notice = Trouble.HOLD_EXPIRED.message
        self.changed.emit()
        if self._hold_on_screen:
            self._back_to_times(released)
        elif released is not None:
            self._release(released)

    def _back_to_times(self, give_back: tuple[str, str] | None = None) -> None:
        self._navigate(Screen.APPOINTMENT_SLOTS)
        self._load_slots(give_back)

    @Slot()
    def holdShown(self) -> None:
        """The hold screen is on: when the time runs out, it goes back to the times."""
        self._hold_on_screen = True
        if self._hold_ran_out and self._booking.held is None:
            self._back_to_times()

    @Slot()
    def holdHidden(self) -> None:
        self._hold_on_screen = False

    @Slot()
    def confirm(self) -> None:
        booking = self._booking
        held, code = booking.held, booking.access_code
        if self._busy or held is None:
            return
        if booking.countdown is not None and booking.countdown.expired(self._clock):
            self._hold_runs_out()
            return

        async def work(client: PortalClient) -> None:
            try:
                confirmed = await client.confirm_appointment(held.id, code)
            except PortalError as error:
                if trouble_of(error) is not Trouble.HOLD_EXPIRED:
                    raise
                self._hold_runs_out()
                return
            # The hold's answer has the names in the person's language (the request's locale).
            booking.confirmed = dataclasses.replace(
                confirmed,
                service_name=held.service_name or confirmed.service_name,
                office=held.office,
            )
            url = client.appointment_ics_url(confirmed.id, code)
            self._calendar_url, self._calendar_qr_uri = url, qr_data_uri(url)
            self._timer.stop()
            log.info("appointment_confirmed", extra={"service": booking.service_code})
            self._outcomes.service_completed(booking.service_code)
            self._navigate(Screen.APPOINTMENT_CONFIRMATION)

        self._run(work)

    @Slot()
    def chooseAnotherTime(self) -> None:
        released = self._booking.drop_hold()
        self._timer.stop()
        self._notice = ""
        self._back_to_times(released)

    # -- confirmation -------------------------------------------------------------------
    def _confirmed(self) -> dict[str, str]:
        summary = self._summary(self._booking.confirmed)
        summary["accessCode"] = self._booking.access_code if self._booking.confirmed else ""
        return summary

    def _calendar_qr(self) -> str:
        return self._calendar_qr_uri

    @Slot()
    def printSlip(self) -> None:
        booking = self._booking
        confirmed = booking.confirmed
        if confirmed is None or self._print.printing:
            return
        slip = appointment_slip(
            confirmed,
            access_code=booking.access_code,
            full_name=booking.person.full_name,
            personal_id=booking.person.personal_id,
            calendar_url=self._calendar_url,
            language=self._language,
            tr=tr,
        )
        self._print.begin()
        self.changed.emit()

        async def print_it() -> None:
            await self._print.print(slip, log, "appointment_slip")
            self.changed.emit()

        self._tasks.spawn(print_it())

    def _print_status_read(self) -> str:
        if self._print.problem is not None:
            return f"{problem_sentence(self._print.problem)} {tr(KEEP_NUMBERS)}"
        said = self._print.said(PRINTED, NOT_PRINTED)
        return tr(said) if said else ""

    def _printed_read(self) -> bool:
        return self._print.printed

    # -- cancelling by number and code ----------------------------------------------------
    @Slot()
    def startCancel(self) -> None:
        """Cancel an appointment by its number and access code (from the home screen)."""
        self.wipe()
        log.info("appointment_cancel_started")
        self._outcomes.service_started(APPOINTMENT_CANCEL)
        self._navigate(Screen.APPOINTMENT_CANCEL)

    @Slot(str, str)
    def findAppointment(self, typed_number: str, typed_code: str) -> None:
        if self._busy:
            return
        number, code = normalise_number(typed_number), normalise_code(typed_code)
        if not number or not code:
            self._problem, self._retry = (ENTER_NUMBER if not number else ENTER_CODE), None
            self.changed.emit()
            return

        async def work(client: PortalClient) -> None:
            found = await client.appointment(number, code, language=self._language)
            self._cancel_found, self._cancel_code = found, code
            self._cancel_stage = "found"
            log.info("appointment_found_for_cancel", extra={"status": found.status})

        self._run(work)

    @Slot()
    def cancelAppointment(self) -> None:
        found, code = self._cancel_found, self._cancel_code
        if self._busy or found is None:
            return

        async def work(client: PortalClient) -> None:
            cancelled = await client.cancel_appointment(found.id, code)
            self._cancel_found = dataclasses.replace(found, status=cancelled.status)
            self._cancel_stage = "cancelled"
            log.info("appointment_cancelled", extra={"service": found.service_code})
            self._outcomes.service_completed(APPOINTMENT_CANCEL)

        self._run(work)

    @Slot()
    def cancelAnother(self) -> None:
        """Back to the number and code fields (the typed text stays in them)."""
        self._cancel_stage, self._cancel_found, self._cancel_code = "enter", None, ""
        self._problem, self._retry = "", None
        self.changed.emit()

    def _cancel_details(self) -> dict[str, str]:
        return self._summary(self._cancel_found)

    def _cancel_stage_read(self) -> str:
        return self._cancel_stage

    def _can_cancel(self) -> bool:
        found = self._cancel_found
        return found is not None and found.status in ("reserved", "confirmed")

    # -- for Python callers (screenshots, tests): where the journey stands ---------------
    def offices_ready(self) -> bool:
        return bool(self._booking.offices) and not self._busy

    def days_ready(self) -> bool:
        return self._booking.days_loaded and not self._busy

    def times_ready(self) -> bool:
        return self._booking.slots_loaded and not self._busy

    def first_free_day(self) -> str | None:
        """ISO date of the first day with free times, once the days are loaded."""
        return min(self._booking.free_days).isoformat() if self._booking.free_days else None

    # -- properties -------------------------------------------------------------------
    def _busy_read(self) -> bool:
        return self._busy

    def _problem_read(self) -> str:
        return tr(self._problem) if self._problem else ""

    def _can_retry(self) -> bool:
        return self._retry is not None

    def _office_name(self) -> str:
        office = self._booking.office
        return office.name if office is not None else ""

    def _office_address(self) -> str:
        office = self._booking.office
        return office.address if office is not None else ""

    def _printing_read(self) -> bool:
        return self._print.printing

    busy = Property(bool, _busy_read, notify=changed)
    problem = Property(str, _problem_read, notify=changed)
    canRetry = Property(bool, _can_retry, notify=changed)
    notice = Property(str, _notice_read, notify=changed)
    person = Property(dict, _person, notify=changed)
    personErrors = Property(dict, _person_errors_read, notify=changed)
    offices = Property(list, _offices, notify=changed)
    officeName = Property(str, _office_name, notify=changed)
    officeAddress = Property(str, _office_address, notify=changed)
    monthTitle = Property(str, _month_title, notify=changed)
    weekdays = Property(list, _weekdays, notify=changed)
    dayCells = Property(list, _day_cells, notify=changed)
    canPreviousMonth = Property(bool, _can_page_back, notify=changed)
    canNextMonth = Property(bool, _can_page_forward, notify=changed)
    hasFreeDays = Property(bool, _has_free_days, notify=changed)
    daysLoaded = Property(bool, _days_loaded, notify=changed)
    dayTitle = Property(str, _day_title, notify=changed)
    times = Property(list, _times, notify=changed)
    timesLoaded = Property(bool, _times_loaded, notify=changed)
    held = Property(dict, _held, notify=changed)
    holdLeft = Property(str, _hold_left, notify=holdChanged)
    holdExpired = Property(bool, _hold_expired, notify=changed)
    confirmed = Property(dict, _confirmed, notify=changed)
    calendarQr = Property(str, _calendar_qr, notify=changed)
    printing = Property(bool, _printing_read, notify=changed)
    printed = Property(bool, _printed_read, notify=changed)
    printStatus = Property(str, _print_status_read, notify=changed)
    cancelStage = Property(str, _cancel_stage_read, notify=changed)
    cancelDetails = Property(dict, _cancel_details, notify=changed)
    canCancel = Property(bool, _can_cancel, notify=changed)
