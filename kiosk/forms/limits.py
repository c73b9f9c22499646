"""Size and shape limits a form document must respect before the loader looks inside it.

A form comes over the network; a broken or hostile one must not exhaust the kiosk.
"""

from __future__ import annotations

import json
import math
from typing import Any, Final

MAX_DOCUMENT_BYTES: Final = 1_000_000
MAX_STRING_CHARS: Final = 20_000
MAX_FIELDS: Final = 200
MAX_STEPS: Final = 40
MAX_ENUM_VALUES: Final = 2_000
MAX_PATTERN_CHARS: Final = 500
# Deepest legitimate path: document > uischema > elements > Category > elements > Control
# > rule > condition > schema > enum > value.
MAX_DEPTH: Final = 12
_MAX_NODES: Final = 300_000


class LimitExceeded(ValueError):
    """The document is too big, too deep, or not plain JSON. The message is for the log."""


def check_limits(document: Any) -> None:
    """Raise LimitExceeded unless `document` is plain JSON data within the limits."""
    stack: list[tuple[Any, int]] = [(document, 1)]
    nodes = 0
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > _MAX_NODES:
            raise LimitExceeded("too many values")
        if isinstance(node, dict):
            if depth > MAX_DEPTH:
                raise LimitExceeded("nested too deeply")
            for key, value in node.items():
                if not isinstance(key, str):
                    raise LimitExceeded("object key is not a string")
                if len(key) > MAX_STRING_CHARS:
                    raise LimitExceeded("string too long")
                stack.append((value, depth + 1))
        elif isinstance(node, list):
            if depth > MAX_DEPTH:
                raise LimitExceeded("nested too deeply")
            stack.extend((value, depth + 1) for value in node)
        elif isinstance(node, str):
            if len(node) > MAX_STRING_CHARS:
                raise LimitExceeded("string too long")
        elif isinstance(node, float):
            if not math.isfinite(node):
                raise LimitExceeded("number is not finite")
        elif isinstance(node, int):  # includes bool
            if abs(node) > 10**15:
                raise LimitExceeded("number too large")
        elif node is not None:
            raise LimitExceeded(f"not JSON data: {type(node).__name__}")
    size = len(json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8"))
    if size > MAX_DOCUMENT_BYTES:
        raise LimitExceeded("document larger than 1 MB")
