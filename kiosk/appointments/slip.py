"""The printed appointment slip: what, where, when, the number and code to cancel it."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.appointments.formatting import long_date, office_date, office_time
from kiosk.forms.personal_ids import mask_personal_id
from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.portal.appointments import Appointment
from kiosk.printing.receipt_printer import PrintableReceipt, ReceiptKind

TITLE = QT_TRANSLATE_NOOP("Appointments", "Your appointment")
SERVICE = QT_TRANSLATE_NOOP("Appointments", "Service")
DATE = QT_TRANSLATE_NOOP("Appointments", "Date")
TIME = QT_TRANSLATE_NOOP("Appointments", "Time")
OFFICE = QT_TRANSLATE_NOOP("Appointments", "Office")
ADDRESS = QT_TRANSLATE_NOOP("Appointments", "Address")
NAME = QT_TRANSLATE_NOOP("Appointments", "Name")
PERSONAL_ID = QT_TRANSLATE_NOOP("Appointments", "Personal identification number")
NUMBER = QT_TRANSLATE_NOOP("Appointments", "Appointment number")
ACCESS_CODE = QT_TRANSLATE_NOOP("Appointments", "Access code")
BRING_ID = QT_TRANSLATE_NOOP("Appointments", "Bring your identity document with you.")
TO_CANCEL = QT_TRANSLATE_NOOP(
    "Appointments",
    "To cancel, choose \u201cCancel an appointment\u201d on the kiosk and enter the number "
    "and access code.",
)


def appointment_slip(
    appointment: Appointment,
    *,
    access_code: str,
    full_name: str,
    personal_id: str,
    calendar_url: str,
    language: str,
    tr: Callable[[str], str],
) -> PrintableReceipt:
    """``tr`` translates an English source string of the "Appointments" context."""
    starts = appointment.slot.starts_at
    lines = (
        (tr(SERVICE), appointment.service_name or appointment.service_code),
        (tr(DATE), long_date(office_date(starts), language)),
        (tr(TIME), office_time(starts)),
        (tr(OFFICE), appointment.office.name),
        (tr(ADDRESS), appointment.office.address),
        (tr(NAME), full_name),
        (tr(PERSONAL_ID), mask_personal_id(personal_id)),
        (tr(NUMBER), appointment.id),
        (tr(ACCESS_CODE), access_code),
    )
    return PrintableReceipt(
        kind=ReceiptKind.APPOINTMENT,
        language=language,
        title=tr(TITLE),
        lines=lines,
        qr_text=calendar_url,
        notes=(tr(BRING_ID), tr(TO_CANCEL)),
        headline=7,  # the appointment number, printed large
        name_row=5,  # printed only where the institution requires the name
    )
