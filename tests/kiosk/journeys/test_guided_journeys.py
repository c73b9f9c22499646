"""Guided sessions end to end, offscreen, against the real reference portal on loopback.

Staff sign in with taps on the PIN pad, see explanations and "show me" beside the form
steps, submit on behalf of someone who is not present (the portal stores `assisted_by`
with the staff id, never the name), and run practice sessions that provably never reach
the real portal or the kiosk's outbox.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtTest import QTest

from kiosk.admin.pin import AdminPin
from kiosk.app import Kiosk, scene_items
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal_access import ConnectedPortal
from kiosk.printing.folder_printer import FolderPrinter
from kiosk.printing.receipt_pdf import ReceiptStyle
from kiosk.receipts.paper import Paper
from kiosk.screenshot_journeys import SAMPLE_ANSWERS, SAMPLE_FORM, fill_form, open_form
from kiosk.session.screens import Screen
from tests.kiosk.async_helpers import run_until
from tests.kiosk.journeys.driving import tap_on, texts_on_screen
from tests.kiosk.qml_helpers import demo_config, item, running_kiosk, settle, tap

STAFF_ID = "ana.ionescu"
STAFF_NAME = "Ana Ionescu"
PIN = "135790"


@pytest.fixture
def kiosk(
    qasync_loop: qasync.QEventLoop, connected_portal: ConnectedPortal, tmp_path: Path
) -> Iterator[Kiosk]:
    printer = FolderPrinter(tmp_path / "receipts", ReceiptStyle(paper=Paper.ROLL_80, kiosk_id="k"))
    config = demo_config(tmp_path)
    with running_kiosk(config, language="en", portal=connected_portal, printer=printer) as kiosk:
        kiosk.staff.add(STAFF_ID, STAFF_NAME, AdminPin(PIN))
        yield kiosk


def portal_rows(portal: EmbeddedPortal) -> list[dict[str, object]]:
    with sqlite3.connect(portal.db_path) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute("SELECT * FROM submissions").fetchall()
    return [dict(row) for row in rows]


def sign_in_by_taps(kiosk: Kiosk) -> None:
    kiosk.session.start()
    kiosk.languages.choose("en")
    kiosk.session.languageChosen()
    settle()
    tap_on(kiosk, "helpButton")
    tap_on(kiosk, "staffSignInButton")
    assert kiosk.session.current is Screen.GUIDED_SIGNIN
    for digit in PIN:
        tap_on(kiosk, f"staffPinKey_{digit}")
    tap_on(kiosk, "staffPinKey_ok")
    assert kiosk.session.current is Screen.HOME


def close_panel(kiosk: Kiosk) -> None:
    """Close whichever panel is open (every panel has a Close button of that name)."""
    shown = [
        i
        for i in scene_items(kiosk.window)
        if i.objectName() == "closePanelButton" and i.isVisible()
    ]
    assert len(shown) == 1
    tap(kiosk.window, shown[0])


def submit_on_check_answers(kiosk: Kiosk, loop: asyncio.AbstractEventLoop) -> None:
    tap_on(kiosk, "submitButton")
    run_until(loop, lambda: kiosk.session.current is Screen.CONFIRMATION, what="sent")
    settle()


def test_guided_sign_in_by_taps_shows_banner_explanations_and_show_me(
    kiosk: Kiosk, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    sign_in_by_taps(kiosk)
    assert f"Guided by {STAFF_NAME} (library staff)" in texts_on_screen(kiosk)

    open_form(kiosk)
    settle()
    assert kiosk.session.current is Screen.FORM_STEP
    on_screen = texts_on_screen(kiosk)
    # The banner stays on every screen; explanations from the portal's form beside the step.
    assert STAFF_NAME in on_screen
    assert "Why we ask this" in on_screen
    assert "It is how the office identifies you." in str(
        item(kiosk, "guide_given_names").property("text")
    )
    assert "why" in kiosk.forms.current_guide()
    assert kiosk.forms.current_guide()["why"], "the demo form says why the step is asked"

    # "Show me" from the staff menu frames the first unanswered question, then the next.
    tap_on(kiosk, "staffMenuButton")
    tap_on(kiosk, "showMeButton")
    close_panel(kiosk)
    assert item(kiosk, "showMe_given_names").isVisible()
    kiosk.forms.setValue("given_names", "Maria")
    kiosk.forms.stepChanged.emit()
    settle()
    assert item(kiosk, "showMe_surname").isVisible()
    assert not item(kiosk, "showMe_given_names").isVisible()

    # Signed out: no banner, no explanations; the person continues on the same step.
    tap_on(kiosk, "staffMenuButton")
    tap_on(kiosk, "signOutButton")
    assert kiosk.session.current is Screen.FORM_STEP
    on_screen = texts_on_screen(kiosk)
    assert STAFF_NAME not in on_screen and "Why we ask this" not in on_screen


def test_guided_on_behalf_submission_carries_staff_id_and_consent_never_the_name(
    kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    journey_portal: EmbeddedPortal,
) -> None:
    sign_in_by_taps(kiosk)
    tap_on(kiosk, "staffMenuButton")
    tap_on(kiosk, "onBehalfButton")
    close_panel(kiosk)
    assert "For someone who is not here" in texts_on_screen(kiosk)
    open_form(kiosk)
    fill_form(kiosk)
    settle()
    assert kiosk.session.current is Screen.CHECK_ANSWERS
    statement = str(kiosk.forms.property("onBehalfStatement"))
    assert "asked me to send it for them" in statement

    # Without the person's consent ticked, nothing is sent.
    tap_on(kiosk, "submitButton")
    settle()
    assert kiosk.session.current is Screen.CHECK_ANSWERS
    assert "Tick the statement" in texts_on_screen(kiosk)
    tap_on(kiosk, "consentBox")
    assert kiosk.forms.property("onBehalfAgreed") is True
    submit_on_check_answers(kiosk, qasync_loop)
    number = str(item(kiosk, "registrationNumber").property("text"))

    row = next(r for r in portal_rows(journey_portal) if r["registration_number"] == number)
    assert json.loads(str(row["assisted_by"])) == {
        "staff_id": STAFF_ID,
        "on_behalf_of": True,
        "consent_recorded": True,
    }
    stored = json.dumps(row, default=str, ensure_ascii=False)
    assert STAFF_NAME not in stored and "Ionescu" not in stored


def test_guided_self_service_submission_has_no_assisted_by(
    kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    journey_portal: EmbeddedPortal,
) -> None:
    kiosk.session.start()
    kiosk.languages.choose("en")
    kiosk.session.languageChosen()
    open_form(kiosk)
    fill_form(kiosk)
    settle()
    submit_on_check_answers(kiosk, qasync_loop)
    number = str(item(kiosk, "registrationNumber").property("text"))
    row = next(r for r in portal_rows(journey_portal) if r["registration_number"] == number)
    assert row["assisted_by"] in (None, "null")  # SQLAlchemy stores JSON null as "null"


def test_practice_submission_never_reaches_the_real_portal_or_the_outbox(
    kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    journey_portal: EmbeddedPortal,
    connected_portal: ConnectedPortal,
    tmp_path: Path,
) -> None:
    before = portal_rows(journey_portal)
    assert connected_portal.outbox is not None
    outbox_before = connected_portal.outbox.entries()

    sign_in_by_taps(kiosk)
    tap_on(kiosk, "staffMenuButton")
    tap_on(kiosk, "practiceButton")
    assert kiosk.session.current is Screen.HOME
    assert "PRACTICE" in texts_on_screen(kiosk)
    sample = kiosk.guided.property("sampleName")
    assert sample

    # Booking would reach the real portal: not part of practice, said in words.
    kiosk.catalogue.select("ro-id-card-appointment")
    kiosk.session.openService("ro-id-card-appointment")
    settle()
    assert item(kiosk, "notInPractice").isVisible()
    assert not item(kiosk, "startButton").isVisible()
    kiosk.session.goHome()
    settle()
    assert not item(kiosk, "statusTile").isVisible()

    open_form(kiosk)
    settle()
    # The sample person's details are already there (fictional, valid national number).
    values = {f["key"]: f["value"] for f in kiosk.forms.current_fields()}
    assert f"{values['given_names']} {values['surname']}" == sample
    assert values["cnp"] and values["cnp"] != SAMPLE_ANSWERS["cnp"]
    answers = {
        k: v for k, v in SAMPLE_ANSWERS.items() if k not in ("given_names", "surname", "cnp")
    }
    fill_form(kiosk, answers)
    settle()
    assert "PRACTICE" in texts_on_screen(kiosk)
    submit_on_check_answers(kiosk, qasync_loop)

    done = kiosk.forms.current_confirmation()
    assert done["practice"] is True
    assert str(done["registrationNumber"]).startswith("P-")
    shown = texts_on_screen(kiosk)
    assert "PRACTICE — this request was not sent" in shown
    # Nothing on the page may read as if the town hall now had the request.
    assert "Nothing was sent this time." in shown
    assert "Your request is registered" not in shown
    assert "now works on your request" not in shown

    # Let the outbox sender run a while: still nothing anywhere real.
    QTest.qWait(500)
    assert portal_rows(journey_portal) == before
    assert connected_portal.outbox.entries() == outbox_before
    assert connected_portal.outbox.delivery(str(done["clientReference"])) is None
    assert kiosk.guided_mode.practice_portal.received == (SAMPLE_FORM,)

    # The receipt is watermarked PRACTICE.
    tap_on(kiosk, "printReceipt")
    run_until(qasync_loop, lambda: bool(kiosk.forms.current_confirmation()["printed"]))
    pdfs = sorted((tmp_path / "receipts").glob("*.pdf"))
    assert len(pdfs) == 1
    assert b"PRACTICE" in pdfs[0].read_bytes() or _pdf_text(pdfs[0]).count("PRACTICE")

    # Ending the practice session wipes it like any other session.
    tap_on(kiosk, "staffMenuButton")
    tap_on(kiosk, "practiceButton")
    assert kiosk.session.current is Screen.ATTRACT
    assert kiosk.guided.property("practice") is False
    assert kiosk.guided_mode.practice_portal.received == ()


def _pdf_text(path: Path) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
