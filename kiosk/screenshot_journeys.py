"""Bringing the kiosk onto a journey's screens with sample answers (screenshots and UI tests).

The same steps a person takes, through the view-models, against whatever portal
the kiosk is connected to (the embedded reference portal for `make screenshots`,
a loopback one in tests). Waiting processes Qt events, which also runs the
asyncio work of the qasync loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from kiosk.app import Kiosk

# A Romanian request every demo portal knows, with answers that pass its schema.
SAMPLE_FORM = "ro-street-address-certificate"
SAMPLE_ANSWERS: dict[str, Any] = {
    "given_names": "Maria Elena",
    "surname": "Popescu",
    "cnp": "1800101200017",
    "street": "Strada Horea",
    "house_number": "12A",
    "property_type": "building",
    "property_street": "Bulevardul Decebal",
    "property_number": "7",
    "cadastral_number": "60412",
    "purpose": "notary",
    "phone": "0722 123 456",
    "email": "maria.popescu@example.ro",
    "consent": True,
}
PETITION_FORM = "ro-petition"


def wait_for(condition: Callable[[], bool], what: str, timeout_s: float = 15.0) -> None:
    from kiosk.screenshots import settle

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"screen not ready: {what}")
        settle(10)


def home(kiosk: Kiosk) -> None:
    kiosk.session.start()
    kiosk.session.languageChosen()


def open_form(kiosk: Kiosk, code: str = SAMPLE_FORM) -> None:
    home(kiosk)
    kiosk.catalogue.select(code)
    kiosk.session.openService(code)
    kiosk.forms.start(code)
    wait_for(lambda: kiosk.forms.current_phase() in ("step", "problem"), "form loaded")


def form_step(kiosk: Kiosk) -> None:
    """The first step, two answers already given."""
    open_form(kiosk)
    for key in ("given_names", "surname"):
        kiosk.forms.setValue(key, SAMPLE_ANSWERS[key])
    kiosk.forms.stepChanged.emit()


def error_summary(kiosk: Kiosk) -> None:
    """Continue on an empty first step: the summary at the top, a message by each field."""
    open_form(kiosk)
    kiosk.forms.setValue("given_names", SAMPLE_ANSWERS["given_names"])
    kiosk.forms.setValue("cnp", "1800101200018")  # wrong control digit
    kiosk.forms.continueStep()


def fill_form(kiosk: Kiosk, answers: dict[str, Any] = SAMPLE_ANSWERS) -> None:
    """Answer every step (whatever it shows) and reach Check your answers."""
    for _ in range(40):
        if kiosk.forms.current_phase() != "step":
            break
        for field in kiosk.forms.current_fields():
            if field["key"] in answers:
                kiosk.forms.setValue(field["key"], answers[field["key"]])
        kiosk.forms.continueStep()
        if kiosk.forms.current_errors():
            raise RuntimeError(
                f"sample answers refused: {[e['key'] for e in kiosk.forms.current_errors()]}"
            )
    wait_for(lambda: kiosk.forms.current_phase() == "check", "check answers")


def check_answers(kiosk: Kiosk) -> None:
    open_form(kiosk)
    fill_form(kiosk)


def confirmation(kiosk: Kiosk) -> None:
    check_answers(kiosk)
    kiosk.forms.submit()
    wait_for(lambda: kiosk.forms.current_phase() == "done", "confirmation")


PETITION_ANSWERS: dict[str, Any] = {
    **SAMPLE_ANSWERS,
    "topic": "roads",
    "description": "Groapă mare în asfalt în fața blocului A2; mașinile o ocolesc pe trotuar.",
    "location": "Strada Horea nr. 12, lângă stația de autobuz",
}


def petition(kiosk: Kiosk) -> None:
    """The petition's first step: kind, topic, place and the description, answered."""
    open_form(kiosk, PETITION_FORM)
    for field in kiosk.forms.current_fields():
        if field["key"] in PETITION_ANSWERS:
            kiosk.forms.setValue(field["key"], PETITION_ANSWERS[field["key"]])
        elif field["kind"] == "choice" and field["options"]:
            kiosk.forms.setValue(field["key"], field["options"][0]["value"])
    kiosk.forms.stepChanged.emit()


APPOINTMENT_SERVICE = "ro-id-card-appointment"


def appointment_days(kiosk: Kiosk) -> None:
    """Booking an ID card appointment: the month with the office's free days marked."""
    home(kiosk)
    kiosk.catalogue.select(APPOINTMENT_SERVICE)
    kiosk.session.openService(APPOINTMENT_SERVICE)
    kiosk.appointments.start(APPOINTMENT_SERVICE)
    answers = SAMPLE_ANSWERS
    kiosk.appointments.submitPerson(answers["given_names"], answers["surname"], answers["cnp"])
    wait_for(kiosk.appointments.offices_ready, "offices loaded")
    kiosk.appointments.chooseOffice("deva-spclep")
    wait_for(kiosk.appointments.days_ready, "days loaded")


def appointment_slots(kiosk: Kiosk) -> None:
    """The free times of the first day with any."""
    appointment_days(kiosk)
    kiosk.appointments.chooseDay(kiosk.appointments.first_free_day() or "")
    wait_for(kiosk.appointments.times_ready, "times loaded")
