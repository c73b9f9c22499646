"""The receipt's QR code is read from camera-like photos; frames without one give None."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
import pytest

from device.qr.reader import decode_qr
from tests.device.receipt_images import (
    STATUS_LINK,
    Image,
    blur,
    busy_background,
    low_contrast,
    noise,
    perspective,
    place,
    receipt,
)

BACKGROUND = busy_background(720, 960)


def _timed_decode(name: str, frame: Image) -> str | None:
    started = time.perf_counter()
    text = decode_qr(frame)
    print(f"decode {name}: {(time.perf_counter() - started) * 1000:.0f} ms per frame")
    return text


PHOTOS: dict[str, Callable[[], Image]] = {
    "flat receipt": lambda: receipt(),
    "small code far from the lens": lambda: place(receipt(module_px=2), BACKGROUND),
    "rotated 10°": lambda: place(receipt(), BACKGROUND, 10),
    "rotated 30°, smaller": lambda: place(receipt(module_px=3), BACKGROUND, 30, 0.9),
    "photographed at an angle": lambda: perspective(place(receipt(), BACKGROUND, 15)),
    "out of focus": lambda: blur(place(receipt(), BACKGROUND, 20), 1.3),
    "sensor noise": lambda: noise(place(receipt(), BACKGROUND, 25), 20),
    "dim light": lambda: low_contrast(place(receipt(), BACKGROUND, 12)),
    "everything at once": lambda: low_contrast(
        noise(blur(perspective(place(receipt(module_px=4), BACKGROUND, 22)), 1.0), 12)
    ),
}


@pytest.mark.parametrize("name", list(PHOTOS))
def test_the_status_link_is_read_from_a_receipt_photo(name: str) -> None:
    assert _timed_decode(name, PHOTOS[name]()) == STATUS_LINK


def test_a_code_in_a_grayscale_frame_is_read() -> None:
    gray = receipt()[..., 0].copy()
    assert decode_qr(gray) == STATUS_LINK


def test_a_photo_without_a_code_gives_none() -> None:
    assert _timed_decode("busy desk, no receipt", BACKGROUND) is None


def test_a_dark_frame_gives_none_without_errors() -> None:
    frame = np.zeros((480, 640, 3), dtype=np.uint8)
    frame[200:210, 300:320] = 40  # a little light leaking in
    assert decode_qr(frame) is None


def test_empty_and_missing_frames_give_none() -> None:
    assert decode_qr(None) is None
    assert decode_qr(np.zeros((0, 0, 3), dtype=np.uint8)) is None
