"""What went wrong with the appointment system, in words that say what to do next.

The view-model shows these (translated in the "Appointments" context); the
portal's own codes (``slot_taken``, ``hold_expired``) decide which words.
"""

from __future__ import annotations

from enum import Enum

from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.portal.errors import PortalError, PortalNotFound

UNREACHABLE = QT_TRANSLATE_NOOP(
    "Appointments",
    "The appointment system cannot be reached right now. Please try again in a few minutes "
    "or ask at the information desk.",
)
SLOT_TAKEN = QT_TRANSLATE_NOOP(
    "Appointments", "Someone else has just taken that time. Please choose another time."
)
HOLD_EXPIRED = QT_TRANSLATE_NOOP(
    "Appointments",
    "The time we kept for you has run out, so it was not booked. Please choose a time again.",
)
NOT_FOUND = QT_TRANSLATE_NOOP(
    "Appointments",
    "We could not find an appointment with this number and code. Check both and try again.",
)
ALREADY_CANCELLED = QT_TRANSLATE_NOOP(
    "Appointments", "This appointment has already been cancelled."
)
REFUSED = QT_TRANSLATE_NOOP(
    "Appointments",
    "The appointment system did not accept this. Please ask at the information desk.",
)


class Trouble(Enum):
    """How a failed request ends for the person."""

    UNREACHABLE = "unreachable"  # try again later: the same request may work
    SLOT_TAKEN = "slot_taken"  # choose another time
    HOLD_EXPIRED = "hold_expired"  # choose a time again
    NOT_FOUND = "not_found"  # check the number and code
    ALREADY_CANCELLED = "appointment_cancelled"
    REFUSED = "refused"  # a person at the desk must help

    @property
    def message(self) -> str:
        """English source text (context "Appointments")."""
        return _MESSAGES[self]

    @property
    def retryable(self) -> bool:
        return self is Trouble.UNREACHABLE


_MESSAGES = {
    Trouble.UNREACHABLE: UNREACHABLE,
    Trouble.SLOT_TAKEN: SLOT_TAKEN,
    Trouble.HOLD_EXPIRED: HOLD_EXPIRED,
    Trouble.NOT_FOUND: NOT_FOUND,
    Trouble.ALREADY_CANCELLED: ALREADY_CANCELLED,
    Trouble.REFUSED: REFUSED,
}


def trouble_of(error: PortalError) -> Trouble:
    if error.transient:
        return Trouble.UNREACHABLE
    if error.code == "slot_taken":
        return Trouble.SLOT_TAKEN
    if error.code == "hold_expired":
        return Trouble.HOLD_EXPIRED
    if error.code == "appointment_cancelled":
        return Trouble.ALREADY_CANCELLED
    if isinstance(error, PortalNotFound):
        return Trouble.NOT_FOUND
    return Trouble.REFUSED
