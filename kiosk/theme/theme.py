"""Loads resources/theme/theme.toml and resolves it for a display variant and panel DPI."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

THEME_PATH = Path(__file__).resolve().parents[2] / "resources" / "theme" / "theme.toml"
MM_PER_INCH = 25.4


@dataclass(frozen=True, slots=True)
class Variant:
    text_size: str = "normal"  # normal | large
    contrast: str = "normal"  # normal | high

    @property
    def name(self) -> str:
        """Stable name used in screenshot folders: normal, large, contrast."""
        if self.contrast == "high":
            return "contrast" if self.text_size == "normal" else "large-contrast"
        return "large" if self.text_size == "large" else "normal"


VARIANTS: dict[str, Variant] = {
    "normal": Variant(),
    "large": Variant(text_size="large"),
    "contrast": Variant(contrast="high"),
}


class ThemeData:
    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    @classmethod
    def load(cls, path: Path = THEME_PATH) -> ThemeData:
        return cls(tomllib.loads(path.read_text(encoding="utf-8")))

    def colors(self, variant: Variant) -> dict[str, str]:
        palette = "high_contrast" if variant.contrast == "high" else "normal"
        return dict(self._data["colors"][palette])

    def palettes(self) -> dict[str, dict[str, str]]:
        return {name: dict(colors) for name, colors in self._data["colors"].items()}

    def pairs(self, kind: str) -> list[tuple[str, str]]:
        return [(a, b) for a, b in self._data["pairs"][kind]]

    def font_mm(self, variant: Variant) -> dict[str, float]:
        scale = self._data["type"]["large_text"]["scale"] if variant.text_size == "large" else 1
        return {
            name: float(size) * scale
            for name, size in self._data["type"].items()
            if isinstance(size, int | float)
        }

    def spacing_mm(self) -> dict[str, float]:
        return {k: float(v) for k, v in self._data["spacing"].items()}

    def touch_mm(self) -> dict[str, float]:
        return {k: float(v) for k, v in self._data["touch"].items()}


def mm_to_px(mm: float, dpi: float) -> float:
    return mm * dpi / MM_PER_INCH
