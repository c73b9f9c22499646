"""In kiosk mode nothing on a keyboard closes or hides the app; in windowed mode it can close."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.screenshots import settle
from tests.kiosk.qml_helpers import press_key, start_kiosk

ESCAPES = [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
]


@pytest.mark.parametrize(("key", "modifiers"), ESCAPES)
def test_escape_keys_do_nothing_in_kiosk_mode(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    kiosk = start_kiosk(kiosk_mode=True)
    try:
        kiosk.session.start()
        kiosk.session.languageChosen()
        settle()
        press_key(kiosk.window, key, modifiers)
        assert kiosk.window.isVisible()
        assert kiosk.session.current.value == "home"
        assert not kiosk.window.close() or kiosk.window.isVisible()
    finally:
        kiosk.session.end("test")
        kiosk.close()


def test_close_is_refused_in_kiosk_mode_and_allowed_windowed(qtbot: QtBot) -> None:
    kiosk = start_kiosk(kiosk_mode=True)
    try:
        kiosk.window.close()
        settle()
        assert kiosk.window.isVisible()
    finally:
        kiosk.window.setProperty("kioskMode", False)
        kiosk.close()
    windowed = start_kiosk(kiosk_mode=False)
    try:
        windowed.window.close()
        settle()
        assert not windowed.window.isVisible()
    finally:
        windowed.close()
