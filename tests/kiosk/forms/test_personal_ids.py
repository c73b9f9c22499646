"""Personal ID checks against published examples and typical typing mistakes.

Valid examples and where they are published:
- CNP 1630615123457: python-stdnum, stdnum/ro/cnp.py doctest.
- EGN 7523169263 and 8032056031: python-stdnum, stdnum/bg/egn.py doctests
  (1875 and 1880 births, month +20); 6101047500: kik-info.com "Проверка на ЕГН" example
  (man born 04.01.1961).
- RNOKPP 1759013776 and 2530414071: python-stdnum, stdnum/ua/rntrc.py doctests.
- IDNP: Moldova's IDNP and IDNO share the 7-3-1 check digit; 1008600038413 is the
  python-stdnum stdnum/md/idno.py doctest number.
"""

import pytest

from kiosk.forms.personal_ids import (
    ID_FORMAT_BY_COUNTRY,
    ID_FORMATS,
    is_valid_personal_id,
    mask_personal_id,
    valid_cnp,
    valid_egn,
    valid_idnp,
    valid_rnokpp,
)


def test_formats_and_countries_match() -> None:
    assert set(ID_FORMAT_BY_COUNTRY.values()) == set(ID_FORMATS)


@pytest.mark.parametrize(
    ("id_format", "value"),
    [
        ("ro-cnp", "1630615123457"),
        ("bg-egn", "7523169263"),
        ("bg-egn", "8032056031"),
        ("bg-egn", "6101047500"),
        ("ua-rnokpp", "1759013776"),
        ("ua-rnokpp", "2530414071"),
        ("md-idnp", "1008600038413"),
    ],
)
def test_published_examples_are_valid(id_format: str, value: str) -> None:
    assert is_valid_personal_id(id_format, value)


@pytest.mark.parametrize(
    "value",
    [
        "1630615123458",  # wrong control digit
        "1632215123457",  # month 22 (stdnum's invalid date example)
        "0800101221142",  # sex/century digit 0
        "1630230123457",  # 30 February
        "1630615493457",  # county 49 does not exist
        "1630615120007",  # serial number 000
        "163061512345",  # 12 digits
        "16306151234570",  # 14 digits
        "163061512345A",  # a letter
        "",
        "１６３０６１５１２３４５７",  # full-width digits are not ASCII digits
    ],
)
def test_bad_cnps_are_refused(value: str) -> None:
    assert not valid_cnp(value)


def test_cnp_county_codes_of_the_2024_civil_status_system_are_accepted() -> None:
    # Since 2024 every newly generated CNP carries county code 70 (Ministry of Internal
    # Affairs). Control digit per the published 279146358279 weights.
    assert valid_cnp(_with_cnp_control("524031570001"))
    assert valid_cnp(_with_cnp_control("170010148001"))  # former Bucharest sector 8


def _with_cnp_control(first12: str) -> str:
    weights = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
    total = sum(int(d) * w for d, w in zip(first12, weights, strict=True))
    return first12 + str(1 if total % 11 == 10 else total % 11)


@pytest.mark.parametrize(
    "value",
    [
        "7523169264",  # wrong control digit
        "8019010008",  # month 19 (stdnum's invalid date example)
        "7552A10004",  # a letter
        "6102307500",  # 30 February 1961
        "752316926",  # 9 digits
    ],
)
def test_bad_egns_are_refused(value: str) -> None:
    assert not valid_egn(value)


@pytest.mark.parametrize("value", ["1759013770", "175901377", "17590137761", "175901377X"])
def test_bad_rnokpps_are_refused(value: str) -> None:
    assert not valid_rnokpp(value)


@pytest.mark.parametrize("value", ["1008600038412", "100860003841", "100860003841A"])
def test_bad_idnps_are_refused(value: str) -> None:
    assert not valid_idnp(value)


def test_an_unknown_format_is_never_valid() -> None:
    assert not is_valid_personal_id("xx-id", "1630615123457")


def test_masking_keeps_only_the_last_four_digits() -> None:
    assert mask_personal_id("1630615123457") == "•••••••••3457"
    assert mask_personal_id("1630 615 123457") == "•••••••••3457"
    assert mask_personal_id("123") == "123"
