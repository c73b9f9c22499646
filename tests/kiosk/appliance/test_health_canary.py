"""Real sessions with canary personal data; then the metrics endpoint, the heartbeat's
figures and what the reference portal stored from that heartbeat are searched for it.

The figures must still say what happened (two sessions, one journey completed and one
abandoned, one ID card read) — and nothing about whom it happened to.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from device.mrz.national import cnp_control
from kiosk import __version__
from kiosk.app import Kiosk
from kiosk.appliance.appliance import Appliance
from kiosk.appliance.metrics_endpoint import MetricsEndpoint
from kiosk.config import CameraSettings
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal_access import ConnectedPortal
from kiosk.screenshot_journeys import SAMPLE_ANSWERS, SAMPLE_FORM, fill_form
from kiosk.session.screens import Screen
from tests.kiosk.async_helpers import run, run_until
from tests.kiosk.journeys.driving import start_sample_request, tap_on, type_into
from tests.kiosk.qml_helpers import demo_config, item, running_kiosk, settle
from tests.portal.processes import run_cli

CANARY_GIVEN = "Zinovia"
CANARY_SURNAME = "Quintescu"
CANARY_CNP = "2950723" + "40" + "123"
CANARY_CNP += cnp_control(CANARY_CNP)
CANARY_HOUSE = "97Q"
CANARY_EMAIL = "zinovia.quintescu@example.ro"


@pytest.fixture
def kiosk(
    qasync_loop: asyncio.AbstractEventLoop, connected_portal: ConnectedPortal, tmp_path: Path
) -> Iterator[Kiosk]:
    config = demo_config(tmp_path, camera=CameraSettings(source="simulated"))
    with running_kiosk(config, language="en", portal=connected_portal) as kiosk:
        yield kiosk


def type_canaries(kiosk: Kiosk) -> None:
    type_into(kiosk, "input_given_names", CANARY_GIVEN)
    type_into(kiosk, "input_surname", CANARY_SURNAME)
    type_into(kiosk, "input_cnp", CANARY_CNP)


@pytest.mark.timeout(600)  # reading the simulated card is slow on a busy machine
def test_health_figures_count_sessions_but_carry_no_personal_data(
    kiosk: Kiosk,
    qasync_loop: asyncio.AbstractEventLoop,
    connected_portal: ConnectedPortal,
    journey_portal: EmbeddedPortal,
) -> None:
    appliance = Appliance(
        kiosk.config, kiosk, lambda: None, outbox=lambda: connected_portal.outbox, environ={}
    )
    appliance.start()
    card: list[str] = []
    try:
        # 1. The ID card is scanned, the canaries typed over it, the request sent.
        start_sample_request(kiosk, qasync_loop)
        tap_on(kiosk, "scanIdButton")
        run_until(
            qasync_loop, lambda: kiosk.session.current is Screen.FORM_STEP, timeout=240, what="read"
        )
        settle()
        for key in ("given_names", "surname"):
            card.append(str(item(kiosk, f"input_{key}").property("text")))
        type_canaries(kiosk)
        answers = SAMPLE_ANSWERS | {"house_number": CANARY_HOUSE, "email": CANARY_EMAIL}
        tap_on(kiosk, "continueButton")
        fill_form(kiosk, {k: v for k, v in answers.items() if k not in ("given_names", "surname")})
        tap_on(kiosk, "submitButton")
        sent = lambda: kiosk.session.current is Screen.CONFIRMATION  # noqa: E731
        run_until(qasync_loop, sent, timeout=60, what="sent")
        kiosk.session.finish()

        # 2. The canaries typed, then the person walks away (the journey is abandoned).
        start_sample_request(kiosk, qasync_loop)
        tap_on(kiosk, "typeInsteadButton")
        type_canaries(kiosk)
        kiosk.session.end("idle")
        run(qasync_loop, appliance.devices.sample())

        figures = appliance.metrics.snapshot()
        endpoint = MetricsEndpoint.start(appliance.metrics.registry, 0)
        assert endpoint is not None
        try:
            scraped = httpx.get(endpoint.url, timeout=5).text
        finally:
            endpoint.stop()

        # The heartbeat, as the portal link sends it, accepted by the real reference portal.
        assert connected_portal.client is not None
        beat = figures | {"app_version": __version__, "profile": "lobby"}
        run(qasync_loop, connected_portal.client.heartbeat(beat))
        stored = run_cli("kiosks", "--json", "--db", str(journey_portal.db_path))
    finally:
        appliance.stop()

    # What happened is there...
    assert figures["sessions_total"] == 2
    assert figures["journeys"][SAMPLE_FORM] == {"completed": 1, "abandoned": 1}
    assert figures["mrz_read_s"]["count"] == 1
    assert figures["devices"]["camera"] == "ok"
    assert figures["devices"]["printer"] == "not_configured"
    assert f'kiosk_journeys_total{{outcome="abandoned",service="{SAMPLE_FORM}"}} 1.0' in scraped
    assert 'kiosk_sessions_total{end_reason="idle",practice="false"} 1.0' in scraped
    kiosks = json.loads(stored)["kiosks"]
    assert any(k["heartbeat"] and k["heartbeat"]["journeys"] == figures["journeys"] for k in kiosks)

    # ...and whom it happened to is not.
    canaries = [CANARY_GIVEN, CANARY_SURNAME, CANARY_CNP, CANARY_CNP[-6:], CANARY_HOUSE]
    canaries += [CANARY_EMAIL, "quintescu"] + [part for name in card for part in name.split()]
    assert len(card) == 2 and all(card), "the simulated card filled in the names"
    serialized = json.dumps(figures, ensure_ascii=False)
    for canary in canaries:
        for text in (scraped, serialized, stored):
            assert canary.lower() not in text.lower(), canary
