"""Colours: text ≥ 4.5:1 and UI parts ≥ 3:1 in every variant (WCAG 1.4.3 / 1.4.11)."""

import pytest

from kiosk.theme.contrast import contrast_ratio
from kiosk.theme.theme import VARIANTS, ThemeData, mm_to_px

THEME = ThemeData.load()


def test_contrast_formula_known_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("variant", VARIANTS.values(), ids=VARIANTS.keys())
@pytest.mark.parametrize(("kind", "minimum"), [("text", 4.5), ("ui", 3.0)])
def test_every_pair_meets_its_minimum(variant: object, kind: str, minimum: float) -> None:
    colors = THEME.colors(variant)  # type: ignore[arg-type]
    failures = [
        f"{fg} on {bg}: {contrast_ratio(colors[fg], colors[bg]):.2f}"
        for fg, bg in THEME.pairs(kind)
        if contrast_ratio(colors[fg], colors[bg]) < minimum
    ]
    assert not failures


def test_every_palette_defines_the_same_colours() -> None:
    palettes = THEME.palettes()
    names = {frozenset(colors) for colors in palettes.values()}
    assert len(names) == 1


def test_large_text_is_larger() -> None:
    normal = THEME.font_mm(VARIANTS["normal"])
    large = THEME.font_mm(VARIANTS["large"])
    assert all(large[k] >= normal[k] * 1.3 for k in normal)


def test_touch_sizes_are_at_least_nine_millimetres() -> None:
    assert min(THEME.touch_mm().values()) >= 9
    assert round(mm_to_px(9, 96)) == 34
