"""Rendered documents, camera frames, bad input and the data set on disk."""

from __future__ import annotations

import json
import random
from pathlib import Path

import cv2
import numpy as np
import pytest

from device.camera.simulated import SampleCardSource
from device.camera.source import CameraError, FrameSource
from device.mrz.synth import build_dataset, camera_frame, hard_cases, random_document
from device.mrz.synth.render import render_document
from device.mrz.types import Hint, MrzFormat


def _card(fmt: MrzFormat = MrzFormat.TD1, seed: int = 1) -> np.ndarray:
    rng = random.Random(seed)
    return render_document(random_document(rng, country="ROU", fmt=fmt), rng)


@pytest.mark.parametrize(
    ("fmt", "size"), [(MrzFormat.TD1, (648, 1027)), (MrzFormat.TD2, (648, 1027)),
                      (MrzFormat.TD3, (1056, 1500))],
)  # fmt: skip
def test_documents_are_rendered_at_12_px_per_mm_with_dark_mrz_ink_at_the_bottom(
    fmt: MrzFormat, size: tuple[int, int]
) -> None:
    card = _card(fmt)
    assert card.shape == (*size, 3) and card.dtype == np.uint8
    gray = cv2.cvtColor(card, cv2.COLOR_BGR2GRAY)
    band = gray[int(size[0] * 0.8) :]
    assert (band < 80).mean() > 0.03  # OCR-B ink in the MRZ band
    assert np.median(gray) > 170  # a light document


def test_camera_frames_are_720p_and_deterministic_for_a_seed() -> None:
    card = _card()
    first = camera_frame(card, random.Random(5))
    again = camera_frame(card, random.Random(5))
    other = camera_frame(card, random.Random(6))
    assert first.shape == (720, 1280, 3)
    assert np.array_equal(first, again)
    assert not np.array_equal(first, other)


def test_hard_cases_cover_each_kind_of_bad_input() -> None:
    cases = {case.kind: case for case in hard_cases(random.Random(1), huge=False)}
    assert {"no_mrz", "half_card", "two_cards", "upside_down", "screen_photo", "blank",
            "noise", "tiny", "grayscale", "bgra"} <= set(cases)  # fmt: skip
    assert cases["tiny"].image.shape[:2] == (10, 10)
    assert cases["grayscale"].image.ndim == 2 and cases["bgra"].image.shape[2] == 4
    assert cases["two_cards"].expected == (Hint.ONE_CARD,) and cases["no_mrz"].truth is None
    assert cases["upside_down"].truth is not None


def test_sample_card_source_behaves_like_a_camera() -> None:
    source = SampleCardSource(country="MDA", fps=None)
    assert isinstance(source, FrameSource)
    with pytest.raises(CameraError):
        source.read()
    with source:
        frames = [source.read() for _ in range(3)]
    assert all(f is not None and f.shape == (720, 1280, 3) for f in frames)
    source.close()  # twice is fine
    with pytest.raises(CameraError):
        source.read()
    assert [d.surname for d in source.documents] == ["RUSU"]


def test_sample_card_source_paces_frames_at_its_fps() -> None:
    now = [0.0]
    source = SampleCardSource(country="UKR", fps=15, clock=lambda: now[0])
    source.open()
    assert source.read() is not None
    assert source.read() is None  # the next frame is not due yet
    now[0] += 1 / 15
    assert source.read() is not None
    source.close()


def test_build_dataset_writes_images_and_a_manifest_and_reuses_it(tmp_path: Path) -> None:
    entries = build_dataset(tmp_path, documents=6, sequences=1, huge=False, sequence_length=3)
    lines = (tmp_path / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["params"]["documents"] == 6
    tiers = [e["tier"] for e in entries]
    assert tiers.count("flat") == 6 and tiers.count("camera") == 6 and "hard" in tiers
    assert tiers.count("sequence") == 3
    for entry in entries:
        assert (tmp_path / entry["file"]).is_file()
    flat = next(e for e in entries if e["tier"] == "flat")
    assert len(flat["truth"]["lines"]) in (2, 3) and flat["truth"]["birth_date"]
    stamp = (tmp_path / "manifest.jsonl").stat().st_mtime_ns
    assert (
        build_dataset(tmp_path, documents=6, sequences=1, huge=False, sequence_length=3) == entries
    )
    assert (tmp_path / "manifest.jsonl").stat().st_mtime_ns == stamp
