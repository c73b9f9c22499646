"""The OCR-B glyph classifier: a small neural network in NumPy, trained at build time.

Input: one normalised cell (:mod:`device.mrz.cells`), output: a probability for each
of the 37 MRZ characters and for two "no character here" classes: :data:`BETWEEN` (the
cell straddles two glyphs: the grid is off by half a character) and :data:`EMPTY`
(blank paper beyond the line's ends). Those two let the reader tell a well-placed
grid from a misplaced one. The cells the grid fit chose get a second look from a
small convolutional network (:mod:`device.mrz.glyph_cnn`), kept in the same file.
Trained from Debian's ``fonts-ocr-b`` by
:mod:`device.mrz.glyph_training` (``make mrz-model`` or on first use) and kept in
``build/mrz/glyphs.npz``; ``KIOSK_MRZ_MODEL`` points elsewhere. No weights are
downloaded, and none are committed: the model is rebuilt from the font.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
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
MODEL_VERSION: Final = 11
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

    def probabilities(self, cells: FloatArray) -> FloatArray:
        """Rows of cells in, rows of CLASSES probabilities (ALPHABET, BETWEEN, EMPTY) out."""
        hidden = np.maximum(cells @ self.w1 + self.b1, 0.0)
        return softmax(hidden @ self.w2 + self.b2)

    def second_look(self, cells: FloatArray, first: FloatArray) -> FloatArray:
        """``first`` (this network's probabilities for ``cells``) with the CNN's agreed in."""
        if self.cnn is None or not len(cells):
            return first
        return agree(first, self.cnn.probabilities(cells))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.npz")
        arrays = {"w1": self.w1, "b1": self.b1, "w2": self.w2, "b2": self.b2}
        if self.cnn is not None:
            named = zip(PARAMETERS, self.cnn.params(), strict=True)
            arrays |= {f"cnn_{name}": p for name, p in named}
        np.savez(partial, version=MODEL_VERSION, **arrays)  # type: ignore[arg-type]
        partial.replace(path)

    @classmethod
    def load(cls, path: Path) -> GlyphModel | None:
        """The model in ``path``, or None when it is missing, damaged or out of date."""
        try:
            with np.load(path) as data:
                if int(data["version"]) != MODEL_VERSION:
                    return None
                arrays = {k: np.asarray(data[k], dtype=np.float32) for k in data if k != "version"}
            cnn = GlyphCnn(*(arrays[f"cnn_{name}"] for name in PARAMETERS))
            return cls(arrays["w1"], arrays["b1"], arrays["w2"], arrays["b2"], cnn)
        except (OSError, KeyError, ValueError):
            return None


def _job(seed: int) -> tuple[FloatArray, npt.NDArray[np.int64]]:
    from device.mrz.glyph_training import training_lines

    return training_lines(_LINES_PER_JOB, seed)


def _camera_job(args: tuple[int, GlyphModel]) -> tuple[FloatArray, npt.NDArray[np.int64]]:
    from device.mrz.camera_training import camera_cells

    seed, model = args
    return camera_cells(_CAMERA_FRAMES_PER_JOB, seed, model)


def train(seed: int = 9303, jobs: int = 2) -> GlyphModel:
    """Render the training set and fit the networks (about 20 min on 2 cores).

    First on rendered lines alone; then that model reads synthetic camera frames
    (:mod:`device.mrz.camera_training`, other seeds than the benchmark's) and the
    network is tuned on both: the glyphs as the whole pipeline cuts them out. The
    second opinion (:mod:`device.mrz.glyph_cnn`) is fitted last, on the same cells.
    """
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = list(pool.map(_job, range(seed, seed + _JOBS)))
    x = np.concatenate([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    rendered = time.monotonic()
    rng = np.random.default_rng(seed)
    model = _fit(x, y, rng)
    fitted = time.monotonic()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        tasks = [(seed * 1000 + n, model) for n in range(_CAMERA_JOBS)]
        camera = list(pool.map(_camera_job, tasks))
    cx = np.concatenate([p[0] for p in camera])
    cy = np.concatenate([p[1] for p in camera])
    photographed = time.monotonic()
    x, y = np.concatenate([x, cx, cx]), np.concatenate([y, cy, cy])
    model = _fit(x, y, rng, initial=model, epochs=_TUNE_EPOCHS, rate=1e-3)
    tuned = time.monotonic()
    model = replace(model, cnn=fit_cnn(x, y, CLASSES, rng, epochs=_CNN_EPOCHS))
    log.info(
        "mrz.model_trained",
        extra={
            "samples": len(y),
            "camera_samples": len(cy),
            "render_s": round(rendered - started, 1),
            "fit_s": round(fitted - rendered, 1),
            "camera_s": round(photographed - fitted, 1),
            "tune_s": round(tuned - photographed, 1),
            "cnn_s": round(time.monotonic() - tuned, 1),
        },
    )
    return model


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
