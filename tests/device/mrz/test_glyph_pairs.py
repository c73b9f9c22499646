"""Two pairs of glyph networks read every cell of one image; a camera stream uses one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from device.mrz import reader
from device.mrz.camera_training import camera_cells
from device.mrz.glyph_model import FIRST, PARTNER, GlyphModel, glyph_model
from device.mrz.glyph_training import training_lines
from device.mrz.reader import MrzReader
from device.mrz.types import ALPHABET


def test_the_model_file_keeps_both_pairs(tmp_path: Path) -> None:
    model = glyph_model()
    assert model.partner is not None and model.partner.cnn is not None
    path = tmp_path / "glyphs.npz"
    model.save(path)
    loaded = GlyphModel.load(path)
    assert loaded is not None and loaded.partner is not None and loaded.partner.cnn is not None
    assert np.array_equal(loaded.partner.cnn.w2, model.partner.cnn.w2)
    assert np.array_equal(loaded.w1, model.w1)
    # A file from before the partner (one pair) is not used: it is retrained.
    model.alone().save(path)
    assert GlyphModel.load(path) is None


def test_the_partner_is_trained_on_more_camera_frames_and_longer() -> None:
    assert PARTNER.camera_frames_per_job > FIRST.camera_frames_per_job
    assert PARTNER.cnn_epochs > FIRST.cnn_epochs


def test_both_pairs_read_degraded_glyphs_at_least_as_well_as_one() -> None:
    cells, labels = training_lines(40, seed=11)  # blurred, noisy, JPEG'd lines
    both, alone = glyph_model(), glyph_model().alone()

    def right(model: GlyphModel) -> int:
        probabilities = model.second_look(cells, model.probabilities(cells))
        return int((probabilities[:, : len(ALPHABET)].argmax(axis=1) == labels).sum())

    combined = both.second_look(cells, both.probabilities(cells))
    assert np.allclose(combined.sum(axis=1), 1.0, atol=1e-4)
    assert not np.allclose(combined, alone.second_look(cells, alone.probabilities(cells)))
    assert right(both) >= right(alone)


def test_a_camera_stream_reads_with_the_first_pair_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[GlyphModel | None] = []
    real = reader.recognize

    def spy(frame: np.ndarray, **kwargs: object) -> reader.Recognition:
        model = kwargs.get("model")
        seen.append(model if isinstance(model, GlyphModel) else None)
        return real(frame, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reader, "recognize", spy)
    blank = np.full((720, 1280, 3), 200, np.uint8)
    MrzReader().feed(blank)
    MrzReader(both_pairs=True).feed(blank)
    assert seen[0] is not None and seen[0].partner is None
    assert seen[1] is not None and seen[1].partner is not None


def test_camera_cells_from_a_later_frame_are_that_frames_cells() -> None:
    first = glyph_model().alone()
    whole, whole_labels = camera_cells(3, seed=5, model=first)
    head, head_labels = camera_cells(1, seed=5, model=first)
    tail, tail_labels = camera_cells(2, seed=5, model=first, start=1)
    assert np.array_equal(np.concatenate([head, tail]), whole)
    assert np.array_equal(np.concatenate([head_labels, tail_labels]), whole_labels)
