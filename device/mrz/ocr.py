"""Reading the characters of a straightened MRZ: candidates with probabilities.

Each line strip is normalised and a character grid is laid from where the ink is
(:func:`device.mrz.cells.measure`). The grid is then fitted cell by cell: every cell
is classified at a few small shifts, and a dynamic programme picks for each cell
the shift where the classifier sees a glyph rather than the gap between two
(``BETWEEN``), moving smoothly along the line (the chosen cells then get the second
network's look, :mod:`device.mrz.glyph_cnn`), so a pitch a little off or a
perspective not fully undone does not drift the grid onto the wrong characters.
Where the line starts is decided the same way: the cells just outside the line
must look EMPTY. Each position keeps its best few candidates, so the parser can
trade a 0 for an O when a check digit says so.

Whether print read this way up may be upside down is told from the same cells,
each turned 180° (:func:`turned_gain`): reading a card the other way up
costs as much as reading it, and a card is rarely held upside down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np

from device.mrz.cells import FloatArray, Gray, line_cells, measure, normalise
from device.mrz.glyph_model import BETWEEN, EMPTY, GlyphModel, glyph_model
from device.mrz.types import ALPHABET, LineCandidates, PositionCandidates

_TOP: Final = 4  # candidates kept per position
_MIN_PROBABILITY: Final = 0.002
_SHIFT_STEP: Final = 0.08  # of a pitch
_SHIFTS: Final = 4  # steps either way: the grid may move by up to a third of a character
_MOVE_COST: Final = 0.4  # log-probability a one-step move between neighbouring cells costs
_PAD: Final = 2  # cells classified beyond each end, to decide where the line starts
_FLOOR: Final = 1e-6
_STARTS: Final = (_PAD - 1, _PAD, _PAD + 1)  # where a line may begin among the cells laid


@dataclass(frozen=True)
class LineReading:
    candidates: LineCandidates
    score: float  # mean log-probability of the best candidate per position
    cells: FloatArray  # the cells the grid fit chose, as the classifier saw them


def read_strip(
    strip: Gray, count: int, model: GlyphModel | None = None, *, moved: int = 0
) -> LineReading | None:
    """The best grid fit of ``count`` characters on one line strip (None: no ink);
    ``moved``: the line taken to start that many characters later than its best fit
    (None when the grid laid does not reach that far)."""
    fit = fit_strip(strip, count, model, moved=moved)
    if fit is None:
        return None
    chosen = fit.probabilities
    score = float(np.log(chosen.max(axis=1) + 1e-9).mean())
    return LineReading(_candidates(chosen), score, fit.cells)


def turned_gain(lines: list[LineReading], model: GlyphModel | None = None) -> float:
    """How much better the characters of ``lines`` read turned 180° than as they are
    (mean log-probability of the likeliest character; above 0: likely upside down).

    A cell's pixels in reverse order are the cell turned 180°, and the lines turned
    are the cells in reverse order: the first network reads both (one pass over the
    characters, against the 18 passes over shifted cells of a reading).
    """
    model = model or glyph_model()
    cells = np.concatenate([line.cells for line in lines])
    if not len(cells):
        return 0.0
    return _legibility(model, cells[::-1, ::-1]) - _legibility(model, cells)


def _legibility(model: GlyphModel, cells: FloatArray) -> float:
    """Mean log-probability of the likeliest character of each cell (first network)."""
    probabilities = model.probabilities(np.ascontiguousarray(cells))[:, : len(ALPHABET)]
    likeliest = probabilities.max(axis=1) / np.clip(probabilities.sum(axis=1), _FLOOR, None)
    return float(np.log(likeliest + 1e-9).mean())


@dataclass(frozen=True)
class StripFit:
    """The cells the grid fit chose on one line, and the classifier's view of each."""

    cells: FloatArray  # (count, CELL_H * CELL_W)
    probabilities: FloatArray  # (count, len(ALPHABET)), each row summing to 1


def fit_strip(
    strip: Gray, count: int, model: GlyphModel | None = None, *, moved: int = 0
) -> StripFit | None:
    """Lay ``count`` cells on the line the way the reader does (also used for training).

    ``moved``: start the line that many characters after (before, when negative) where
    the cells beyond its ends look emptiest - for a dark or blurred line whose margins
    do not say where it starts (None when the grid laid does not reach that far).
    """
    model = model or glyph_model()
    ink = normalise(strip)
    geometry = measure(ink, count)
    if geometry is None:
        return None
    shifts = np.arange(-_SHIFTS, _SHIFTS + 1) * _SHIFT_STEP
    span = count + 2 * _PAD
    # cells[s, i]: cell i - _PAD of the grid, moved by shifts[s] pitches.
    cells = np.stack([line_cells(ink, geometry, span, offset=shift - _PAD) for shift in shifts])
    probabilities = model.probabilities(cells.reshape(-1, cells.shape[-1])).reshape(
        len(shifts), span, -1
    )
    glyph = np.log(
        np.clip(1.0 - probabilities[:, :, BETWEEN] - probabilities[:, :, EMPTY], _FLOOR, None)
    )
    empty = np.log(np.clip(probabilities[:, :, EMPTY], _FLOOR, None)).max(axis=0)
    fits: list[tuple[float, list[int], int]] = []
    for start in _STARTS:  # the line may begin a character earlier or later
        total, path = _best_path(glyph[:, start : start + count])
        total += float(empty[start - 1]) + float(empty[start + count])
        fits.append((total, path, start))
    _, path, start = max(fits)
    if moved:
        if start + moved not in _STARTS:
            return None
        _, path, start = fits[_STARTS.index(start + moved)]
    where = (np.asarray(path), np.arange(start, start + count))
    chosen_cells = np.ascontiguousarray(cells[where])
    chosen = model.second_look(chosen_cells, probabilities[where])[:, : len(ALPHABET)]
    chosen = chosen / np.clip(chosen.sum(axis=1, keepdims=True), _FLOOR, None)
    return StripFit(chosen_cells, chosen.astype(np.float32))


def _best_path(scores: FloatArray) -> tuple[float, list[int]]:
    """Shifts (rows of ``scores``), one per cell, maximising the glyph score of a smooth path."""
    states, cells = scores.shape
    moves = np.abs(np.arange(states)[:, None] - np.arange(states)[None, :])
    transition = np.where(moves == 0, 0.0, np.where(moves == 1, -_MOVE_COST, -np.inf))
    total = scores[:, 0].astype(np.float64)
    back = np.zeros((cells, states), dtype=np.int64)
    for cell in range(1, cells):
        options = total[None, :] + transition  # [to, from]
        back[cell] = np.argmax(options, axis=1)
        total = options[np.arange(states), back[cell]] + scores[:, cell]
    state = int(np.argmax(total))
    best = float(total[state])
    path = [state]
    for cell in range(cells - 1, 0, -1):
        state = int(back[cell, state])
        path.append(state)
    return best, path[::-1]


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
