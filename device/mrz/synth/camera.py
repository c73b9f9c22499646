"""Camera-like frames of a rendered document, as a kiosk camera would see it.

:func:`camera_frame` puts a flat document image (from :mod:`.render`) on a desk or in a
hand in a 1280×720 frame and degrades it the way a cheap fixed-focus camera does:
perspective, rotation, defocus or motion blur, sensor noise, glare, low light and JPEG
compression. The severity of each is drawn per frame. :func:`frame_sequence` is a
person bringing the card in: far, blurred and partly out of view first, then steadier.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Final, Literal

import cv2
import numpy as np
import numpy.typing as npt

Image_ = npt.NDArray[np.uint8]
Tier = Literal["camera", "steady"]

FRAME_SIZE: Final = (1280, 720)  # width, height


@dataclass(frozen=True)
class Pose:
    """Where the document is: centre (fraction of frame), width (fraction), angle (°)."""

    cx: float
    cy: float
    width: float
    angle: float
    corners: tuple[tuple[float, float], ...]  # perspective jitter per corner, fraction of size


@dataclass(frozen=True)
class Conditions:
    defocus: float  # Gaussian sigma in px
    motion: int  # motion-blur length in px (0 = none)
    motion_angle: float
    noise: float  # sensor noise sigma (grey levels)
    glare: float  # 0 = none, 1 = strong
    glare_at: tuple[float, float]  # centre on the card (fractions)
    light: float  # 1 = good light, 0.35 = dim
    gamma: float
    jpeg: int
    background: int  # seed of the desk / hand
    hand: bool


def random_pose(rng: random.Random, aspect: float) -> Pose:
    """A pose in which the whole document is in view (``aspect`` = height / width)."""
    top = 0.8 if aspect < 0.68 else 0.7
    width = rng.uniform(0.45, top)
    w_px, h_px = width * FRAME_SIZE[0], width * FRAME_SIZE[0] * aspect
    slack_x = max(0.0, (FRAME_SIZE[0] - w_px * 1.08) / 2 / FRAME_SIZE[0])
    slack_y = max(0.0, (FRAME_SIZE[1] - h_px * 1.1) / 2 / FRAME_SIZE[1])
    jitter = rng.uniform(0.0, 0.06)
    return Pose(
        cx=0.5 + rng.uniform(-slack_x, slack_x),
        cy=0.5 + rng.uniform(-slack_y, slack_y),
        width=width,
        angle=rng.uniform(-5.0, 5.0),
        corners=tuple(
            (rng.uniform(-jitter, jitter), rng.uniform(-jitter, jitter)) for _ in range(4)
        ),
    )


def random_conditions(rng: random.Random, tier: Tier = "camera") -> Conditions:
    mild = tier == "steady"
    severity = rng.random() ** (2.0 if mild else 1.0)
    motion = rng.random() < (0.15 if mild else 0.3)
    dim = rng.random() < (0.15 if mild else 0.3)
    return Conditions(
        defocus=rng.uniform(0.0, 0.6 + 1.0 * severity),
        motion=rng.randint(2, 3 + int(5 * severity)) if motion else 0,
        motion_angle=rng.uniform(0, 180),
        noise=rng.uniform(1.5, 3.0 + 6.0 * severity),
        glare=rng.uniform(0.3, 0.9) if rng.random() < 0.3 else 0.0,
        glare_at=(rng.uniform(0.1, 0.9), rng.uniform(0.2, 0.95)),
        light=rng.uniform(0.35, 0.7) if dim else rng.uniform(0.8, 1.05),
        gamma=rng.uniform(1.0, 1.5) if dim else rng.uniform(0.9, 1.1),
        jpeg=rng.randint(40, 90),
        background=rng.randrange(1 << 30),
        hand=rng.random() < 0.4,
    )


BACKGROUNDS: Final = 32  # distinct desks / trays, cached


@cache
def _grid() -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    ys, xs = np.mgrid[0 : FRAME_SIZE[1], 0 : FRAME_SIZE[0]].astype(np.float32)
    return ys, xs


@cache
def _vignette() -> npt.NDArray[np.float32]:
    width, height = FRAME_SIZE
    ys, xs = _grid()
    falloff = ((xs - width / 2) / width) ** 2 + ((ys - height / 2) / height) ** 2
    return np.asarray(1.0 - 0.25 * falloff, dtype=np.float32)[..., None]


def u8(array: Any) -> Image_:
    """``array`` as uint8 (values already in 0-255)."""
    return np.asarray(array, dtype=np.uint8)


@cache
def _background(seed: int) -> Image_:
    rng = np.random.default_rng(seed)
    width, height = FRAME_SIZE
    base = rng.uniform(40, 200, size=3)
    kind = rng.integers(3)
    ys, xs = _grid()
    if kind == 0:  # wood grain
        freq = rng.uniform(0.02, 0.06)
        grain = np.sin(ys * freq + 6 * np.sin(xs * 0.004 + rng.uniform(0, 6)))
        tone = (grain[..., None] * 18.0) + base * np.array([0.55, 0.75, 1.0])
    elif kind == 1:  # plain counter top with a light gradient
        tone = base + (xs[..., None] / width - 0.5) * 40.0
    else:  # dark kiosk tray
        tone = np.full((height, width, 3), rng.uniform(25, 70), dtype=np.float32) + base * 0.1
    texture = cv2.GaussianBlur(rng.normal(0, 12, (height, width)).astype(np.float32), (0, 0), 2)
    return u8(np.clip(tone + texture[..., None], 0, 255))


def _rounded_mask(height: int, width: int) -> Image_:
    radius = max(2, round(width * 0.037))
    mask = np.zeros((height, width), dtype=np.uint8)
    cv2.rectangle(mask, (radius, 0), (width - radius, height), 255, -1)
    cv2.rectangle(mask, (0, radius), (width, height - radius), 255, -1)
    right, bottom = width - radius - 1, height - radius - 1
    for cx, cy in ((radius, radius), (right, radius), (radius, bottom), (right, bottom)):
        cv2.circle(mask, (cx, cy), radius, 255, -1, cv2.LINE_AA)
    return mask


def _corners(pose: Pose, w: float, h: float) -> npt.NDArray[np.float32]:
    cx, cy = pose.cx * FRAME_SIZE[0], pose.cy * FRAME_SIZE[1]
    a = math.radians(pose.angle)
    out = []
    for (sx, sy), (jx, jy) in zip(((-1, -1), (1, -1), (1, 1), (-1, 1)), pose.corners, strict=True):
        x, y = sx * w / 2 + jx * w, sy * h / 2 + jy * h
        out.append((cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)))
    return np.array(out, dtype=np.float32)


def _hand(frame: npt.NDArray[np.float32], quad: npt.NDArray[np.float32], seed: int) -> None:
    """A hand holding the document by one side edge: palm outside, thumb over the edge."""
    rng = np.random.default_rng(seed)
    skin = np.array([(120, 150, 200), (90, 120, 170), (150, 175, 225)][int(rng.integers(3))])
    top, bottom = (quad[0], quad[3]) if rng.random() < 0.5 else (quad[1], quad[2])
    inward = (quad[1] + quad[2] - quad[0] - quad[3]) / 2
    inward = inward / max(float(np.linalg.norm(inward)), 1.0)
    if top is quad[1]:
        inward = -inward
    edge = top + (bottom - top) * float(rng.uniform(0.25, 0.45))  # above the MRZ band
    layer = np.zeros(frame.shape[:2], dtype=np.uint8)
    size = float(np.linalg.norm(bottom - top))
    angle = math.degrees(math.atan2(float(inward[1]), float(inward[0])))
    palm = edge - inward * size * 0.36
    axes = (int(size * 0.34), int(size * 0.22))
    cv2.ellipse(layer, (int(palm[0]), int(palm[1])), axes, angle, 0, 360, 255, -1, cv2.LINE_AA)
    thumb = edge + inward * size * 0.06
    axes = (int(size * 0.17), int(size * 0.055))
    cv2.ellipse(layer, (int(thumb[0]), int(thumb[1])), axes, angle, 0, 360, 255, -1, cv2.LINE_AA)
    alpha = cv2.GaussianBlur(layer, (0, 0), 2.5).astype(np.float32)[..., None] / 255.0
    ys = np.linspace(0.85, 1.05, frame.shape[0], dtype=np.float32)[:, None, None]
    frame *= 1 - alpha
    frame += skin.astype(np.float32) * ys * alpha


def _place(card: Image_, pose: Pose, cond: Conditions) -> npt.NDArray[np.float32]:
    width, height = FRAME_SIZE
    h0, w0 = card.shape[:2]
    w = pose.width * width
    scale = w / w0
    small = cv2.resize(card, (max(8, round(w0 * scale)), max(8, round(h0 * scale))),
                       interpolation=cv2.INTER_AREA)  # fmt: skip
    sh, sw = small.shape[:2]
    src = np.array([(0, 0), (sw, 0), (sw, sh), (0, sh)], dtype=np.float32)
    quad = _corners(pose, sw, sh)
    matrix = cv2.getPerspectiveTransform(src, quad)
    warped = cv2.warpPerspective(small, matrix, (width, height), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(_rounded_mask(sh, sw), matrix, (width, height))
    frame = _background(cond.background % BACKGROUNDS).astype(np.float32)
    shadow = cv2.GaussianBlur(np.roll(mask, (8, 6), axis=(0, 1)), (0, 0), 9)
    frame *= 1 - 0.45 * shadow.astype(np.float32)[..., None] / 255.0
    alpha = mask.astype(np.float32)[..., None] / 255.0
    frame = frame * (1 - alpha) + warped.astype(np.float32) * alpha
    if cond.glare > 0:
        gx, gy = cond.glare_at
        point = cv2.perspectiveTransform(np.array([[(gx * sw, gy * sh)]], dtype=np.float32), matrix)
        gx_px, gy_px = point[0, 0]
        ys, xs = _grid()
        rx, ry = sw * 0.16, sh * 0.1
        blob = np.exp(-(((xs - gx_px) / rx) ** 2 + ((ys - gy_px) / ry) ** 2))
        # Strong but not saturating the whole blob: the text under it stays faintly visible.
        frame += (cond.glare * 150.0 * blob)[..., None] * np.array([1.0, 1.0, 0.97])
    if cond.hand:
        _hand(frame, quad, cond.background)
    return frame


def _motion_blur(image: Image_, length: int, angle: float) -> Image_:
    """Average of copies shifted along a line of ``2 * length + 1`` px (at most 11 copies)."""
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    padded = u8(cv2.copyMakeBorder(image, length, length, length, length, cv2.BORDER_REPLICATE))
    height, width = image.shape[:2]
    total = np.zeros(image.shape, dtype=np.uint16)
    steps = range(-length, length + 1, max(1, length // 5))
    for k in steps:
        x, y = length + round(k * dx), length + round(k * dy)
        total += padded[y : y + height, x : x + width].astype(np.uint16)
    return u8(total // len(steps))


def _degrade(frame: npt.NDArray[np.float32], cond: Conditions, seed: int) -> bytes:
    image = u8(np.clip(frame * _vignette(), 0, 255))
    if cond.defocus > 0.2:
        image = u8(cv2.GaussianBlur(image, (0, 0), cond.defocus))
    if cond.motion:
        image = _motion_blur(image, cond.motion, cond.motion_angle)
    levels = np.arange(256, dtype=np.float32) / 255.0
    lut = np.clip(255.0 * cond.light * levels**cond.gamma, 0, 255).astype(np.uint8)
    image = u8(cv2.LUT(image, lut))
    noise = np.random.default_rng(seed)
    luma = noise.standard_normal(image.shape[:2], dtype=np.float32) * cond.noise
    chroma = noise.standard_normal(image.shape, dtype=np.float32) * (cond.noise * 0.4)
    noisy = image.astype(np.float32) + luma[..., None] + chroma
    image = u8(np.clip(noisy, 0, 255))
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, cond.jpeg])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return bytes(data)


def _decode(data: bytes) -> Image_:
    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    return np.asarray(image, dtype=np.uint8)


def camera_jpeg(
    card: Image_,
    rng: random.Random,
    *,
    tier: Tier = "camera",
    pose: Pose | None = None,
    conditions: Conditions | None = None,
) -> bytes:
    """Like :func:`camera_frame`, as the JPEG bytes the camera produced."""
    aspect = card.shape[0] / card.shape[1]
    pose = pose or random_pose(rng, aspect)
    cond = conditions or random_conditions(rng, tier)
    return _degrade(_place(card, pose, cond), cond, rng.randrange(1 << 30))


def camera_frame(card: Image_, rng: random.Random, *, tier: Tier = "camera") -> Image_:
    """``card`` photographed by a kiosk camera: a 1280×720 BGR frame (JPEG-decoded)."""
    return _decode(camera_jpeg(card, rng, tier=tier))


def sequence_jpegs(card: Image_, rng: random.Random, n: int = 20) -> list[bytes]:
    """:func:`frame_sequence` as JPEG bytes."""
    return list(iter_sequence_jpegs(card, rng, n))


def iter_sequence_jpegs(card: Image_, rng: random.Random, n: int = 20) -> Iterator[bytes]:
    """:func:`sequence_jpegs`, one frame at a time (each takes ~50-100 ms to make)."""
    aspect = card.shape[0] / card.shape[1]
    target = random_pose(rng, aspect)
    cond = random_conditions(rng, "steady")
    approach = max(1, min(n - 1, rng.randint(5, 9)))
    side = rng.choice((-1, 1))
    for i in range(n):
        if i < approach:
            t = i / approach  # 0 → far and off to one side, 1 → in place
            pose = replace(
                target,
                cx=target.cx + side * (1 - t) * 0.45,
                cy=target.cy + (1 - t) * 0.15,
                width=target.width * (0.45 + 0.55 * t),
                angle=target.angle + (1 - t) * side * 12,
            )
            frame_cond = replace(
                cond,
                motion=int(4 + 10 * (1 - t)),
                motion_angle=rng.uniform(-20, 20),
                defocus=cond.defocus + 1.5 * (1 - t),
                jpeg=rng.randint(40, 90),
            )
        else:
            pose = replace(
                target,
                cx=target.cx + rng.gauss(0, 0.004),
                cy=target.cy + rng.gauss(0, 0.004),
                angle=target.angle + rng.gauss(0, 0.4),
            )
            shaky = rng.random() < 0.2
            frame_cond = replace(
                cond,
                motion=rng.randint(2, 5) if shaky else 0,
                motion_angle=rng.uniform(0, 180),
                jpeg=max(40, min(90, cond.jpeg + rng.randint(-5, 5))),
            )
        yield _degrade(_place(card, pose, frame_cond), frame_cond, rng.randrange(1 << 30))


def frame_sequence(card: Image_, rng: random.Random, n: int = 20) -> list[Image_]:
    """A person bringing ``card`` to the camera: ``n`` frames of 1280×720, 15 fps apart.

    The first 5-9 frames approach: far, off to one side (partly out of view), tilted and
    blurred by motion; then the card is held in place with small per-frame jitter and
    an occasional shake.
    """
    return [_decode(data) for data in sequence_jpegs(card, rng, n)]
