"""Typing a number: digits, decimal point, corrections, limits."""

import pytest

from kiosk.calculator.engine import Calculator
from tests.kiosk.calculator.keys import RO, shown, typed


def test_a_new_calculator_shows_zero() -> None:
    calculator = Calculator()
    assert calculator.display(",", ".") == "0"
    assert calculator.expression(",", ".") == ""
    assert calculator.error is None


@pytest.mark.parametrize(
    ("keys", "display"),
    [
        ("007", "7"),
        ("0", "0"),
        ("000", "0"),
        ("12.", "12."),
        (".5", "0.5"),
        ("1.2.3", "1.23"),  # a second point is ignored
        ("1.0", "1.0"),
        ("1.50", "1.50"),
        ("0.000", "0.000"),
    ],
)
def test_the_number_shows_as_typed(keys: str, display: str) -> None:
    assert shown(keys) == display


def test_decimal_separator_stays_visible_while_typing() -> None:
    assert shown("12.", RO) == "12,"
    assert shown("12.0", RO) == "12,0"


def test_backspace_corrects_the_number_being_typed() -> None:
    assert shown("123<") == "12"
    assert shown("12.<") == "12"
    assert shown("1.25<") == "1.2"
    assert shown("5<") == "0"
    assert shown("5<<<") == "0"
    assert shown("~5<") == "0"  # back to an empty entry, without a sign


def test_backspace_does_not_touch_a_result() -> None:
    assert shown("2+3=<") == "5"
    assert shown("2+3<=") == "2"


def test_at_most_fifteen_digits_per_number() -> None:
    assert shown("1234567890123456789") == "123,456,789,012,345"
    assert shown("0.12345678901234567") == "0.12345678901234"
    # The limit is per number: the next operand can be as long again.
    assert shown("1234567890123456+1234567890123456") == "123,456,789,012,345"


def test_a_digit_after_an_operator_starts_the_second_number() -> None:
    calculator = typed("12+3")
    assert calculator.display(".", ",") == "3"
    assert calculator.expression(".", ",") == "12 +"


def test_clear_starts_over_but_keeps_history() -> None:
    calculator = typed("2+3=4*")
    calculator.press("clear")
    assert calculator.display(".", ",") == "0"
    assert calculator.expression(".", ",") == ""
    assert len(calculator.history) == 1
    assert typed("2+3=C=").display(".", ",") == "0"  # nothing left to repeat


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown calculator key"):
        Calculator().press("sqrt")
