"""Bad input for the MRZ reader, each with the outcome a careful reader should give.

None of these may crash the reader or produce a false accept (an accepted reading
whose core fields are wrong). Where the document in view can legitimately be read
(upside down, grey-scale …) the case carries its :class:`SampleDocument` as ``truth``:
reading it correctly is fine, reading it wrongly is a false accept.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

import cv2
import numpy as np

from device.mrz.synth.camera import (
    FRAME_SIZE,
    Image_,
    camera_frame,
    camera_jpeg,
    random_conditions,
    random_pose,
    u8,
)
from device.mrz.synth.people import SampleDocument, random_document
from device.mrz.synth.render import render_document
from device.mrz.types import Hint, MrzFormat

HUGE_SIZE = (8000, 6000)  # width, height


@dataclass(frozen=True)
class HardCase:
    kind: str
    image: Image_  # BGR, or grey-scale (2-D) / BGRA for those kinds
    expected: tuple[Hint, ...]  # the hints a careful reader gives (any of them)
    truth: SampleDocument | None = None  # reading this document correctly is fine

    def __repr__(self) -> str:
        return f"HardCase({self.kind}, {self.image.shape})"


def _decode(data: bytes) -> Image_:
    return np.asarray(cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR), np.uint8)


def _half_card(rng: random.Random, card: Image_) -> Image_:
    """The card so low in the frame that the MRZ is cut through."""
    aspect = card.shape[0] / card.shape[1]
    pose = random_pose(rng, aspect)
    height_frac = pose.width * FRAME_SIZE[0] * aspect / FRAME_SIZE[1]
    pose = replace(pose, cy=1.0 - height_frac * 0.5 + height_frac * 0.12, angle=0.0)
    return _decode(camera_jpeg(card, rng, pose=pose, conditions=random_conditions(rng, "steady")))


def _two_cards(rng: random.Random, left: Image_, right: Image_) -> Image_:
    frame = np.zeros((FRAME_SIZE[1], FRAME_SIZE[0], 3), dtype=np.uint8)
    half = FRAME_SIZE[0] // 2
    for i, card in enumerate((left, right)):
        shot = camera_frame(card, rng, tier="steady")
        small = cv2.resize(shot, (half, FRAME_SIZE[1] * half // FRAME_SIZE[0]))
        top = (FRAME_SIZE[1] - small.shape[0]) // 2
        frame[top : top + small.shape[0], i * half : (i + 1) * half] = small
    return frame


def _screen_photo(rng: random.Random, card: Image_) -> Image_:
    """A photo of the card shown on a phone or monitor: moiré, pixel grid, colour cast."""
    shot = camera_frame(card, rng, tier="steady").astype(np.float32)
    ys, xs = np.mgrid[0 : shot.shape[0], 0 : shot.shape[1]].astype(np.float32)
    angle, period = rng.uniform(0.2, 1.2), rng.uniform(3.0, 7.0)
    moire = np.sin((xs * np.cos(angle) + ys * np.sin(angle)) / period * 2 * np.pi)
    grid = 0.9 + 0.1 * ((xs.astype(np.int32) % 3) != 0)
    cast = np.array([1.15, 1.0, 0.82], dtype=np.float32)  # bluish
    out = (shot * cast * grid[..., None] + 18 * moire[..., None]) * 0.9 + 20
    return u8(np.clip(out, 0, 255))


def hard_cases(rng: random.Random, *, huge: bool = True) -> list[HardCase]:
    """One frame of each kind of bad input (``huge=False`` skips the 8000×6000 image)."""
    doc = random_document(rng, fmt=MrzFormat.TD1)
    card = render_document(doc, rng)
    other = render_document(random_document(rng, fmt=MrzFormat.TD1), rng)
    readable = camera_frame(card, rng, tier="steady")
    not_found = (Hint.NOT_FOUND,)
    partial = (Hint.NOT_FOUND, Hint.MOVE_CLOSER, Hint.HOLD_STILL)
    noise = np.random.default_rng(rng.randrange(1 << 30)).integers(0, 256, (720, 1280, 3))
    gray, bgra = (
        u8(cv2.cvtColor(readable, cv2.COLOR_BGR2GRAY)),
        u8(cv2.cvtColor(readable, cv2.COLOR_BGR2BGRA)),
    )
    dark = (Hint.TOO_DARK, Hint.NOT_FOUND)
    upside_down = u8(cv2.rotate(readable, cv2.ROTATE_180))
    cases = [
        HardCase("no_mrz", camera_frame(render_document(doc, rng, with_mrz=False), rng), not_found),
        HardCase("half_card", _half_card(rng, card), partial),
        HardCase("two_cards", _two_cards(rng, card, other), (Hint.ONE_CARD,)),
        HardCase("upside_down", upside_down, (Hint.TURN_CARD, Hint.READ), doc),
        HardCase("screen_photo", _screen_photo(rng, card), tuple(Hint), doc),
        HardCase("blank", np.full((720, 1280, 3), 236, dtype=np.uint8), not_found),
        HardCase("black", np.zeros((720, 1280, 3), dtype=np.uint8), dark),
        HardCase("noise", u8(noise), not_found),
        HardCase("tiny", np.full((10, 10, 3), 128, dtype=np.uint8), not_found),
        HardCase("grayscale", gray, (Hint.READ,), doc),
        HardCase("bgra", bgra, (Hint.READ,), doc),
    ]  # fmt: skip
    if huge:
        big = u8(cv2.resize(readable, HUGE_SIZE, interpolation=cv2.INTER_LINEAR))
        cases.append(HardCase("huge", big, (Hint.READ,), doc))
    return cases
