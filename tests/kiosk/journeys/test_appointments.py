"""Booking and cancelling an appointment on the kiosk against the real reference portal.

Each test taps through the screens as a person would and waits for what they would
see. The portal holds a chosen time with its own clock; the kiosk counts down with
its (manual) clock, set to the portal's time first as NTP keeps a real kiosk.
"""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem

from kiosk.app import Kiosk
from kiosk.portal.appointments import Appointment, AppointmentRequest
from kiosk.portal.client import PortalClient
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal.settings import PortalSettings
from kiosk.portal.submissions import Applicant
from kiosk.portal_access import ConnectedPortal
from kiosk.session.clock import ManualClock
from kiosk.session.screens import Screen
from tests.kiosk.async_helpers import run, run_until
from tests.kiosk.journeys.driving import scrolled_to
from tests.kiosk.portal_connection import DeviceToken
from tests.kiosk.qml_helpers import (
    item,
    settle,
    tap,
    type_text,
    visible_texts,
)

SERVICE = "ro-id-card-appointment"
OFFICE = "deva-spclep"
CNP = "1800101200017"  # a valid demo CNP
UNREACHABLE = "The appointment system cannot be reached right now"


def _client(url: str, token: str) -> PortalClient:
    return PortalClient(
        PortalSettings.from_mapping({"url": url, "timeout_s": 5}), DeviceToken(token), language="en"
    )


@pytest.fixture
def other_kiosk(
    qasync_loop: asyncio.AbstractEventLoop, journey_portal: EmbeddedPortal
) -> Iterator[PortalClient]:
    """A second kiosk's client: someone else booking at the same time."""
    client = _client(journey_portal.url, journey_portal.token)
    yield client
    run(qasync_loop, client.aclose())


@pytest.fixture
def kiosk(journey_kiosk: Kiosk) -> Kiosk:
    """The journey kiosk in English, its clock set to the portal's (real) time."""
    clock = journey_kiosk.clock
    assert isinstance(clock, ManualClock)
    clock.advance((datetime.now().astimezone() - clock.now()).total_seconds())
    journey_kiosk.languages.choose("en")
    return journey_kiosk


def shown_text(kiosk: Kiosk, object_name: str) -> str:
    return str(item(kiosk, object_name).property("text"))


def texts_on_screen(kiosk: Kiosk) -> str:
    return "\n".join(text for _, text in visible_texts(kiosk.window))


def wait_for_item(loop: asyncio.AbstractEventLoop, kiosk: Kiosk, name: str) -> QQuickItem:
    from kiosk.screenshots import find_item

    run_until(loop, lambda: find_item(kiosk, name) is not None, what=f"item {name}")
    return item(kiosk, name)


def wait_idle(loop: asyncio.AbstractEventLoop, kiosk: Kiosk) -> None:
    run_until(loop, lambda: not kiosk.appointments.busy, what="the portal's answer")
    settle()


def type_into(kiosk: Kiosk, object_name: str, text: str) -> None:
    """Tap the field, type, then put the on-screen keyboard away (its key does that)."""
    field = item(kiosk, object_name)
    field.setProperty("text", "")
    tap(kiosk.window, field)
    type_text(kiosk.window, text)
    QGuiApplication.inputMethod().hide()
    settle()


def open_booking(kiosk: Kiosk) -> None:
    """Home → the ID card appointment service → "Book an appointment"."""
    kiosk.session.start()
    kiosk.session.languageChosen()
    settle()
    tap(kiosk.window, scrolled_to(kiosk, f"service_{SERVICE}"))
    assert kiosk.session.current is Screen.SERVICE_DETAIL
    tap(kiosk.window, item(kiosk, "startButton"))
    assert kiosk.session.current is Screen.APPOINTMENT_PERSON


def enter_person(kiosk: Kiosk) -> None:
    type_into(kiosk, "givenNamesInput", "Ana Maria")
    type_into(kiosk, "surnameInput", "Popescu")
    type_into(kiosk, "personalIdInput", CNP)
    tap(kiosk.window, item(kiosk, "personContinueButton"))


def reach_times(loop: asyncio.AbstractEventLoop, kiosk: Kiosk) -> None:
    """Person → office → first day with free times → its times on screen."""
    enter_person(kiosk)
    assert kiosk.session.current is Screen.APPOINTMENT_OFFICES
    tap(kiosk.window, wait_for_item(loop, kiosk, f"office_{OFFICE}"))
    assert kiosk.session.current is Screen.APPOINTMENT_DAYS
    wait_idle(loop, kiosk)
    day = next(cell for cell in kiosk.appointments.dayCells if cell["bookable"])
    tap(kiosk.window, item(kiosk, f"day_{day['iso']}"))
    assert kiosk.session.current is Screen.APPOINTMENT_SLOTS
    wait_idle(loop, kiosk)
    assert kiosk.appointments.times, "the first free day shows free times"


def first_time(kiosk: Kiosk) -> str:
    return str(kiosk.appointments.times[0]["id"])


def test_book_an_appointment_from_home_to_confirmation(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop, other_kiosk: PortalClient
) -> None:
    open_booking(kiosk)
    reach_times(qasync_loop, kiosk)
    tap(kiosk.window, item(kiosk, f"time_{first_time(kiosk)}"))
    run_until(
        qasync_loop,
        lambda: kiosk.session.current is Screen.APPOINTMENT_HOLD,
        what="the hold screen",
    )
    settle()
    held = texts_on_screen(kiosk)
    assert "Popescu" in held and "•••••••••0017" in held and CNP not in held
    assert re.search(r"Held for you for (10|9):\d\d more", shown_text(kiosk, "holdLeftText"))

    tap(kiosk.window, item(kiosk, "confirmButton"))
    run_until(
        qasync_loop,
        lambda: kiosk.session.current is Screen.APPOINTMENT_CONFIRMATION,
        what="the confirmation",
    )
    number = shown_text(kiosk, "appointmentNumber")
    code = shown_text(kiosk, "accessCode")
    assert re.fullmatch(r"[0-9a-f-]{36}", number)
    assert re.fullmatch(r"[A-Z0-9]{8}", code)
    qr = item(kiosk, "calendarQr")
    assert qr.isVisible()
    assert "Scan to add it to your phone's calendar" in texts_on_screen(kiosk)
    assert kiosk.appointments.calendarQr.startswith("data:image/png;base64,")

    # The portal has it booked under that number and code.
    booked = run(qasync_loop, other_kiosk.appointment(number, code))
    assert booked.status == "confirmed"

    # No printer on this kiosk: it says so and what to do instead.
    tap(kiosk.window, item(kiosk, "printButton"))
    run_until(qasync_loop, lambda: kiosk.appointments.printStatus != "", what="print outcome")
    assert "write down the appointment number" in shown_text(kiosk, "printStatusText")


def test_mistakes_in_the_person_details_are_explained_and_kept(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    open_booking(kiosk)
    type_into(kiosk, "givenNamesInput", "Ana")
    type_into(kiosk, "personalIdInput", "1800101200018")  # wrong check digit
    tap(kiosk.window, item(kiosk, "personContinueButton"))

    assert kiosk.session.current is Screen.APPOINTMENT_PERSON
    assert shown_text(kiosk, "surnameInputError") == "Enter your surname"
    assert "not right" in shown_text(kiosk, "personalIdInputError")
    assert not item(kiosk, "givenNamesInputError").isVisible()
    assert shown_text(kiosk, "givenNamesInput") == "Ana"
    assert shown_text(kiosk, "personalIdInput") == "1800101200018"


def test_a_time_taken_meanwhile_is_explained_and_fresh_times_shown(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop, other_kiosk: PortalClient
) -> None:
    open_booking(kiosk)
    reach_times(qasync_loop, kiosk)
    wanted = first_time(kiosk)
    someone = Applicant(given_names="Ion", surname="Ionescu", personal_id=CNP)
    run(
        qasync_loop,
        other_kiosk.hold_appointment(
            AppointmentRequest(SERVICE, OFFICE, wanted, someone, "en"), "taken-" + wanted
        ),
    )

    tap(kiosk.window, item(kiosk, f"time_{wanted}"))
    wait_idle(qasync_loop, kiosk)

    assert kiosk.session.current is Screen.APPOINTMENT_SLOTS
    assert "Someone else has just taken that time" in shown_text(kiosk, "noticeText")
    offered = [time["id"] for time in kiosk.appointments.times]
    assert wanted not in offered and offered


def test_the_kiosk_never_confirms_a_hold_that_ran_out(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    open_booking(kiosk)
    reach_times(qasync_loop, kiosk)
    wanted = first_time(kiosk)
    tap(kiosk.window, item(kiosk, f"time_{wanted}"))
    run_until(qasync_loop, lambda: kiosk.session.current is Screen.APPOINTMENT_HOLD)

    clock = kiosk.clock
    assert isinstance(clock, ManualClock)
    for _ in range(11):  # 11 minutes, with a touch now and then so the session stays
        clock.advance(60)
        kiosk.session.activity()
    run_until(
        qasync_loop,
        lambda: kiosk.session.current is Screen.APPOINTMENT_SLOTS,
        what="back to the times",
    )
    wait_idle(qasync_loop, kiosk)
    assert "run out" in shown_text(kiosk, "noticeText")
    # The kiosk gave the time back instead of confirming it: it is free again.
    assert wanted in [time["id"] for time in kiosk.appointments.times]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_portal_down_mid_journey_says_so_and_try_again_works(
    kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    connected_portal: ConnectedPortal,
    journey_portal: EmbeddedPortal,
) -> None:
    open_booking(kiosk)
    enter_person(kiosk)
    tap(kiosk.window, wait_for_item(qasync_loop, kiosk, f"office_{OFFICE}"))
    wait_idle(qasync_loop, kiosk)
    day = next(cell for cell in kiosk.appointments.dayCells if cell["bookable"])

    working = connected_portal.client
    down = _client(f"http://127.0.0.1:{free_port()}", journey_portal.token)
    connected_portal.client = down
    try:
        tap(kiosk.window, item(kiosk, f"day_{day['iso']}"))
        wait_idle(qasync_loop, kiosk)
        assert UNREACHABLE in shown_text(kiosk, "problemText")
        assert kiosk.appointments.times == []
    finally:
        connected_portal.client = working
        run(qasync_loop, down.aclose())

    tap(kiosk.window, item(kiosk, "retryButton"))
    wait_idle(qasync_loop, kiosk)
    assert kiosk.appointments.problem == ""
    assert kiosk.appointments.times
    assert item(kiosk, f"time_{first_time(kiosk)}").isVisible()


def test_no_portal_yet_keeps_what_was_typed(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop, connected_portal: ConnectedPortal
) -> None:
    open_booking(kiosk)
    working = connected_portal.client
    connected_portal.client = None
    try:
        enter_person(kiosk)
        wait_idle(qasync_loop, kiosk)
        assert UNREACHABLE in shown_text(kiosk, "problemText")
    finally:
        connected_portal.client = working
    tap(kiosk.window, item(kiosk, "backButton"))
    assert shown_text(kiosk, "surnameInput") == "Popescu"
    assert shown_text(kiosk, "personalIdInput") == CNP


def booked_elsewhere(
    loop: asyncio.AbstractEventLoop, client: PortalClient
) -> tuple[Appointment, str]:
    """An appointment someone booked earlier (number and code on their slip)."""

    async def book() -> tuple[Appointment, str]:
        day = next(d for d in await client.days(SERVICE, OFFICE) if d.available_slots > 0)
        slot = next(s for s in await client.slots(SERVICE, OFFICE, day.date) if s.available)
        person = Applicant(given_names="Ion", surname="Ionescu", personal_id=CNP)
        held = await client.hold_appointment(
            AppointmentRequest(SERVICE, OFFICE, slot.id, person, "en"), "book-" + slot.id
        )
        assert held.access_code is not None
        confirmed = await client.confirm_appointment(held.id, held.access_code)
        return confirmed, held.access_code

    return run(loop, book())


def test_cancel_with_wrong_code_then_right_code(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop, other_kiosk: PortalClient
) -> None:
    appointment, code = booked_elsewhere(qasync_loop, other_kiosk)
    kiosk.session.start()
    kiosk.session.languageChosen()
    settle()
    tap(kiosk.window, scrolled_to(kiosk, "cancelAppointmentTile"))
    assert kiosk.session.current is Screen.APPOINTMENT_CANCEL

    type_into(kiosk, "cancelNumberInput", appointment.id.replace("-", "").upper())
    type_into(kiosk, "cancelCodeInput", "WRONG999")
    tap(kiosk.window, item(kiosk, "findAppointmentButton"))
    wait_idle(qasync_loop, kiosk)
    assert shown_text(kiosk, "problemText") == (
        "We could not find an appointment with this number and code. Check both and try again."
    )
    assert shown_text(kiosk, "cancelCodeInput") == "WRONG999"

    type_into(kiosk, "cancelCodeInput", code.lower())
    tap(kiosk.window, item(kiosk, "findAppointmentButton"))
    wait_idle(qasync_loop, kiosk)
    assert "Booked" in texts_on_screen(kiosk)
    tap(kiosk.window, item(kiosk, "cancelAppointmentButton"))
    wait_idle(qasync_loop, kiosk)

    assert item(kiosk, "cancelledText").isVisible()
    assert run(qasync_loop, other_kiosk.appointment(appointment.id, code)).status == "cancelled"
