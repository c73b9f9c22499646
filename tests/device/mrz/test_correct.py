"""The candidate search picks the most probable reading that passes every ICAO check."""

from __future__ import annotations

import random
import statistics
import time
from datetime import date

import pytest

from device.mrz import correct
from device.mrz.correct import best_reading
from device.mrz.types import (
    ALPHABET,
    LineCandidates,
    MrzFormat,
    PositionCandidates,
    check_digit,
)
from tests.device.mrz.specimens import DEMO_CNP, MRVB, TD1, TD2, TD3, old_romanian_card, td1

TODAY = date(2026, 1, 15)
Tweaks = dict[tuple[int, int], PositionCandidates]


def _distractor(char: str) -> str:
    return "X" if char != "X" else "Y"


def candidates(lines: tuple[str, ...], tweaks: Tweaks | None = None) -> list[LineCandidates]:
    """Every position read well (97 %, a distractor at 2 %), except the tweaked ones."""
    tweaks = tweaks or {}
    return [
        tuple(
            tweaks.get((row, col), ((char, 0.97), (_distractor(char), 0.02)))
            for col, char in enumerate(line)
        )
        for row, line in enumerate(lines)
    ]


def test_a_clean_reading_comes_back_unchanged() -> None:
    result = best_reading(candidates(TD1), today=TODAY)
    assert result is not None and result.valid
    assert result.lines == TD1
    assert result.confidence == pytest.approx(0.97)
    assert result.weakest == pytest.approx(0.97)


@pytest.mark.parametrize(("lines", "fmt"), [(TD2, MrzFormat.TD2), (MRVB, MrzFormat.MRVB)])
def test_td2_and_visa_b_are_told_apart_by_the_first_character(
    lines: tuple[str, ...], fmt: MrzFormat
) -> None:
    result = best_reading(candidates(lines))
    assert result is not None and result.format is fmt and result.lines == lines


def test_the_check_digit_brings_back_the_true_digit_read_second() -> None:
    # birth date 740812: the '2' was read as '3' (60 %), the true '2' second (30 %)
    result = best_reading(candidates(TD3, {(1, 18): (("3", 0.6), ("2", 0.3))}))
    assert result is not None and result.valid
    assert result.lines == TD3
    assert result.weakest == pytest.approx(0.3)  # the correction is visible to the policy


def test_letter_o_in_a_date_becomes_zero() -> None:
    # birth date 740812, its '0' read as the letter 'O' with no digit among the candidates
    result = best_reading(candidates(TD1, {(1, 2): (("O", 0.8), ("Q", 0.15))}))
    assert result is not None and result.valid
    assert result.lines == TD1


def test_zero_read_as_letter_o_in_the_document_number_is_settled_by_its_check_digit() -> None:
    result = best_reading(candidates(TD1, {(0, 13): (("O", 0.6), ("0", 0.35))}))
    assert result is not None and result.valid
    assert result.fields.document_number == "D23145890"


def test_a_date_search_never_tries_a_month_or_day_no_calendar_has(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A month's tens digit is 0 or 1 and a day's 0 to 3: a blurred 1 read as 7 leaves
    only the 1, so the search spends its tries on dates that can be."""
    lines = td1(birth="801215")
    wrong = "807215"  # month 72
    tweaks: Tweaks = {
        (1, 2): (("7", 0.5), ("1", 0.45)),
        (1, 4): (("9", 0.5), ("1", 0.45)),  # day 95
        (1, 6): ((check_digit(wrong), 0.5), (lines[1][6], 0.45)),
    }
    tried: list[str] = []
    real = correct.is_real_yymmdd

    def recording(text: str) -> bool:
        tried.append(text)
        return real(text)

    monkeypatch.setattr(correct, "is_real_yymmdd", recording)
    result = best_reading(candidates(lines, tweaks), today=TODAY)
    assert result is not None and result.valid and result.lines == lines
    assert tried and all(t[2] in "01" and t[4] in "0123" for t in tried), tried


def test_fillers_read_as_k_at_the_end_of_a_name_become_fillers() -> None:
    tweaks: Tweaks = {(2, col): (("K", 0.6), ("<", 0.35)) for col in range(20, 30)}
    tweaks[(2, 27)] = (("E", 0.9), ("F", 0.05))  # a lone letter among the fillers
    result = best_reading(candidates(TD1, tweaks))
    assert result is not None and result.valid
    assert result.lines[2] == TD1[2]
    assert (result.fields.surname, result.fields.given_names) == ("ERIKSSON", "ANNA MARIA")


def test_a_name_ending_in_a_filler_look_alike_keeps_its_last_letter() -> None:
    lines = td1(name="IONESCU<<FRANCISC")
    result = best_reading(candidates(lines))
    assert result is not None and result.fields.given_names == "FRANCISC"


def test_a_name_cut_off_by_the_end_of_the_line_keeps_its_last_letter() -> None:
    """A long name fills the line to its last character: a K there, read clearly with a
    faint doubt of a filler, stays a K (a filler misread as K is far less sure)."""
    lines = td1(name="VASILESCU<<ALEXANDRU<MIHAI<NIK")
    assert len(lines[2]) == 30
    result = best_reading(candidates(lines, {(2, 29): (("K", 0.9), ("<", 0.04))}))
    assert result is not None and result.lines[2] == lines[2]
    assert result.fields.given_names == "ALEXANDRU MIHAI NIK"


def test_a_nationality_read_as_no_state_is_the_issuing_states() -> None:
    # The first letter of ROU lost under a reflection: no state code is "<OU" or "SOU".
    lines = td1(state="ROU", nationality="ROU")
    tweaks: Tweaks = {(1, 15): (("<", 0.5), ("5", 0.3))}
    result = best_reading(candidates(lines, tweaks), today=TODAY)
    assert result is not None and result.valid
    assert result.lines == lines and result.fields.nationality == "ROU"


def test_a_nationality_read_a_little_likelier_as_another_state_is_the_issuing_states() -> None:
    lines = td1(state="BGR", nationality="BGR", number="123456789")
    tweaks: Tweaks = {
        (1, 15): (("N", 0.5), ("B", 0.4)),
        (1, 16): (("O", 0.5), ("G", 0.4)),
    }
    result = best_reading(candidates(lines, tweaks), today=TODAY)
    assert result is not None and result.fields.nationality == "BGR"


def test_a_foreign_nationality_read_clearly_is_kept() -> None:
    # A Romanian residence permit of a Moldovan citizen.
    lines = td1(code="IR", state="ROU", nationality="MDA")
    result = best_reading(candidates(lines), today=TODAY)
    assert result is not None and result.valid
    assert (result.fields.issuing_state, result.fields.nationality) == ("ROU", "MDA")


@pytest.mark.parametrize(("first", "second"), [("N", "D"), ("D", "N")])
def test_when_two_readings_pass_every_check_the_more_probable_wins(first: str, second: str) -> None:
    # 'D' (13) and 'N' (23) weigh the same modulo 10: no check digit can tell them apart.
    result = best_reading(candidates(TD1, {(0, 5): ((first, 0.55), (second, 0.4))}))
    assert result is not None and result.valid
    assert result.fields.document_number == first + "23145890"
    assert result.weakest == pytest.approx(0.55)


def test_nothing_passing_gives_the_most_probable_reading_marked_invalid() -> None:
    # the birth date's check digit read clearly as '5' (it is '2'), digits all clear
    result = best_reading(candidates(TD3, {(1, 19): (("5", 0.99),)}))
    assert result is not None
    assert not result.valid and not result.checks["birth_date"]
    assert result.lines[1][19] == "5"


def test_a_far_fetched_correction_is_not_made() -> None:
    # The true '2' is only a 1-in-a-million candidate: better invalid than guessed.
    result = best_reading(candidates(TD3, {(1, 18): (("3", 0.999999), ("2", 0.000001))}))
    assert result is not None and not result.valid


def test_cnp_digit_misread_is_corrected_and_the_cnp_kept() -> None:
    lines = td1(optional1=DEMO_CNP)
    assert lines[0][20] == "0"
    result = best_reading(candidates(lines, {(0, 20): (("8", 0.6), ("0", 0.35))}), today=TODAY)
    assert result is not None and result.valid
    assert result.fields.personal_number == DEMO_CNP


def test_a_cnp_misread_in_a_way_the_composite_misses_is_caught_by_the_cnp_control() -> None:
    lines = td1(optional1=DEMO_CNP)
    # 0→1 at weight 7 and 1→2 at weight 3 add 10: the composite check digit still passes.
    tweaks: Tweaks = {(0, 20): (("1", 0.6), ("0", 0.35)), (0, 21): (("2", 0.6), ("1", 0.35))}
    result = best_reading(candidates(lines, tweaks), today=TODAY)
    assert result is not None and result.valid
    assert result.fields.personal_number == DEMO_CNP


def test_old_romanian_card_cnp_digits_are_checked_against_the_rebuilt_cnp() -> None:
    lines = old_romanian_card()
    assert lines[1][29:31] == "20"
    # 2→3 at composite weight 3 and 0→7 at weight 1 add 10: the composite still passes,
    # the rebuilt CNP 1800101370017 does not.
    tweaks: Tweaks = {(1, 29): (("3", 0.6), ("2", 0.35)), (1, 30): (("7", 0.6), ("0", 0.35))}
    result = best_reading(candidates(lines, tweaks), today=TODAY)
    assert result is not None and result.valid
    assert result.fields.personal_number == DEMO_CNP


def test_old_romanian_card_number_ends_in_a_filler_even_when_read_as_k() -> None:
    # 'K' and '<' weigh the same modulo 10: only the card's number pattern tells them apart.
    lines = old_romanian_card()
    result = best_reading(candidates(lines, {(1, 8): (("K", 0.6), ("<", 0.35))}), today=TODAY)
    assert result is not None and result.valid
    assert result.fields.document_number == "RX123456"
    assert result.fields.personal_number == DEMO_CNP


@pytest.mark.parametrize(
    "shape",
    [[], [30, 30], [30, 36], [44, 44, 44], [10], [36, 36, 36, 36]],
)
def test_shapes_of_no_mrz_give_none(shape: list[int]) -> None:
    lines = [tuple((("<", 1.0),) for _ in range(length)) for length in shape]
    assert best_reading(lines) is None


def _noisy(lines: tuple[str, ...], rng: random.Random) -> list[LineCandidates]:
    def position(char: str) -> PositionCandidates:
        others = rng.sample([c for c in ALPHABET if c != char], 3)
        if rng.random() < 0.05:
            return ((others[0], 0.55), (char, 0.35), (others[1], 0.05))
        return ((char, 0.9), (others[0], 0.06), (others[1], 0.02), (others[2], 0.01))

    return [tuple(position(char) for char in line) for line in lines]


def test_a_typical_frame_takes_less_than_5_ms() -> None:
    rng = random.Random(7)
    best_reading(_noisy(TD1, rng))  # warm-up
    durations = []
    for lines in (TD1, TD2, TD3) * 10:
        frame = _noisy(lines, rng)
        started = time.perf_counter()
        best_reading(frame)
        durations.append(time.perf_counter() - started)
    print(
        f"median {statistics.median(durations) * 1000:.2f} ms, max {max(durations) * 1000:.2f} ms"
    )
    assert statistics.median(durations) < 0.005
