"""Exact MRZ text is parsed into fields and every ICAO and national check is verified."""

from __future__ import annotations

import json
from datetime import date

import pytest

from device.mrz.parse import parse_lines
from device.mrz.types import MrzFormat, check_digit
from tests.device.mrz.specimens import (
    DEMO_CNP,
    MRVA,
    MRVB,
    TD1,
    TD1_LONG_NUMBER,
    TD2,
    TD3,
    cnp_with_control,
    old_romanian_card,
    td1,
    td3,
)

TODAY = date(2026, 1, 15)


def _with(lines: tuple[str, ...], line: int, col: int, char: str) -> tuple[str, ...]:
    changed = list(lines)
    changed[line] = changed[line][:col] + char + changed[line][col + 1 :]
    return tuple(changed)


def test_the_icao_specimens_carry_correct_check_digits() -> None:
    # Computed here by hand from the positions in ICAO 9303 parts 4, 5 and 7.
    assert check_digit("D23145890") == TD1[0][14] == TD2[1][9] == "7"
    assert check_digit("740812") == TD1[1][6] == TD3[1][19] == "2"
    assert check_digit("120415") == TD1[1][14] == TD3[1][27] == "9"
    assert check_digit(TD1[0][5:30] + TD1[1][0:7] + TD1[1][8:15] + TD1[1][18:29]) == TD1[1][29]
    assert check_digit(TD2[1][0:10] + TD2[1][13:20] + TD2[1][21:35]) == TD2[1][35]
    assert check_digit("L898902C3") == TD3[1][9]
    assert check_digit("ZE184226B<<<<<") == TD3[1][42]
    assert check_digit(TD3[1][0:10] + TD3[1][13:20] + TD3[1][21:43]) == TD3[1][43]
    assert check_digit("L8988901C") == MRVA[1][9] == MRVB[1][9]
    assert check_digit("400907") == MRVA[1][19] and check_digit("961210") == MRVA[1][27]
    assert check_digit("D23145890734") == TD1_LONG_NUMBER[0][18]


@pytest.mark.parametrize(
    ("lines", "fmt", "number", "nationality", "born", "expires"),
    [
        (TD1, MrzFormat.TD1, "D23145890", "UTO", date(1974, 8, 12), date(2012, 4, 15)),
        (TD2, MrzFormat.TD2, "D23145890", "UTO", date(1974, 8, 12), date(2012, 4, 15)),
        (TD3, MrzFormat.TD3, "L898902C3", "UTO", date(1974, 8, 12), date(2012, 4, 15)),
        (MRVA, MrzFormat.MRVA, "L8988901C", "XXX", date(1940, 9, 7), date(2096, 12, 10)),
        (MRVB, MrzFormat.MRVB, "L8988901C", "XXX", date(1940, 9, 7), date(2096, 12, 10)),
    ],
)
def test_specimens_are_read_field_by_field(
    lines: tuple[str, ...],
    fmt: MrzFormat,
    number: str,
    nationality: str,
    born: date,
    expires: date,
) -> None:
    result = parse_lines(lines, today=TODAY)
    assert result is not None
    assert result.format is fmt
    assert result.valid and all(result.checks.values())
    assert result.confidence == 1.0 and result.weakest == 1.0
    fields = result.fields
    assert (fields.surname, fields.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert fields.document_number == number
    assert fields.issuing_state == "UTO" and fields.nationality == nationality
    assert (fields.birth_date, fields.expiry_date, fields.sex) == (born, expires, "F")
    assert fields.personal_number is None  # Utopia defines no national ID


def test_specimen_check_names_per_format() -> None:
    td1_checks = parse_lines(TD1)
    td3_checks = parse_lines(TD3)
    visa_checks = parse_lines(MRVA)
    assert td1_checks is not None and td3_checks is not None and visa_checks is not None
    assert "composite" in td1_checks.checks and "personal_number" not in td1_checks.checks
    assert {"composite", "personal_number"} <= set(td3_checks.checks)
    assert "composite" not in visa_checks.checks  # visas have no composite check digit


def test_a_long_document_number_continues_in_the_optional_data() -> None:
    result = parse_lines(TD1_LONG_NUMBER)
    assert result is not None and result.valid
    assert result.fields.document_number == "D23145890734"
    broken = parse_lines(_with(TD1_LONG_NUMBER, 0, 18, "8"))  # the long number's check digit
    assert broken is not None and not broken.checks["document_number"]


@pytest.mark.parametrize(
    ("line", "col", "char", "check"),
    [
        (0, 9, "5", "document_number"),
        (1, 3, "9", "birth_date"),
        (1, 10, "3", "expiry_date"),
        (0, 20, "Z", "composite"),  # optional data: only the composite guards it
    ],
)
def test_one_wrong_character_fails_its_check(line: int, col: int, char: str, check: str) -> None:
    result = parse_lines(_with(TD1, line, col, char))
    assert result is not None
    assert not result.valid
    assert not result.checks[check]


def test_a_date_that_does_not_exist_is_invalid_even_with_a_matching_check_digit() -> None:
    result = parse_lines(td3(birth="741312"))  # month 13
    assert result is not None
    assert result.checks["birth_date"] and not result.checks["birth_date_real"]
    assert not result.valid and result.fields.birth_date is None


def test_a_filler_inside_a_document_number_is_invalid() -> None:
    result = parse_lines(td1(number="AB12<4567"))
    assert result is not None and not result.checks["document_number"]


def test_two_digit_birth_years_are_never_in_the_future() -> None:
    lines = td1(state="UTO", nationality="UTO", birth="050101")
    now = parse_lines(lines, today=TODAY)
    back_then = parse_lines(lines, today=date(2004, 6, 1))
    assert now is not None and back_then is not None
    assert now.fields.birth_date == date(2005, 1, 1)
    assert back_then.fields.birth_date == date(1905, 1, 1)
    assert now.fields.expiry_date == date(2031, 1, 1)  # expiry dates are always 20yy


def test_romanian_electronic_card_gives_the_cnp() -> None:
    result = parse_lines(td1(optional1=DEMO_CNP), today=TODAY)
    assert result is not None and result.valid
    assert result.fields.personal_number == DEMO_CNP
    assert result.fields.card() == {
        "given_names": "ION",
        "surname": "POPESCU",
        "personal_id": DEMO_CNP,
        "document_number": "AB1234567",
        "birth_date": "1980-01-01",
        "sex": "M",
        "nationality": "ROU",
        "expiry_date": "2031-01-01",
    }


def test_a_cnp_that_fails_its_control_digit_makes_the_reading_invalid() -> None:
    result = parse_lines(td1(optional1=DEMO_CNP[:-1] + "8"), today=TODAY)
    assert result is not None
    assert result.checks["composite"]  # the ICAO checks alone would have passed
    assert not result.checks["national_id"] and not result.valid


def test_a_cnp_with_another_birth_date_than_the_mrz_is_invalid() -> None:
    result = parse_lines(td1(optional1=DEMO_CNP, birth="800102"), today=TODAY)
    assert result is not None and not result.valid


def test_old_romanian_card_rebuilds_the_cnp_from_sex_digit_birth_date_and_last_six() -> None:
    lines = old_romanian_card()
    assert lines[1][28:35] == "1200017"  # the CNP's first digit and its last six
    result = parse_lines(lines, today=TODAY)
    assert result is not None and result.format is MrzFormat.TD2 and result.valid
    assert result.fields.personal_number == DEMO_CNP
    assert result.fields.document_number == "RX123456"
    assert result.fields.birth_date == date(1980, 1, 1)


def test_old_romanian_card_whose_cnp_says_another_sex_is_invalid() -> None:
    result = parse_lines(old_romanian_card(sex="F"), today=TODAY)
    assert result is not None
    assert result.checks["composite"] and not result.checks["national_id"]
    assert not result.valid


def test_old_romanian_card_number_must_be_series_and_six_digits() -> None:
    line1, line2 = old_romanian_card()
    result = parse_lines((line1, "R1" + line2[2:]))  # series "R1": a digit in the letters
    assert result is not None and not result.valid


def test_the_cnp_decides_the_birth_century() -> None:
    cnp = "5050101200010"  # born 2005, man
    assert cnp[1:7] == "050101"
    result = parse_lines(old_romanian_card(cnp=cnp_with_control(cnp)), today=date(2004, 6, 1))
    assert result is not None
    assert not result.valid  # a CNP of someone born in 2005, read in 2004


def test_moldovan_card_gives_the_idnp() -> None:
    idnp = "2004001234567"  # control: (2·7 + 4·7 + 1·7 + 2·3 + 3 + 4·7 + 5·3 + 6) mod 10 = 7
    result = parse_lines(td1(state="MDA", nationality="MDA", optional1=idnp))
    assert result is not None and result.valid
    assert result.fields.personal_number == idnp
    wrong = parse_lines(td1(state="MDA", nationality="MDA", optional1=idnp[:-1] + "3"))
    assert wrong is not None and not wrong.valid


def test_bulgarian_card_gives_the_egn_from_line_two() -> None:
    egn = "7501020018"  # born 1975-01-02, woman (ninth digit odd)
    lines = td1(state="BGR", nationality="BGR", birth="750102", sex="F", optional2=egn)
    result = parse_lines(lines)
    assert result is not None and result.valid
    assert result.fields.personal_number == egn
    as_man = td1(state="BGR", nationality="BGR", birth="750102", sex="M", optional2=egn)
    wrong_sex = parse_lines(as_man)
    assert wrong_sex is not None and not wrong_sex.valid


def test_ukrainian_record_number_is_not_a_personal_id() -> None:
    record = "1985123412345"
    result = parse_lines(td1(state="UKR", nationality="UKR", optional1=record))
    assert result is not None and result.valid
    assert result.fields.personal_number is None
    assert "personal_id" not in result.fields.card()
    assert result.fields.optional_data[0].startswith(record)


def test_passports_give_the_personal_number_for_romania_only_when_filled() -> None:
    romanian = parse_lines(td3(personal=DEMO_CNP), today=TODAY)
    assert romanian is not None and romanian.valid
    assert romanian.fields.personal_number == DEMO_CNP
    empty = parse_lines(td3(), today=TODAY)
    assert empty is not None and empty.valid and empty.fields.personal_number is None
    foreign = parse_lines(TD3)
    assert foreign is not None and foreign.fields.personal_number is None


def test_an_empty_passport_personal_number_may_have_a_filler_check_digit() -> None:
    lines = td3()
    assert lines[1][28:43] == "<" * 14 + "0"
    with_filler = lines[0], lines[1][:42] + "<" + lines[1][43]
    result = parse_lines(with_filler)
    assert result is not None and result.valid


@pytest.mark.parametrize(
    "lines",
    [
        (),
        ("I<UTOD231458907<<<<<<<<<<<<<<<",),
        TD1[:2],  # two lines of 30
        (TD2[0], TD3[1]),  # lines of different length
        (TD1[0].lower(), TD1[1], TD1[2]),
        (TD1[0], TD1[1], TD1[2], TD1[2]),
    ],
)
def test_text_not_shaped_like_an_mrz_gives_none(lines: tuple[str, ...]) -> None:
    assert parse_lines(lines) is None


def test_personal_data_stays_out_of_repr_and_json_is_complete() -> None:
    result = parse_lines(td1(optional1=DEMO_CNP), today=TODAY)
    assert result is not None
    for text in (repr(result), repr(result.fields), str(result)):
        assert "POPESCU" not in text and DEMO_CNP not in text and "AB1234567" not in text
        assert "1980" not in text
    data = json.loads(json.dumps(result.fields.as_json()))
    assert data["birth_date"] == "1980-01-01" and data["personal_number"] == DEMO_CNP
    assert data["optional_data"] == [DEMO_CNP + "<<", "<" * 11]
