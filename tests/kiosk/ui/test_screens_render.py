"""Every screen opens in every language without a single QML warning.

pytest-qt fails a test on any Qt warning (qt_log_level_fail = WARNING), so a
binding error, a missing property or an unresolved type on any screen fails here.
"""

import pytest

from kiosk.app import Kiosk
from kiosk.i18n.languages import LANGUAGE_CODES
from kiosk.screenshots import SCREENS, settle


@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize("screen", SCREENS)
def test_screen_renders(kiosk: Kiosk, screen: str, language: str) -> None:
    kiosk.languages.choose(language)
    SCREENS[screen](kiosk)
    settle()
    image = kiosk.window.grabWindow()
    assert image.width() == kiosk.config.display.width
    # Not a blank frame: a real screen has many distinct colours (text, buttons, background).
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
    }
    assert len(colours) > 4
