"""The on-screen keyboard docks at the bottom and never covers the field being typed in."""

from PySide6.QtGui import QGuiApplication

from kiosk.app import Kiosk
from kiosk.screenshots import settle
from kiosk.theme.theme import VARIANTS
from tests.kiosk.qml_helpers import item, scene_rect, tap, type_text


def test_focused_field_stays_above_the_keyboard(kiosk: Kiosk) -> None:
    kiosk.theme.set_variant(VARIANTS["large"])
    kiosk.session.start()
    tap(kiosk.window, item(kiosk, "language_ro"))
    field = item(kiosk, "searchInput")
    tap(kiosk.window, field)
    QGuiApplication.inputMethod().show()
    settle(100)
    keyboard = item(kiosk, "keyboard")
    assert keyboard.property("active"), "touching a text field opens the on-screen keyboard"
    keyboard_top = scene_rect(keyboard).top()
    assert scene_rect(keyboard).bottom() <= kiosk.window.height() + 1
    assert scene_rect(field).bottom() <= keyboard_top
    # A hardware keyboard types into the same field.
    type_text(kiosk.window, "ștampilă")
    assert field.property("text") == "ștampilă"
    assert scene_rect(field).bottom() <= keyboard_top
