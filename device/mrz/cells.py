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
_LOCAL_FLOOR: Final = 0.35  # local contrast counted at least this share of the strip's
_MAX_SLANT: Final = 0.24  # how much wider the near end's characters may be than the far end's

FloatArray = npt.NDArray[np.float32]
Gray = npt.NDArray[np.uint8]


@dataclass(frozen=True)
class LineGeometry:
    """Where a line's characters are inside its strip."""

    left: float  # x of the first cell's left edge
    pitch: float  # the first cell's width
    center_y: float
    # x of cell border v is left + pitch * v + bend * v * v: a card seen at a slant has
    # its near characters wider than its far ones, more than one warp of the whole
    # MRZ can undo from the ends of its lines alone.
    bend: float = 0.0

    def x_at(self, v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        return np.asarray(self.left + self.pitch * v + self.bend * v * v, dtype=np.float64)


def normalise(strip: Gray) -> FloatArray:
    """Ink → 1, paper → 0, against the paper's own local brightness and the print's own
    local contrast: under a reflection or in a shadow the glyphs are fainter, not thinner."""
    values = strip.astype(np.float32)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (PITCH + 1, PITCH + 1))
    paper = cv2.blur(cv2.dilate(values, kernel), (PITCH // 2 + 1, PITCH // 2 + 1))
    depth = paper - values
    spread = max(float(np.percentile(depth, 99)), 12.0)
    # The darkest ink within a few characters, across the whole strip's height.
    around = cv2.getStructuringElement(cv2.MORPH_RECT, (3 * PITCH + 1, depth.shape[0] * 2 + 1))
    local = cv2.blur(cv2.dilate(depth, around), (2 * PITCH + 1, 1))
    scale = np.clip(local, max(_LOCAL_FLOOR * spread, 12.0), spread)
    return np.clip(depth / scale, 0.0, 1.2).astype(np.float32)


def measure(ink: FloatArray, count: int) -> LineGeometry | None:
    """The grid for ``count`` characters from where the ink is (None: no line here).

    A first guess of the pitch comes from the ends of the ink. Then the pitch and the
    glyph centres are read from the column profile's periodicity: in a monospaced face
    the glyphs repeat every pitch, so the profile's component at that frequency is
    strongest at the true pitch, and its phase says where the glyph centres fall. That
    puts each cell's border in the middle of the gap between glyphs, whatever the
    glyphs' width.
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
    return _fit_grid(columns, first, last, guess, count, center_y)


def _fit_grid(
    columns: FloatArray, first: float, last: float, guess: float, count: int, center_y: float
) -> LineGeometry:
    """Pitch, slant and phase that make the column profile most periodic along the line.

    Positions along the line are ``x(u) = first + p0 * u + bend * u * u`` (u counts
    characters from the first glyph's ink); the profile, resampled at steps of u, has
    its strongest one-per-character component for the right (p0, bend), and that
    component's phase says where the glyph centres are.
    """
    span_u = count - 1 + _INK_TO - _INK_FROM  # first ink to last ink, in characters
    means = guess * np.linspace(0.96, 1.04, 21)
    slants = np.linspace(-_MAX_SLANT, _MAX_SLANT, 13)
    mean, slant = np.meshgrid(means, slants, indexing="ij")
    p0 = (mean * (1 - slant / 2)).ravel()
    bend = (mean * slant / (2 * span_u)).ravel()
    u = np.arange(-0.5, span_u + 0.5, 1 / 4)
    x = first + p0[:, None] * u[None, :] + bend[:, None] * (u * u)[None, :]
    profile = np.interp(x, np.arange(len(columns)), columns, left=0.0, right=0.0)
    profile -= profile.mean(axis=1, keepdims=True)
    components = profile @ np.exp(-2j * np.pi * u)
    strength = np.abs(components)
    # The last ink must lie near where the model puts the end of the last glyph.
    ends = first + p0 * span_u + bend * span_u * span_u
    plausible = np.abs(ends - last) < 0.6 * mean.ravel()
    if plausible.any():
        strength = np.where(plausible, strength, 0.0)
    best = int(np.argmax(strength))
    # Glyph centres fall at u = phase + k; the first glyph's centre is near u = 0.33.
    phase = (-float(np.angle(components[best])) / (2 * np.pi)) % 1.0
    centre = phase + round(0.5 * (_INK_TO - _INK_FROM) - phase)
    w = centre - 0.5  # the first cell's left border, in u
    left = first + p0[best] * w + bend[best] * w * w
    return LineGeometry(
        float(left), float(p0[best] + 2 * bend[best] * w), center_y, float(bend[best])
    )


def line_cells(
    ink: FloatArray,
    geometry: LineGeometry,
    count: int,
    *,
    offset: float = 0.0,
    stretch: float = 1.0,
) -> FloatArray:
    """``count`` patches of CELL_H × CELL_W, flattened: shape (count, CELL_H * CELL_W).

    Cell i is the grid's cell ``offset + i``; ``stretch`` widens the whole grid a little.
    Each cell is scaled by the local pitch, so near and far characters come out alike.
    """
    margin_x = (CELL_W - PITCH) / 2
    width = int(count * PITCH + 2 * margin_x)
    # Output column X shows cell coordinate v (cell i spans v in [offset + i, offset + i + 1)).
    v = offset + (np.arange(width, dtype=np.float64) + 0.5 - margin_x) / PITCH
    xs = geometry.x_at(v * stretch)
    local = geometry.pitch * stretch + 2 * geometry.bend * v * stretch * stretch
    rows = np.arange(CELL_H, dtype=np.float64) + 0.5 - CELL_H / 2
    map_x = np.broadcast_to(xs - 0.5, (CELL_H, width)).astype(np.float32)
    map_y = (geometry.center_y - 0.5 + rows[:, None] * (local / PITCH)[None, :]).astype(np.float32)
    warped: FloatArray = np.asarray(
        cv2.remap(
            ink, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0.0
        ),
        dtype=np.float32,
    )
    cells = np.stack([warped[:, i * PITCH : i * PITCH + CELL_W] for i in range(count)])
    return np.ascontiguousarray(cells.reshape(count, CELL_H * CELL_W), dtype=np.float32)
