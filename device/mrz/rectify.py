"""Straightening a found MRZ: one perspective warp to a flat block at a fixed pitch.

The end points of the MRZ lines (every line runs the full width: fillers are
printed) pin a homography from the frame to a canonical block in which one
character is :data:`~device.mrz.cells.PITCH` pixels wide and the lines are
horizontal. This undoes the rotation and the perspective of a card held at an
angle. The detector's line ends are only as good as its blobs at the working
size - blur, a reflection or the card's edge can take a few characters off a line
or add some, and a warp from such a line squeezes its characters unevenly - so
:func:`straightenings` also offers warps from other placements of the ends. The
strips of that block, one per line, go to :mod:`device.mrz.cells`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

from device.mrz.cells import PITCH
from device.mrz.detect import Gray, MrzBlock

_INK_SPAN: Final = 0.66  # ink of the first glyph starts ~0.18 in, the last ends ~0.84 in
_MARGIN: Final = 2 * PITCH

Point = tuple[float, float]
Ends = list[tuple[Point, Point]]


def straighten(gray: Gray, block: MrzBlock, count: int) -> list[Gray]:
    """One upright strip per line of ``block``, assuming ``count`` characters per line,
    warped from the detector's line ends."""
    return next(straightenings(gray, block, count), [])


def straightenings(gray: Gray, block: MrzBlock, count: int) -> Iterator[list[Gray]]:
    """Strips of ``block`` from each plausible placement of its line ends, likeliest first.

    First the detector's ends; then every line given the length of one of them, from
    its left end and from its right end - a line blob that took in the card's edge, or
    lost a few characters, is the usual reason a warp squeezes the characters unevenly.
    Made lazily: a caller that reads the first one right asks for no more.
    """
    tried: list[Ends] = []
    for ends in _placements(block):
        if any(_close(ends, other, block.height) for other in tried):
            continue
        tried.append(ends)
        warped = _warp(gray, ends, block.height, count)
        if warped is not None:
            flat, spacing = warped
            yield _strips(flat, spacing, len(ends), count)


def _placements(block: MrzBlock) -> Iterator[Ends]:
    yield [line.ends for line in block.lines]
    for length in sorted({round(line.length) for line in block.lines}):
        for anchor in (0, 1):
            yield [_with_length(line.ends, length, anchor) for line in block.lines]


def _with_length(ends: tuple[Point, Point], length: float, anchor: int) -> tuple[Point, Point]:
    """The line through ``ends`` made ``length`` long, keeping its left (0) or right (1) end."""
    (lx, ly), (rx, ry) = ends
    size = float(np.hypot(rx - lx, ry - ly)) or 1.0
    dx, dy = (rx - lx) / size, (ry - ly) / size
    if anchor == 0:
        return (lx, ly), (lx + dx * length, ly + dy * length)
    return (rx - dx * length, ry - dy * length), (rx, ry)


def _warp(gray: Gray, ends: Ends, line_height: float, count: int) -> tuple[Gray, float] | None:
    """The block warped flat, and its line spacing there."""
    length = sum(float(np.hypot(b[0] - a[0], b[1] - a[1])) for a, b in ends) / len(ends)
    ink_length = (count - 1 + _INK_SPAN) * PITCH
    zoom = ink_length / max(length, 1.0)
    centres = [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in ends]
    frame_spacing = float(np.hypot(*np.subtract(centres[-1], centres[0]))) / (len(ends) - 1)
    spacing = frame_spacing * zoom
    src, dst = [], []
    for index, (left, right) in enumerate(ends):
        y = _MARGIN + index * spacing
        src += [left, right]
        dst += [(_MARGIN, y), (_MARGIN + ink_length, y)]
    source = np.asarray(src, dtype=np.float32)
    target = np.asarray(dst, dtype=np.float32)
    if len(ends) == 2:
        homography = cv2.getPerspectiveTransform(source, target)
    else:
        homography, _ = cv2.findHomography(source, target, 0)
        if homography is None:
            return None
    width = round(ink_length + 2 * _MARGIN)
    height = round((len(ends) - 1) * spacing + 2 * _MARGIN)
    crop, offset = _crop_and_smooth(gray, source, line_height * 2.5, zoom)
    shift = np.array([[1, 0, offset[0]], [0, 1, offset[1]], [0, 0, 1]], dtype=np.float64)
    flat = cv2.warpPerspective(
        crop,
        homography @ shift,
        (width, height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return np.asarray(flat, dtype=np.uint8), spacing


def _strips(flat: Gray, spacing: float, lines: int, count: int) -> list[Gray]:
    # Only the line itself: beyond its ends may lie the card's edge, dark like ink.
    ink_length = (count - 1 + _INK_SPAN) * PITCH
    width = flat.shape[1]
    x0 = max(0, round(_MARGIN - 0.6 * PITCH))
    x1 = min(width, round(_MARGIN + ink_length + 0.6 * PITCH))
    strips = []
    for index in range(lines):
        y = _MARGIN + index * spacing
        top = max(0, round(y - 0.55 * spacing))
        bottom = min(flat.shape[0], round(y + 0.55 * spacing))
        strips.append(np.asarray(flat[top:bottom, x0:x1], dtype=np.uint8))
    return strips


def _close(a: Ends, b: Ends, line_height: float) -> bool:
    """No end moved by a tenth of a line's height: the two placements warp alike."""
    moved = max(
        float(np.hypot(p[0] - q[0], p[1] - q[1]))
        for pair_a, pair_b in zip(a, b, strict=True)
        for p, q in zip(pair_a, pair_b, strict=True)
    )
    return moved < 0.1 * line_height


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
