"""The second glyph network: trained right, it learns glyphs, and is kept with the first."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from device.mrz import glyph_cnn
from device.mrz.glyph_cnn import GlyphCnn, agree, fit_cnn
from device.mrz.glyph_model import CLASSES, MODEL_VERSION, GlyphModel, glyph_model
from device.mrz.glyph_training import training_lines
from device.mrz.types import ALPHABET


def _loss(params: list[np.ndarray], x: np.ndarray, y: np.ndarray) -> float:
    logits, _ = glyph_cnn._forward(params, x)
    logits = logits - logits.max(axis=1, keepdims=True)
    log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(y)), y].mean())


def test_gradients_match_finite_differences() -> None:
    rng = np.random.default_rng(7)
    params = [p.astype(np.float64) for p in GlyphCnn.initial(CLASSES, rng).params()]
    x = rng.random((4, 24 * 20))
    y = rng.integers(0, CLASSES, 4)
    grads = glyph_cnn._gradients(params, x, y)  # type: ignore[arg-type]
    for index, param in enumerate(params):
        for _ in range(3):
            at = tuple(int(rng.integers(0, size)) for size in param.shape)
            kept = param[at]
            param[at] = kept + 1e-5
            up = _loss(params, x, y)
            param[at] = kept - 1e-5
            down = _loss(params, x, y)
            param[at] = kept
            numeric = (up - down) / 2e-5
            assert grads[index][at] == pytest.approx(numeric, rel=1e-3, abs=1e-6), (index, at)


def test_it_learns_glyphs_from_rendered_lines() -> None:
    x, y = training_lines(150, seed=11)
    test_x, test_y = training_lines(20, seed=12)
    rng = np.random.default_rng(3)
    untrained = GlyphCnn.initial(CLASSES, rng)
    trained = fit_cnn(x, y, CLASSES, rng, epochs=3)
    before = (untrained.probabilities(test_x).argmax(axis=1) == test_y).mean()
    after = (trained.probabilities(test_x).argmax(axis=1) == test_y).mean()
    assert before < 0.2
    assert after > 0.7  # of 39 classes, from 150 lines and a few seconds of training


def test_two_opinions_agree_on_what_both_find_likely() -> None:
    first = np.zeros((1, CLASSES), np.float32)
    second = np.zeros((1, CLASSES), np.float32)
    q, g, o = (ALPHABET.index(c) for c in "QGO")
    first[0, [q, g, o]] = 0.55, 0.35, 0.10  # the first network leans to Q
    second[0, [q, g, o]] = 0.05, 0.90, 0.05  # the second is sure it is a G
    both = agree(first, second)
    assert int(both.argmax()) == g
    assert float(both.sum()) == pytest.approx(1.0)
    assert float(both[0, q]) < 0.35  # neither is believed beyond what the other allows


def test_model_file_keeps_the_second_network(tmp_path: Path) -> None:
    model = glyph_model()
    assert model.cnn is not None
    path = tmp_path / "glyphs.npz"
    model.save(path)
    loaded = GlyphModel.load(path)
    assert loaded is not None and loaded.cnn is not None
    assert np.array_equal(loaded.cnn.w2, model.cnn.w2)
    # A file from before the second network (no cnn_* arrays) is not used: it is retrained.
    replace(model, cnn=None).save(path)
    assert GlyphModel.load(path) is None


def test_second_look_changes_the_first_networks_reading(tmp_path: Path) -> None:
    model = glyph_model()
    x, _ = training_lines(3, seed=5)
    first = model.probabilities(x)
    assert np.array_equal(replace(model, cnn=None).second_look(x, first), first)
    assert not np.allclose(model.second_look(x, first), first)
    assert MODEL_VERSION >= 11
