"""Frames' characters averaged: read what no single frame read, never a wrong core field."""

from __future__ import annotations

from datetime import date

from device.mrz.types import ALPHABET, LineCandidates
from device.mrz.vote import FrameVote, combine
from tests.device.mrz.specimens import DEMO_CNP, td1

TODAY = date(2026, 1, 15)
CARD = td1(optional1=DEMO_CNP)
# The same card with another document number: what a second card in view would give.
OTHER_CARD = td1(optional1=DEMO_CNP, number="AB7654321")
Lattice = tuple[LineCandidates, ...]
Misread = tuple[int, int, str, float]  # line, column, character read, its probability


def frame(lines: tuple[str, ...], prob: float = 0.99, *misreads: Misread) -> Lattice:
    """A frame's candidates: every character read with ``prob`` but for ``misreads``,
    where the printed character keeps the rest of the probability."""
    out: list[LineCandidates] = []
    for row, line in enumerate(lines):
        positions = []
        for col, char in enumerate(line):
            wrong = [(c, p) for r, k, c, p in misreads if (r, k) == (row, col)]
            if wrong:
                other, p = wrong[0]
                positions.append(((other, p), (char, 1.0 - p)))
            else:
                positions.append(((char, prob),))
        out.append(tuple(positions))
    return tuple(out)


def digit_other_than(char: str) -> str:
    return next(d for d in "0123456789" if d != char)


def test_two_frames_wrong_in_different_places_give_the_printed_card() -> None:
    # Each frame alone misreads one digit of the document number, more sure of it than
    # of the printed one: alone each fails its check digit; averaged, both are read.
    first = frame(CARD, 0.99, (0, 7, digit_other_than(CARD[0][7]), 0.55))
    second = frame(CARD, 0.99, (0, 10, digit_other_than(CARD[0][10]), 0.55))
    vote = FrameVote(today=TODAY)
    assert vote.offer(first) is None  # never from one frame
    accepted = vote.offer(second)
    assert accepted is not None and accepted.lines == CARD


def test_a_character_every_frame_misreads_is_never_accepted() -> None:
    # The same digit of the birth date misread clearly in every frame: the check digit
    # fails, and the correction's choice is too unsure to accept.
    col = 1
    wrong = frame(CARD, 0.99, (1, col, digit_other_than(CARD[1][col]), 0.9))
    vote = FrameVote(today=TODAY)
    assert all(vote.offer(wrong) is None for _ in range(6))


def test_frames_of_two_different_cards_are_not_mixed_into_an_accepted_reading() -> None:
    vote = FrameVote(today=TODAY)
    for _ in range(3):
        for lines in (CARD, OTHER_CARD):
            accepted = vote.offer(frame(lines, 0.99))
            # Either card as printed, never a blend of the two numbers.
            assert accepted is None or accepted.lines in (CARD, OTHER_CARD)
    mixed = combine([frame(CARD), frame(OTHER_CARD)])
    assert min(p[0][1] for p in mixed[0][5:14] if len(p) > 1) <= 0.5


def test_one_frame_sure_of_a_wrong_digit_does_not_outvote_two_that_read_it() -> None:
    # The printed card read well in two frames; one frame misreads a digit of the
    # document number, sure of itself. The printed reading wins, and only it.
    col = 8
    bad = frame(CARD, 0.99, (0, col, digit_other_than(CARD[0][col]), 0.99))
    vote = FrameVote(today=TODAY)
    results = [vote.offer(f) for f in (bad, frame(CARD, 0.99), frame(CARD, 0.99))]
    accepted = [r for r in results if r is not None]
    assert accepted and all(r.lines == CARD for r in accepted)


def test_reset_forgets_every_frame() -> None:
    vote = FrameVote(today=TODAY)
    vote.offer(frame(CARD, 0.99, (0, 7, digit_other_than(CARD[0][7]), 0.55)))
    vote.reset()
    assert vote.offer(frame(CARD, 0.99, (0, 10, digit_other_than(CARD[0][10]), 0.55))) is None


def test_nothing_or_a_broken_lattice_is_ignored() -> None:
    vote = FrameVote(today=TODAY)
    assert vote.offer(None) is None
    assert vote.offer(()) is None
    assert vote.offer(((),)) is None
    assert all(c in ALPHABET for c in "".join(CARD))
