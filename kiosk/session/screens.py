"""Which screen the citizen session is on, and how it moves between them.

The session is a small state machine: attract → language → home → service →
(form steps → check answers → submit → confirmation) with side trips to the
lobby helpers. Back returns along the path actually taken.
"""

from __future__ import annotations

from enum import Enum


class Screen(Enum):
    ATTRACT = "attract"
    LANGUAGE = "language"
    HOME = "home"
    SERVICE_DETAIL = "service-detail"
    CALCULATOR = "calculator"
    CALENDAR = "calendar"
    # Forms (kiosk/forms): one step at a time, then check answers, then the outcome.
    # "Scan your ID card" or type it in, before a form that can take answers from the card.
    ID_SCAN = "id-scan"
    FORM_STEP = "form-step"
    CHECK_ANSWERS = "check-answers"
    CONFIRMATION = "confirmation"
    # Following a request from its receipt.
    STATUS_LOOKUP = "status-lookup"
    STATUS_TIMELINE = "status-timeline"
    # Booking an appointment: office, day, time, then confirm the held slot.
    APPOINTMENT_PERSON = "appointment-person"
    APPOINTMENT_OFFICES = "appointment-offices"
    APPOINTMENT_DAYS = "appointment-days"
    APPOINTMENT_SLOTS = "appointment-slots"
    APPOINTMENT_HOLD = "appointment-hold"
    APPOINTMENT_CONFIRMATION = "appointment-confirmation"
    APPOINTMENT_CANCEL = "appointment-cancel"
    # Local taxes: whose, what is owed, pay by phone.
    TAXES_LOOKUP = "taxes-lookup"
    TAXES_LIST = "taxes-list"
    PAYMENT_QR = "payment-qr"
    # Guided mode (library staff): the staff PIN pad.
    GUIDED_SIGNIN = "guided-signin"


class ScreenPath:
    """The screens visited in this session, for Back; the attract screen is its root."""

    def __init__(self) -> None:
        self._path: list[Screen] = [Screen.ATTRACT]

    @property
    def current(self) -> Screen:
        return self._path[-1]

    @property
    def in_session(self) -> bool:
        """True once a citizen has started (anything but the attract screen)."""
        return self.current is not Screen.ATTRACT

    def go(self, screen: Screen) -> None:
        if screen is Screen.ATTRACT:
            self.reset()
        elif screen is Screen.HOME:
            # Home is a hub: going there never builds up an endless Back chain.
            self._path = [Screen.ATTRACT, Screen.LANGUAGE, Screen.HOME]
        elif screen is not self.current:
            if screen in self._path:
                del self._path[self._path.index(screen) :]
            self._path.append(screen)

    def back(self) -> Screen:
        # Back from the language choice leads nowhere personal; keep it on screen.
        if len(self._path) > 2:
            self._path.pop()
        return self.current

    def reset(self) -> None:
        self._path = [Screen.ATTRACT]
