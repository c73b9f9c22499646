"""Keys are big enough for unsteady hands, and every layout renders legibly.

EN 301 549 / WCAG 2.5.8 ask for 24 CSS px targets as a minimum; for an older public we hold
every key, on every layer, to 9 mm in both directions on the kiosk's 96 dpi panel with the
keyboard at the full window width. The painted key face (touch area minus the style's
margin) is held to the same 9 mm.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.kiosk.keyboard.driver import LAYERS, LOCALES, Keyboard

PANEL_DPI = 96
MIN_KEY_MM = 9.0
# Where the screenshots go; look at them after a layout change.
PNG_DIR = Path(os.environ.get("KIOSK_KEYBOARD_PNG_DIR", "/tmp/kbd"))


def mm(px: float) -> float:
    return px * 25.4 / PANEL_DPI


@pytest.fixture(params=[1920, 1080], ids=["landscape-1920", "portrait-1080"])
def window_width(request: pytest.FixtureRequest, keyboard: Keyboard) -> Iterator[int]:
    """1920 px is the kiosk's landscape panel; 1080 px the same panel turned portrait."""
    width = int(request.param)
    keyboard.window.setWidth(width)
    yield width
    keyboard.window.setWidth(1920)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("layer", LAYERS)
def test_every_key_is_at_least_9_mm_square(
    keyboard: Keyboard, window_width: int, locale: str, layer: str
) -> None:
    keyboard.show_layer(locale, layer)
    assert keyboard.panel.width() == window_width
    face_margin = float(keyboard.window.property("keyFaceMargin"))
    keys = [k for k in keyboard.visible_keys() if k.kind != "filler"]
    assert keys
    small = {
        repr(k): (round(mm(k.rect.width()), 1), round(mm(k.rect.height()), 1))
        for k in keys
        if min(mm(k.rect.width() - 2 * face_margin), mm(k.rect.height() - 2 * face_margin))
        < MIN_KEY_MM
    }
    assert not small, f"keys under {MIN_KEY_MM} mm (width, height in mm): {small}"


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("layer", LAYERS)
def test_keys_do_not_overlap_and_stay_inside_the_panel(
    keyboard: Keyboard, locale: str, layer: str
) -> None:
    keyboard.show_layer(locale, layer)
    panel = keyboard.panel.mapRectToScene(keyboard.panel.boundingRect())
    keys = keyboard.visible_keys()
    for key in keys:
        assert panel.contains(key.rect), f"{key} sticks out of the keyboard"
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            overlap = a.rect.intersected(b.rect)
            assert overlap.width() < 1 or overlap.height() < 1, f"{a} overlaps {b}"


@pytest.mark.parametrize("locale", LOCALES)
def test_render_each_layout(keyboard: Keyboard, locale: str) -> None:
    """Screenshots for a person to check: legible labels, nothing cut off."""
    for layer in ["main", "email", "symbols"]:
        keyboard.show_layer(locale, layer)
        name = locale if layer == "main" else f"{locale}-{layer}"
        image = keyboard.grab(PNG_DIR / f"{name}.png")
        assert (image.width(), image.height()) == (1920, 1080)
    if locale == "ro_RO":  # the number pads are shared by every locale
        for layer in ["digits", "dialpad", "numbers"]:
            keyboard.show_layer(locale, layer)
            keyboard.grab(PNG_DIR / f"{layer}.png")
