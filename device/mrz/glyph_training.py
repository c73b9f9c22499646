"""Training patches for the glyph classifier, drawn from OCR-B at build time.

Random MRZ-like lines are rendered in OCR-B at the sizes a kiosk camera sees
(9–32 px per character), printed heavier or lighter, blurred, dimmed, lit
unevenly, noised and JPEG-compressed, then normalised and cut into cells by the
very code the reader uses (:mod:`device.mrz.cells`), with the small grid errors
the reader makes. Cells laid half a character off are labelled BETWEEN, and cells
beyond the line's ends EMPTY, so the reader can tell where the grid belongs.
Nothing is downloaded: the font comes from ``fonts-ocr-b``.
"""

from __future__ import annotations

import math
import random
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

from device.mrz.cells import PITCH, FloatArray, LineGeometry, line_cells, measure, normalise
from device.mrz.glyph_model import BETWEEN, EMPTY
from device.mrz.ocrb import render_line
from device.mrz.types import ALPHABET

_LENGTHS: Final = (30, 36, 44)
_DIGITS: Final = "0123456789"
_LETTERS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def random_text(rng: random.Random, length: int | None = None) -> str:
    """An MRZ-like line: runs of digits, letters and fillers, every character likely."""
    length = length or rng.choice(_LENGTHS)
    parts: list[str] = []
    while sum(map(len, parts)) < length:
        kind = rng.random()
        run = rng.randint(1, 9)
        if kind < 0.35:
            parts.append("".join(rng.choice(_DIGITS) for _ in range(run)))
        elif kind < 0.75:
            parts.append("".join(rng.choice(_LETTERS) for _ in range(run)))
        else:
            parts.append("<" * rng.randint(1, 12))
    return "".join(parts)[:length]


def degrade(
    strip: npt.NDArray[np.uint8], pitch: float, rng: random.Random
) -> npt.NDArray[np.uint8]:
    """Print and camera faults on a rendered line at its own resolution."""
    nprng = np.random.default_rng(rng.getrandbits(32))
    paper = rng.uniform(110, 250)
    ink = rng.uniform(0, min(90, paper - 50))
    image = ink + (strip.astype(np.float32) / 255.0) * (paper - ink)
    height, width = image.shape
    if rng.random() < 0.35:  # uneven light or glare across the line
        ramp = np.linspace(0, 1, width, dtype=np.float32)[None, :]
        if rng.random() < 0.5:
            ramp = ramp[:, ::-1]
        image = image + ramp * rng.uniform(10, 80)
    if rng.random() < 0.25:  # bright spot
        cx, cy = rng.uniform(0, width), rng.uniform(0, height)
        radius = rng.uniform(1.5, 6) * pitch
        yy, xx = np.mgrid[0:height, 0:width]
        spot = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * radius**2)).astype(np.float32)
        image = image + spot * rng.uniform(30, 120)
    angle = rng.uniform(-1.2, 1.2)
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    image = np.asarray(
        cv2.warpAffine(image, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE),
        dtype=np.float32,
    )
    sigma = rng.uniform(0.0, 0.16) * pitch
    if sigma > 0.3:
        image = np.asarray(cv2.GaussianBlur(image, (0, 0), sigma), dtype=np.float32)
    if rng.random() < 0.35:  # a hand that moves: blur along any direction
        image = _motion(image, rng.uniform(0.05, 0.65) * pitch, rng.uniform(0, 180))
    image = image + nprng.normal(0, rng.uniform(0, 10), image.shape).astype(np.float32)
    out = np.clip(image, 0, 255).astype(np.uint8)
    if rng.random() < 0.5:
        ok, data = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(35, 92)])
        if ok:
            out = np.asarray(cv2.imdecode(data, cv2.IMREAD_GRAYSCALE), dtype=np.uint8)
    return out


def _motion(image: npt.NDArray[np.float32], length: float, angle: float) -> npt.NDArray[np.float32]:
    size = max(3, math.ceil(length) | 1)
    kernel = np.zeros((size, size), np.float32)
    centre = size // 2
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    for t in np.linspace(-length / 2, length / 2, max(2, int(length * 2))):
        kernel[round(centre + t * dy), round(centre + t * dx)] += 1.0
    kernel /= kernel.sum()
    return np.asarray(cv2.filter2D(image, -1, kernel), dtype=np.float32)


def to_pitch(image: npt.NDArray[np.uint8], pitch: float) -> npt.NDArray[np.uint8]:
    """Scale a line so one character is :data:`PITCH` pixels wide, as the reader does."""
    scale = PITCH / pitch
    if scale < 0.8:
        image = np.asarray(cv2.GaussianBlur(image, (0, 0), 0.4 / scale), dtype=np.uint8)
    return np.asarray(
        cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_LINEAR),
        dtype=np.uint8,
    )


def training_lines(count: int, seed: int) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]]:
    """Patches and labels (indexes into ALPHABET, or BETWEEN / EMPTY) from ``count`` lines."""
    rng = random.Random(seed)
    patches: list[npt.NDArray[np.float32]] = []
    labels: list[int] = []
    for _ in range(count):
        text = random_text(rng)
        pitch = rng.uniform(8, 32)
        weight = round(rng.uniform(-0.03, 0.05) * pitch * 4)
        rendered = render_line(
            text, pitch, weight=weight, margin=1.5, glyph_scale=rng.uniform(0.72, 1.02)
        )
        for _variant in range(2):
            seen = degrade(rendered, pitch, rng)
            # The reader's pitch estimate is a few per cent off; so is this one.
            strip = to_pitch(seen, pitch * rng.uniform(0.96, 1.04))
            ink = normalise(strip)
            geometry = measure(ink, len(text))
            if geometry is None:
                continue
            cells = line_cells(
                ink,
                geometry,
                len(text),
                offset=rng.uniform(-0.06, 0.06),
                stretch=rng.uniform(0.997, 1.003),
            )
            patches.append(cells)
            labels.extend(ALPHABET.index(c) for c in text)
            for cell, label in _off_grid(ink, geometry, len(text), rng):
                patches.append(cell)
                labels.append(label)
    return np.concatenate(patches), np.asarray(labels, dtype=np.int64)


def _off_grid(
    ink: FloatArray, geometry: LineGeometry, count: int, rng: random.Random
) -> list[tuple[FloatArray, int]]:
    """Cells half a character off (BETWEEN) and beyond either end of the line (EMPTY)."""
    samples: list[tuple[FloatArray, int]] = []
    for _ in range(max(2, count // 5)):
        position = rng.randrange(count - 1) + rng.choice((-0.5, 0.5)) + rng.uniform(-0.1, 0.1)
        samples.append((line_cells(ink, geometry, 1, offset=position), BETWEEN))
    for position in (-1.0, float(count)):
        offset = position + rng.uniform(-0.12, 0.12)
        samples.append((line_cells(ink, geometry, 1, offset=offset), EMPTY))
    return samples
