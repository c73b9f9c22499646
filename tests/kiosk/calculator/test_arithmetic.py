"""Results a citizen gets from the keys they press."""

from decimal import Decimal

import pytest

from tests.kiosk.calculator.keys import shown, typed


@pytest.mark.parametrize(
    ("keys", "result"),
    [
        ("12+7=", "19"),
        ("12-20=", "\u22128"),
        ("6*7=", "42"),
        ("7/2=", "3.5"),
        ("0.1+0.2=", "0.3"),
        ("1.10+2.20=", "3.3"),
        ("0.1*3=", "0.3"),
        ("1-0.9=", "0.1"),
        ("12.50+7.25+0.25=", "20"),
    ],
)
def test_simple_calculations(keys: str, result: str) -> None:
    assert shown(keys) == result


def test_no_operator_precedence_left_to_right_like_a_pocket_calculator() -> None:
    assert shown("2+3*4=") == "20"
    assert shown("10-4/2=") == "3"


def test_each_operator_shows_the_running_total() -> None:
    assert shown("12+7*") == "19"
    assert shown("12+7*2-") == "38"


def test_an_operator_pressed_twice_replaces_the_first() -> None:
    assert shown("12+*3=") == "36"
    assert shown("12+-*/4=") == "3"


def test_repeated_equals_repeats_the_last_operation() -> None:
    assert shown("2+3=") == "5"
    assert shown("2+3==") == "8"
    assert shown("2+3===") == "11"
    assert shown("100/2==") == "25"


def test_equals_without_second_operand_reuses_the_first() -> None:
    assert shown("5+=") == "10"
    assert shown("5*=") == "25"


def test_a_number_typed_after_a_result_starts_a_new_calculation() -> None:
    calculator = typed("2+3=7")
    assert calculator.display(".", ",") == "7"
    # No hidden "+ 3" any more: equals leaves the new number as it is.
    assert shown("2+3=7=") == "7"


def test_an_operator_after_a_result_continues_from_it() -> None:
    assert shown("2+3=*4=") == "20"


@pytest.mark.parametrize(
    ("keys", "result"),
    [
        ("200+10%=", "220"),  # 10 % of 200 added
        ("200-25%=", "150"),
        ("200*10%=", "20"),  # 200 * 0.1
        ("50/50%=", "100"),  # 50 / 0.5
        ("50%", "0.5"),
        ("12.5%", "0.125"),
    ],
)
def test_percent(keys: str, result: str) -> None:
    assert shown(keys) == result


def test_percent_shows_the_amount_before_equals() -> None:
    assert shown("200+10%") == "20"


def test_sign_change() -> None:
    assert shown("5~") == "\u22125"
    assert shown("5~~") == "5"
    assert shown("~5") == "\u22125"  # sign first, then the digits
    assert shown("10-~3=") == "13"  # the operand can be made negative
    assert shown("2+3=~") == "\u22125"
    assert shown("5-5=~") == "0"  # never a negative zero


def test_results_are_rounded_to_twelve_significant_digits() -> None:
    assert shown("1/3=") == "0.333333333333"
    assert shown("2/3=") == "0.666666666667"
    assert shown("1/3*3=") == "0.999999999999"
    assert shown("123456789012345+0=") == "123,456,789,012,000"
    assert shown("1234567.891234567+0=") == "1,234,567.89123"


def test_results_keep_at_most_twelve_decimals() -> None:
    assert shown("0.00000000001/2=") == "0.000000000005"
    assert shown("0.00000000001/3=") == "0.000000000003"
    assert shown("0.000000000001/4=") == "0"


def test_rounding_is_half_up_away_from_zero() -> None:
    assert shown("0.0000000000025*2/4=") == "0.000000000001"
    assert shown("~0.0000000000025*2/4=") == "\u22120.000000000001"


def test_value_is_exposed_as_a_decimal() -> None:
    assert typed("0.1+0.2=").value == Decimal("0.3")
    assert typed("12.").value == Decimal(12)
