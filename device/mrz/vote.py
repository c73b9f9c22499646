"""Several frames' characters combined: a per-position vote before the check digits.

:class:`~device.mrz.accept.FrameAgreement` needs two frames that each read the whole
MRZ right on their own. When every frame gets one or two characters wrong — a
different one each time, as motion blur and noise move from frame to frame — that
never happens, though together the frames say clearly what is printed.
:class:`FrameVote` keeps the OCR's candidates (every position's few characters with
probabilities) of the last few frames, averages the probabilities position by
position over the frames that read the same MRZ, and lets
:func:`~device.mrz.correct.best_reading` pick the reading from that average.

The result is accepted only under the strict rules for one image
(:func:`~device.mrz.accept.accept_single`: every check digit, every chosen
character ≥ 60 % on average over the frames, the whole ≥ 97 %), from at least
:data:`MIN_FRAMES` frames. Averaging cannot make a character more certain than the
frames saw it, so a character the frames disagree on stays below those bars.
"""

from __future__ import annotations

from collections import deque
from datetime import date
from typing import Final

from device.mrz.accept import accept_single
from device.mrz.correct import best_reading
from device.mrz.parse import MrzResult
from device.mrz.types import LineCandidates, PositionCandidates

Lattice = tuple[LineCandidates, ...]

HISTORY: Final = 6  # frames remembered
MIN_FRAMES: Final = 2  # frames that must take part in a vote
SAME_MRZ: Final = 0.7  # share of best characters two frames must share to be the same MRZ
_TOP: Final = 4
_MIN_PROBABILITY: Final = 0.002


def _shape(lattice: Lattice) -> tuple[int, ...]:
    return tuple(len(line) for line in lattice)


def _text(lattice: Lattice) -> str:
    return "".join(position[0][0] if position else "?" for line in lattice for position in line)


def _same_mrz(a: str, b: str) -> bool:
    return sum(x == y for x, y in zip(a, b, strict=True)) >= SAME_MRZ * len(a)


def combine(lattices: list[Lattice]) -> Lattice:
    """Per position, each character's probability averaged over ``lattices`` (same shape)."""
    lines: list[LineCandidates] = []
    for index in range(len(lattices[0])):
        positions: list[PositionCandidates] = []
        for column in zip(*(lattice[index] for lattice in lattices), strict=True):
            total: dict[str, float] = {}
            for position in column:
                for char, prob in position:
                    total[char] = total.get(char, 0.0) + prob
            ranked = sorted(total.items(), key=lambda item: -item[1])[:_TOP]
            kept = [
                (char, prob / len(lattices))
                for n, (char, prob) in enumerate(ranked)
                if n == 0 or prob / len(lattices) >= _MIN_PROBABILITY
            ]
            positions.append(tuple(kept))
        lines.append(tuple(positions))
    return tuple(lines)


class FrameVote:
    """The last :data:`HISTORY` frames' candidates; a reading once their average is clear."""

    def __init__(self, *, today: date | None = None) -> None:
        self._today = today
        self._frames: deque[Lattice] = deque(maxlen=HISTORY)

    def offer(self, lattice: Lattice | None) -> MrzResult | None:
        """Remember one frame's candidates; the accepted reading of the vote, if any."""
        if not lattice or any(not line for line in lattice):
            return None
        self._frames.append(lattice)
        shape, text = _shape(lattice), _text(lattice)
        voters = [f for f in self._frames if _shape(f) == shape and _same_mrz(_text(f), text)]
        if len(voters) < MIN_FRAMES:
            return None
        result = best_reading(list(combine(voters)), today=self._today)
        if result is None or not accept_single(result, today=self._today):
            return None
        return result

    def reset(self) -> None:
        """Forget every frame's candidates (the session wipe, or a new scan)."""
        self._frames.clear()
