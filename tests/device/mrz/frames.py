"""Camera frames for the reader's tests, built from the synthetic documents."""

from __future__ import annotations

import random

import cv2
import numpy as np

from device.mrz.synth.camera import camera_frame
from device.mrz.synth.people import random_document
from device.mrz.synth.render import render_document
from device.mrz.types import MrzFormat


def two_cards(seed: int) -> tuple[np.ndarray, set[tuple[str, ...]]]:
    """Two cards side by side (each shot shrunk into one half of the frame), their MRZs."""
    rng = random.Random(f"two cards {seed}")
    halves, printed = [], set()
    for fmt in (MrzFormat.TD1, rng.choice((MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3))):
        document = random_document(rng, fmt=fmt)
        printed.add(document.lines)
        shot = camera_frame(render_document(document, rng), rng, tier="steady")
        halves.append(cv2.resize(shot, (640, 360), interpolation=cv2.INTER_AREA))
    frame = np.full((720, 1280, 3), 90, np.uint8)
    frame[180:540] = np.hstack(halves)
    return frame, printed
