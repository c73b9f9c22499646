"""When the detector gets a line's ends or a line wrong, the reader still reads the card.

The detector sees the MRZ at a working size where blur, a card's edge or faint fillers
move a line's ends by a few characters, and can lose an ID card's third line. The
reader then tries other placements of the ends (measured on the straightened block,
or every line given another line's length) and a TD1 made of the two lines found plus
one more, and takes only a reading that passes the check digits.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from device.mrz import reader
from device.mrz.detect import LineBlob, MrzBlock
from device.mrz.glyph_model import GlyphModel, glyph_model
from device.mrz.ocr import best_text, read_strip
from device.mrz.reader import _read_block
from device.mrz.rectify import straighten, straightenings
from device.mrz.types import MrzFormat
from tests.device.mrz.frames import steady_frame

NO_LIMIT = float("inf")


def _shortened(line: LineBlob, characters: float, count: int) -> LineBlob:
    """``line`` with ``characters`` cut off its right end, as a glare spot or faint fillers do."""
    cut = line.length * characters / count
    dx, dy = line.direction
    centre = (line.center[0] - dx * cut / 2, line.center[1] - dy * cut / 2)
    return LineBlob(centre, line.length - cut, line.height, line.angle)


@pytest.mark.parametrize(
    ("seed", "fmt"), [(1, MrzFormat.TD3), (2, MrzFormat.TD1), (3, MrzFormat.TD2)]
)
def test_a_line_the_detector_cut_short_is_read_whole(seed: int, fmt: MrzFormat) -> None:
    gray, document, block = steady_frame(seed, fmt)
    count = len(document.lines[0])
    lines = list(block.lines)
    lines[-1] = _shortened(lines[-1], 3.5, count)
    cut = MrzBlock(tuple(lines))
    read = _read_block(gray, cut, NO_LIMIT, glyph_model())
    assert read is not None
    assert read[0].valid
    assert read[0].lines == document.lines


def test_the_detectors_own_placement_comes_first_and_others_follow() -> None:
    gray, _, block = steady_frame(4, MrzFormat.TD3)
    lines = list(block.lines)
    lines[0] = _shortened(lines[0], 2.0, 44)
    cut = MrzBlock(tuple(lines))
    placements = list(straightenings(gray, cut, 44))
    assert len(placements) >= 3  # the detector's, then lines of equal lengths
    assert all(len(strips) == 2 for strips in placements)
    # The first is the warp from the detector's ends, the one the glyph model was tuned on.
    first = placements[0]
    assert all(np.array_equal(a, b) for a, b in zip(first, straighten(gray, cut, 44), strict=True))
    # Placements that would give the same warp are made once.
    assert len(list(straightenings(gray, block, 44))) < len(placements)


def test_an_id_card_seen_as_two_lines_is_read_as_three() -> None:
    gray, document, block = steady_frame(5, MrzFormat.TD1)
    assert len(block.lines) == 3
    for kept in (block.lines[:2], block.lines[1:]):  # the last line lost, or the first
        read = _read_block(gray, MrzBlock(kept), NO_LIMIT, glyph_model())
        assert read is not None
        assert read[0].format is MrzFormat.TD1
        assert read[0].lines == document.lines


def test_no_time_left_means_no_other_placement_is_tried() -> None:
    gray, document, block = steady_frame(1, MrzFormat.TD3)
    lines = list(block.lines)
    lines[-1] = _shortened(lines[-1], 3.5, 44)
    read = _read_block(gray, MrzBlock(tuple(lines)), deadline=0.0, model=glyph_model())
    # Only the detector's placement was read: the squeezed line does not pass its checks.
    assert read is None or read[0].lines != document.lines


def test_no_third_line_is_made_up_beyond_the_frames_edge() -> None:
    gray, _, block = steady_frame(5, MrzFormat.TD1)
    # The frame cut just below the second line: the card's name line is out of view.
    second = block.lines[1]
    bottom = round(second.center[1] + 0.8 * (block.lines[1].center[1] - block.lines[0].center[1]))
    cut = np.ascontiguousarray(gray[:bottom])
    two = MrzBlock(block.lines[:2])
    read = _read_block(cut, two, NO_LIMIT, glyph_model())
    assert read is None or not read[0].valid  # the two lines alone are not an ID card
    # In full view the same two lines are read with the third, as an ID card.
    whole = _read_block(gray, two, NO_LIMIT, glyph_model())
    assert whole is not None and whole[0].format is MrzFormat.TD1


@pytest.mark.parametrize(
    ("seed", "fmt"),
    [(4, MrzFormat.TD3), (5, MrzFormat.TD2), (6, MrzFormat.TD3), (7, MrzFormat.TD2)],
)
def test_the_likelier_line_length_is_read_first(
    seed: int, fmt: MrzFormat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A passport's lines are read as 44 characters, an ID card's as 36, without first
    spending a frame's CPU on the other length (the line's length in line spacings says)."""
    gray, document, block = steady_frame(seed, fmt)
    lengths: list[int] = []
    read_lines = reader._read_lines

    def counting(strips: list[np.ndarray], count: int, model: GlyphModel) -> object:
        lengths.append(count)
        return read_lines(strips, count, model)

    monkeypatch.setattr(reader, "_read_lines", counting)
    read = _read_block(gray, block, NO_LIMIT, glyph_model())
    assert read is not None
    assert read[0].lines == document.lines
    assert lengths == [len(document.lines[0])]


@pytest.mark.parametrize(("seed", "fmt"), [(8, MrzFormat.TD1), (9, MrzFormat.TD2)])
def test_a_line_read_from_the_wrong_character_on_is_read_again_one_over(
    seed: int, fmt: MrzFormat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a dark or blurred frame the margins may not say where a line starts: the grid
    then starts a character late. The reader reads each line again a character earlier
    and later, and the reading that passes the checks is the printed one (the line with
    the dates: an ID card's line of names has no check digit to tell)."""
    gray, document, block = steady_frame(seed, fmt)
    misjudged: set[int] = set()  # that line of every placement the reader makes
    real_straightenings = reader.straightenings

    def recording(*args: object) -> Iterator[list[np.ndarray]]:
        for strips in real_straightenings(*args):  # type: ignore[arg-type]
            misjudged.add(id(strips[1]))
            yield strips

    real_read = reader.read_strip

    def misjudging(
        strip: np.ndarray, count: int, model: GlyphModel | None = None, *, moved: int = 0
    ) -> object:
        return real_read(strip, count, model, moved=moved + (id(strip) in misjudged))

    monkeypatch.setattr(reader, "straightenings", recording)
    monkeypatch.setattr(reader, "read_strip", misjudging)
    read = _read_block(gray, block, NO_LIMIT, glyph_model())
    assert read is not None
    assert read[0].lines == document.lines
    assert read[0].valid


def test_a_line_taken_to_start_a_character_later_reads_one_character_on() -> None:
    gray, document, block = steady_frame(10, MrzFormat.TD3)
    count = len(document.lines[0])
    strip = next(straightenings(gray, block, count))[-1]
    as_fitted, later, earlier = (read_strip(strip, count, moved=m) for m in (0, 1, -1))
    assert as_fitted is not None and best_text(as_fitted.candidates) == document.lines[-1]
    if later is not None:  # the grid laid may not reach a character further
        assert best_text(later.candidates)[:-1] == document.lines[-1][1:]
    if earlier is not None:
        assert best_text(earlier.candidates)[1:] == document.lines[-1][:-1]
    assert later is not None or earlier is not None
