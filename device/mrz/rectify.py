"""Straightening a found MRZ: one perspective warp to a flat block at a fixed pitch.

The end points of the MRZ lines (every line runs the full width: fillers are
printed) pin a homography from the frame to a canonical block in which one
character is :data:`~device.mrz.cells.PITCH` pixels wide and the lines are
horizontal. This undoes the rotation and the perspective of a card held at an
angle. The strips of that block, one per line, go to :mod:`device.mrz.cells`.
"""

from __future__ import annotations

from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

from device.mrz.cells import PITCH
from device.mrz.detect import Gray, MrzBlock

_INK_SPAN: Final = 0.66  # ink of the first glyph starts ~0.18 in, the last ends ~0.84 in
_MARGIN: Final = 2 * PITCH


def straighten(gray: Gray, block: MrzBlock, count: int) -> list[Gray]:
    """One upright strip per line of ``block``, assuming ``count`` characters per line."""
    lines = block.lines
    length = sum(line.length for line in lines) / len(lines)
    ink_length = (count - 1 + _INK_SPAN) * PITCH
    zoom = ink_length / length
    spacing = block.spacing * zoom
    src, dst = [], []
    for index, line in enumerate(lines):
        left, right = line.ends
        y = _MARGIN + index * spacing
        src += [left, right]
        dst += [(_MARGIN, y), (_MARGIN + ink_length, y)]
    source = np.asarray(src, dtype=np.float32)
    target = np.asarray(dst, dtype=np.float32)
    if len(lines) == 2:
        homography = cv2.getPerspectiveTransform(source, target)
    else:
        homography, _ = cv2.findHomography(source, target, 0)
        if homography is None:
            return []
    width = round(ink_length + 2 * _MARGIN)
    height = round((len(lines) - 1) * spacing + 2 * _MARGIN)
    image = _crop_and_smooth(gray, source, block.height * 2.5, zoom)
    crop, offset = image
    shift = np.array([[1, 0, offset[0]], [0, 1, offset[1]], [0, 0, 1]], dtype=np.float64)
    flat = cv2.warpPerspective(
        crop,
        homography @ shift,
        (width, height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    # Only the line itself: beyond its ends may lie the card's edge, dark like ink.
    x0 = max(0, round(_MARGIN - 0.6 * PITCH))
    x1 = min(width, round(_MARGIN + ink_length + 0.6 * PITCH))
    strips = []
    for index in range(len(lines)):
        y = _MARGIN + index * spacing
        top = max(0, round(y - 0.55 * spacing))
        bottom = min(height, round(y + 0.55 * spacing))
        strips.append(np.asarray(flat[top:bottom, x0:x1], dtype=np.uint8))
    return strips


def _crop_and_smooth(
    gray: Gray, points: npt.NDArray[np.float32], pad: float, zoom: float
) -> tuple[Gray, tuple[int, int]]:
    """The part of the frame around ``points``; blurred first when the warp shrinks it."""
    x0 = max(0, int(points[:, 0].min() - pad))
    y0 = max(0, int(points[:, 1].min() - pad))
    x1 = min(gray.shape[1], int(points[:, 0].max() + pad) + 1)
    y1 = min(gray.shape[0], int(points[:, 1].max() + pad) + 1)
    crop = gray[y0:y1, x0:x1]
    if zoom < 0.8:
        crop = np.asarray(cv2.GaussianBlur(crop, (0, 0), 0.4 / zoom), dtype=np.uint8)
    return crop, (x0, y0)
