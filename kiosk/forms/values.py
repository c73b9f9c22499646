"""Answers as typed on screen -> the typed JSON values the portal receives, and back to text.

Screens hand over what the person entered: text for typed fields, option values for
choices, a list for several choices, True/False for yes/no and consent, an ISO date
(YYYY-MM-DD) for dates. `typed_value` turns that into what is validated and sent;
None means "not answered".
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import Any, Final

from kiosk.forms import messages
from kiosk.forms.definition import FieldDef, FieldKind
from kiosk.forms.phone import normalize_phone

_NUMBER: Final = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_NUMBER_SPACES: Final = str.maketrans("", "", " \u00a0\u202f'")
_ID_SEPARATORS: Final = str.maketrans("", "", " -.\u00a0")


def typed_value(field: FieldDef, raw: Any, country: str | None) -> Any:
    """The value to validate and submit, or None when the field is not answered.

    Something that cannot be converted is returned unchanged, for validation to reject
    with a message (e.g. letters in a number field).
    """
    if raw is None:
        return None
    kind = field.kind
    if kind is FieldKind.MULTI_CHOICE:
        if not isinstance(raw, list | tuple):
            return raw
        chosen = set(raw)
        ordered = [o.value for o in field.options if o.value in chosen]
        return ordered + [v for v in raw if field.option(v) is None] or None
    if kind in (FieldKind.YES_NO, FieldKind.CONSENT):
        return raw
    if not isinstance(raw, str):
        if kind is FieldKind.NUMBER and isinstance(raw, int | float) and not isinstance(raw, bool):
            return int(raw) if field.integer and float(raw).is_integer() else raw
        return raw
    text = raw.strip()
    if text == "":
        return None
    if kind is FieldKind.NUMBER:
        return _number(text, field.integer)
    if kind is FieldKind.PHONE:
        return normalize_phone(text, country)
    if kind is FieldKind.PERSONAL_ID:
        return text.translate(_ID_SEPARATORS)
    if kind is FieldKind.EMAIL:
        return text.replace(" ", "")
    return text


def _number(text: str, integer: bool) -> Any:
    compact = text.translate(_NUMBER_SPACES)
    if _NUMBER.fullmatch(compact) is None:
        return text
    value = float(compact.replace(",", "."))
    if value.is_integer() and (integer or ("," not in compact and "." not in compact)):
        return int(value)
    return value


def day_month_year(day: _dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def display_value(
    field: FieldDef,
    value: Any,
    lang: str,
    translate: Callable[[str], str],
    format_date: Callable[[_dt.date], str] = day_month_year,
) -> str:
    """A typed value as the person reads it in "Check your answers" ("" when not answered)."""
    if value is None:
        return ""
    if field.kind in (FieldKind.YES_NO, FieldKind.CONSENT):
        return translate(messages.YES if value is True else messages.NO)
    if isinstance(value, list):
        return ", ".join(_option_label(field, v, lang) for v in value)
    if field.options:
        return _option_label(field, value, lang)
    if field.kind is FieldKind.DATE and isinstance(value, str):
        try:
            return format_date(_dt.date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else str(value)
    return str(value)


def _option_label(field: FieldDef, value: Any, lang: str) -> str:
    option = field.option(value)
    return option.label(lang) if option is not None else str(value)
