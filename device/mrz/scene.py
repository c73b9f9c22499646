"""What a frame shows besides an MRZ: a second card, a reflection, other print.

The reader asks these of the blocks the detector found (:mod:`device.mrz.detect`):
two MRZs side by side, or a card's height apart, are two cards; a burnt-out patch over
the MRZ is glare; and two lines of clearly different sizes are a card's title and
subtitle, not its MRZ.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import numpy as np

from device.mrz.detect import Gray, MrzBlock

_GLARE_LEVEL: Final = 248
_GLARE_SHARE: Final = 0.04  # of the MRZ area burnt out by a reflection
_SAME_SIZE: Final = 0.6  # two cards' MRZ lines: the shorter at least this share of the longer
_EVEN_LINES: Final = 0.8  # an MRZ's lines: the thinnest at least this share of the thickest
# Print whose lines are of clearly different sizes is no MRZ (a card's title over its
# subtitle, a name over its label: 0.65 on the benchmark's card without an MRZ), but blur
# makes an MRZ's lines look uneven too: on the benchmark's frames the lines of a two-line
# MRZ measured 0.69 at worst, of a three-line one 0.57 (the thin line of fillers). So it
# is asked of two-line blocks only, and only decides what a frame that read nothing tells
# the person: show the side with the MRZ.
_OTHER_PRINT: Final = 0.67
# Two groups of even lines this many line spacings long, this many line spacings apart
# across the lines, are two cards one above the other. On the benchmark's 1000 camera
# frames the other print the detector grouped (a card's visual zone) stayed under 9
# spacings long, while an MRZ's lines are 17-18 (TD1) to 27 (TD3). A card in motion
# smears its visual zone into long lines too, but those lie 7.4-9.4 spacings above its
# MRZ (one, a title, 13.8) on 2000 frames of sequences; two rendered cards stacked edge
# to edge, 9.9-28 spacings.
_MRZ_LONG: Final = 12.0
_CARDS_APART: Final = 10.0


def _box(block: MrzBlock, pad: float = 0.0) -> tuple[float, float, float, float]:
    """Around the block's lines: ``pad`` on every side, or half a line above and below."""
    points = [p for line in block.lines for p in line.ends]
    across = pad or block.height / 2
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs) - pad, min(ys) - across, max(xs) + pad, max(ys) + across


def overlap(a: MrzBlock, b: MrzBlock, *, pad: float = 0.0) -> bool:
    ax0, ay0, ax1, ay1 = _box(a, pad)
    bx0, by0, bx1, by1 = _box(b, pad)
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1


def other_print(block: MrzBlock) -> bool:
    """Two lines of clearly different sizes: a card's title and subtitle, not its MRZ."""
    return len(block.lines) == 2 and _ratio(line.height for line in block.lines) < _OTHER_PRINT


def several_cards(groups: tuple[MrzBlock, ...]) -> bool:
    """Two MRZ-like groups of print apart from each other: two cards.

    Each group's lines must be of one height (a card's title over its smaller
    subtitle is not), the two groups' print of about the same size, and one group
    beside the other along the lines - or, one above the other, both with lines as long
    as an MRZ's and a card's height apart (a card's own visual zone has shorter lines,
    or, smeared by motion, lies closer above its MRZ).
    """
    longest = max((g.lines[0].length for g in groups), default=0.0)
    even = [
        g
        for g in groups
        if _ratio(line.height for line in g.lines) >= _EVEN_LINES
        and g.lines[0].length >= _SAME_SIZE * longest  # not a piece of a line
    ]
    for i, a in enumerate(even):
        for b in even[i + 1 :]:
            if _ratio((a.height, b.height)) < _SAME_SIZE:
                continue
            if _ratio((a.lines[0].length, b.lines[0].length)) < _SAME_SIZE:
                continue
            if _beside(a, b) or (_long(a) and _long(b) and _apart(a, b) >= _CARDS_APART):
                return True
    return False


def _beside(a: MrzBlock, b: MrzBlock) -> bool:
    """Along ``a``'s lines, ``b`` starts after ``a`` ends or ends before it starts."""
    dx, dy = a.lines[0].direction
    (ox, oy), _ = a.lines[0].ends

    def span(block: MrzBlock) -> tuple[float, float]:
        along = [(x - ox) * dx + (y - oy) * dy for line in block.lines for x, y in line.ends]
        return min(along), max(along)

    a0, a1 = span(a)
    b0, b1 = span(b)
    return b0 > a1 or b1 < a0


def _apart(a: MrzBlock, b: MrzBlock) -> float:
    """Across ``a``'s lines, from the nearest line of one group to the other's, in spacings."""
    dx, dy = a.lines[0].direction

    def across(block: MrzBlock) -> list[float]:
        return [y * dx - x * dy for x, y in (line.center for line in block.lines)]

    gap = min(abs(p - q) for p in across(a) for q in across(b))
    return gap / max(a.spacing, b.spacing)


def _long(group: MrzBlock) -> bool:
    """Lines as long as an MRZ's, in line spacings (print size aside)."""
    return min(line.length for line in group.lines) >= _MRZ_LONG * group.spacing


def _ratio(values: Iterable[float]) -> float:
    """The smallest of ``values`` over the largest (1.0: all equal)."""
    ordered = sorted(values)
    return ordered[0] / ordered[-1] if ordered and ordered[-1] > 0 else 0.0


def glare(gray: Gray, block: MrzBlock) -> bool:
    points = np.asarray([p for line in block.lines for p in line.ends], dtype=np.float32)
    pad = block.height
    x0, y0 = np.maximum(points.min(axis=0) - pad, 0).astype(int)
    x1, y1 = (points.max(axis=0) + pad).astype(int)
    area = gray[y0 : y1 + 1, x0 : x1 + 1]
    return area.size > 0 and float((area >= _GLARE_LEVEL).mean()) > _GLARE_SHARE
