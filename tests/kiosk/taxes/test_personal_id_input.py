"""The personal ID on the taxes screen: each mistake gets its own plain message."""

import pytest

from kiosk.taxes.personal_id_input import (
    ID_MISSING,
    ID_NOT_DIGITS,
    ID_NOT_VALID,
    ID_WRONG_LENGTH,
    check_personal_id,
    id_kind,
)

CNP = "1800101200017"  # the demo taxpayer (valid check digit)


def test_a_valid_cnp_with_spaces_is_accepted_without_them() -> None:
    checked = check_personal_id(" 180 0101 200017 ")
    assert checked.valid and checked.value == CNP
    assert CNP not in repr(checked)


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("", ID_MISSING),
        ("18001O1200017", ID_NOT_DIGITS),
        ("18001012000", ID_WRONG_LENGTH),
        ("1800101200018", ID_NOT_VALID),
    ],
)
def test_each_mistake_has_its_message(typed: str, error: str) -> None:
    assert check_personal_id(typed).error == error


def test_the_wrong_length_message_can_say_how_many_were_typed() -> None:
    assert check_personal_id("18001012000").typed_digits == 11


def test_moldova_checks_an_idnp_and_calls_it_so() -> None:
    from portal.demo.obligations import DEMO_IDNP

    assert check_personal_id(DEMO_IDNP, country="MD").valid
    assert not check_personal_id(CNP, country="MD").valid
    assert id_kind("MD").short_name == "IDNP"
    assert id_kind("BG").digits == 10
