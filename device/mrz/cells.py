"""One MRZ line, upright, cut into character cells for the glyph classifier.

A line arrives as a grayscale strip with the pitch (character advance) close to
:data:`PITCH` pixels. :func:`line_cells` measures where the ink is, lays a grid of
``count`` cells over it and returns one normalised patch per cell. OCR-B is a
monospaced face, so the grid is exact once its origin and pitch are right; the
caller may shift and stretch it (``offset``, ``stretch``) to find the best fit.
The same function prepares the training patches, so the classifier sees what
the reader sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

PITCH: Final = 16  # pixels per character in the normalised line
CELL_W: Final = 20  # a cell shows a little of its neighbours: the grid may be off by a bit
CELL_H: Final = 24
# Where a glyph's ink starts and ends inside its cell, in pitches (OCR-B, typical glyphs).
_INK_FROM: Final = 0.18
_INK_TO: Final = 0.84

FloatArray = npt.NDArray[np.float32]
Gray = npt.NDArray[np.uint8]


@dataclass(frozen=True)
class LineGeometry:
    """Where a line's characters are inside its strip."""

    left: float  # x of the first cell's left edge
    pitch: float
    center_y: float


def normalise(strip: Gray) -> FloatArray:
    """Ink → 1, paper → 0, against the paper's own local brightness (glare, shadows)."""
    values = strip.astype(np.float32)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (PITCH + 1, PITCH + 1))
    paper = cv2.blur(cv2.dilate(values, kernel), (PITCH // 2 + 1, PITCH // 2 + 1))
    depth = paper - values
    spread = max(float(np.percentile(depth, 99)), 12.0)
    return np.clip(depth / spread, 0.0, 1.2).astype(np.float32)


def measure(ink: FloatArray, count: int) -> LineGeometry | None:
    """The grid for ``count`` characters from where the ink is (None: no line here).

    A first guess comes from the ends of the ink; then pitch and origin are chosen so
    that the cell borders fall where the columns hold least ink: in a monospaced face
    the gaps between characters sit on the borders.
    """
    rows = ink.mean(axis=1)
    if float(rows.max()) < 0.05:
        return None
    row_weights = np.clip(rows - 0.35 * float(rows.max()), 0.0, None)
    center_y = float((row_weights * np.arange(len(rows))).sum() / row_weights.sum())
    band = ink[max(0, round(center_y - 0.5 * PITCH)) : round(center_y + 0.5 * PITCH) + 1]
    columns = band.mean(axis=0)
    inked = np.flatnonzero(columns > 0.25 * float(columns.max()))
    if inked.size < 2:
        return None
    first, last = float(inked[0]), float(inked[-1] + 1)
    guess = (last - first) / (count - 1 + _INK_TO - _INK_FROM)
    if guess <= 0:
        return None
    return _fit_borders(columns, first, last, guess, count, center_y)


def _fit_borders(
    columns: FloatArray, first: float, last: float, guess: float, count: int, center_y: float
) -> LineGeometry:
    smooth = np.convolve(columns, np.ones(3, np.float32) / 3, mode="same")
    positions = np.arange(len(smooth), dtype=np.float32)
    pitches = guess * np.linspace(0.94, 1.06, 25, dtype=np.float32)
    starts = first - np.linspace(0.05, 0.4, 15, dtype=np.float32)[:, None] * pitches[None, :]
    steps = np.arange(count + 1, dtype=np.float32)
    # borders[start, pitch, k] = start + k * pitch
    borders = starts[:, :, None] + steps[None, None, :] * pitches[None, :, None]
    cost = np.interp(borders, positions, smooth, left=0.0, right=0.0).mean(axis=2)
    ends = borders[:, :, -1]
    cost = cost + np.where(ends < last - 0.05 * pitches[None, :], 1.0, 0.0)
    cost = cost + np.where(ends > last + 0.6 * pitches[None, :], 1.0, 0.0)
    i, j = np.unravel_index(int(np.argmin(cost)), cost.shape)
    return LineGeometry(float(starts[i, j]), float(pitches[j]), center_y)


def line_cells(
    ink: FloatArray,
    geometry: LineGeometry,
    count: int,
    *,
    offset: float = 0.0,
    stretch: float = 1.0,
) -> FloatArray:
    """``count`` patches of CELL_H × CELL_W, flattened: shape (count, CELL_H * CELL_W)."""
    pitch = geometry.pitch * stretch
    scale = PITCH / pitch
    margin_x = (CELL_W - PITCH) / 2
    # Map the strip so that cell i spans [margin_x + i*PITCH, margin_x + (i+1)*PITCH).
    left = geometry.left + offset * geometry.pitch
    matrix = np.array(
        [
            [scale, 0.0, margin_x - left * scale],
            [0.0, scale, CELL_H / 2 - geometry.center_y * scale],
        ],
        dtype=np.float64,
    )
    width = int(count * PITCH + 2 * margin_x)
    warped: FloatArray = np.asarray(
        cv2.warpAffine(ink, matrix, (width, CELL_H), flags=cv2.INTER_LINEAR, borderValue=0.0),
        dtype=np.float32,
    )
    cells = np.stack([warped[:, i * PITCH : i * PITCH + CELL_W] for i in range(count)])
    return np.ascontiguousarray(cells.reshape(count, CELL_H * CELL_W), dtype=np.float32)
