"""Typing key sequences the short way: "200+10%=" instead of ten press() calls."""

from kiosk.calculator.engine import Calculator

KEY_NAMES = {
    ".": "decimal",
    "+": "add",
    "-": "subtract",
    "*": "multiply",
    "/": "divide",
    "%": "percent",
    "~": "sign",
    "=": "equals",
    "<": "backspace",
    "C": "clear",
}

# The separators of a Romanian UI (QLocale("ro")), and of an English one.
RO = (",", ".")
EN = (".", ",")
NARROW_NBSP = "\u202f"
MINUS = "\u2212"


def press(calculator: Calculator, keys: str) -> Calculator:
    for key in keys.replace(" ", ""):
        calculator.press(KEY_NAMES.get(key, key))
    return calculator


def typed(keys: str) -> Calculator:
    return press(Calculator(), keys)


def shown(keys: str, separators: tuple[str, str] = EN) -> str:
    return typed(keys).display(*separators)
