"""Results equal exact rational arithmetic, rounded once as documented."""

from decimal import Decimal
from fractions import Fraction

from hypothesis import assume, given
from hypothesis import strategies as st

from kiosk.calculator.engine import Calculator
from tests.kiosk.calculator.keys import press

OPERATORS = {"add": "+", "subtract": "-", "multiply": "*", "divide": "/"}


def round_like_the_calculator(exact: Fraction) -> Fraction:
    """Half up to 12 significant digits and 12 decimals, from the exact value."""
    if exact == 0:
        return exact
    magnitude = abs(exact)
    exponent = 0
    while magnitude >= 10 ** (exponent + 1):
        exponent += 1
    while magnitude < Fraction(10) ** exponent:
        exponent -= 1
    quantum = Fraction(10) ** max(exponent - 11, -12)
    steps = int(magnitude / quantum + Fraction(1, 2))  # half up, on the magnitude
    return steps * quantum if exact > 0 else -steps * quantum


# What a citizen can type: up to 15 digits, some of them decimals.
typed_numbers = st.builds(
    lambda digits, decimals, negative: (-1 if negative else 1) * Fraction(digits, 10**decimals),
    st.integers(0, 10**12),
    st.integers(0, 3),
    st.booleans(),
) | st.builds(
    lambda digits, decimals: Fraction(digits, 10**decimals),
    st.integers(0, 10**15 - 1),
    st.integers(0, 14),
)


def keys_for(number: Fraction) -> str:
    text = format(Decimal(number.numerator) / Decimal(number.denominator), "f")
    return text.removeprefix("-") + ("~" if number < 0 else "")


@given(left=typed_numbers, operator=st.sampled_from(list(OPERATORS)), right=typed_numbers)
def test_one_operation_matches_exact_arithmetic(
    left: Fraction, operator: str, right: Fraction
) -> None:
    if operator == "add":
        exact = left + right
    elif operator == "subtract":
        exact = left - right
    elif operator == "multiply":
        exact = left * right
    else:
        assume(right != 0)
        exact = left / right
    expected = round_like_the_calculator(exact)
    calculator = press(Calculator(), keys_for(left) + OPERATORS[operator] + keys_for(right) + "=")
    if abs(expected) >= 10**15:
        assert calculator.error == "Number too large"
    else:
        assert calculator.error is None
        assert Fraction(calculator.value) == expected


@given(cents=st.lists(st.integers(0, 10**9), min_size=1, max_size=20))
def test_adding_up_fees_is_exact(cents: list[int]) -> None:
    fees = [Fraction(amount, 100) for amount in cents]
    calculator = press(Calculator(), "+".join(keys_for(fee) for fee in fees) + "=")
    assert Fraction(calculator.value) == sum(fees)


@given(
    first=typed_numbers,
    steps=st.lists(st.tuples(st.sampled_from(list(OPERATORS)), typed_numbers), max_size=8),
)
def test_chains_are_computed_left_to_right_rounding_each_step(
    first: Fraction, steps: list[tuple[str, Fraction]]
) -> None:
    keys = keys_for(first)
    total: Fraction | None = first
    for operator, number in steps:
        keys += OPERATORS[operator] + keys_for(number)
        if total is None:
            continue  # already in error: the remaining keys would start afresh
        if operator == "add":
            total = round_like_the_calculator(total + number)
        elif operator == "subtract":
            total = round_like_the_calculator(total - number)
        elif operator == "multiply":
            total = round_like_the_calculator(total * number)
        elif number == 0:
            total = None
        else:
            total = round_like_the_calculator(total / number)
        if total is not None and abs(total) >= 10**15:
            total = None
    assume(total is not None)
    calculator = press(Calculator(), keys + "=")
    assert calculator.error is None
    assert Fraction(calculator.value) == total


@given(number=typed_numbers)
def test_typed_numbers_show_back_exactly(number: Fraction) -> None:
    calculator = press(Calculator(), keys_for(number))
    assert Fraction(calculator.value) == number
