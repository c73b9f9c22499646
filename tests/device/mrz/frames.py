"""Camera frames for the reader's tests, built from the synthetic documents."""

from __future__ import annotations

import random
from dataclasses import replace

import cv2
import numpy as np

from device.mrz.detect import MrzBlock, find_blocks
from device.mrz.reader import _prepare
from device.mrz.synth.camera import camera_frame, camera_jpeg, random_conditions, random_pose
from device.mrz.synth.people import SampleDocument, random_document
from device.mrz.synth.render import render_document
from device.mrz.types import MrzFormat


def two_cards(seed: int, *, stacked: bool = False) -> tuple[np.ndarray, set[tuple[str, ...]]]:
    """Two cards side by side (each shot shrunk into one half of the frame), their MRZs;
    ``stacked``: one above the other (each shot in one half of the frame's height)."""
    rng = random.Random(f"{'stacked' if stacked else 'two'} cards {seed}")
    halves, printed = [], set()
    for fmt in (MrzFormat.TD1, rng.choice((MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3))):
        document = random_document(rng, fmt=fmt)
        printed.add(document.lines)
        shot = camera_frame(render_document(document, rng), rng, tier="steady")
        halves.append(cv2.resize(shot, (640, 360), interpolation=cv2.INTER_AREA))
    frame = np.full((720, 1280, 3), 90, np.uint8)
    if stacked:
        frame[:, 320:960] = np.vstack(halves)
    else:
        frame[180:540] = np.hstack(halves)
    return frame, printed


def steady_frame(seed: int, fmt: MrzFormat) -> tuple[np.ndarray, SampleDocument, MrzBlock]:
    """A steady camera frame of a card, its document, and the block the detector found."""
    rng = random.Random(f"placements {seed} {fmt}")
    document = random_document(rng, fmt=fmt)
    card = render_document(document, rng)
    pose = replace(random_pose(rng, card.shape[0] / card.shape[1]), angle=2.0)
    conditions = replace(random_conditions(rng, "steady"), motion=0, glare=0.0, light=1.0)
    data = camera_jpeg(card, rng, pose=pose, conditions=conditions)
    gray = _prepare(cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR))
    assert gray is not None
    blocks = find_blocks(gray).blocks
    assert blocks, "the detector finds the MRZ of a steady frame"
    return gray, document, blocks[0]
