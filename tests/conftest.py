"""Test-wide set-up: Qt runs offscreen with the software renderer and the virtual keyboard.

These must be set before any Qt import, which is why they live at the top of the
top-level conftest.
"""

import gc
import os
from collections.abc import Iterator

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_QUICK_BACKEND"] = "software"
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
os.environ["QT_ENABLE_HIGHDPI_SCALING"] = "0"
os.environ.setdefault("LANG", "C.UTF-8")

import PySide6.QtQuick  # noqa: F401 - root objects must be QQuickWindow for grabWindow()
import pytest

from kiosk.app import register_qml_types
from kiosk.gc_policy import collect_cycles

# Before any test creates a QML engine (see register_qml_types).
register_qml_types()

# `qasync_loop`: view-models' background work runs on a qasync loop, as in the app.
pytest_plugins = ["tests.kiosk.async_helpers"]


# Cycles are collected on the main thread only, as the kiosk does (kiosk/gc_policy.py):
# a collection triggered in a camera or MRZ worker thread could free a test's QObject
# there, and Qt objects destroyed from the wrong thread crash later.
_collections = {"tests": 0}


def pytest_configure(config: object) -> None:
    gc.disable()


@pytest.fixture(autouse=True)
def _collect_cycles_on_the_main_thread() -> Iterator[None]:
    yield
    _collections["tests"] += 1
    collect_cycles(_collections["tests"], full_every=25)


# The private pcscd + vpcd stack and emulated cards, shared by every smart-card suite.
from tests.smartcard_fixtures import insert, pcscd, pki  # noqa: E402, F401
