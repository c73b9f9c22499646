"""Where each MRZ field sits (ICAO 9303 parts 4–7) and which characters each position allows.

Shared by the exact-text parser (:mod:`device.mrz.parse`) and the candidate search
(:mod:`device.mrz.correct`), so both read the same positions and apply the same rules.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from device.mrz.types import SHAPES, MrzFormat

DIGITS: Final = string.digits
LETTERS: Final = string.ascii_uppercase
FILLER: Final = "<"
NAME_CHARS: Final = LETTERS + FILLER
ALNUM: Final = DIGITS + LETTERS + FILLER
SEX_CHARS: Final = "MFX<"

# First character of the document code, per format.
CODE_FIRST: Final[dict[MrzFormat, str]] = {
    MrzFormat.TD1: "IAC",
    MrzFormat.TD2: "IAC",
    MrzFormat.TD3: "P",
    MrzFormat.MRVA: "V",
    MrzFormat.MRVB: "V",
}


@dataclass(frozen=True)
class Span:
    """Characters ``start`` up to (excluding) ``stop`` of line ``line`` (all 0-based)."""

    line: int
    start: int
    stop: int

    def of(self, lines: Sequence[str]) -> str:
        return lines[self.line][self.start : self.stop]

    def positions(self) -> tuple[tuple[int, int], ...]:
        return tuple((self.line, col) for col in range(self.start, self.stop))


@dataclass(frozen=True)
class Layout:
    format: MrzFormat
    code: Span
    issuing_state: Span
    name: Span
    number: Span
    number_check: Span
    nationality: Span
    birth: Span
    birth_check: Span
    sex: Span
    expiry: Span
    expiry_check: Span
    optional: tuple[Span, ...]
    personal_check: Span | None  # TD3 only
    composite: tuple[Span, ...]  # empty for visas
    composite_check: Span | None
    long_number: bool  # TD1/TD2: document numbers longer than 9 spill into optional data

    @property
    def lines(self) -> int:
        return SHAPES[self.format].lines

    @property
    def length(self) -> int:
        return SHAPES[self.format].length


def _one(line: int, col: int) -> Span:
    return Span(line, col, col + 1)


_TD1: Final = Layout(
    format=MrzFormat.TD1,
    code=Span(0, 0, 2),
    issuing_state=Span(0, 2, 5),
    number=Span(0, 5, 14),
    number_check=_one(0, 14),
    optional=(Span(0, 15, 30), Span(1, 18, 29)),
    birth=Span(1, 0, 6),
    birth_check=_one(1, 6),
    sex=_one(1, 7),
    expiry=Span(1, 8, 14),
    expiry_check=_one(1, 14),
    nationality=Span(1, 15, 18),
    composite=(Span(0, 5, 30), Span(1, 0, 7), Span(1, 8, 15), Span(1, 18, 29)),
    composite_check=_one(1, 29),
    name=Span(2, 0, 30),
    personal_check=None,
    long_number=True,
)


def _two_line(fmt: MrzFormat, length: int) -> Layout:
    """TD2, TD3 and visas share line 1 and the start of line 2."""
    td3 = fmt is MrzFormat.TD3
    visa = fmt in (MrzFormat.MRVA, MrzFormat.MRVB)
    optional_stop = length - (0 if visa else 2 if td3 else 1)
    composite = () if visa else (Span(1, 0, 10), Span(1, 13, 20), Span(1, 21, length - 1))
    return Layout(
        format=fmt,
        code=Span(0, 0, 2),
        issuing_state=Span(0, 2, 5),
        name=Span(0, 5, length),
        number=Span(1, 0, 9),
        number_check=_one(1, 9),
        nationality=Span(1, 10, 13),
        birth=Span(1, 13, 19),
        birth_check=_one(1, 19),
        sex=_one(1, 20),
        expiry=Span(1, 21, 27),
        expiry_check=_one(1, 27),
        optional=(Span(1, 28, optional_stop),),
        personal_check=_one(1, 42) if td3 else None,
        composite=composite,
        composite_check=None if visa else _one(1, length - 1),
        long_number=fmt is MrzFormat.TD2,
    )


LAYOUTS: Final[dict[MrzFormat, Layout]] = {
    MrzFormat.TD1: _TD1,
    MrzFormat.TD2: _two_line(MrzFormat.TD2, 36),
    MrzFormat.TD3: _two_line(MrzFormat.TD3, 44),
    MrzFormat.MRVA: _two_line(MrzFormat.MRVA, 44),
    MrzFormat.MRVB: _two_line(MrzFormat.MRVB, 36),
}


def formats_for_shape(lines: int, length: int) -> tuple[MrzFormat, ...]:
    """Formats with this many lines of this length (TD2/MRV-B and TD3/MRV-A share shapes)."""
    return tuple(f for f, s in SHAPES.items() if s.lines == lines and s.length == length)


def format_of(lines: Sequence[str]) -> MrzFormat | None:
    """The format of exact text lines: by shape, then 'V' for visas.

    A 3×30 block starting with 'V' is still TD1 (and fails the character check).
    """
    if not lines or any(len(line) != len(lines[0]) for line in lines):
        return None
    candidates = formats_for_shape(len(lines), len(lines[0]))
    visa = lines[0][:1] == "V"
    for fmt in candidates:
        if visa == (CODE_FIRST[fmt] == "V"):
            return fmt
    return candidates[0] if candidates else None


def allowed_chars(layout: Layout) -> tuple[tuple[str, ...], ...]:
    """For every line and position, the characters ICAO allows there."""
    grid = [[ALNUM] * layout.length for _ in range(layout.lines)]

    def put(span: Span | None, chars: str) -> None:
        if span is not None:
            for line, col in span.positions():
                grid[line][col] = chars

    put(layout.code, NAME_CHARS)
    put(_one(layout.code.line, layout.code.start), CODE_FIRST[layout.format])
    put(layout.issuing_state, NAME_CHARS)
    put(layout.name, NAME_CHARS)
    put(layout.nationality, NAME_CHARS)
    for span in (layout.birth, layout.birth_check, layout.expiry, layout.expiry_check):
        put(span, DIGITS)
    for date in (layout.birth, layout.expiry):  # YYMMDD: a month's tens 0-1, a day's 0-3
        put(_one(date.line, date.start + 2), "01")
        put(_one(date.line, date.start + 4), "0123")
    put(layout.composite_check, DIGITS)
    # '<' in the number's check digit marks a long number (TD1/TD2) …
    put(layout.number_check, DIGITS + FILLER if layout.long_number else DIGITS)
    # … and in the personal number's check digit an empty personal number (TD3).
    put(layout.personal_check, DIGITS + FILLER)
    put(layout.sex, SEX_CHARS)
    return tuple(tuple(row) for row in grid)
