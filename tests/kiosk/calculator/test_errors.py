"""Division by zero and numbers too large for the display."""

import pytest

from kiosk.calculator.engine import DIVIDE_BY_ZERO, TOO_LARGE
from tests.kiosk.calculator.keys import shown, typed


def test_division_by_zero_is_an_error_message() -> None:
    calculator = typed("5/0=")
    assert calculator.error == DIVIDE_BY_ZERO == "Cannot divide by zero"
    assert calculator.display(",", ".") == ""
    # The line above still shows what was asked.
    assert calculator.expression(".", ",") == "5 \u00f7 0 ="


def test_division_by_zero_while_chaining() -> None:
    calculator = typed("5/0+")
    assert calculator.error == DIVIDE_BY_ZERO
    assert calculator.expression(".", ",") == "5 \u00f7 0"


def test_repeated_division_by_zero_percent() -> None:
    assert typed("5/0%=").error == DIVIDE_BY_ZERO


@pytest.mark.parametrize(
    "keys",
    [
        "999999999999999+1=",
        "999999999999999*10=",
        "100000000*10000000=",
        "99999999*99999999*",
        "10/0.00000000000001=",
        "100000*10==========",  # the tenth equals reaches 1e15
        "100000000000000+999999999999999%",
    ],
)
def test_too_large_numbers_are_an_error(keys: str) -> None:
    calculator = typed(keys)
    assert calculator.error == TOO_LARGE == "Number too large"
    assert all(abs(entry.result) < 10**15 for entry in calculator.history)


def test_just_under_the_limit_is_fine() -> None:
    assert shown("99999999999*10000=") == "999,999,999,990,000"


@pytest.mark.parametrize(
    ("keys", "display"),
    [
        ("5/0=7", "7"),
        ("5/0=.", "0."),
        ("5/0=C", "0"),
        ("5/0=<", "0"),
        ("5/0=~", "\u22120"),
        ("5/0=+3=", "3"),
        ("5/0==", "0"),
    ],
)
def test_any_key_after_an_error_starts_fresh(keys: str, display: str) -> None:
    calculator = typed(keys)
    assert calculator.error is None
    assert calculator.display(".", ",") == display


def test_errors_are_not_kept_in_history() -> None:
    assert typed("5/0=").history == []
