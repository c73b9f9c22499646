"""Every control: at least 9 mm × 9 mm at the panel's DPI, and an accessible name and role."""

import pytest

from kiosk.app import Kiosk
from kiosk.screenshots import SCREENS, settle
from kiosk.theme.theme import VARIANTS, mm_to_px
from tests.kiosk.qml_helpers import interactive_items

MINIMUM_MM = 9


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("screen", SCREENS)
def test_controls_are_large_and_named(kiosk: Kiosk, screen: str, variant: str) -> None:
    kiosk.languages.choose("ro")
    kiosk.theme.set_variant(VARIANTS[variant])
    SCREENS[screen](kiosk)
    settle()
    minimum_px = mm_to_px(MINIMUM_MM, kiosk.config.display.dpi) - 0.5
    controls = interactive_items(kiosk.window)
    assert controls, "a screen without any control cannot be left"
    too_small = [
        (name, round(c.width()), round(c.height()))
        for c, name, _ in controls
        if c.width() < minimum_px or c.height() < minimum_px
    ]
    assert not too_small, f"under {MINIMUM_MM} mm ({minimum_px:.0f} px): {too_small}"
    unnamed = [c.metaObject().className() for c, name, _ in controls if not name.strip()]
    assert not unnamed


def test_finish_and_help_are_on_every_session_screen(kiosk: Kiosk) -> None:
    """Same place on every screen (WCAG 3.2.6); behind a modal panel, its own buttons rule."""
    for screen, prepare in SCREENS.items():
        if screen in ("attract", "language") or screen.startswith("admin-"):
            continue  # the technician's screen is no citizen session: it has its own bar
        kiosk.session.end("test")
        kiosk.admin.close()
        prepare(kiosk)
        settle()
        if kiosk.admin.current.unlocked:
            continue  # a library page (workshops, report) lives on the admin layer
        reachable = {c.objectName() for c, _, _ in interactive_items(kiosk.window)}
        if kiosk.window.property("panel") or kiosk.session.idleWarning:
            assert reachable & {"closePanelButton", "moreTimeButton"}, screen
            continue
        assert {"finishButton", "helpButton", "languageButton", "displayButton"} <= reachable, (
            screen
        )
