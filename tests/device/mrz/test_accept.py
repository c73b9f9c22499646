"""A reading prefills a form only when it is valid, clearly read and confirmed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from device.mrz.accept import FrameAgreement, accept_single, dates_plausible
from device.mrz.correct import best_reading
from device.mrz.parse import MrzResult, parse_lines
from device.mrz.types import LineCandidates
from tests.device.mrz.specimens import (
    DEMO_CNP,
    TD1,
    TD3,
    cnp_with_control,
    old_romanian_card,
    td1,
)

TODAY = date(2026, 1, 15)


def read(
    lines: tuple[str, ...], prob: float, *, tweak: tuple[int, int, str] | None = None
) -> MrzResult:
    """The search's reading of ``lines`` when every character was read with ``prob``."""
    frame: list[LineCandidates] = [tuple(((c, prob),) for c in line) for line in lines]
    if tweak is not None:
        row, col, char = tweak
        line = list(frame[row])
        line[col] = ((char, prob),)
        frame[row] = tuple(line)
    result = best_reading(frame, today=TODAY)
    assert result is not None
    return result


CARD = td1(optional1=DEMO_CNP)
OTHER_CARD = td1(optional1=DEMO_CNP, number="AB7654321")


def test_a_clear_single_reading_is_accepted() -> None:
    assert accept_single(read(CARD, 0.99), today=TODAY)


def test_exact_text_is_accepted_alone() -> None:
    result = parse_lines(CARD, today=TODAY)
    assert result is not None and accept_single(result, today=TODAY)


def test_a_single_reading_with_an_unclear_character_is_not_accepted() -> None:
    result = read(CARD, 0.8)
    assert result.valid
    assert not accept_single(result, today=TODAY)


def test_an_invalid_reading_is_never_accepted() -> None:
    result = read(CARD, 0.999, tweak=(1, 3, "7"))  # birth date digit wrong, read clearly
    assert not result.valid
    assert not accept_single(result, today=TODAY)
    agreement = FrameAgreement()
    assert agreement.offer(result) is None and agreement.offer(result) is None


@pytest.mark.parametrize(
    ("birth", "expiry", "plausible"),
    [
        (date(1980, 1, 1), date(2031, 1, 1), True),
        (date(2027, 1, 1), date(2031, 1, 1), False),  # born in the future
        (date(1900, 1, 1), date(2031, 1, 1), False),  # 126 years old
        (date(1906, 1, 15), date(2031, 1, 1), True),  # 120 today
        (date(1980, 1, 1), date(1989, 12, 31), False),  # expired before 1990
        (None, date(2031, 1, 1), False),
    ],
)
def test_implausible_dates_are_not_accepted(
    birth: date | None, expiry: date, plausible: bool
) -> None:
    result = parse_lines(CARD, today=TODAY)
    assert result is not None
    changed = replace(result, fields=replace(result.fields, birth_date=birth, expiry_date=expiry))
    assert dates_plausible(changed, TODAY) is plausible
    assert accept_single(changed, today=TODAY) is plausible


def test_a_cnp_from_the_1800s_is_too_old_to_accept() -> None:
    cnp = cnp_with_control("380010120001")  # a man born in 1880
    result = parse_lines(old_romanian_card(cnp=cnp), today=TODAY)
    assert result is not None and result.valid
    assert result.fields.birth_date == date(1880, 1, 1)
    assert not accept_single(result, today=TODAY)


def test_two_identical_frames_are_accepted_on_the_second() -> None:
    agreement = FrameAgreement(today=TODAY)
    assert agreement.offer(read(CARD, 0.8)) is None
    accepted = agreement.offer(read(CARD, 0.85))
    assert accepted is not None and accepted.lines == CARD
    assert accepted.weakest == pytest.approx(0.85)  # the clearer of the two


def test_frames_need_not_be_consecutive() -> None:
    agreement = FrameAgreement(today=TODAY)
    assert agreement.offer(read(CARD, 0.8)) is None
    assert agreement.offer(None) is None  # no MRZ in this frame
    assert agreement.offer(read(OTHER_CARD, 0.8)) is None  # another reading in between
    assert agreement.offer(read(CARD, 0.8)) is not None


def test_different_readings_do_not_agree() -> None:
    agreement = FrameAgreement(today=TODAY)
    assert agreement.offer(read(CARD, 0.9)) is None
    assert agreement.offer(read(OTHER_CARD, 0.9)) is None


def test_only_the_last_eight_readings_are_remembered() -> None:
    agreement = FrameAgreement(today=TODAY)
    agreement.offer(read(CARD, 0.8))
    for _ in range(8):
        assert agreement.offer(read(OTHER_CARD, 0.6, tweak=(1, 3, "7"))) is None
    assert agreement.offer(read(CARD, 0.8)) is None  # the first one was forgotten


def test_reset_forgets_every_reading() -> None:
    agreement = FrameAgreement(today=TODAY)
    agreement.offer(read(CARD, 0.8))
    agreement.reset()
    assert agreement.offer(read(CARD, 0.8)) is None


def test_a_reading_that_overruled_the_ocr_does_not_count() -> None:
    agreement = FrameAgreement(today=TODAY)
    weak = read(TD3, 0.4)
    assert weak.valid
    assert agreement.offer(weak) is None and agreement.offer(weak) is None


def test_three_required_but_a_very_sure_reading_needs_only_one_companion() -> None:
    agreement = FrameAgreement(required=3, today=TODAY)
    assert agreement.offer(read(TD1, 0.9)) is None
    assert agreement.offer(read(TD1, 0.9)) is None
    assert agreement.offer(read(TD1, 0.9)) is not None
    sure = FrameAgreement(required=3, today=TODAY)
    assert sure.offer(read(TD1, 0.99)) is None  # never a single frame alone
    assert sure.offer(read(TD1, 0.7)) is not None


def test_one_required_means_the_strict_single_image_rules() -> None:
    agreement = FrameAgreement(required=1, today=TODAY)
    assert agreement.offer(read(CARD, 0.8)) is None
    assert agreement.offer(read(CARD, 0.99)) is not None
    with pytest.raises(ValueError):
        FrameAgreement(required=0)
