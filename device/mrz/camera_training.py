"""Training cells cut from synthetic camera frames by the reader's own pipeline.

Lines rendered alone (:mod:`device.mrz.glyph_training`) teach the classifier the glyphs;
what they cannot show is what the whole pipeline makes of a card in a camera frame:
perspective undone by one warp, a grid laid by the periodicity fit, JPEG blocks,
motion blur across several lines, glare from a card's gloss. So a card with random
MRZ-like lines (not real-looking names or numbers) is rendered in OCR-B
(:mod:`device.mrz.synth`, ``fonts-ocr-b``), photographed by the synthetic camera, and
read by :func:`~device.mrz.detect.find_blocks`, :func:`~device.mrz.rectify.straighten`
and :func:`~device.mrz.ocr.fit_strip` with a first model; the cells the grid fit chose
are labelled with the characters printed there. A line counts only when the grid
clearly sits on the printed characters: more of its first-model reading agrees with
the truth in place than shifted by one character either way.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Final

import numpy as np
import numpy.typing as npt

from device.mrz.cells import FloatArray
from device.mrz.detect import find_blocks, to_gray
from device.mrz.glyph_model import GlyphModel
from device.mrz.glyph_training import random_text
from device.mrz.ocr import best_text, fit_strip
from device.mrz.rectify import straighten
from device.mrz.types import ALPHABET, SHAPES

_MIN_AGREEMENT: Final = 0.3  # share of characters the first model read right in place
_MARGIN: Final = 0.1  # … and this much more than with the grid one character off


def camera_cells(
    count: int, seed: int, model: GlyphModel, *, start: int = 0
) -> tuple[FloatArray, npt.NDArray[np.int64]]:
    """Labelled cells from ``count`` synthetic camera frames (the seed's own documents,
    from its ``start``-th on)."""
    from device.mrz.synth.camera import camera_frame
    from device.mrz.synth.people import random_document
    from device.mrz.synth.render import render_document

    patches: list[FloatArray] = []
    labels: list[int] = []
    for index in range(start, start + count):
        rng = random.Random(f"glyph-training:{seed}:{index}")
        doc = random_document(rng)
        shape = SHAPES[doc.format]
        lines = tuple(random_text(rng, shape.length) for _ in range(shape.lines))
        card = render_document(replace(doc, lines=lines), rng)
        frame = camera_frame(card, rng)
        for cells, text in _cells_of(to_gray(frame), lines, model):
            patches.append(cells)
            labels.extend(ALPHABET.index(c) for c in text)
    if not patches:
        return np.zeros((0, model.w1.shape[0]), np.float32), np.zeros(0, np.int64)
    return np.concatenate(patches), np.asarray(labels, dtype=np.int64)


def _cells_of(
    gray: npt.NDArray[np.uint8], lines: tuple[str, ...], model: GlyphModel
) -> list[tuple[FloatArray, str]]:
    count = len(lines[0])
    for block in find_blocks(gray).blocks[:2]:
        if len(block.lines) != len(lines):
            continue
        strips = straighten(gray, block, count)
        if len(strips) != len(lines):
            continue
        out: list[tuple[FloatArray, str]] = []
        for strip, text in zip(strips, lines, strict=True):
            fit = fit_strip(strip, count, model)
            if fit is not None and _aligned(best_text(_as_candidates(fit.probabilities)), text):
                out.append((fit.cells, text))
        if out:
            return out
    return []


def _as_candidates(probabilities: FloatArray) -> tuple[tuple[tuple[str, float]], ...]:
    return tuple(((ALPHABET[int(np.argmax(row))], float(row.max())),) for row in probabilities)


def _agreement(read: str, truth: str, shift: int) -> float:
    pairs = [(read[i], truth[i - shift]) for i in range(len(read)) if 0 <= i - shift < len(truth)]
    return sum(a == b for a, b in pairs) / max(1, len(pairs))


def _aligned(read: str, truth: str) -> bool:
    here = _agreement(read, truth, 0)
    return (
        here >= _MIN_AGREEMENT
        and here >= max(_agreement(read, truth, -1), _agreement(read, truth, 1)) + _MARGIN
    )
