"""The OCR-B glyph classifier: a small neural network in NumPy, trained at build time.

Input: one normalised cell (:mod:`device.mrz.cells`), output: a probability for each
of the 37 MRZ characters and for two "no character here" classes: :data:`BETWEEN` (the
cell straddles two glyphs: the grid is off by half a character) and :data:`EMPTY`
(blank paper beyond the line's ends). Those two let the reader tell a well-placed
grid from a misplaced one. Trained from Debian's ``fonts-ocr-b`` by
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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from device.mrz.cells import CELL_H, CELL_W
from device.mrz.types import ALPHABET

log = logging.getLogger("device.mrz")

# Bump when the training data or the network changes: an older file is retrained.
MODEL_VERSION: Final = 10
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
_BATCH: Final = 256
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

    def probabilities(self, cells: FloatArray) -> FloatArray:
        """Rows of cells in, rows of CLASSES probabilities (ALPHABET, BETWEEN, EMPTY) out."""
        hidden = np.maximum(cells @ self.w1 + self.b1, 0.0)
        logits = hidden @ self.w2 + self.b2
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True), dtype=np.float32)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.npz")
        np.savez(partial, version=MODEL_VERSION, w1=self.w1, b1=self.b1, w2=self.w2, b2=self.b2)
        partial.replace(path)

    @classmethod
    def load(cls, path: Path) -> GlyphModel | None:
        """The model in ``path``, or None when it is missing, damaged or out of date."""
        try:
            with np.load(path) as data:
                if int(data["version"]) != MODEL_VERSION:
                    return None
                return cls(
                    *(np.asarray(data[k], dtype=np.float32) for k in ("w1", "b1", "w2", "b2"))
                )
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
    """Render the training set and fit the network (a few minutes on 2 cores).

    First on rendered lines alone; then that model reads synthetic camera frames
    (:mod:`device.mrz.camera_training`, other seeds than the benchmark's) and the
    network is tuned on both: the glyphs as the whole pipeline cuts them out.
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
    model = _fit(np.concatenate([x, cx, cx]), np.concatenate([y, cy, cy]), rng,
                 initial=model, epochs=_TUNE_EPOCHS, rate=1e-3)  # fmt: skip
    log.info(
        "mrz.model_trained",
        extra={
            "samples": len(y),
            "camera_samples": len(cy),
            "render_s": round(rendered - started, 1),
            "fit_s": round(fitted - rendered, 1),
            "camera_s": round(photographed - fitted, 1),
            "tune_s": round(time.monotonic() - photographed, 1),
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
            (rng.standard_normal((inputs, _HIDDEN)) * np.sqrt(2 / inputs)).astype(np.float32),
            np.zeros(_HIDDEN, np.float32),
            (rng.standard_normal((_HIDDEN, classes)) * np.sqrt(2 / _HIDDEN)).astype(np.float32),
            np.zeros(classes, np.float32),
        ]
    moment1 = [np.zeros_like(p) for p in params]
    moment2 = [np.zeros_like(p) for p in params]
    step = 0
    for epoch in range(epochs):
        step_rate = rate * (0.5 ** (epoch / 3))
        order = rng.permutation(len(y))
        for start in range(0, len(y), _BATCH):
            batch = order[start : start + _BATCH]
            grads = _gradients(params, x[batch], y[batch])
            step += 1
            for i, grad in enumerate(grads):
                moment1[i] = 0.9 * moment1[i] + 0.1 * grad
                moment2[i] = 0.999 * moment2[i] + 0.001 * grad * grad
                corrected1 = moment1[i] / (1 - 0.9**step)
                corrected2 = moment2[i] / (1 - 0.999**step)
                params[i] -= (step_rate * corrected1 / (np.sqrt(corrected2) + 1e-8)).astype(
                    np.float32
                )
    return GlyphModel(*params)


def _gradients(
    params: list[FloatArray], x: FloatArray, y: npt.NDArray[np.int64]
) -> list[FloatArray]:
    w1, b1, w2, b2 = params
    pre = x @ w1 + b1
    hidden = np.maximum(pre, 0.0)
    logits = hidden @ w2 + b2
    logits -= logits.max(axis=1, keepdims=True)
    probs = np.exp(logits)
    probs /= probs.sum(axis=1, keepdims=True)
    probs[np.arange(len(y)), y] -= 1.0
    probs /= len(y)
    grad_w2 = hidden.T @ probs
    grad_hidden = (probs @ w2.T) * (pre > 0)
    grad_w1 = x.T @ grad_hidden
    return [
        grad_w1.astype(np.float32),
        grad_hidden.sum(axis=0).astype(np.float32),
        grad_w2.astype(np.float32),
        probs.sum(axis=0).astype(np.float32),
    ]


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
