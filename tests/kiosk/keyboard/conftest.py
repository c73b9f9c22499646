"""Fixtures for the keyboard layout tests: one harness window per test module."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication

from tests.kiosk.keyboard.driver import Keyboard


@pytest.fixture(scope="module")
def keyboard(qapp: QGuiApplication) -> Iterator[Keyboard]:
    """The harness window, shared by a test module (one InputPanel per application)."""
    assert os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard"
    keyboard = Keyboard.open()
    yield keyboard
    keyboard.close()
