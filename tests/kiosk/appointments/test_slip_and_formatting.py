"""The printed slip and the dates and times on screen, in the person's language."""

import datetime as dt

from kiosk.appointments.formatting import long_date, month_title, office_time, weekday_names
from kiosk.appointments.slip import appointment_slip
from kiosk.portal.appointments import Appointment, Office, Slot
from kiosk.printing.receipt_printer import ReceiptKind

STARTS = "2026-11-23T08:30:00+02:00"


def test_times_are_the_office_local_time_as_sent() -> None:
    assert office_time(STARTS) == "08:30"
    assert office_time("2026-11-23T06:30:00Z") == "06:30"


def test_dates_in_each_language() -> None:
    day = dt.date(2026, 11, 23)
    assert long_date(day, "en") == "Monday, 23 November 2026"
    assert "noiembrie" in long_date(day, "ro") and long_date(day, "ro")[0].isupper()
    assert month_title(2026, 11, "ro") == "Noiembrie 2026"
    assert len(weekday_names("bg")) == 7


def test_slip_masks_the_personal_id_and_carries_number_code_and_calendar_link() -> None:
    appointment = Appointment(
        id="a1",
        status="confirmed",
        service_code="ro-id-card-appointment",
        service_name="ID card",
        office=Office(
            "deva-spclep", "SPCLEP Deva", "Str. 1 Decembrie 1918 nr. 2", "Europe/Bucharest"
        ),
        slot=Slot("s1", STARTS, "2026-11-23T08:50:00+02:00", False),
        hold_expires_at="2026-11-23T06:10:00Z",
        calendar_url=None,
        access_code=None,
        client_reference=None,
    )
    slip = appointment_slip(
        appointment,
        access_code="ACDE3467",
        full_name="Ana Popescu",
        personal_id="1800101200017",
        calendar_url="https://portal/appointments/a1.ics?access_code=ACDE3467",
        language="en",
        tr=lambda text: text,
    )
    rows = dict(slip.lines)
    assert slip.kind is ReceiptKind.APPOINTMENT
    assert rows["Time"] == "08:30" and rows["Date"] == "Monday, 23 November 2026"
    assert rows["Appointment number"] == "a1" and rows["Access code"] == "ACDE3467"
    assert rows["Personal identification number"] == "•••••••••0017"
    assert "1800101200017" not in repr(slip) and slip.qr_text.endswith("ACDE3467")
