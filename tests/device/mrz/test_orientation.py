"""A card held upside down is read; one held the right way up costs no upside-down reading.

Reading an MRZ the other way up costs as much as reading it. The reader first asks
whether the characters it read may be upside down (the same cells, turned 180°, read
by the first network) and reads the other way up only then.
"""

from __future__ import annotations

import numpy as np
import pytest

from device.mrz import reader
from device.mrz.glyph_model import glyph_model
from device.mrz.ocr import LineReading, turned_gain
from device.mrz.reader import _read_block, _read_lines, recognize
from device.mrz.rectify import straightenings
from device.mrz.types import MrzFormat
from tests.device.mrz.frames import steady_frame

NO_LIMIT = float("inf")
FORMATS = [(11, MrzFormat.TD1), (12, MrzFormat.TD2), (13, MrzFormat.TD3)]


def _first_lines(gray: np.ndarray, block: reader.MrzBlock, count: int) -> list[LineReading]:
    strips = next(straightenings(gray, block, count))
    lines = _read_lines(strips, count, glyph_model())
    assert lines is not None
    return lines


@pytest.mark.parametrize(("seed", "fmt"), FORMATS)
def test_characters_read_better_the_way_they_are_printed(seed: int, fmt: MrzFormat) -> None:
    gray, document, block = steady_frame(seed, fmt)
    count = len(document.lines[0])
    assert turned_gain(_first_lines(gray, block, count)) < -0.1
    turned = np.ascontiguousarray(gray[::-1, ::-1])
    upside_down = reader.find_blocks(turned).blocks[0]
    assert turned_gain(_first_lines(turned, upside_down, count)) > 0.1


@pytest.mark.parametrize(("seed", "fmt"), FORMATS)
def test_a_card_held_upside_down_is_read(seed: int, fmt: MrzFormat) -> None:
    gray, document, _ = steady_frame(seed, fmt)
    recognition = recognize(np.ascontiguousarray(gray[::-1, ::-1]))
    assert recognition.result is not None
    assert recognition.result.lines == document.lines
    assert recognition.accepted


@pytest.mark.parametrize(("seed", "fmt"), FORMATS)
def test_a_card_the_right_way_up_is_never_read_upside_down(
    seed: int, fmt: MrzFormat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even when no reading is clear enough to end the search (a blurred frame), the
    CPU goes to other line lengths and placements, not to reading it upside down."""
    gray, document, block = steady_frame(seed, fmt)
    monkeypatch.setattr(reader, "_settles", lambda _result: False)
    turned: list[int] = []
    turn = reader._turn

    def counting(strips: list[np.ndarray]) -> list[np.ndarray]:
        turned.append(len(strips))
        return turn(strips)

    monkeypatch.setattr(reader, "_turn", counting)
    read = _read_block(gray, block, NO_LIMIT, glyph_model())
    assert read is not None
    assert read[0].lines == document.lines
    assert turned == []
