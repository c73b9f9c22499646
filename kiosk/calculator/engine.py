"""A pocket-calculator engine for citizens adding up fees at the kiosk.

The screen has large touch keys; the view-model forwards each key to
``Calculator.press`` and shows ``display()`` and ``expression()``.

Behaviour, chosen to match the basic pocket calculators people know:

* Immediate execution, left to right, without operator precedence:
  2 + 3 * 4 = 20, because each operator first completes the pending one
  (keys written here as on the screen: + - * / for add, subtract, multiply, divide).
* Pressing another operator right after one replaces it (12 + * 3 is 12 * 3).
* "equals" right after a result repeats the last operation (2 + 3 = = gives 8);
  "5 + =" uses the first operand again (10).
* "percent" after + or - takes that percentage of the first operand
  (200 + 10 % = 220: the 10 % becomes 20); after * or / it is a plain hundredth
  (200 * 10 % = 20); with no operator pending it divides by 100.
* Arithmetic is exact (decimal.Decimal: 0.1 + 0.2 = 0.3). Results are rounded
  half up to 12 significant digits and to 12 decimal places, so they fit the
  display without exponent notation; a result of 1e15 or more in magnitude is an
  error ("Number too large"), as is a division by zero.
* After an error, any key first clears, then takes effect.

History entries are personal data: ``wipe()`` clears them with everything else.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext
from typing import TypeAlias

from kiosk.i18n.noop import QT_TRANSLATE_NOOP

DIGIT_KEYS = tuple("0123456789")
OPERATOR_KEYS = ("add", "subtract", "multiply", "divide")
OTHER_KEYS = ("decimal", "percent", "sign", "equals", "clear", "backspace")
KEYS = DIGIT_KEYS + OPERATOR_KEYS + OTHER_KEYS

MAX_DIGITS = 15
SIGNIFICANT_DIGITS = 12
MAX_DECIMALS = 12
HISTORY_LIMIT = 50
LIMIT = Decimal("1e15")

DIVIDE_BY_ZERO = QT_TRANSLATE_NOOP("Calculator", "Cannot divide by zero")
TOO_LARGE = QT_TRANSLATE_NOOP("Calculator", "Number too large")

MINUS_SIGN = "\u2212"
_SYMBOLS = {
    "add": "+",
    "subtract": MINUS_SIGN,
    "multiply": "\u00d7",
    "divide": "\u00f7",
    "equals": "=",
}

# An expression is a sequence of operands (Decimal) and markers: the operator
# keys, "percent" (the preceding operand was taken as a percentage) and "equals".
Part: TypeAlias = Decimal | str

# Exact sums and products of any two numbers the calculator holds (at most 15
# integer digits and 14 decimals) need at most 30 digits: computing with 60 lets
# every result be rounded only once, from its exact value.
_EXACT = Context(prec=60)


class _CalculationError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """A completed calculation, e.g. parts (12, "add", 7) with result 19."""

    expression_parts: tuple[Part, ...]
    result: Decimal

    def text(self, decimal_separator: str, group_separator: str) -> str:
        """The calculation as "12 + 7 = 19", with the UI language's separators."""
        parts = (*self.expression_parts, "equals", self.result)
        return format_expression(parts, decimal_separator, group_separator)


def format_number(value: Decimal, decimal_separator: str, group_separator: str) -> str:
    """``value`` without exponent, integer digits grouped by three, minus as U+2212."""
    text = format(value.normalize(_EXACT) if value else Decimal(0), "f")
    return _format_digits(text, decimal_separator, group_separator)


def format_expression(parts: tuple[Part, ...], decimal_separator: str, group_separator: str) -> str:
    """Operands and markers as a line like "200 + 10% =" or "12 + 7 \u00d7"."""
    tokens: list[str] = []
    for part in parts:
        if isinstance(part, Decimal):
            tokens.append(format_number(part, decimal_separator, group_separator))
        elif part == "percent" and tokens:
            tokens[-1] += "%"
        else:
            tokens.append(_SYMBOLS[part])
    return " ".join(tokens)


def _format_digits(text: str, decimal_separator: str, group_separator: str) -> str:
    """Format "-1234.50" (as typed or computed) for display."""
    negative = text.startswith("-")
    integer, point, fraction = text.removeprefix("-").partition(".")
    groups: list[str] = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    sign = MINUS_SIGN if negative else ""
    return sign + group_separator.join(groups) + (decimal_separator if point else "") + fraction


def _round(value: Decimal) -> Decimal:
    """Round half up, once, to 12 significant digits and at most 12 decimals."""
    if not value:
        return Decimal(0)
    exponent = max(value.adjusted() - (SIGNIFICANT_DIGITS - 1), -MAX_DECIMALS)
    rounded = value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP, context=_EXACT)
    if abs(rounded) >= LIMIT:
        raise _CalculationError(TOO_LARGE)
    # Decimal("-0") would show as a negative zero.
    return rounded.normalize(_EXACT) if rounded else Decimal(0)


def _apply(left: Decimal, operator: str, right: Decimal) -> Decimal:
    with localcontext(_EXACT):
        if operator == "add":
            exact = left + right
        elif operator == "subtract":
            exact = left - right
        elif operator == "multiply":
            exact = left * right
        else:
            if not right:
                raise _CalculationError(DIVIDE_BY_ZERO)
            exact = left / right
    return _round(exact)


class Calculator:
    """State of one calculator screen; see the module docstring for the behaviour."""

    def __init__(self) -> None:
        # The untranslated message of the current error, if any.
        self.error: str | None = None
        # Completed calculations, oldest first, at most HISTORY_LIMIT.
        self.history: list[HistoryEntry] = []
        self._clear()

    def _clear(self) -> None:
        self.error = None
        # The number being typed, as typed ("12." keeps its point), or None when
        # the display shows a computed value (_value).
        self._entry: str | None = "0"
        self._negative = False
        self._value = Decimal(0)
        # Set when the shown value came from "percent": the number it was taken of.
        self._percent_of: Decimal | None = None
        self._accumulator: Decimal | None = None
        self._operator: str | None = None
        # An operator was just pressed: the next number typed is its operand.
        self._awaiting_operand = False
        # "equals" was just pressed: digits start a new calculation.
        self._evaluated = False
        self._last_operation: tuple[str, Decimal] | None = None
        self._chain: list[Part] = []
        self._line: tuple[Part, ...] = ()

    def wipe(self) -> None:
        """Forget everything, history included (end of a citizen's session)."""
        self._clear()
        self.history.clear()

    @property
    def value(self) -> Decimal:
        """The number currently shown (0 in the error state)."""
        if self.error is not None:
            return Decimal(0)
        return self._current()

    def press(self, key: str) -> None:
        """Apply one key (see KEYS); raise ValueError for an unknown key."""
        if key not in KEYS:
            raise ValueError(f"unknown calculator key {key!r}")
        if self.error is not None or key == "clear":
            self._clear()
            if key == "clear":
                return
        try:
            if key in DIGIT_KEYS:
                self._digit(key)
            elif key == "decimal":
                self._decimal_point()
            elif key == "backspace":
                self._backspace()
            elif key == "sign":
                self._toggle_sign()
            elif key == "percent":
                self._percent()
            elif key == "equals":
                self._equals()
            else:
                self._press_operator(key)
        except _CalculationError as error:
            self.error = error.message

    def display(self, decimal_separator: str, group_separator: str) -> str:
        """The main display ("" in the error state: the view shows ``error``)."""
        if self.error is not None:
            return ""
        if self._entry is not None:
            text = ("-" if self._negative else "") + self._entry
            return _format_digits(text, decimal_separator, group_separator)
        return format_number(self._value, decimal_separator, group_separator)

    def expression(self, decimal_separator: str, group_separator: str) -> str:
        """The line above the display: "12 + 7 +" while pending, "12 + 7 =" after."""
        return format_expression(self._line, decimal_separator, group_separator)

    # Keys.

    def _digit(self, digit: str) -> None:
        self._start_entry()
        assert self._entry is not None
        if sum(char.isdigit() for char in self._entry) >= MAX_DIGITS:
            return
        self._entry = digit if self._entry == "0" else self._entry + digit

    def _decimal_point(self) -> None:
        self._start_entry()
        assert self._entry is not None
        if "." not in self._entry:
            self._entry += "."

    def _backspace(self) -> None:
        # Only a number being typed can be corrected; a result is left alone.
        if self._entry is None:
            return
        self._entry = self._entry[:-1]
        if not self._entry:
            self._entry = "0"
            self._negative = False

    def _toggle_sign(self) -> None:
        if self._awaiting_operand:
            # Lets "5 * sign 3" enter -3 as the operand.
            self._start_entry()
        if self._entry is not None:
            self._negative = not self._negative
        else:
            self._value = -self._value if self._value else Decimal(0)
            self._percent_of = None

    def _percent(self) -> None:
        base = self._current()
        with localcontext(_EXACT):
            if self._operator in ("add", "subtract") and self._accumulator is not None:
                # "200 + 10 %": add 10 % of 200.
                exact = self._accumulator * base / 100
            else:
                exact = base / 100
        self._show(_round(exact))
        self._percent_of = base

    def _press_operator(self, operator: str) -> None:
        if self._awaiting_operand:
            self._operator = operator
            self._chain[-1] = operator
            self._line = tuple(self._chain)
            return
        operand = self._operand_parts()
        if self._evaluated or self._operator is None:
            self._chain = [*operand, operator]
            self._accumulator = self._current()
        else:
            assert self._accumulator is not None
            self._line = (*self._chain, *operand)
            self._accumulator = _apply(self._accumulator, self._operator, self._current())
            self._chain += [*operand, operator]
        self._operator = operator
        self._show(self._accumulator)
        self._awaiting_operand = True
        self._evaluated = False
        self._line = tuple(self._chain)

    def _equals(self) -> None:
        left_parts: list[Part]
        right_parts: list[Part]
        if self._operator is not None:
            assert self._accumulator is not None
            left, left_parts = self._accumulator, self._chain[:-1]
            operator = self._operator
            if self._awaiting_operand:
                right, right_parts = self._accumulator, [self._accumulator]
            else:
                right, right_parts = self._current(), self._operand_parts()
        elif self._evaluated and self._last_operation is not None:
            operator, right = self._last_operation
            left, left_parts = self._current(), self._operand_parts()
            right_parts = [right]
        else:
            # A lone number: nothing to compute, but the next digit starts afresh.
            self._show(self._current())
            self._evaluated = True
            return
        parts = (*left_parts, operator, *right_parts)
        self._line = (*parts, "equals")
        result = _apply(left, operator, right)
        self._add_history(HistoryEntry(parts, result))
        self._last_operation = (operator, right)
        self._accumulator = None
        self._operator = None
        self._chain = []
        self._show(result)
        self._evaluated = True

    # Helpers.

    def _current(self) -> Decimal:
        if self._entry is not None:
            number = Decimal(self._entry)
            return -number if self._negative and number else number
        return self._value

    def _operand_parts(self) -> list[Part]:
        if self._percent_of is not None:
            return [self._percent_of, "percent"]
        return [self._current()]

    def _start_entry(self) -> None:
        """Begin typing a new number unless one is being typed."""
        if self._evaluated:
            # A digit after a result starts a new calculation.
            self._chain = []
            self._line = ()
            self._last_operation = None
            self._evaluated = False
        if self._entry is None or self._awaiting_operand:
            self._entry = "0"
            self._negative = False
            self._percent_of = None
            self._awaiting_operand = False

    def _show(self, value: Decimal) -> None:
        self._entry = None
        self._negative = False
        self._value = value
        self._percent_of = None
        self._awaiting_operand = False

    def _add_history(self, entry: HistoryEntry) -> None:
        self.history.append(entry)
        del self.history[:-HISTORY_LIMIT]
