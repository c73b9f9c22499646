"""The Theme exposed to QML: colours, font sizes and spacing in pixels for the panel DPI.

Text size and contrast are the citizen's choices for one session; the wipe
puts them back to the configured defaults for the next person.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.theme.theme import ThemeData, Variant, mm_to_px


class ThemeViewModel(QObject):
    changed = Signal()

    def __init__(self, data: ThemeData, dpi: float, default: Variant) -> None:
        super().__init__()
        self._data = data
        self._dpi = dpi
        self._default = default
        self._variant = default

    @property
    def variant(self) -> Variant:
        return self._variant

    def set_variant(self, variant: Variant) -> None:
        if variant != self._variant:
            self._variant = variant
            self.changed.emit()

    def _px(self, mm: float) -> int:
        return round(mm_to_px(mm, self._dpi))

    def _colors(self) -> dict[str, str]:
        return self._data.colors(self._variant)

    def _fonts(self) -> dict[str, int]:
        return {k: self._px(v) for k, v in self._data.font_mm(self._variant).items()}

    def _spacing(self) -> dict[str, int]:
        return {k: self._px(v) for k, v in self._data.spacing_mm().items()}

    def _touch(self) -> dict[str, int]:
        return {k: self._px(v) for k, v in self._data.touch_mm().items()}

    def _large_text(self) -> bool:
        return self._variant.text_size == "large"

    def _high_contrast(self) -> bool:
        return self._variant.contrast == "high"

    def _get_dpi(self) -> float:
        return self._dpi

    colors = Property(dict, _colors, notify=changed)
    fonts = Property(dict, _fonts, notify=changed)
    spacing = Property(dict, _spacing, notify=changed)
    touch = Property(dict, _touch, notify=changed)
    largeText = Property(bool, _large_text, notify=changed)
    highContrast = Property(bool, _high_contrast, notify=changed)
    dpi = Property(float, _get_dpi, constant=True)

    @Slot(float, result=int)
    def mm(self, millimetres: float) -> int:
        return self._px(millimetres)

    @Slot(bool)
    def setLargeText(self, on: bool) -> None:
        self.set_variant(Variant("large" if on else "normal", self._variant.contrast))

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        self.set_variant(Variant(self._variant.text_size, "high" if on else "normal"))

    def wipe(self) -> None:
        self.set_variant(self._default)
