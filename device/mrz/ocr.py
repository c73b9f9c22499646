"""Reading the characters of a straightened MRZ: candidates with probabilities.

Each line strip is normalised, its character grid is laid from where the ink is,
then nudged (shifted and stretched a little) to where the classifier is most
sure. Each position keeps its best few candidates, so the parser can trade a
0 for an O when a check digit says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import product
from typing import Final

import numpy as np

from device.mrz.cells import FloatArray, Gray, line_cells, measure, normalise
from device.mrz.glyph_model import GlyphModel, glyph_model
from device.mrz.types import ALPHABET, LineCandidates, PositionCandidates

_TOP: Final = 4  # candidates kept per position
_MIN_PROBABILITY: Final = 0.002
_OFFSETS: Final = (-0.06, 0.0, 0.06)
_STRETCHES: Final = (0.995, 1.0, 1.005)


@dataclass(frozen=True)
class LineReading:
    candidates: LineCandidates
    score: float  # mean log-probability of the best candidate per position


def read_strip(strip: Gray, count: int, model: GlyphModel | None = None) -> LineReading | None:
    """The best grid fit of ``count`` characters on one line strip (None: no ink)."""
    model = model or glyph_model()
    ink = normalise(strip)
    geometry = measure(ink, count)
    if geometry is None:
        return None
    best: tuple[float, FloatArray] | None = None
    for offset, stretch in product(_OFFSETS, _STRETCHES):
        cells = line_cells(ink, geometry, count, offset=offset, stretch=stretch)
        probabilities = model.probabilities(cells)
        score = float(np.log(probabilities.max(axis=1) + 1e-9).mean())
        if best is None or score > best[0]:
            best = (score, probabilities)
    assert best is not None
    score, probabilities = best
    return LineReading(_candidates(probabilities), score)


def _candidates(probabilities: FloatArray) -> LineCandidates:
    order = np.argsort(-probabilities, axis=1)[:, :_TOP]
    positions: list[PositionCandidates] = []
    for row, indexes in zip(probabilities, order, strict=True):
        # The first candidate is always kept, however unsure.
        kept = [i for n, i in enumerate(indexes) if n == 0 or row[i] >= _MIN_PROBABILITY]
        positions.append(tuple((ALPHABET[int(i)], float(row[i])) for i in kept))
    return tuple(positions)


def best_text(line: LineCandidates) -> str:
    """The most probable character at each position (before any check-digit repair)."""
    return "".join(position[0][0] for position in line)


def mean_score(lines: list[LineReading]) -> float:
    return sum(line.score for line in lines) / len(lines) if lines else -math.inf
