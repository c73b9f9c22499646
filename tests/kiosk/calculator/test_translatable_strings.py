"""The error messages reach the translators: lupdate only sees literal source strings."""

import ast
from pathlib import Path

import kiosk.calculator.engine
from kiosk.calculator.engine import DIVIDE_BY_ZERO, TOO_LARGE


def test_error_messages_are_marked_literals_in_the_calculator_context() -> None:
    tree = ast.parse(Path(kiosk.calculator.engine.__file__).read_text(encoding="utf-8"))
    marked = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            assert not node.keywords
            assert all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args
            )
            marked.add(tuple(arg.value for arg in node.args if isinstance(arg, ast.Constant)))
    assert marked == {
        ("Calculator", DIVIDE_BY_ZERO),
        ("Calculator", TOO_LARGE),
    }
