"""Straightening a found MRZ: one perspective warp to a flat block at a fixed pitch.

The end points of the MRZ lines (every line runs the full width: fillers are
printed) pin a homography from the frame to a canonical block in which one
character is :data:`~device.mrz.cells.PITCH` pixels wide and the lines are
horizontal. This undoes the rotation and the perspective of a card held at an
angle. The detector's line ends are only as good as its blobs at the working
size - blur, a reflection or a shadow can cut a few characters off a line, and a
warp from a short line squeezes its characters unevenly - so the ends are then
measured again on the straightened block, at the reading's own scale, and the
warp is redone from them. The strips of that block, one per line, go to
:mod:`device.mrz.cells`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

from device.mrz.cells import PITCH, normalise
from device.mrz.detect import Gray, MrzBlock

_INK_SPAN: Final = 0.66  # ink of the first glyph starts ~0.18 in, the last ends ~0.84 in
_MARGIN: Final = 4 * PITCH  # room to find line ends the detector missed
_GAP: Final = 1.3 * PITCH  # more blank than this between glyphs: the line has ended
_REFINE: Final = 2  # rounds of measuring the ends again
_SPAN_RANGE: Final = (0.85, 1.2)  # a measured line's length against the expected one
_EDGE_ROWS: Final = 0.3  # a column inked this far above or below the glyphs is an edge
_LEVEL: Final = 0.15  # of a typical column's ink: fillers are faint

Point = tuple[float, float]
Ends = list[tuple[Point, Point]]
Homography = npt.NDArray[np.float64]


def straighten(gray: Gray, block: MrzBlock, count: int) -> list[Gray]:
    """One upright strip per line of ``block``, assuming ``count`` characters per line,
    warped from the detector's line ends."""
    return next(straightenings(gray, block, count), [])


def straightenings(gray: Gray, block: MrzBlock, count: int) -> Iterator[list[Gray]]:
    """Strips of ``block`` from each plausible placement of its line ends, likeliest first.

    First the detector's ends; then the ends measured on that warp (and measured again
    on the warp they give); then every line given the length of one of them, from its
    left end and from its right end - a line blob that took in the card's edge, or lost
    its faint fillers, is the usual reason a warp squeezes the characters unevenly.
    Made lazily: a caller that reads the first one right asks for no more.
    """
    tried: list[Ends] = []
    for ends in _placements(gray, block, count):
        if any(_close(ends, other, block.height) for other in tried):
            continue
        tried.append(ends)
        warped = _warp(gray, ends, block.height, count)
        if warped is not None:
            flat, _, spacing = warped
            yield _strips(flat, spacing, len(ends), count)


def _placements(gray: Gray, block: MrzBlock, count: int) -> Iterator[Ends]:
    ends: Ends = [line.ends for line in block.lines]
    yield ends
    measured = ends
    for _ in range(_REFINE):
        warped = _warp(gray, measured, block.height, count)
        if warped is None:
            break
        flat, homography, spacing = warped
        found = _measured_ends(flat, homography, spacing, len(ends), count)
        if found is None:
            break
        measured = found
        yield measured
    lengths = sorted({round(line.length) for line in block.lines})
    for length in lengths:
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


def _warp(
    gray: Gray, ends: Ends, line_height: float, count: int
) -> tuple[Gray, Homography, float] | None:
    """The block warped flat: the image, the frame-to-flat homography, the line spacing."""
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
        homography = np.asarray(cv2.getPerspectiveTransform(source, target), dtype=np.float64)
    else:
        found, _ = cv2.findHomography(source, target, 0)
        if found is None:
            return None
        homography = np.asarray(found, dtype=np.float64)
    width = round(ink_length + 2 * _MARGIN)
    height = round((len(ends) - 1) * spacing + 2 * _MARGIN)
    pad = max(line_height * 2.5, 1.5 * _MARGIN / zoom)
    crop, offset = _crop_and_smooth(gray, source, pad, zoom)
    shift = np.array([[1, 0, offset[0]], [0, 1, offset[1]], [0, 0, 1]], dtype=np.float64)
    flat = cv2.warpPerspective(
        crop,
        homography @ shift,
        (width, height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return np.asarray(flat, dtype=np.uint8), homography, spacing


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


def _measured_ends(
    flat: Gray, homography: Homography, spacing: float, lines: int, count: int
) -> Ends | None:
    """Every line's ends as its ink shows them on the flat block, in frame coordinates.

    None when a line's ink cannot be told from its surroundings, or a line comes out
    far longer or shorter than ``count`` characters.
    """
    ink_length = (count - 1 + _INK_SPAN) * PITCH
    measured: list[tuple[float, float, float, float]] = []
    for index in range(lines):
        y = _MARGIN + index * spacing
        found = _line_extent(flat, y, spacing, ink_length)
        if found is None:
            return None
        measured.append(found)
    low, high = _SPAN_RANGE
    if not all(low * ink_length < right - left < high * ink_length for left, right, *_ in measured):
        return None
    inverse = np.asarray(np.linalg.inv(homography), dtype=np.float64)
    return [
        (_to_frame(inverse, left, y_left), _to_frame(inverse, right, y_right))
        for left, right, y_left, y_right in measured
    ]


def _line_extent(
    flat: Gray, y: float, spacing: float, ink_length: float
) -> tuple[float, float, float, float] | None:
    """First and last ink column of the line at ``y``, and its centre height at each end."""
    top = max(0, round(y - spacing))
    bottom = min(flat.shape[0], round(y + spacing))
    ink = normalise(flat[top:bottom])
    inner = slice(_MARGIN, round(_MARGIN + ink_length))
    near = slice(max(0, round(y - 0.5 * spacing) - top), round(y + 0.5 * spacing) - top)
    rows = ink[near, inner].mean(axis=1)
    if rows.size == 0 or float(rows.max()) < 0.05:
        return None
    text_rows = np.flatnonzero(rows > 0.35 * float(rows.max())) + (near.start or 0)
    r0, r1 = int(text_rows[0]), int(text_rows[-1]) + 1
    glyphs = ink[r0:r1]
    columns = glyphs.mean(axis=0)
    level = _LEVEL * float(np.percentile(columns[inner], 90))
    inked = columns > level
    # An edge (the card's, a shadow's) is dark from far above the glyphs to far below.
    reach = max(2, round(_EDGE_ROWS * (r1 - r0)))
    above = ink[max(0, r0 - 3 * reach) : max(0, r0 - reach)]
    below = ink[r1 + reach : r1 + 3 * reach]
    if above.shape[0] and below.shape[0]:
        inked &= (above.max(axis=0) < 0.5) | (below.max(axis=0) < 0.5)
    middle = round(_MARGIN + ink_length / 2)
    hits = np.flatnonzero(inked)
    if hits.size < 2:
        return None
    left = _walk(hits[hits <= middle][::-1])
    right = _walk(hits[hits >= middle])
    if left is None or right is None:
        return None
    quarter = max(PITCH, round((right - left) / 4))
    y_left = top + r0 + _centre(glyphs[:, left : left + quarter])
    y_right = top + r0 + _centre(glyphs[:, right + 1 - quarter : right + 1])
    return float(left), float(right + 1), y_left, y_right


def _walk(hits: npt.NDArray[np.intp]) -> int | None:
    """From the middle outwards over inked columns, up to the first gap wider than a glyph's."""
    if hits.size == 0:
        return None
    last = int(hits[0])
    for x in hits[1:]:
        if abs(int(x) - last) > _GAP:
            break
        last = int(x)
    return last


def _centre(ink: npt.NDArray[np.float32]) -> float:
    rows = ink.sum(axis=1)
    total = float(rows.sum())
    if total <= 0:
        return (ink.shape[0] - 1) / 2
    return float((rows * np.arange(ink.shape[0])).sum() / total)


def _to_frame(inverse: Homography, x: float, y: float) -> Point:
    px, py, pw = inverse @ np.array([x, y, 1.0])
    return (float(px / pw), float(py / pw))


def _close(a: Ends, b: Ends, line_height: float) -> bool:
    """The ends moved by less than a tenth of a line's height: nothing left to refine."""
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
