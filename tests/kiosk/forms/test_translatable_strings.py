"""Generic form messages reach the translators: lupdate only sees marked literal strings."""

import ast
from pathlib import Path

import kiosk.forms.messages
from kiosk.forms import messages


def test_every_message_is_a_marked_literal_in_the_form_errors_context() -> None:
    tree = ast.parse(Path(kiosk.forms.messages.__file__).read_text(encoding="utf-8"))
    marked = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            assert not node.keywords
            values = [arg.value for arg in node.args if isinstance(arg, ast.Constant)]
            assert len(values) == 2 and values[0] == "FormErrors"
            marked.add(values[1])
    exported = {v for k, v in vars(messages).items() if k.isupper() and isinstance(v, str)}
    assert marked == exported
    assert all(text[0].isupper() for text in marked)
