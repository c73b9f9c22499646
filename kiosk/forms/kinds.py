"""Choose how a field is asked (its FieldKind) from its JSON Schema and UI options."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from kiosk.forms.definition import FieldKind
from kiosk.forms.personal_ids import ID_FORMATS

# Longer lists than this are searched, not scrolled through.
MAX_CHOICE_OPTIONS: Final = 12
# Longer answers than this get a multi-line box.
MAX_SHORT_TEXT: Final = 300

_KINDS_BY_TYPE: Final[Mapping[str, frozenset[FieldKind]]] = {
    "string": frozenset(
        {
            FieldKind.SHORT_TEXT,
            FieldKind.LONG_TEXT,
            FieldKind.EMAIL,
            FieldKind.PHONE,
            FieldKind.PERSONAL_ID,
            FieldKind.DATE,
            FieldKind.CHOICE,
            FieldKind.STREET,
        }
    ),
    "number": frozenset({FieldKind.NUMBER}),
    "integer": frozenset({FieldKind.NUMBER}),
    "boolean": frozenset({FieldKind.YES_NO, FieldKind.CONSENT}),
    "array": frozenset({FieldKind.MULTI_CHOICE}),
}
_NEEDS_OPTIONS: Final = frozenset({FieldKind.CHOICE, FieldKind.STREET})
# "+?" then a digit class: ^\+?[0-9 ]{9,16}$, ^\+?\d+$ …
_PHONE_PATTERN: Final = re.compile(r"\^?\\\+\?(\[0-9|\[\\d|\\d)")


def _hinted(hint: object, prop: Mapping[str, Any]) -> FieldKind | None:
    if not isinstance(hint, str) or hint not in FieldKind.__members__.values():
        return None
    kind = FieldKind(hint)
    if kind not in _KINDS_BY_TYPE.get(prop["type"], frozenset()):
        return None
    has_options = "enum" in prop or "oneOf" in prop
    if (kind in _NEEDS_OPTIONS) != has_options:
        return None
    if kind is FieldKind.CONSENT and prop.get("const") is not True:
        return None
    return kind


def _looks_like_phone(key: str, prop: Mapping[str, Any]) -> bool:
    lowered = key.lower()
    if "phone" in lowered or "telefon" in lowered:
        return True
    pattern = prop.get("pattern")
    return isinstance(pattern, str) and _PHONE_PATTERN.match(pattern) is not None


def infer_kind(key: str, prop: Mapping[str, Any], options: Mapping[str, Any]) -> FieldKind:
    """The kind for property `key` (its schema already checked by the loader)."""
    hinted = _hinted(options.get("kind"), prop)
    if hinted is not None:
        return hinted
    json_type = prop["type"]
    if json_type == "array":
        return FieldKind.MULTI_CHOICE
    if json_type == "boolean":
        return FieldKind.CONSENT if prop.get("const") is True else FieldKind.YES_NO
    if json_type in ("number", "integer"):
        return FieldKind.NUMBER
    fmt = prop.get("format")
    if fmt == "email":
        return FieldKind.EMAIL
    if fmt in ID_FORMATS:
        return FieldKind.PERSONAL_ID
    if fmt == "date":
        return FieldKind.DATE
    choices = prop.get("enum") or prop.get("oneOf")
    if choices:
        if options.get("autocomplete") is True or len(choices) > MAX_CHOICE_OPTIONS:
            return FieldKind.STREET
        return FieldKind.CHOICE
    if _looks_like_phone(key, prop):
        return FieldKind.PHONE
    if options.get("multi") is True or prop.get("maxLength", 0) > MAX_SHORT_TEXT:
        return FieldKind.LONG_TEXT
    return FieldKind.SHORT_TEXT
