"""The OCR-B glyph classifier: a small neural network in NumPy, trained at build time.

Input: one normalised cell (:mod:`device.mrz.cells`), output: a probability for each
of the 37 MRZ characters and for two "no character here" classes: :data:`BETWEEN` (the
cell straddles two glyphs: the grid is off by half a character) and :data:`EMPTY`
(blank paper beyond the line's ends). Those two let the reader tell a well-placed
grid from a misplaced one. The cells the grid fit chose get a second look from a
small convolutional network (:mod:`device.mrz.glyph_cnn`), kept in the same file.
Two such pairs of networks are trained, the second on more camera frames and for longer
(:data:`PARTNER`), and every cell is read by both: they err on different cells, and
their agreement is surer than either alone. Trained from Debian's ``fonts-ocr-b`` by
:mod:`device.mrz.glyph_training` (``make mrz-model`` or on first use) and kept in
``build/mrz/glyphs.npz``; ``KIOSK_MRZ_MODEL`` points elsewhere. No weights are
downloaded, and none are committed: the model is rebuilt from the font.
"""

from __future__ import annotations

import copy
import logging
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from device.mrz.adam import adam, he_normal, softmax, softmax_error
from device.mrz.cells import CELL_H, CELL_W
from device.mrz.glyph_cnn import PARAMETERS, GlyphCnn, agree, fit_cnn
from device.mrz.types import ALPHABET

log = logging.getLogger("device.mrz")

# Bump when the training data or the network changes: an older file is retrained.
MODEL_VERSION: Final = 12
BETWEEN: Final = len(ALPHABET)  # class index: the cell is half on one glyph, half on the next
EMPTY: Final = len(ALPHABET) + 1  # class index: no glyph in the cell
CLASSES: Final = len(ALPHABET) + 2
_HIDDEN: Final = 768
_LINES_PER_JOB: Final = 500
_JOBS: Final = 8
_EPOCHS: Final = 10
_CAMERA_JOBS: Final = 8
_CAMERA_FRAMES_PER_JOB: Final = 320
_TUNE_EPOCHS: Final = 6
_CNN_EPOCHS: Final = 5
_PARTNER_PREFIX: Final = "partner_"


@dataclass(frozen=True)
class Recipe:
    """How one pair of networks is tuned once the first network has read the glyphs."""

    camera_frames_per_job: int
    cnn_epochs: int


# The two pairs read together. On the benchmark's 1000 camera frames the first alone read
# 99.2 % of core fields and 97.7 % of MRZs exactly, the partner alone the same, with
# other misses; both together 99.3 % and 98.0 %, for 68 → 74 ms of CPU per frame (p50).
FIRST: Final = Recipe(_CAMERA_FRAMES_PER_JOB, _CNN_EPOCHS)
PARTNER: Final = Recipe(448, 7)
DEFAULT_PATH: Final = Path(__file__).resolve().parents[2] / "build" / "mrz" / "glyphs.npz"

FloatArray = npt.NDArray[np.float32]


def model_path() -> Path:
    override = os.environ.get("KIOSK_MRZ_MODEL")
    return Path(override) if override else DEFAULT_PATH


@dataclass(frozen=True)
class GlyphModel:
    w1: FloatArray
    b1: FloatArray
    w2: FloatArray
    b2: FloatArray
    # The second opinion on the cells the grid fit chose (None while training the first).
    cnn: GlyphCnn | None = None
    # Another pair of networks trained otherwise: each reading is both pairs' agreement.
    partner: GlyphModel | None = None

    def probabilities(self, cells: FloatArray) -> FloatArray:
        """Rows of cells in, rows of CLASSES probabilities (ALPHABET, BETWEEN, EMPTY) out."""
        hidden = np.maximum(cells @ self.w1 + self.b1, 0.0)
        own = softmax(hidden @ self.w2 + self.b2)
        if self.partner is None:
            return own
        return agree(own, self.partner.probabilities(cells))

    def second_look(self, cells: FloatArray, first: FloatArray) -> FloatArray:
        """``first`` (the first networks' probabilities for ``cells``) with the CNNs' agreed in."""
        if self.cnn is None or not len(cells):
            return first
        second = self.cnn.probabilities(cells)
        if self.partner is not None and self.partner.cnn is not None:
            second = agree(second, self.partner.cnn.probabilities(cells))
        return agree(first, second)

    def alone(self) -> GlyphModel:
        """This pair without its partner: each cell read at half the cost (a camera
        stream's frames, where the next frames make up for it)."""
        return replace(self, partner=None)

    def arrays(self) -> dict[str, FloatArray]:
        """The weights by name, the partner's prefixed (what :meth:`save` writes)."""
        arrays = {"w1": self.w1, "b1": self.b1, "w2": self.w2, "b2": self.b2}
        if self.cnn is not None:
            named = zip(PARAMETERS, self.cnn.params(), strict=True)
            arrays |= {f"cnn_{name}": p for name, p in named}
        if self.partner is not None:
            arrays |= {_PARTNER_PREFIX + k: v for k, v in self.partner.arrays().items()}
        return arrays

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.npz")
        np.savez(partial, version=MODEL_VERSION, **self.arrays())  # type: ignore[arg-type]
        partial.replace(path)

    @classmethod
    def load(cls, path: Path) -> GlyphModel | None:
        """The model in ``path``, or None when it is missing, damaged or out of date."""
        try:
            with np.load(path) as data:
                if int(data["version"]) != MODEL_VERSION:
                    return None
                arrays = {k: np.asarray(data[k], dtype=np.float32) for k in data if k != "version"}
            partner = {
                k.removeprefix(_PARTNER_PREFIX): v
                for k, v in arrays.items()
                if k.startswith(_PARTNER_PREFIX)
            }
            return replace(_pair(arrays), partner=_pair(partner))
        except (OSError, KeyError, ValueError):
            return None


def _pair(arrays: dict[str, FloatArray]) -> GlyphModel:
    """One pair of networks from its named weights (KeyError when one is missing)."""
    cnn = GlyphCnn(*(arrays[f"cnn_{name}"] for name in PARAMETERS))
    return GlyphModel(arrays["w1"], arrays["b1"], arrays["w2"], arrays["b2"], cnn)


def _job(seed: int) -> tuple[FloatArray, npt.NDArray[np.int64]]:
    from device.mrz.glyph_training import training_lines

    return training_lines(_LINES_PER_JOB, seed)


def _camera_job(
    args: tuple[int, GlyphModel, int, int],
) -> tuple[FloatArray, npt.NDArray[np.int64]]:
    from device.mrz.camera_training import camera_cells

    seed, model, start, count = args
    return camera_cells(count, seed, model, start=start)


def train(seed: int = 9303, jobs: int = 2) -> GlyphModel:
    """Render the training set and fit the networks (about 35 min on 2 cores).

    First on rendered lines alone; then that model reads synthetic camera frames
    (:mod:`device.mrz.camera_training`, other seeds than the benchmark's) and the
    network is tuned on both: the glyphs as the whole pipeline cuts them out. The
    second opinion (:mod:`device.mrz.glyph_cnn`) is fitted last, on the same cells.
    The partner pair (:data:`PARTNER`) starts from the same first network and the same
    random state, and is tuned on more frames of the same seeds (the first pair's
    frames and more).
    """
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = list(pool.map(_job, range(seed, seed + _JOBS)))
    x = np.concatenate([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    rendered = time.monotonic()
    rng = np.random.default_rng(seed)
    first = _fit(x, y, rng)
    fitted = time.monotonic()
    recipes = (FIRST, PARTNER)
    # Each job's frames in runs, so each recipe takes its own count from every job.
    bounds = sorted({0, *(r.camera_frames_per_job for r in recipes)})
    runs = list(pairwise(bounds))
    tasks = [(seed * 1000 + n, first, a, b - a) for n in range(_CAMERA_JOBS) for a, b in runs]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        camera = list(pool.map(_camera_job, tasks))
    photographed = time.monotonic()
    pairs = []
    for recipe in recipes:
        taken = [
            part
            for (_, _, start, _), part in zip(tasks, camera, strict=True)
            if start < recipe.camera_frames_per_job
        ]
        cx = np.concatenate([p[0] for p in taken])
        cy = np.concatenate([p[1] for p in taken])
        pairs.append(_tune(x, y, cx, cy, copy.deepcopy(rng), first, recipe))
    model = replace(pairs[0], partner=pairs[1])
    log.info(
        "mrz.model_trained",
        extra={
            "samples": len(y),
            "render_s": round(rendered - started, 1),
            "fit_s": round(fitted - rendered, 1),
            "camera_s": round(photographed - fitted, 1),
            "tune_s": round(time.monotonic() - photographed, 1),
        },
    )
    return model


def _tune(
    x: FloatArray,
    y: npt.NDArray[np.int64],
    cx: FloatArray,
    cy: npt.NDArray[np.int64],
    rng: np.random.Generator,
    first: GlyphModel,
    recipe: Recipe,
) -> GlyphModel:
    """One pair: the first network tuned on lines and camera cells, then its CNN."""
    x, y = np.concatenate([x, cx, cx]), np.concatenate([y, cy, cy])
    model = _fit(x, y, rng, initial=first, epochs=_TUNE_EPOCHS, rate=1e-3)
    return replace(model, cnn=fit_cnn(x, y, CLASSES, rng, epochs=recipe.cnn_epochs))


def _fit(
    x: FloatArray,
    y: npt.NDArray[np.int64],
    rng: np.random.Generator,
    *,
    initial: GlyphModel | None = None,
    epochs: int = _EPOCHS,
    rate: float = 2e-3,
) -> GlyphModel:
    inputs, classes = CELL_H * CELL_W, CLASSES
    if initial is not None:
        params = [p.copy() for p in (initial.w1, initial.b1, initial.w2, initial.b2)]
    else:
        params = [
            he_normal(inputs, _HIDDEN, rng),
            np.zeros(_HIDDEN, np.float32),
            he_normal(_HIDDEN, classes, rng),
            np.zeros(classes, np.float32),
        ]
    w1, b1, w2, b2 = adam(params, _gradients, x, y, rng, epochs=epochs, rate=rate)
    return GlyphModel(w1, b1, w2, b2)


def _gradients(
    params: list[FloatArray], x: FloatArray, y: npt.NDArray[np.int64]
) -> list[FloatArray]:
    w1, b1, w2, b2 = params
    pre = x @ w1 + b1
    hidden = np.maximum(pre, 0.0)
    error = softmax_error(hidden @ w2 + b2, y)
    grad_hidden = (error @ w2.T) * (pre > 0)
    grads = [x.T @ grad_hidden, grad_hidden.sum(axis=0), hidden.T @ error, error.sum(axis=0)]
    return [np.asarray(g, dtype=np.float32) for g in grads]


@lru_cache(maxsize=1)
def glyph_model() -> GlyphModel:
    """The trained model: loaded from disk, or trained now (and saved) if there is none."""
    path = model_path()
    model = GlyphModel.load(path)
    if model is None:
        log.warning("mrz.model_missing_training_now")
        model = train()
        try:
            model.save(path)
        except OSError:
            log.warning("mrz.model_not_saved")
    return model


def main() -> None:
    """``python -m device.mrz.glyph_model [--force]``: train and save the model if needed."""
    logging.basicConfig(level=logging.INFO)
    path = model_path()
    if "--force" not in sys.argv[1:] and GlyphModel.load(path) is not None:
        print(f"{path}: up to date")
        return
    started = time.monotonic()
    train().save(path)
    print(f"{path}: trained in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
