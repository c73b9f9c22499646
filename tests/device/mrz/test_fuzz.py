"""Whatever text or candidates arrive, the parser and the search answer None or a result,
and a result marked valid really passes its check digits (recomputed here independently)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from device.mrz.correct import best_reading
from device.mrz.parse import MrzResult, parse_lines
from device.mrz.types import ALPHABET, SHAPES, MrzFormat, check_digit
from tests.device.mrz.specimens import (
    DEMO_CNP,
    MRVA,
    MRVB,
    TD1,
    TD1_LONG_NUMBER,
    TD2,
    TD3,
    old_romanian_card,
    td1,
    td3,
)

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SPECIMENS = [
    TD1,
    TD2,
    TD3,
    MRVA,
    MRVB,
    TD1_LONG_NUMBER,
    old_romanian_card(),
    td1(optional1=DEMO_CNP),
    td3(personal=DEMO_CNP),
]


def _number_ok(field: str, check: str, optional: str) -> bool:
    if check == "<":  # long number: the rest and its check digit open the optional data
        rest = optional.split("<", 1)[0]
        return len(rest) >= 2 and check_digit(field + rest[:-1]) == rest[-1]
    return check_digit(field) == check


def _check_digits_pass(result: MrzResult) -> bool:
    """ICAO 9303 check digits, positions written out per format (not taken from the code)."""
    c = check_digit
    if result.format is MrzFormat.TD1:
        one, two, _ = result.lines
        return (
            _number_ok(one[5:14], one[14], one[15:30])
            and c(two[0:6]) == two[6]
            and c(two[8:14]) == two[14]
            and c(one[5:30] + two[0:7] + two[8:15] + two[18:29]) == two[29]
        )
    two = result.lines[1]
    ok = c(two[13:19]) == two[19] and c(two[21:27]) == two[27]
    if result.format is MrzFormat.TD2:
        ok = ok and _number_ok(two[0:9], two[9], two[28:35])
        return ok and c(two[0:10] + two[13:20] + two[21:35]) == two[35]
    ok = ok and c(two[0:9]) == two[9]
    if result.format is MrzFormat.TD3:
        empty = set(two[28:42]) == {"<"} and two[42] == "<"
        ok = ok and (empty or c(two[28:42]) == two[42])
        return ok and c(two[0:10] + two[13:20] + two[21:43]) == two[43]
    return ok


def _assert_sound(result: MrzResult | None) -> None:
    if result is None:
        return
    assert isinstance(result, MrzResult)
    assert 0.0 <= result.weakest <= result.confidence + 1e-9 <= 1.0 + 1e-9
    if result.valid:
        assert _check_digits_pass(result)
        again = parse_lines(result.lines)
        assert again is not None and again.valid and again.fields == result.fields


@st.composite
def shaped_text(draw: st.DrawFn) -> list[str]:
    fmt = draw(st.sampled_from(list(MrzFormat)))
    shape = SHAPES[fmt]
    chars = st.sampled_from(ALPHABET)
    lines = [
        "".join(draw(st.lists(chars, min_size=shape.length, max_size=shape.length)))
        for _ in range(shape.lines)
    ]
    if draw(st.booleans()):  # mostly a real specimen with a few characters changed
        lines = list(
            draw(
                st.sampled_from(
                    [s for s in SPECIMENS if len(s) == shape.lines and len(s[0]) == shape.length]
                    or [lines]
                )
            )
        )
        for _ in range(draw(st.integers(0, 2))):
            row = draw(st.integers(0, len(lines) - 1))
            col = draw(st.integers(0, len(lines[row]) - 1))
            lines[row] = lines[row][:col] + draw(chars) + lines[row][col + 1 :]
    return lines


@FUZZ
@given(st.lists(st.text(max_size=50), max_size=4))
def test_parse_lines_takes_any_text(lines: list[str]) -> None:
    _assert_sound(parse_lines(lines))


@FUZZ
@given(shaped_text())
def test_parse_lines_on_mrz_shaped_text_is_sound(lines: list[str]) -> None:
    result = parse_lines(lines)
    assert result is not None
    _assert_sound(result)


JUNK_CHARS = st.one_of(st.sampled_from(ALPHABET), st.text(max_size=2))
ANY_PROB = st.one_of(st.floats(0, 1), st.floats(allow_nan=True, allow_infinity=True))


@st.composite
def any_candidates(draw: st.DrawFn) -> list[list[list[tuple[str, float]]]]:
    """Candidate grids of MRZ shapes (and others) with odd entries scattered in.

    Hypothesis draws the shape, the odd entries and a seed; the bulk comes from the seeded
    generator (drawing ~90 positions one by one through Hypothesis is far too slow).
    """
    shape = draw(st.sampled_from([*SHAPES.values(), None]))
    if shape is None:
        lines, length = draw(st.integers(0, 4)), draw(st.integers(0, 50))
    else:
        lines, length = shape.lines, shape.length
    odd = draw(st.lists(st.tuples(JUNK_CHARS, ANY_PROB), min_size=1, max_size=6))
    rng = random.Random(draw(st.integers(0, 2**32)))

    def position() -> list[tuple[str, float]]:
        return [
            rng.choice(odd) if rng.random() < 0.1 else (rng.choice(ALPHABET), rng.random())
            for _ in range(rng.randint(0, 3))
        ]

    return [[position() for _ in range(length)] for _ in range(lines)]


@FUZZ
@given(any_candidates())
def test_best_reading_takes_any_candidates(lines: list[list[list[tuple[str, float]]]]) -> None:
    frame: Sequence[Any] = [tuple(tuple(p) for p in line) for line in lines]
    _assert_sound(best_reading(frame))


@st.composite
def noisy_specimen(draw: st.DrawFn) -> list[tuple[tuple[tuple[str, float], ...], ...]]:
    """A specimen as the OCR might see it: most positions clear, some with rivals."""
    lines = draw(st.sampled_from(SPECIMENS))
    noise = draw(st.floats(0.0, 0.3))
    rng = random.Random(draw(st.integers(0, 2**32)))
    frame = []
    for line in lines:
        positions = []
        for char in line:
            if rng.random() >= noise:
                positions.append(((char, 0.95),))
                continue
            chars = [char, *rng.sample(ALPHABET, rng.randint(1, 3))]
            positions.append(tuple((c, rng.uniform(0.01, 1.0)) for c in chars))
        frame.append(tuple(positions))
    return frame


@FUZZ
@given(noisy_specimen())
def test_best_reading_of_noisy_specimens_is_sound(
    frame: list[tuple[tuple[tuple[str, float], ...], ...]],
) -> None:
    result = best_reading(frame)
    assert result is not None
    _assert_sound(result)
