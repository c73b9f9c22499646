"""Fixtures for end-to-end journeys: the real kiosk window against the reference portal.

`journey_kiosk` is the kiosk as `make run` builds it (QML, view-models, session
wipe), but with a portal client, outbox and sender already connected to a
reference portal on loopback, and a qasync loop so background work runs as in
the app. Drive it with taps (`tests.kiosk.qml_helpers.tap`) and wait for what
the person would see with `tests.kiosk.async_helpers.run_until`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync

from kiosk.app import Kiosk
from kiosk.portal.embedded import EmbeddedPortal
from kiosk.portal_access import ConnectedPortal
from tests.kiosk.async_helpers import run
from tests.kiosk.portal_connection import connect
from tests.kiosk.qml_helpers import demo_config, running_kiosk


@pytest.fixture
def connected_portal(
    qasync_loop: qasync.QEventLoop, journey_portal: EmbeddedPortal, tmp_path: Path
) -> Iterator[ConnectedPortal]:
    portal = run(qasync_loop, connect(journey_portal.url, journey_portal.token, tmp_path))
    try:
        yield portal
    finally:
        assert portal.sender is not None and portal.client is not None
        assert portal.outbox is not None
        run(qasync_loop, portal.sender.stop())
        run(qasync_loop, portal.client.aclose())
        portal.outbox.close()


@pytest.fixture
def journey_kiosk(
    qasync_loop: qasync.QEventLoop, connected_portal: ConnectedPortal, tmp_path: Path
) -> Iterator[Kiosk]:
    with running_kiosk(demo_config(tmp_path), portal=connected_portal) as kiosk:
        yield kiosk
