"""Adam in mini-batches: the training loop the two glyph networks share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import numpy as np
import numpy.typing as npt

from device.mrz.cells import FloatArray

Labels = npt.NDArray[np.int64]
# Gradients of the mean cross-entropy with respect to each parameter, for one batch.
Gradients = Callable[[list[FloatArray], FloatArray, Labels], list[FloatArray]]

BATCH: Final = 256


def adam(
    params: list[FloatArray],
    gradients: Gradients,
    x: FloatArray,
    y: Labels,
    rng: np.random.Generator,
    *,
    epochs: int,
    rate: float,
    halving: float = 3.0,
) -> list[FloatArray]:
    """``params`` fitted in place (and returned); the rate halves every ``halving`` epochs."""
    moment1 = [np.zeros_like(p) for p in params]
    moment2 = [np.zeros_like(p) for p in params]
    step = 0
    for epoch in range(epochs):
        step_rate = rate * (0.5 ** (epoch / halving))
        order = rng.permutation(len(y))
        for start in range(0, len(y), BATCH):
            batch = order[start : start + BATCH]
            grads = gradients(params, x[batch], y[batch])
            step += 1
            for i, grad in enumerate(grads):
                moment1[i] = 0.9 * moment1[i] + 0.1 * grad
                moment2[i] = 0.999 * moment2[i] + 0.001 * grad * grad
                corrected1 = moment1[i] / (1 - 0.9**step)
                corrected2 = moment2[i] / (1 - 0.999**step)
                params[i] -= (step_rate * corrected1 / (np.sqrt(corrected2) + 1e-8)).astype(
                    np.float32
                )
    return params


def he_normal(rows: int, columns: int, rng: np.random.Generator) -> FloatArray:
    """Initial weights of a layer with ``rows`` inputs, scaled for ReLU units."""
    scale = np.sqrt(2 / rows)
    return np.asarray(rng.standard_normal((rows, columns)) * scale, dtype=np.float32)


def softmax_error(logits: FloatArray, y: Labels) -> FloatArray:
    """d(mean cross-entropy)/d(logits): the softmax minus the one-hot labels, over the batch."""
    probs = softmax(logits)
    probs[np.arange(len(y)), y] -= 1.0
    return np.asarray(probs / len(y), dtype=np.float32)


def softmax(logits: FloatArray) -> FloatArray:
    logits = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return np.asarray(exp / exp.sum(axis=1, keepdims=True), dtype=np.float32)
