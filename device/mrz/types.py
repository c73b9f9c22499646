"""Shapes shared by the MRZ detector, the OCR stage and the parser.

The OCR stage does not decide characters: for every position of every line it gives
a few candidates with probabilities (:data:`PositionCandidates`), and the parser picks
the reading that is most probable *and* passes the ICAO check digits. Hints tell the
person at the kiosk what to do when no MRZ could be read from a frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class MrzFormat(StrEnum):
    TD1 = "TD1"  # ID cards: 3 lines of 30
    TD2 = "TD2"  # ID cards (e.g. the old Romanian card): 2 lines of 36
    TD3 = "TD3"  # passports: 2 lines of 44
    MRVA = "MRV-A"  # visas, full page: 2 lines of 44
    MRVB = "MRV-B"  # visas, smaller: 2 lines of 36


@dataclass(frozen=True)
class Shape:
    lines: int
    length: int


SHAPES: Final[dict[MrzFormat, Shape]] = {
    MrzFormat.TD1: Shape(3, 30),
    MrzFormat.TD2: Shape(2, 36),
    MrzFormat.TD3: Shape(2, 44),
    MrzFormat.MRVA: Shape(2, 44),
    MrzFormat.MRVB: Shape(2, 36),
}

# The characters an MRZ may hold, in the order the glyph classifier numbers them.
ALPHABET: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"

# One position: (character, probability) pairs, most probable first; probabilities sum to ≤ 1.
PositionCandidates = tuple[tuple[str, float], ...]
LineCandidates = tuple[PositionCandidates, ...]


class Hint(StrEnum):
    """What the person should do next, as decided from one frame."""

    READ = "read"  # an MRZ was read (it may still need agreement from another frame)
    NOT_FOUND = "not_found"  # nothing that looks like an MRZ: show the card's back / MRZ side
    MOVE_CLOSER = "move_closer"  # an MRZ-like block, too small to read
    HOLD_STILL = "hold_still"  # found but blurred, or the reading did not check out
    GLARE = "glare"  # a bright reflection over the text
    TOO_DARK = "too_dark"  # the frame is too dark
    TURN_CARD = "turn_card"  # the MRZ is upside down
    ONE_CARD = "one_card"  # more than one MRZ in view


_WEIGHTS: Final = (7, 3, 1)


def char_value(char: str) -> int:
    """ICAO 9303 value of one MRZ character: digits as is, A=10 … Z=35, '<'=0."""
    if "0" <= char <= "9":
        return ord(char) - ord("0")
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    if char == "<":
        return 0
    raise ValueError(f"not an MRZ character: {char!r}")


def check_digit(text: str) -> str:
    """The ICAO 9303 check digit (weights 7, 3, 1, modulo 10) of ``text``."""
    try:
        total = sum(_VALUES[c] * _WEIGHTS[i % 3] for i, c in enumerate(text))
    except KeyError as error:
        raise ValueError(f"not an MRZ character: {error.args[0]!r}") from None
    return _DIGIT[total % 10]


_VALUES: Final = {c: char_value(c) for c in ALPHABET}
_DIGIT: Final = "0123456789"
