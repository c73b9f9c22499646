"""The second opinion on each chosen cell: a small convolutional network in NumPy.

The fully connected network of :mod:`device.mrz.glyph_model` is fast enough to look at
every cell at every shift while the grid is fitted. Once the grid is laid, the few
dozen cells it chose are looked at again by this network, which sees strokes rather
than pixels: two convolutions of stride 2 (5×5, then 3×3) pick out stroke pieces
wherever they sit in the cell, which makes it steadier than the first network on
glyphs smeared by motion or focus (G against Q, 3 against 7). The reader multiplies
the two opinions (:meth:`GlyphCnn.probabilities`, geometric mean).

Trained at build time with the first network, on the same cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np

from device.mrz.adam import Labels, adam, he_normal, softmax, softmax_error
from device.mrz.cells import CELL_H, CELL_W, FloatArray

CHANNELS1: Final = 24
CHANNELS2: Final = 48
HIDDEN: Final = 256
_H1, _W1 = CELL_H // 2, CELL_W // 2  # after the first convolution (stride 2)
_H2, _W2 = _H1 // 2, _W1 // 2  # after the second
_K1: Final = 5  # first kernel: 5×5, padding 2
_K2: Final = 3  # second kernel: 3×3, padding 1
PARAMETERS: Final = ("w1", "b1", "w2", "b2", "w3", "b3", "w4", "b4")


@dataclass(frozen=True)
class _Trace:
    """What the forward pass keeps for the backward one."""

    cols1: FloatArray
    z1: FloatArray
    cols2: FloatArray
    z2: FloatArray
    flat: FloatArray
    z3: FloatArray
    hidden: FloatArray


@dataclass(frozen=True)
class GlyphCnn:
    w1: FloatArray  # (25, CHANNELS1)
    b1: FloatArray
    w2: FloatArray  # (9 * CHANNELS1, CHANNELS2), rows in (ky, kx, channel) order
    b2: FloatArray
    w3: FloatArray  # (_H2 * _W2 * CHANNELS2, HIDDEN)
    b3: FloatArray
    w4: FloatArray  # (HIDDEN, classes)
    b4: FloatArray

    def probabilities(self, cells: FloatArray) -> FloatArray:
        """Rows of cells in, rows of class probabilities out (the first network's classes)."""
        logits, _ = _forward(self.params(), cells)
        return softmax(logits)

    def params(self) -> list[FloatArray]:
        return [self.w1, self.b1, self.w2, self.b2, self.w3, self.b3, self.w4, self.b4]

    @classmethod
    def initial(cls, classes: int, rng: np.random.Generator) -> GlyphCnn:
        shapes = (
            (_K1 * _K1, CHANNELS1),
            (_K2 * _K2 * CHANNELS1, CHANNELS2),
            (_H2 * _W2 * CHANNELS2, HIDDEN),
            (HIDDEN, classes),
        )
        params: list[FloatArray] = []
        for rows, columns in shapes:
            params += [he_normal(rows, columns, rng), np.zeros(columns, np.float32)]
        return cls(*params)


def fit_cnn(
    x: FloatArray, y: Labels, classes: int, rng: np.random.Generator, *, epochs: int
) -> GlyphCnn:
    params = GlyphCnn.initial(classes, rng).params()
    return GlyphCnn(*adam(params, _gradients, x, y, rng, epochs=epochs, rate=2e-3, halving=2.0))


def _forward(params: list[FloatArray], x: FloatArray) -> tuple[FloatArray, _Trace]:
    w1, b1, w2, b2, w3, b3, w4, b4 = params
    n = len(x)
    cols1 = _columns(_pad(x.reshape(n, CELL_H, CELL_W, 1), _K1 // 2), _K1, _H1, _W1)
    z1 = cols1 @ w1 + b1
    maps = np.maximum(z1, 0.0).reshape(n, _H1, _W1, CHANNELS1)
    cols2 = _columns(_pad(maps, _K2 // 2), _K2, _H2, _W2)
    z2 = cols2 @ w2 + b2
    flat = np.maximum(z2, 0.0).reshape(n, _H2 * _W2 * CHANNELS2)
    z3 = flat @ w3 + b3
    hidden = np.maximum(z3, 0.0)
    logits = hidden @ w4 + b4
    return logits, _Trace(cols1, z1, cols2, z2, flat, z3, hidden)


def _pad(maps: FloatArray, width: int) -> FloatArray:
    return np.pad(maps, ((0, 0), (width, width), (width, width), (0, 0)))


def _columns(padded: FloatArray, kernel: int, height: int, width: int) -> FloatArray:
    """Windows of kernel × kernel at stride 2, one row per output position (im2col),
    in (ky, kx, channel) order: each convolution is then one matrix product."""
    n, channels = len(padded), padded.shape[3]
    pieces = [
        padded[:, ky : ky + 2 * height : 2, kx : kx + 2 * width : 2, :]
        for ky in range(kernel)
        for kx in range(kernel)
    ]
    return np.concatenate(pieces, axis=3).reshape(n * height * width, kernel * kernel * channels)


def _gradients(params: list[FloatArray], x: FloatArray, y: Labels) -> list[FloatArray]:
    _, _, w2, _, w3, _, w4, _ = params
    n = len(y)
    logits, trace = _forward(params, x)
    error = softmax_error(logits, y)
    d3 = (error @ w4.T) * (trace.z3 > 0)
    d2 = (d3 @ w3.T).reshape(n * _H2 * _W2, CHANNELS2) * (trace.z2 > 0)
    windows = (d2 @ w2.T).reshape(n, _H2, _W2, _K2 * _K2, CHANNELS1)
    padded = np.zeros((n, _H1 + 2, _W1 + 2, CHANNELS1), np.float32)
    for ky in range(_K2):
        for kx in range(_K2):
            padded[:, ky : ky + 2 * _H2 : 2, kx : kx + 2 * _W2 : 2, :] += windows[
                :, :, :, _K2 * ky + kx
            ]
    d1 = padded[:, 1:-1, 1:-1, :].reshape(n * _H1 * _W1, CHANNELS1) * (trace.z1 > 0)
    grads = [
        trace.cols1.T @ d1,
        d1.sum(axis=0),
        trace.cols2.T @ d2,
        d2.sum(axis=0),
        trace.flat.T @ d3,
        d3.sum(axis=0),
        trace.hidden.T @ error,
        error.sum(axis=0),
    ]
    return [np.asarray(g, dtype=np.float32) for g in grads]


def agree(first: FloatArray, second: FloatArray) -> FloatArray:
    """The two networks' opinions combined: their geometric mean, renormalised."""
    both = np.sqrt(first * second)
    return np.asarray(both / np.clip(both.sum(axis=1, keepdims=True), 1e-12, None), np.float32)
