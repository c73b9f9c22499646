"""One kiosk window per test module: building the QML engine is the slow part."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from tests.kiosk.qml_helpers import start_kiosk


@pytest.fixture(scope="module")
def module_kiosk(qapp: object) -> Iterator[Kiosk]:
    kiosk = start_kiosk()
    yield kiosk
    kiosk.session.end("test")
    kiosk.close()


@pytest.fixture
def kiosk(module_kiosk: Kiosk, qtbot: QtBot) -> Iterator[Kiosk]:
    """The module's kiosk, back on the attract screen in the default language and look."""
    module_kiosk.session.end("test")
    yield module_kiosk
    module_kiosk.session.end("test")
