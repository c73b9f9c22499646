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
# What people type in "What do you need?": misspelt, without diacritics, in their script.
SEARCH_QUERIES = {"ro": "impozt", "hu": "ado", "ru": "налог", "uk": "податок", "bg": "данък"}
SEARCH_FALLBACK = "taxes"


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


def open_form(kiosk: Kiosk, code: str = SAMPLE_FORM, *, type_it_in: bool = True) -> None:
    """The form's first step; with a camera, "Type it in instead" on the ID scan offer."""
    home(kiosk)
    kiosk.catalogue.select(code)
    kiosk.session.openService(code)
    kiosk.forms.start(code)
    wait_for(lambda: kiosk.forms.current_phase() in ("step", "problem"), "form loaded")
    if type_it_in and kiosk.session.current.value == "id-scan":
        kiosk.id_scan.typeInstead()


def id_scan_consent(kiosk: Kiosk) -> None:
    """'Scan your ID card': what is read, the consent line, scan or type it in."""
    open_form(kiosk, type_it_in=False)
    chip = kiosk.chip_scan is not None and kiosk.chip_scan.property("available")
    if not kiosk.id_scan.property("available") and not chip:
        return  # a kiosk without a camera nor a card reader goes straight to the form
    wait_for(lambda: kiosk.session.current.value == "id-scan", "ID scan offered")


def id_scan_scanning(kiosk: Kiosk) -> None:
    """Scanning: the (simulated) camera's live picture with the card guide and a hint."""
    id_scan_consent(kiosk)
    if kiosk.session.current.value != "id-scan":
        return
    kiosk.id_scan.scan()
    wait_for(lambda: kiosk.id_scan.property("hasPicture") is True, "camera picture", 20)


def _chip_offer(kiosk: Kiosk) -> bool:
    id_scan_consent(kiosk)
    chip = kiosk.chip_scan
    if chip is None or not chip.property("available") or kiosk.session.current.value != "id-scan":
        return False
    chip.start()
    return True


def id_scan_chip_can(kiosk: Kiosk) -> None:
    """'Place your card on the reader': the number pad for the CAN, three digits typed."""
    if _chip_offer(kiosk):
        assert kiosk.chip_scan is not None
        for digit in "123":
            kiosk.chip_scan.digit(digit)


def _chip_read(kiosk: Kiosk, can: str) -> None:
    if not _chip_offer(kiosk):
        return
    chip = kiosk.chip_scan
    assert chip is not None
    for digit in can:
        chip.digit(digit)
    chip.submitCan()
    wait_for(lambda: chip.current_state() in ("done", "failed"), "chip read", 20)


def id_scan_chip_read(kiosk: Kiosk) -> None:
    """The chip read (the sample card): the face, the name, how it was checked."""
    _chip_read(kiosk, "123456")


def id_scan_chip_refused(kiosk: Kiosk) -> None:
    """A CAN the card does not accept: what to do next."""
    _chip_read(kiosk, "000000")


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


def status_lookup(kiosk: Kiosk) -> None:
    home(kiosk)
    kiosk.status.start("")


_sent: dict[str, tuple[str, str]] = {}


def status_timeline(kiosk: Kiosk) -> None:
    """The status of a request sent through the form once (then looked up every time)."""
    if "request" not in _sent or not _sent["request"][0]:
        language = kiosk.languages.code
        confirmation(kiosk)
        done = kiosk.forms.current_confirmation()
        _sent["request"] = (str(done["registrationNumber"]), str(done["accessCode"]))
        kiosk.session.end("screenshot")  # back to the default language: choose it again
        kiosk.languages.choose(language)
    number, code = _sent["request"]
    status_lookup(kiosk)
    kiosk.status.setProperty("registrationNumber", number)
    kiosk.status.setProperty("accessCode", code)
    kiosk.status.lookUp()
    wait_for(lambda: kiosk.session.current.value == "status-timeline", "status shown")


TAXES_SERVICE = "ro-local-taxes-payment"


def taxes_list(kiosk: Kiosk) -> None:
    """The demo person's local taxes, one of them unticked."""
    home(kiosk)
    kiosk.catalogue.select(TAXES_SERVICE)
    kiosk.session.openService(TAXES_SERVICE)
    kiosk.taxes.start(TAXES_SERVICE)
    kiosk.taxes.setProperty("personalId", SAMPLE_ANSWERS["cnp"])
    kiosk.taxes.lookUp()
    wait_for(lambda: kiosk.session.current.value == "taxes-list", "obligations listed")
    kiosk.taxes.toggle("ro-tax-3")


def payment_qr(kiosk: Kiosk) -> None:
    taxes_list(kiosk)
    kiosk.taxes.pay()
    wait_for(lambda: kiosk.session.current.value == "payment-qr", "payment order")


# -- guided mode (library staff) --------------------------------------------------------

SAMPLE_STAFF = ("ana.ionescu", "Ana Ionescu")


def guided_signin(kiosk: Kiosk) -> None:
    """Help → Staff sign-in: the staff PIN pad, two digits typed."""
    home(kiosk)
    kiosk.guided.openSignIn()
    for digit in "13":
        kiosk.guided.digit(digit)


def guided_step(kiosk: Kiosk) -> None:
    """A guided form step: the banner, explanations beside it, "show me" on the next field."""
    home(kiosk)
    kiosk.guided.sign_in_for_screenshot(*SAMPLE_STAFF)
    kiosk.guided.setShowMe(True)
    open_form(kiosk)
    kiosk.forms.setValue("given_names", SAMPLE_ANSWERS["given_names"])
    kiosk.forms.stepChanged.emit()


def practice_receipt(kiosk: Kiosk) -> None:
    """A practice session's confirmation: PRACTICE said first, a practice number."""
    home(kiosk)
    kiosk.guided.sign_in_for_screenshot(*SAMPLE_STAFF)
    kiosk.guided.startPractice()
    open_form(kiosk)
    answers = {k: v for k, v in SAMPLE_ANSWERS.items() if k not in ("given_names", "surname")}
    answers.pop("cnp")
    fill_form(kiosk, answers)
    kiosk.forms.submit()
    wait_for(lambda: kiosk.forms.current_phase() == "done", "practice confirmation")
