"""Rendering text in OCR-B, the MRZ typeface, from Debian's ``fonts-ocr-b``.

Used to train the glyph classifier at build time (no downloaded models) and by the
synthetic documents of the benchmark and the demo camera. Text is drawn large and
shrunk with area averaging, so small sizes look like print seen through a lens.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFont

FONT_PATH: Final = Path("/usr/share/fonts/opentype/ocr-b/OCRB.otf")
_SUPERSAMPLE: Final = 4
_REFERENCE_SIZE: Final = 100


class FontMissing(RuntimeError):
    """Debian's fonts-ocr-b is not installed."""


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont:
    if not FONT_PATH.exists():
        raise FontMissing(f"{FONT_PATH} is missing: install the Debian package fonts-ocr-b")
    return ImageFont.truetype(str(FONT_PATH), size)


@lru_cache(maxsize=1)
def advance_ratio() -> float:
    """Advance width of one character (all are equal) per point of font size."""
    return _font(_REFERENCE_SIZE).getlength("0") / _REFERENCE_SIZE


def font_size_for_pitch(pitch_px: float) -> int:
    """The font size whose character advance is ``pitch_px`` pixels."""
    return max(4, round(pitch_px / advance_ratio()))


def render_line(
    text: str,
    pitch_px: float,
    *,
    weight: int = 0,
    margin: float = 1.0,
    glyph_scale: float = 1.0,
) -> npt.NDArray[np.uint8]:
    """``text`` in black OCR-B on white, ``pitch_px`` per character, as a grayscale image.

    ``weight`` thickens (> 0) or thins (< 0) the strokes by that many supersampled pixels,
    like heavy or light printing. ``margin`` is the white border in pitches.
    ``glyph_scale`` < 1 draws smaller characters at the same pitch (documents differ).
    """
    big = pitch_px * _SUPERSAMPLE
    font = _font(font_size_for_pitch(big * glyph_scale))
    advance = font.getlength("0")
    pad = round(margin * big)
    ascent, descent = _font(font_size_for_pitch(big)).getmetrics()
    width = round(big * len(text)) + 2 * pad
    height = ascent + descent + 2 * pad
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    baseline = pad + ascent
    for index, char in enumerate(text):
        x = pad + index * big + (big - advance) / 2
        draw.text((x, baseline), char, font=font, fill=0, anchor="ls")
    ink = np.asarray(image, dtype=np.uint8)
    if weight:
        kernel = np.ones((abs(weight) + 1, abs(weight) + 1), np.uint8)
        op = cv2.erode if weight > 0 else cv2.dilate  # ink is dark: erode grows it
        ink = np.asarray(op(ink, kernel), dtype=np.uint8)
    small = cv2.resize(
        ink,
        (max(1, round(width / _SUPERSAMPLE)), max(1, round(height / _SUPERSAMPLE))),
        interpolation=cv2.INTER_AREA,
    )
    return np.asarray(small, dtype=np.uint8)
