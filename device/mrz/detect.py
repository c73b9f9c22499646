"""Finding the MRZ in a camera frame: its text lines, and where they are.

The frame is shrunk to a working width, dark print is separated from its local
background, neighbouring characters are joined into line blobs, and lines that
are long, thin, parallel, evenly spaced and of equal length are grouped into an
MRZ of 2 or 3 lines. Each group comes back as the end points of its lines in the
full frame, ready for :mod:`device.mrz.rectify`. Also measured here: what a
person should be told when nothing readable is found (too dark, too small…).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

Gray = npt.NDArray[np.uint8]
Point = tuple[float, float]

WORK_WIDTH: Final = 720  # detection runs on a frame this wide
_MIN_ASPECT: Final = 12.0  # an MRZ line is ≥ 30 characters long and one high
_MIN_HEIGHT: Final = 4.0  # px at working width: smaller lines cannot be read
_READABLE_HEIGHT: Final = 7.0  # px at working width; below this, "move closer"
_SPLIT_ASPECT: Final = 20.0  # below this, a "line" may be two lines joined by blur
# Joining pieces costs the cube of their number: a frame of fine texture seen at the
# second look's 1280 px gave over a thousand (45 s); a card at 720 px gives under 50.
_MAX_JOIN: Final = 120
_MIN_FILLED: Final = 0.45  # a line with faint fillers still shows this share of its length


@dataclass(frozen=True)
class LineBlob:
    center: Point
    length: float
    height: float
    angle: float  # radians, direction of the line from left to right

    @property
    def direction(self) -> Point:
        return (math.cos(self.angle), math.sin(self.angle))

    @property
    def ends(self) -> tuple[Point, Point]:
        dx, dy = self.direction
        half = self.length / 2
        cx, cy = self.center
        return (cx - dx * half, cy - dy * half), (cx + dx * half, cy + dy * half)


@dataclass(frozen=True)
class MrzBlock:
    """2 or 3 lines of one MRZ, in full-frame coordinates, top line first."""

    lines: tuple[LineBlob, ...]

    @property
    def height(self) -> float:
        return sum(line.height for line in self.lines) / len(self.lines)

    @property
    def spacing(self) -> float:
        first, last = self.lines[0].center, self.lines[-1].center
        return math.dist(first, last) / (len(self.lines) - 1)


@dataclass(frozen=True)
class Detection:
    blocks: tuple[MrzBlock, ...]
    scale: float  # working-frame pixels per full-frame pixel
    small: bool  # an MRZ-like group was seen but is too small to read
    # Every MRZ-like group, readable or not (full-frame coordinates): more than one
    # apart from each other means more than one card in view.
    groups: tuple[MrzBlock, ...] = ()


def to_gray(frame: npt.NDArray[np.uint8]) -> Gray:
    if frame.ndim == 2:
        return frame
    if frame.shape[2] == 4:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY), dtype=np.uint8)
    if frame.shape[2] == 1:
        return np.asarray(frame[:, :, 0], dtype=np.uint8)
    return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), dtype=np.uint8)


def find_blocks(gray: Gray, work_width: int = WORK_WIDTH) -> Detection:
    """MRZ blocks in a grayscale frame, best first.

    Detection runs on the frame shrunk to ``work_width``; a larger one finds smaller
    print (the reader's second look when the first found nothing big enough).
    """
    scale = min(1.0, work_width / gray.shape[1])
    small = (
        gray
        if scale == 1.0
        else np.asarray(
            cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA),
            dtype=np.uint8,
        )
    )
    blobs = _line_blobs(small)
    groups = _group(blobs)
    readable = [g for g in groups if g.height >= _READABLE_HEIGHT]
    blocks = tuple(_to_full(g, scale) for g in readable)
    every = tuple(_to_full(g, scale) for g in groups)
    return Detection(blocks, scale, small=bool(groups) and not readable, groups=every)


def _line_blobs(small: Gray) -> list[LineBlob]:
    # Black-hat: dark strokes thinner than the kernel, on a lighter surround. Large dark
    # areas (the desk around the card, a shadow) give nothing, so lines printed close to
    # the card's edge do not merge with it.
    strokes = np.asarray(
        cv2.morphologyEx(
            small, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (11, 11))
        ),
        dtype=np.uint8,
    )
    level = max(14.0, 0.3 * float(np.percentile(strokes, 99.5)))
    ink = np.where(strokes > level, 255, 0).astype(np.uint8)
    ink = np.asarray(cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8)), np.uint8)
    blobs: list[LineBlob] = []
    pieces: list[LineBlob] = []  # too short for a line on their own
    levels = strokes.astype(np.float32)  # what _split samples, converted once per frame
    # Two joining widths: characters of small print sit closer than those of large print.
    for width in (7, 13, 21):
        joined = cv2.morphologyEx(
            ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (width, 3))
        )
        contours, _ = cv2.findContours(joined, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            if len(contour) < 5:
                continue
            (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
            if w < h:
                w, h, angle = h, w, angle + 90.0
            if h < _MIN_HEIGHT or w < _MIN_ASPECT * h / 3 or w / h > 80:
                continue
            radians = math.radians(angle)
            if math.cos(radians) < 0:  # point the line rightwards
                radians += math.pi
            radians = math.atan2(math.sin(radians), math.cos(radians))
            if abs(radians) > math.radians(35):
                continue  # a card held this far off level is not read; other frames will be
            fill = cv2.contourArea(contour) / max(w * h, 1.0)
            if fill < 0.55:
                continue
            blob = LineBlob((cx, cy), w, h, radians)
            if w >= _MIN_ASPECT * h:
                blobs.append(blob)
                if w < _SPLIT_ASPECT * h:  # may still be two long lines run together
                    blobs += _split(levels, blob)
            else:  # too thick for one line: two or three run together by blur, or a piece
                blobs += _split(levels, blob)
                pieces.append(blob)
    candidates = blobs + pieces
    if len(candidates) > _MAX_JOIN:  # a textured frame at a large working size: the longest
        candidates = sorted(candidates, key=lambda b: -b.length)[:_MAX_JOIN]
    joined_lines = [b for b in _join(candidates) if b.length >= _MIN_ASPECT * b.height]
    return _dedupe(joined_lines)


def _join(blobs: list[LineBlob]) -> list[LineBlob]:
    """Pieces of one line broken by a reflection or a fold, put back together."""
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(blobs):
            for j in range(i + 1, len(blobs)):
                joined = _joined(a, blobs[j])
                if joined is not None:
                    blobs = [b for k, b in enumerate(blobs) if k not in (i, j)] + [joined]
                    merged = True
                    break
            if merged:
                break
    return blobs


def _joined(a: LineBlob, b: LineBlob) -> LineBlob | None:
    """One blob from two on the same line with a short gap between them, else None."""
    if abs(a.angle - b.angle) > math.radians(4) or abs(a.height - b.height) > 0.35 * max(
        a.height, b.height
    ):
        return None
    dx, dy = a.direction if a.length >= b.length else b.direction
    height = max(a.height, b.height)
    ox, oy = a.center
    along = [(px - ox) * dx + (py - oy) * dy for blob in (a, b) for (px, py) in blob.ends]
    across = -(b.center[0] - ox) * dy + (b.center[1] - oy) * dx
    if abs(across) > 0.35 * height:
        return None
    a0, a1, b0, b1 = along
    gap = max(b0 - a1, a0 - b1)
    if gap > 5.0 * height or min(a1, b1) - max(a0, b0) > 0.5 * min(a.length, b.length):
        return None  # too far apart, or the same stretch seen twice
    start, end = min(along), max(along)
    middle = (start + end) / 2
    centre = (ox + dx * middle, oy + dy * middle)
    return LineBlob(centre, end - start, (a.height + b.height) / 2, math.atan2(dy, dx))


def _split(levels: npt.NDArray[np.float32], blob: LineBlob) -> list[LineBlob]:
    """The 2 or 3 text lines inside ``blob`` (``levels``: the stroke image as float32)
    when blur has joined them, else none."""
    dx, dy = blob.direction
    width, height = round(blob.length), round(blob.height + 4)
    cx, cy = blob.center
    # Sample the blob upright: rows across the line, columns along it.
    matrix = np.array(
        [
            [dx, -dy, cx - dx * width / 2 + dy * height / 2],
            [dy, dx, cy - dy * width / 2 - dx * height / 2],
        ],
        dtype=np.float64,
    )
    upright = cv2.warpAffine(
        levels,
        matrix,
        (width, height),
        flags=cv2.WARP_INVERSE_MAP | cv2.INTER_LINEAR,
    )
    rows = np.convolve(np.asarray(upright).mean(axis=1), np.ones(3) / 3, mode="same")

    def level(y: float) -> float:
        return float(rows[int(np.clip(round(y), 0, height - 1))])

    best: tuple[float, list[float], float] | None = None
    for parts in (2, 3):
        for ratio in np.linspace(1.3, 2.2, 10):  # line spacing in line heights
            line_height = blob.height / (1 + (parts - 1) * ratio)
            if line_height < _MIN_HEIGHT or blob.length < _MIN_ASPECT * line_height:
                continue
            spacing = ratio * line_height
            centres = [height / 2 + (k - (parts - 1) / 2) * spacing for k in range(parts)]
            peak = min(level(c) for c in centres)
            dip = max(level(c + spacing / 2) for c in centres[:-1])
            if peak > 0 and dip < 0.7 * peak and (best is None or peak - dip > best[0]):
                best = (peak - dip, centres, line_height)
    if best is None:
        return []
    _, centres, line_height = best
    return [
        LineBlob(
            (cx - dy * (c - height / 2), cy + dx * (c - height / 2)),
            blob.length,
            line_height,
            blob.angle,
        )
        for c in centres
    ]


def _dedupe(blobs: list[LineBlob]) -> list[LineBlob]:
    kept: list[LineBlob] = []
    for blob in sorted(blobs, key=lambda b: -b.length):
        if any(
            math.dist(blob.center, k.center) < min(k.height, blob.height)
            and abs(blob.length - k.length) < k.length * 0.25
            and abs(blob.height - k.height) < 0.4 * max(k.height, blob.height)
            for k in kept
        ):
            continue
        kept.append(blob)
    return kept


def _compatible(a: LineBlob, b: LineBlob) -> bool:
    """``b`` could be the MRZ line right below ``a``.

    MRZ lines are equally long, but a run of ``<`` fillers at the end of a line is
    faint and may be lost, so a shorter line also fits when its left end is where the
    other's is (the lines are widened to the full length when grouped).
    """
    if abs(a.angle - b.angle) > math.radians(4):
        return False
    longer = max(a.length, b.length)
    if min(a.length, b.length) < _MIN_FILLED * longer:
        return False
    if abs(a.height - b.height) > 0.45 * max(a.height, b.height):
        return False
    dx, dy = a.direction
    offset = (b.ends[0][0] - a.ends[0][0], b.ends[0][1] - a.ends[0][1])
    along = offset[0] * dx + offset[1] * dy
    across = -offset[0] * dy + offset[1] * dx
    height = (a.height + b.height) / 2
    # Blur or a reflection can thicken one line's blob: the nearer bound takes the thinner.
    if not 1.2 * min(a.height, b.height) < across < 2.6 * height:
        return False
    if abs(a.length - b.length) <= 0.12 * longer:
        return abs(along + (b.length - a.length) / 2) < 0.08 * longer
    # One line lost a stretch at one end (its fillers, or its start under a reflection):
    # the two still end together at the other.
    right = along + b.length - a.length  # offset of the right ends along the line
    return abs(along) < 0.04 * longer or abs(right) < 0.04 * longer


def _group(blobs: list[LineBlob]) -> list[MrzBlock]:
    below: dict[int, list[int]] = {
        i: [j for j, b in enumerate(blobs) if j != i and _compatible(a, b)]
        for i, a in enumerate(blobs)
    }
    groups: list[tuple[int, ...]] = []
    for i in range(len(blobs)):
        for j in below[i]:
            for k in below[j]:
                groups.append((i, j, k))
            groups.append((i, j))
    # Prefer longer lines and three-line groups; a line belongs to one group only.
    groups.sort(key=lambda g: (-len(g), -blobs[g[0]].length))
    used: set[int] = set()
    chosen: list[MrzBlock] = []
    for group in groups:
        if used.intersection(group):
            continue
        if len(group) == 2 and any(
            _compatible(blobs[x], blobs[group[0]]) or _compatible(blobs[group[1]], blobs[x])
            for x in range(len(blobs))
            if x not in group
        ):
            continue  # part of a longer MRZ whose third line was taken elsewhere
        used.update(group)
        chosen.append(_full_length(tuple(blobs[i] for i in group)))
    return chosen


def _full_length(lines: tuple[LineBlob, ...]) -> MrzBlock:
    """Every line as long as the longest, from the end it shares with the longest: its
    fillers lost are put back, or its start hidden by a reflection."""
    top = max(lines, key=lambda line: line.length)
    longest = top.length
    dx, dy = top.direction
    widened = []
    for line in lines:
        if line.length < 0.88 * longest:
            (lx, ly), (rx, ry) = line.ends
            left_gap = abs((lx - top.ends[0][0]) * dx + (ly - top.ends[0][1]) * dy)
            right_gap = abs((rx - top.ends[1][0]) * dx + (ry - top.ends[1][1]) * dy)
            if right_gap < left_gap:  # the start was lost: widen leftwards
                centre = (rx - dx * longest / 2, ry - dy * longest / 2)
            else:
                centre = (lx + dx * longest / 2, ly + dy * longest / 2)
            line = LineBlob(centre, longest, line.height, line.angle)
        widened.append(line)
    return MrzBlock(tuple(widened))


def _to_full(block: MrzBlock, scale: float) -> MrzBlock:
    return MrzBlock(
        tuple(
            LineBlob(
                (line.center[0] / scale, line.center[1] / scale),
                line.length / scale,
                line.height / scale,
                line.angle,
            )
            for line in block.lines
        )
    )
