"""One person's booking as it goes: service, person, office, day, time, hold, confirmation.

Plain data and the rules between the steps; the view-model asks the portal and
stores the answers here. Everything in it is personal and goes with the session wipe.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from kiosk.appointments.day_grid import (
    AvailabilityMonth,
    availability_month,
    first_month,
    free_slots_by_date,
    next_month,
    previous_month,
)
from kiosk.appointments.hold_countdown import HoldCountdown
from kiosk.appointments.person import PersonDetails
from kiosk.portal.appointments import Appointment, DayAvailability, Office, Slot


@dataclass
class Booking:
    service_code: str = ""
    person: PersonDetails = field(default_factory=PersonDetails)
    offices: list[Office] = field(default_factory=list)
    office: Office | None = None
    free_days: dict[dt.date, int] = field(default_factory=dict)
    days_loaded: bool = False
    month: tuple[int, int] | None = None
    day: dt.date | None = None
    slots: list[Slot] = field(default_factory=list)
    slots_loaded: bool = False
    # The idempotency key of the hold being asked for: a retry after a lost answer
    # reuses it, so the portal answers with the same hold instead of a second one.
    pending_hold: tuple[str, str] | None = None
    held: Appointment | None = None
    access_code: str = ""
    countdown: HoldCountdown | None = None
    confirmed: Appointment | None = None

    def __repr__(self) -> str:
        return f"Booking(service_code={self.service_code!r}, <personal data hidden>)"

    def choose_office(self, code: str) -> bool:
        office = next((o for o in self.offices if o.code == code), None)
        if office is None:
            return False
        if office != self.office:
            self.office = office
            self.free_days, self.days_loaded, self.month = {}, False, None
            self.day, self.slots, self.slots_loaded = None, [], False
        return True

    def set_days(self, days: list[DayAvailability], today: dt.date) -> None:
        self.free_days = free_slots_by_date(days)
        self.days_loaded = True
        if self.month is None:
            self.month = first_month(self.free_days, today)

    def calendar(self, today: dt.date) -> AvailabilityMonth:
        year, month = self.month or (today.year, today.month)
        return availability_month(year, month, self.free_days, today)

    def page_month(self, forward: bool, today: dt.date) -> None:
        shown = self.calendar(today)
        if forward and shown.can_go_forward:
            self.month = next_month(shown.year, shown.month)
        elif not forward and shown.can_go_back:
            self.month = previous_month(shown.year, shown.month)

    def choose_day(self, day: dt.date) -> bool:
        if self.free_days.get(day, 0) <= 0:
            return False
        if day != self.day:
            self.day, self.slots, self.slots_loaded = day, [], False
        return True

    def free_times(self) -> list[Slot]:
        """Times still free on the chosen day; taken ones are not offered at all."""
        return [slot for slot in self.slots if slot.available]

    def hold_key(self, slot_id: str) -> str:
        """The same key for every attempt at the same time, a new one for another time."""
        if self.pending_hold is None or self.pending_hold[0] != slot_id:
            self.pending_hold = (slot_id, str(uuid.uuid4()))
        return self.pending_hold[1]

    def keep_hold(self, appointment: Appointment, countdown: HoldCountdown) -> None:
        self.held, self.countdown, self.pending_hold = appointment, countdown, None
        self.access_code = appointment.access_code or self.access_code

    def drop_hold(self) -> tuple[str, str] | None:
        """Forget the hold; returns (id, access code) so it can be released on the portal."""
        released = (self.held.id, self.access_code) if self.held is not None else None
        self.held, self.countdown, self.pending_hold = None, None, None
        self.access_code = ""
        return released
