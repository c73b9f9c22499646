"""One kiosk window per test module: building the QML engine is the slow part.

The kiosk is connected to the reference portal on loopback, so the journey
screens (form steps, check answers, confirmation…) show real data from it.
"""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.chip.sample import sample_chip_worker
from kiosk.portal.embedded import EmbeddedPortal
from tests.kiosk.async_helpers import run, running_loop
from tests.kiosk.portal_connection import connect
from tests.kiosk.qml_helpers import demo_config, start_kiosk


@pytest.fixture(scope="module")
def module_kiosk(
    qapp: object, journey_portal: EmbeddedPortal, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Kiosk]:
    with running_loop(qapp) as loop:  # type: ignore[arg-type]
        portal = run(
            loop, connect(journey_portal.url, journey_portal.token, tmp_path_factory.mktemp("ui"))
        )
        # Its own data directory: statistics and workshops from other runs never show up.
        config = demo_config(tmp_path_factory.mktemp("ui-data"))
        kiosk = start_kiosk(
            config,
            portal=portal,
            fixed_payment_key="ui-tests-payment",
            chip_worker=sample_chip_worker(),  # the chip screens, with the sample card
        )
        try:
            yield kiosk
        finally:
            kiosk.session.end("test")
            kiosk.close()
            assert portal.sender is not None and portal.client is not None
            run(loop, portal.sender.stop())
            run(loop, portal.client.aclose())
            if portal.outbox is not None:
                portal.outbox.close()


@pytest.fixture
def kiosk(module_kiosk: Kiosk, qtbot: QtBot) -> Iterator[Kiosk]:
    """The module's kiosk, back on the attract screen in the default language and look."""
    module_kiosk.session.end("test")
    yield module_kiosk
    module_kiosk.session.end("test")
