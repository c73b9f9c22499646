"""Sessions run through the real kiosk window report their anonymous outcome once, at the end."""

from __future__ import annotations

import asyncio

from kiosk.app import Kiosk
from kiosk.screenshot_journeys import SAMPLE_FORM, check_answers
from kiosk.session.outcomes import STATUS_CHECK, SessionOutcome
from kiosk.session.screens import Screen
from tests.kiosk.async_helpers import run_until
from tests.kiosk.qml_helpers import START, item, tap


def test_a_submitted_request_and_an_unfound_status_make_one_outcome_each(
    journey_kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    outcomes: list[SessionOutcome] = []
    journey_kiosk.outcomes.subscribe(outcomes.append)

    # A request sent in Hungarian, then Finish on the confirmation's top bar.
    journey_kiosk.languages.choose("hu")
    check_answers(journey_kiosk)
    journey_kiosk.forms.submit()
    run_until(qasync_loop, lambda: journey_kiosk.session.current is Screen.CONFIRMATION)
    assert outcomes == [], "nothing is published while the session runs"
    tap(journey_kiosk.window, item(journey_kiosk, "finishButton"))

    assert len(outcomes) == 1
    sent = outcomes[0]
    assert sent.services_started == sent.services_completed == (SAMPLE_FORM,)
    assert sent.language == "hu", "the language used, not the default put back by the wipe"
    assert sent.end_reason == "finish"
    assert sent.started_at <= sent.ended_at
    assert sent.started_at.utcoffset() is not None and not sent.started_at.utcoffset()
    assert sent.started_at == START, "the kiosk's clock"
    assert not sent.assisted and not sent.practice

    # A status check with a wrong code, abandoned: the idle timeout ends it.
    journey_kiosk.session.start()
    journey_kiosk.session.languageChosen()
    journey_kiosk.status.start("")
    journey_kiosk.status.setProperty("registrationNumber", "2026/999999")
    journey_kiosk.status.setProperty("accessCode", "ZZZZ-ZZZZ")
    journey_kiosk.status.lookUp()
    run_until(qasync_loop, lambda: bool(journey_kiosk.status.property("error")), what="not found")
    journey_kiosk.session.end("idle")

    assert len(outcomes) == 2
    abandoned = outcomes[1]
    assert abandoned.services_started == (STATUS_CHECK,)
    assert abandoned.services_completed == () and not abandoned.completed
    assert abandoned.end_reason == "idle"
    assert abandoned.language == journey_kiosk.config.default_language


def test_the_attract_screen_alone_is_no_session(journey_kiosk: Kiosk) -> None:
    outcomes: list[SessionOutcome] = []
    journey_kiosk.outcomes.subscribe(outcomes.append)
    journey_kiosk.session.end("admin")
    assert outcomes == []
