"""Holiday names reach the translators: lupdate only sees literal source strings."""

import ast
from pathlib import Path

import kiosk.calendar.holidays
from kiosk.calendar.holidays import COUNTRIES, public_holidays


def marked_strings(module_file: str) -> set[tuple[str, str]]:
    tree = ast.parse(Path(module_file).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            context, text = node.args
            assert isinstance(context, ast.Constant) and isinstance(context.value, str)
            assert isinstance(text, ast.Constant) and isinstance(text.value, str)
            assert not node.keywords
            found.add((context.value, text.value))
    return found


def test_every_holiday_name_is_a_marked_literal_in_the_holidays_context() -> None:
    marked = marked_strings(kiosk.calendar.holidays.__file__)
    assert {context for context, _ in marked} == {"Holidays"}
    names = {
        holiday.name
        for country in COUNTRIES
        for year in range(2009, 2031)
        for holiday in public_holidays(country, year)
    }
    assert names <= {text for _, text in marked}
