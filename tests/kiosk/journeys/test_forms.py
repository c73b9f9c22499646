"""A request from the home screen to the confirmation, against the reference portal.

Driven with taps and typing as a person would, including the ways it goes wrong:
answers missing or wrong, the portal refusing a value, the portal going down at
the moment of sending (the request is kept in the outbox and delivered later).
"""

from __future__ import annotations

import asyncio
import socket

import pytest

from kiosk.app import Kiosk
from kiosk.portal.client import PortalClient
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal.sender import SubmissionSender
from kiosk.portal.settings import PortalSettings
from kiosk.portal_access import ConnectedPortal
from kiosk.screenshot_journeys import SAMPLE_ANSWERS, SAMPLE_FORM, fill_form, open_form
from kiosk.session.screens import Screen
from tests.kiosk.async_helpers import run, run_until
from tests.kiosk.journeys.driving import tap_on, texts_on_screen, type_into
from tests.kiosk.portal_connection import DeviceToken
from tests.kiosk.qml_helpers import item, settle


@pytest.fixture
def kiosk(journey_kiosk: Kiosk) -> Kiosk:
    journey_kiosk.languages.choose("en")
    return journey_kiosk


def start_request(kiosk: Kiosk, loop: asyncio.AbstractEventLoop) -> None:
    kiosk.session.start()
    kiosk.session.languageChosen()
    settle()
    tap_on(kiosk, f"service_{SAMPLE_FORM}")
    assert kiosk.session.current is Screen.SERVICE_DETAIL
    tap_on(kiosk, "startButton")
    run_until(loop, lambda: kiosk.forms.current_phase() == "step", what="the form")
    settle()
    # The demo kiosk has a (simulated) camera: the form first offers to scan the ID card.
    assert kiosk.session.current is Screen.ID_SCAN
    tap_on(kiosk, "typeInsteadButton")
    assert kiosk.session.current is Screen.FORM_STEP
    settle()


def step_title(kiosk: Kiosk) -> str:
    return str(item(kiosk, "stepTitle").property("text"))


def test_a_request_from_home_to_confirmation(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop, connected_portal: ConnectedPortal
) -> None:
    start_request(kiosk, qasync_loop)
    assert "Step 1 of 6" in texts_on_screen(kiosk)
    assert step_title(kiosk) == "About you"
    type_into(kiosk, "input_given_names", "Maria Elena")
    type_into(kiosk, "input_surname", "Popescu")
    type_into(kiosk, "input_cnp", SAMPLE_ANSWERS["cnp"])
    tap_on(kiosk, "continueButton")
    assert step_title(kiosk) == "Home address"

    # The street is searched without diacritics and picked from the municipality's list.
    type_into(kiosk, "streetSearch", "horea")
    tap_on(kiosk, "street_0")
    type_into(kiosk, "input_house_number", "12A")
    tap_on(kiosk, "backButton")
    assert step_title(kiosk) == "About you"
    assert item(kiosk, "input_surname").property("text") == "Popescu", "Back keeps the answers"
    tap_on(kiosk, "continueButton")
    assert item(kiosk, "input_house_number").property("text") == "12A"
    tap_on(kiosk, "continueButton")

    assert step_title(kiosk) == "The property"
    tap_on(kiosk, "choice_building")
    for key in ("property_street", "cadastral_number", "purpose", "consent"):
        kiosk.forms.setValue(key, SAMPLE_ANSWERS[key])
    fill_form(kiosk, SAMPLE_ANSWERS)
    settle()
    assert kiosk.session.current is Screen.CHECK_ANSWERS
    assert item(kiosk, "answer_street").property("text") == "Strada Horea"

    # Change → that step → Continue comes straight back to Check your answers.
    tap_on(kiosk, "change_house_number")
    assert kiosk.session.current is Screen.FORM_STEP
    type_into(kiosk, "input_house_number", "/3")
    tap_on(kiosk, "continueButton")
    assert kiosk.session.current is Screen.CHECK_ANSWERS
    assert item(kiosk, "answer_house_number").property("text") == "12A/3"

    tap_on(kiosk, "submitButton")
    run_until(qasync_loop, lambda: kiosk.session.current is Screen.CONFIRMATION, what="sent")
    settle()
    number = str(item(kiosk, "registrationNumber").property("text"))
    code = str(item(kiosk, "accessCode").property("text"))
    assert number.startswith("2026/") or number[:4].isdigit()
    assert code
    assert "You will get the answer by" in texts_on_screen(kiosk)

    # The portal has it, under that number and code.
    assert connected_portal.client is not None
    status = run(qasync_loop, connected_portal.client.submission_status(number, code))
    assert status.service_code == SAMPLE_FORM

    # No printer on this kiosk: the person is told to write the number down.
    tap_on(kiosk, "printReceipt")
    run_until(qasync_loop, lambda: bool(kiosk.forms.current_confirmation()["printMessage"]))
    assert "write down" in kiosk.forms.current_confirmation()["printMessage"]


def test_missing_and_wrong_answers_are_listed_and_linked(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    start_request(kiosk, qasync_loop)
    type_into(kiosk, "input_given_names", "Maria")
    type_into(kiosk, "input_cnp", "1800101200018")  # wrong control digit
    tap_on(kiosk, "continueButton")

    summary = item(kiosk, "errorSummary")
    assert summary.isVisible() and summary.hasActiveFocus(), "the summary takes the focus"
    errors = {e["key"]: e["message"] for e in kiosk.forms.current_errors()}
    assert set(errors) == {"surname", "cnp"}
    assert "not valid" in errors["cnp"] or "CNP" in errors["cnp"]
    assert item(kiosk, "fieldError_surname").isVisible(), "the message is also by the field"
    assert step_title(kiosk) == "About you", "the person stays on the step"
    assert item(kiosk, "input_given_names").property("text") == "Maria", "nothing typed is lost"

    tap_on(kiosk, "errorLink_surname")
    assert item(kiosk, "input_surname").hasActiveFocus(), "the link goes to the field"


def test_a_form_the_kiosk_cannot_show_is_not_offered(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    # A form definition with a construct the kiosk does not render ($ref).
    from kiosk.portal.catalogue_models import FormDocument

    async def broken_form(code: str) -> FormDocument:
        return FormDocument(
            service_code=code,
            schema={"type": "object", "properties": {"x": {"$ref": "#/defs/y"}}},
            uischema={"type": "Categorization", "elements": []},
            i18n={},
            prefill={},
            version="1",
            etag=None,
        )

    kiosk.forms._form_source = broken_form
    open_form(kiosk)
    settle()
    assert kiosk.forms.current_phase() == "problem"
    shown = texts_on_screen(kiosk)
    assert "not available on this kiosk" in shown
    assert "information desk" in shown
    tap_on(kiosk, "backButton")
    assert kiosk.session.current is Screen.SERVICE_DETAIL, "the rest of the kiosk still works"


def _dead_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_portal_down_when_sending_keeps_the_request_and_delivers_it_later(
    kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    connected_portal: ConnectedPortal,
    journey_portal: EmbeddedPortal,
) -> None:
    open_form(kiosk)
    fill_form(kiosk)
    assert connected_portal.sender is not None and connected_portal.outbox is not None
    live_sender = connected_portal.sender
    run(qasync_loop, live_sender.stop())
    dead = PortalClient(
        PortalSettings.from_mapping({"url": _dead_url(), "timeout_s": 2}),
        DeviceToken(journey_portal.token),
    )
    offline = SubmissionSender(dead, connected_portal.outbox)
    connected_portal.sender = offline

    kiosk.forms.submit()
    run_until(qasync_loop, lambda: kiosk.forms.current_phase() == "done", what="saved")
    settle()
    done = kiosk.forms.current_confirmation()
    assert done["kind"] == "saved"
    assert done["clientReference"]
    assert "sent automatically" in texts_on_screen(kiosk)
    run(qasync_loop, dead.aclose())

    # The connection is back: the outbox delivers it without the person.
    assert connected_portal.client is not None
    back = SubmissionSender(connected_portal.client, connected_portal.outbox)
    connected_portal.sender = back
    back.start()
    back.flush_now()
    reference = str(done["clientReference"])
    run_until(
        qasync_loop,
        lambda: connected_portal.outbox is not None
        and connected_portal.outbox.delivery(reference) is not None,
        what="delivery from the outbox",
    )
    status = run(qasync_loop, connected_portal.client.submission_status_by_reference(reference))
    assert status.service_code == SAMPLE_FORM


def test_finish_after_sending_forgets_the_answers(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    open_form(kiosk)
    fill_form(kiosk)
    kiosk.forms.submit()
    run_until(qasync_loop, lambda: kiosk.forms.current_phase() == "done", what="sent")
    settle()
    tap_on(kiosk, "finishHere")
    assert kiosk.session.current is Screen.ATTRACT
    assert kiosk.forms.current_confirmation() == {}
    assert kiosk.forms.current_fields() == []


def test_a_petition_goes_to_an_open311_server_when_configured(
    kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    connected_portal: ConnectedPortal,
    journey_portal: EmbeddedPortal,
) -> None:
    from kiosk.petitions.channel import Open311Petitions
    from kiosk.petitions.open311_client import Open311Client
    from kiosk.petitions.open311_settings import Open311Settings

    settings = Open311Settings(url=journey_portal.url + "/open311/v2", api_key=journey_portal.token)
    channel = Open311Petitions(Open311Client(settings))
    connected_portal.petitions = channel
    try:
        open_form(kiosk, "ro-petition")
        assert kiosk.forms.current_phase() == "step"
        # The categories are the Open311 server's services.
        categories = kiosk.forms.current_fields()[0]
        assert categories["kind"] == "choice" and categories["options"]
        for _ in range(12):
            if kiosk.forms.current_phase() != "step":
                break
            for field in kiosk.forms.current_fields():
                answer = {
                    "choice": field["options"][0]["value"] if field["options"] else None,
                    "long_text": "Groapă mare în asfalt în fața blocului A2, de o lună.",
                    "short_text": "Strada Horea 12",
                    "consent": True,
                    "email": "",
                }.get(field["kind"])
                if field["key"] in ("first_name", "last_name"):
                    answer = "Popescu"
                if answer is not None and answer != "":
                    kiosk.forms.setValue(field["key"], answer)
            kiosk.forms.continueStep()
        assert kiosk.forms.current_phase() == "check", kiosk.forms.current_errors()
        kiosk.forms.submit()
        run_until(qasync_loop, lambda: kiosk.forms.current_phase() == "done", what="filed")
        done = kiosk.forms.current_confirmation()
        number = str(done["registrationNumber"] or done["clientReference"])
        assert number
        if done["registrationNumber"]:
            status = run(qasync_loop, channel.client.request_status(number))
            assert status.status == "open"
    finally:
        run(qasync_loop, channel.aclose())
