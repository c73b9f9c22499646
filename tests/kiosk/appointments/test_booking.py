"""The booking's rules between steps: offices, days, times and the hold's idempotency key."""

import datetime as dt

from kiosk.appointments.booking import Booking
from kiosk.appointments.hold_countdown import HoldCountdown
from kiosk.portal.appointments import Appointment, DayAvailability, Office, Slot

DEVA = Office("deva-spclep", "SPCLEP Deva", "Str. 1 Decembrie 1918 nr. 2, Deva", "Europe/Bucharest")
OTHER = Office("deva-stare-civila", "Starea Civilă", "Piața Unirii nr. 4, Deva", "Europe/Bucharest")
TODAY = dt.date(2026, 11, 20)


def slot(hhmm: str, available: bool = True) -> Slot:
    return Slot(f"s{hhmm}", f"2026-11-23T{hhmm}:00+02:00", f"2026-11-23T{hhmm}:20+02:00", available)


def booking_on_a_day() -> Booking:
    booking = Booking(service_code="ro-id-card-appointment", offices=[DEVA, OTHER])
    assert booking.choose_office(DEVA.code)
    booking.set_days([DayAvailability("2026-11-23", 2), DayAvailability("2026-11-24", 0)], TODAY)
    assert booking.choose_day(dt.date(2026, 11, 23))
    booking.slots = [slot("08:30"), slot("08:50", available=False), slot("09:10")]
    return booking


def test_taken_times_are_not_offered() -> None:
    assert [s.id for s in booking_on_a_day().free_times()] == ["s08:30", "s09:10"]


def test_a_full_day_or_unknown_office_cannot_be_chosen() -> None:
    booking = booking_on_a_day()
    assert not booking.choose_day(dt.date(2026, 11, 24))
    assert not booking.choose_office("nowhere")
    assert booking.office == DEVA


def test_another_office_starts_the_days_afresh() -> None:
    booking = booking_on_a_day()
    assert booking.choose_office(OTHER.code)
    assert booking.free_days == {} and booking.day is None and booking.slots == []
    assert not booking.days_loaded


def test_retrying_the_same_time_reuses_its_key_another_time_gets_a_new_one() -> None:
    booking = booking_on_a_day()
    first = booking.hold_key("s08:30")
    assert booking.hold_key("s08:30") == first
    assert booking.hold_key("s09:10") != first


def test_dropping_a_hold_returns_what_is_needed_to_give_it_back() -> None:
    booking = booking_on_a_day()
    held = Appointment(
        id="a1",
        status="reserved",
        service_code="ro-id-card-appointment",
        service_name="Carte de identitate",
        office=DEVA,
        slot=slot("08:30"),
        hold_expires_at="2026-11-23T07:10:00Z",
        calendar_url=None,
        access_code="ACDE3467",
        client_reference=None,
    )
    booking.keep_hold(held, HoldCountdown(600, 0))
    assert booking.access_code == "ACDE3467" and booking.pending_hold is None
    assert booking.drop_hold() == ("a1", "ACDE3467")
    assert booking.held is None and booking.access_code == "" and booking.drop_hold() is None


def test_repr_hides_personal_data() -> None:
    assert "hidden" in repr(booking_on_a_day())
