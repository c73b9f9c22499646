"""Numbers and the expression line in the UI language's format."""

from decimal import Decimal

import pytest

from kiosk.calculator.engine import format_number
from tests.kiosk.calculator.keys import EN, MINUS, NARROW_NBSP, RO, shown, typed

BG = (",", NARROW_NBSP)


@pytest.mark.parametrize(
    ("value", "separators", "text"),
    [
        ("1234567.5", RO, "1.234.567,5"),
        ("1234567.5", EN, "1,234,567.5"),
        ("1234567.5", BG, f"1{NARROW_NBSP}234{NARROW_NBSP}567,5"),
        ("1234567.5", (",", ""), "1234567,5"),
        ("-1234.25", RO, f"{MINUS}1.234,25"),
        ("999", RO, "999"),
        ("1000", RO, "1.000"),
        ("100", RO, "100"),  # trailing zeros of integers stay
        ("1E+2", RO, "100"),
        ("2.50", RO, "2,5"),  # results lose trailing decimal zeros
        ("0.000000000001", RO, "0,000000000001"),
        ("-0", RO, "0"),
        ("123456789012000", EN, "123,456,789,012,000"),
    ],
)
def test_format_number(value: str, separators: tuple[str, str], text: str) -> None:
    assert format_number(Decimal(value), *separators) == text


def test_display_while_typing_groups_only_the_integer_part() -> None:
    assert shown("1234567.12345", RO) == "1.234.567,12345"
    assert shown("1234567.12345", BG) == f"1{NARROW_NBSP}234{NARROW_NBSP}567,12345"
    assert shown("~1234", RO) == f"{MINUS}1.234"


def test_expression_line_while_pending_and_after_equals() -> None:
    calculator = typed("1234+7*")
    assert calculator.expression(*RO) == "1.234 + 7 \u00d7"
    assert calculator.display(*RO) == "1.241"
    calculator.press("2")
    calculator.press("equals")
    assert calculator.expression(*RO) == "1.234 + 7 \u00d7 2 ="
    assert calculator.display(*RO) == "2.482"


def test_expression_uses_real_minus_and_division_signs() -> None:
    assert typed("9-~3/2=").expression(*EN) == f"9 {MINUS} {MINUS}3 \u00f7 2 ="


def test_expression_shows_percentages_as_typed() -> None:
    assert typed("200+10%=").expression(*EN) == "200 + 10% ="
    assert typed("200+10%").expression(*EN) == "200 +"


def test_expression_after_a_repeated_equals() -> None:
    assert typed("2+3==").expression(*EN) == "5 + 3 ="


def test_expression_of_a_replaced_operator() -> None:
    assert typed("12+*").expression(*EN) == "12 \u00d7"
