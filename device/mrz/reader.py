"""From a camera frame to an MRZ reading, and from a stream of frames to an accepted one.

:func:`recognize` handles one frame: find the MRZ (:mod:`device.mrz.detect`), straighten
it (:mod:`device.mrz.rectify`), read every character's candidates (:mod:`device.mrz.ocr`),
and pick the reading that passes the ICAO checks (:mod:`device.mrz.correct`). When
nothing readable is there it says why, as a :class:`~device.mrz.types.Hint`.

:class:`MrzReader` is what the kiosk uses: frames go in one by one, and a document
comes out only once frames agree (:class:`~device.mrz.accept.FrameAgreement`).
Nothing here keeps a frame: each is dropped when its call returns. Results hold
personal data and are never logged; their ``repr`` shows none.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice, zip_longest
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

from device.mrz.accept import FrameAgreement, accept_single
from device.mrz.correct import best_reading
from device.mrz.detect import WORK_WIDTH, Gray, LineBlob, MrzBlock, find_blocks, to_gray
from device.mrz.glyph_model import GlyphModel, glyph_model
from device.mrz.ocr import LineReading, read_strip, turned_gain
from device.mrz.parse import MrzResult
from device.mrz.rectify import straightenings
from device.mrz.scene import glare, other_print, overlap, several_cards
from device.mrz.types import Hint
from device.mrz.vote import FrameVote, Lattice

log = logging.getLogger("device.mrz")

_MAX_WIDTH: Final = 1920  # bigger frames are shrunk first: MRZ print needs no more
_DARK: Final = 45  # mean brightness below which the frame is "too dark"
_MAX_BLOCKS: Final = 3  # candidate MRZs read per frame
_SURE_ENOUGH: Final = 0.6  # confidence of a reading that shows a second card
_SECOND_LOOK: Final = 1.5  # frames this many times the working width get a second look
_SECOND_LOOK_WIDTH: Final = 1280
# A valid reading this confident ends the search; a less confident one may be other print
# that passes the check digits by chance, so the other line lengths and placements are read.
_CLEAR: Final = 0.85
_MAX_PLACEMENTS: Final = 6  # other placements of a block's line ends read when the first fails
_CLEARLY_TURNED: Final = 0.2  # more confident upside down than upright by this much
# Characters that read this much worse turned 180° than as they are (mean log-probability
# of the likeliest character, :func:`~device.mrz.ocr.turned_gain`) are not read upside
# down; this much better, they are read upside down first. On the benchmark's frames, print
# the right way up read 0.33 worse turned (median; at least 0.004 worse on 400 camera
# frames, under 0.06 on 5 % of 538 frames of sequences); upside down, it read better
# turned on all of 300 frames (by 0.003 to 0.61, median 0.29).
_TURNED_MARGIN: Final = 0.1
# TD2 and TD3 lines have the same character pitch and line spacing, so a line's length in
# line spacings tells them apart: on the benchmark's camera frames a TD2 line is 19-24
# spacings long (median 21.7), a TD3 line 22-29 (median 26.6). The likelier is read first.
_TD3_FROM: Final = 24.0
# CPU a frame may spend on other placements once the detector's own fail: one image on its
# own, and a frame of a camera stream. In a stream the next frames and the vote over them
# do better: on the benchmark's sequences 0.1 s made the first accepted read later
# (median 1.04 s against 0.83 s) and accepted no sequence more.
SEARCH_BUDGET_S: Final = 0.25
STREAM_SEARCH_BUDGET_S: Final = 0.0


@dataclass(frozen=True, repr=False)
class Recognition:
    """What one frame gave: a hint for the person, the best reading, and its verdict."""

    hint: Hint
    result: MrzResult | None  # the best reading, valid or not; None when none was made
    accepted: bool  # good enough on its own (the single-image policy)
    # The OCR's candidates behind ``result`` (for the vote over frames); None without one.
    candidates: Lattice | None = None

    def __repr__(self) -> str:
        return (
            f"Recognition(hint={self.hint.value}, result={self.result!r}, accepted={self.accepted})"
        )


@dataclass(frozen=True, repr=False)
class FrameReport:
    hint: Hint
    accepted: MrzResult | None  # set once the frames agree on one reading

    def __repr__(self) -> str:
        return f"FrameReport(hint={self.hint.value}, accepted={self.accepted is not None})"


def recognize(
    frame: npt.NDArray[np.uint8] | None,
    *,
    search_budget_s: float = SEARCH_BUDGET_S,
    model: GlyphModel | None = None,
) -> Recognition:
    """Read the MRZ in one frame (BGR, BGRA or grayscale).

    ``search_budget_s``: CPU seconds the frame may spend on other placements of the MRZ's
    lines once the detector's own do not read (the first reads are always made).
    ``model``: the glyph networks (default: both pairs, :func:`glyph_model`).
    """
    model = model or glyph_model()
    gray = _prepare(frame)
    if gray is None:
        return Recognition(Hint.NOT_FOUND, None, False)
    detection = find_blocks(gray)
    small = False
    if not detection.blocks and gray.shape[1] >= _SECOND_LOOK * WORK_WIDTH:
        # Nothing big enough at the working size: look again at (nearly) full size,
        # where a small MRZ far from the camera, or two cards side by side, show.
        closer = find_blocks(gray, work_width=_SECOND_LOOK_WIDTH)
        small = detection.small or bool(closer.groups)
        detection = closer
    dark = float(gray.mean()) < _DARK
    if several_cards(detection.groups):
        return Recognition(Hint.ONE_CARD, None, False)
    if not detection.blocks:
        if small or detection.small:
            return Recognition(Hint.MOVE_CLOSER, None, False)
        return Recognition(Hint.TOO_DARK if dark else Hint.NOT_FOUND, None, False)
    blocks = detection.blocks[:_MAX_BLOCKS]
    deadline = time.process_time() + search_budget_s
    read = [_read_block(gray, block, deadline, model) for block in blocks]
    readings = [r[0] if r is not None else None for r in read]
    lattices = {id(r[0]): r[1] for r in read if r is not None}
    valid = [(r, b) for r, b in zip(readings, blocks, strict=True) if r is not None and r.valid]
    if valid:
        best, where = max(valid, key=lambda pair: pair[0].confidence)
        # Another clearly read, valid MRZ elsewhere in the frame: a second card. (Blocks
        # that overlap are two groupings of the same lines; and with the freedom of four
        # candidates per character, other print can pass a visa's three check digits,
        # but only as an unsure reading.)
        if any(
            r.lines != best.lines and r.confidence >= _SURE_ENOUGH and not overlap(b, where)
            for r, b in valid
        ):
            return Recognition(Hint.ONE_CARD, None, False)
        return Recognition(Hint.READ, best, accept_single(best), lattices[id(best)])
    made = [r for r in readings if r is not None]
    best_invalid = max(made, key=lambda r: r.confidence) if made else None
    if small:  # print this small is read when sharp; blurred, it needs to come closer
        hint = Hint.MOVE_CLOSER
    elif all(other_print(block) for block in blocks):
        hint = Hint.TOO_DARK if dark else Hint.NOT_FOUND
    elif glare(gray, detection.blocks[0]):
        hint = Hint.GLARE
    elif dark:
        hint = Hint.TOO_DARK
    else:
        hint = Hint.HOLD_STILL
    lattice = lattices[id(best_invalid)] if best_invalid is not None else None
    return Recognition(hint, best_invalid, False, lattice)


def _prepare(frame: npt.NDArray[np.uint8] | None) -> Gray | None:
    if frame is None or not isinstance(frame, np.ndarray) or frame.ndim not in (2, 3):
        return None
    if frame.size == 0 or min(frame.shape[:2]) < 32:
        return None
    if frame.dtype != np.uint8:
        return None
    gray = to_gray(frame)
    if gray.shape[1] > _MAX_WIDTH:
        scale = _MAX_WIDTH / gray.shape[1]
        gray = np.asarray(
            cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA),
            dtype=np.uint8,
        )
    return np.ascontiguousarray(gray)


def _read_block(
    gray: Gray, block: MrzBlock, deadline: float, model: GlyphModel
) -> tuple[MrzResult, Lattice] | None:
    """The best reading of one block (each plausible line length, upright or upside down,
    each plausible placement of the lines' ends), with the candidates it was chosen from.

    The detector's placement is read for every line length (the likelier length first,
    :func:`_likely_lengths`: a clear reading ends the search), and upside down too unless
    the characters clearly read better as they are (:func:`~device.mrz.ocr.turned_gain`),
    first when they read clearly better upside down; when none passes the checks, the
    other placements are read for the line length and the way up that gave the more
    confident readings, the most confident first - until the frame's CPU ``deadline``
    (:func:`time.process_time`): the next frame may be better.
    """
    counts = (30,) if len(block.lines) == 3 else _likely_lengths(block)
    results: list[tuple[MrzResult, Lattice]] = []
    others: list[tuple[float, int, bool, Iterator[list[Gray]]]] = []
    gain: float | None = None  # how much better the characters read upside down
    # The most confident first reading: its strips (the right way up) and lines.
    surest: tuple[float, int, list[Gray], list[LineReading]] | None = None
    for count in counts:
        placements = straightenings(gray, block, count)
        first = next(placements, None)
        if first is None:
            continue
        ways: list[tuple[float, bool]] = []
        upright = _read_lines(first, count, model)
        if upright is not None and gain is None:
            gain = turned_gain(upright, model)  # decided once: the line length does not change it
        sides = [(upright, first, False)]
        if gain is None or gain > -_TURNED_MARGIN:  # else clearly upright: no CPU spent
            turned_strips = _turn(first)
            sides.append((_read_lines(turned_strips, count, model), turned_strips, True))
            if gain is not None and gain > _TURNED_MARGIN:
                sides.reverse()
        for lines, strips, turned in sides:
            read = _choose(lines)
            if read is not None and lines is not None:
                if _settles(read[0]):
                    return read
                results.append(read)
                ways.append((read[0].confidence, turned))
                if surest is None or read[0].confidence > surest[0]:
                    surest = (read[0].confidence, count, strips, lines)
        if ways:
            # Upside down only when clearly so: a misplaced grid reads badly both ways.
            as_is = max((c for c, t in ways if not t), default=0.0)
            confidence, turned = max(ways)
            turned = turned and confidence > as_is + _CLEARLY_TURNED
            others.append((confidence, count, turned, placements))
    if surest is not None:
        # A dark or blurred line's margins may not say where it starts: each line of the
        # most confident reading taken to start a character earlier, or later.
        for read in _moved_lines(*surest[1:], deadline, model):
            if _settles(read[0]):
                return read
            results.append(read)
    # One placement of each line length in turn, the more confident length first: the
    # first reads say little about which length is right when the placement was off.
    others.sort(key=lambda other: -other[0])
    rounds = zip_longest(*(islice(o[3], _MAX_PLACEMENTS) for o in others))
    tries = (  # lazily: a placement is made only when its turn comes
        (count, turned, strips)
        for each_length in rounds
        for (_, count, turned, _), strips in zip(others, each_length, strict=True)
    )
    for count, turned, strips in tries:
        if time.process_time() > deadline:
            break
        if strips is None:
            continue
        read = _read_strips(_turn(strips) if turned else strips, count, model)
        if read is not None:
            if _settles(read[0]):
                return read
            results.append(read)
    if (
        len(block.lines) == 2
        and not any(r[0].valid for r in results)
        and time.process_time() < deadline
    ):
        # An ID card's third line lost by the detector (blur, a faint line of fillers):
        # read the two found lines with the line below them, or above them, as a TD1.
        for third in _with_third_line(block, gray.shape):
            read = _read_block(gray, third, deadline, model)
            if read is not None:
                if _settles(read[0]):
                    return read
                results.append(read)
    # A valid reading first, however unsure (an unsure one is not accepted on its own).
    return max(results, key=lambda r: (r[0].valid, r[0].confidence)) if results else None


def _likely_lengths(block: MrzBlock) -> tuple[int, int]:
    """The two line lengths of a two-line MRZ (TD2, TD3), the likelier first."""
    longest = max(line.length for line in block.lines)
    return (44, 36) if longest >= _TD3_FROM * block.spacing else (36, 44)


def _settles(result: MrzResult) -> bool:
    """A reading that ends the search: valid and clearly read."""
    return result.valid and result.confidence >= _CLEAR


def _with_third_line(block: MrzBlock, shape: tuple[int, ...]) -> list[MrzBlock]:
    """``block`` with one more line at its line spacing, below it and above it - only
    where that line lies in the frame (a card cut off by the frame's edge has no third
    line to read, and print made up from the border would pass as its name)."""
    first, last = block.lines[0], block.lines[-1]
    step = (last.center[0] - first.center[0], last.center[1] - first.center[1])
    below = replace(last, center=(last.center[0] + step[0], last.center[1] + step[1]))
    above = replace(first, center=(first.center[0] - step[0], first.center[1] - step[1]))
    height, width = shape[:2]

    def inside(line: LineBlob) -> bool:
        margin = line.height
        return all(
            margin <= x <= width - margin and margin <= y <= height - margin for x, y in line.ends
        )

    blocks = []
    if inside(below):
        blocks.append(MrzBlock((*block.lines, below)))
    if inside(above):
        blocks.append(MrzBlock((above, *block.lines)))
    return blocks


def _turn(strips: list[Gray]) -> list[Gray]:
    """The strips of an MRZ seen upside down, the right way up."""
    return [np.ascontiguousarray(s[::-1, ::-1]) for s in reversed(strips)]


def _read_strips(
    strips: list[Gray], count: int, model: GlyphModel
) -> tuple[MrzResult, Lattice] | None:
    return _choose(_read_lines(strips, count, model))


def _read_lines(strips: list[Gray], count: int, model: GlyphModel) -> list[LineReading] | None:
    """Each strip read as ``count`` characters (None: a strip without ink)."""
    lines: list[LineReading] = []
    for strip in strips:
        reading = read_strip(strip, count, model)
        if reading is None:
            return None
        lines.append(reading)
    return lines


def _moved_lines(
    count: int, strips: list[Gray], lines: list[LineReading], deadline: float, model: GlyphModel
) -> Iterator[tuple[MrzResult, Lattice]]:
    """Readings of ``lines`` with one line read again as starting a character earlier or
    later, while there is CPU left before ``deadline`` (each is read only when asked for)."""
    for index, strip in enumerate(strips):
        for moved in (-1, 1):
            if time.process_time() > deadline:
                return
            line = read_strip(strip, count, model, moved=moved)
            read = (
                _choose([*lines[:index], line, *lines[index + 1 :]]) if line is not None else None
            )
            if read is not None:
                yield read


def _choose(lines: list[LineReading] | None) -> tuple[MrzResult, Lattice] | None:
    """The reading of ``lines`` that passes the ICAO checks best, with its candidates."""
    if lines is None:
        return None
    lattice = tuple(line.candidates for line in lines)
    result = best_reading(list(lattice))
    return None if result is None else (result, lattice)


class MrzReader:
    """Frames of one scan in, the accepted document out once frames agree.

    Either ``agreement`` frames gave the same valid reading
    (:class:`~device.mrz.accept.FrameAgreement`), or the characters of the last few
    frames, averaged, give a reading that passes the strict single-image rules
    (:class:`~device.mrz.vote.FrameVote`; ``vote=False`` leaves that out).

    A stream's frames are read by the first pair of glyph networks alone
    (:meth:`~device.mrz.glyph_model.GlyphModel.alone`, unless ``both_pairs``): the next
    frames and the vote do what the partner does for one image, at no extra CPU. On the
    benchmark's sequences both pairs needed 7 frames (median) to the first accepted read
    against 8, but 96 ms of CPU per frame against 66: 1.00 s against 0.79 s.
    """

    def __init__(
        self,
        *,
        agreement: int = 2,
        vote: bool = True,
        search_budget_s: float = STREAM_SEARCH_BUDGET_S,
        both_pairs: bool = False,
    ) -> None:
        self._search_budget_s = search_budget_s
        self._both_pairs = both_pairs
        self._agreement = FrameAgreement(agreement)
        self._vote = FrameVote() if vote else None
        self.frames = 0

    def feed(self, frame: npt.NDArray[np.uint8] | None) -> FrameReport:
        self.frames += 1
        model = glyph_model() if self._both_pairs else glyph_model().alone()
        recognition = recognize(frame, search_budget_s=self._search_budget_s, model=model)
        result = recognition.result
        accepted = self._agreement.offer(result if result is not None and result.valid else None)
        if accepted is None and self._vote is not None:
            accepted = self._vote.offer(recognition.candidates)
        if accepted is not None:
            log.info("mrz.accepted", extra={"frames": self.frames, "format": accepted.format.value})
        return FrameReport(recognition.hint, accepted)

    def reset(self) -> None:
        """Forget every reading (the session wipe, or a new scan)."""
        self._agreement.reset()
        if self._vote is not None:
            self._vote.reset()
        self.frames = 0
