"""Check answers with the form's own JSON Schema, and word each problem for the person.

Uses `jsonschema.Draft202012Validator` (as the portal does) with a format checker that
knows the personal ID formats, `date` and `email`. One message per field: the form's
own `<field>.error.<keyword>` text in the person's language, else a generic message.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]

from kiosk.forms import messages
from kiosk.forms.definition import FieldDef, FieldKind, FormDefinition
from kiosk.forms.personal_ids import ID_FORMATS, is_valid_personal_id

Translate = Callable[[str], str]

_EMAIL: Final = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_ISO_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
# When one answer breaks several rules, the first of these is the one explained.
_PRIORITY: Final = (
    "required",
    "type",
    "const",
    "enum",
    "oneOf",
    "minLength",
    "maxLength",
    "pattern",
    "format",
)

format_checker = FormatChecker(formats=())


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if _ISO_DATE.fullmatch(value) is None:
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_email(value: object) -> bool:
    return not isinstance(value, str) or _EMAIL.fullmatch(value) is not None


def _id_check(id_format: str) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        return not isinstance(value, str) or is_valid_personal_id(id_format, value)

    return check


format_checker.checks("date")(_is_date)
format_checker.checks("email")(_is_email)
for _format in ID_FORMATS:
    format_checker.checks(_format)(_id_check(_format))


@dataclass(frozen=True)
class FieldError:
    """A problem with one answer: which field, which rule, and what to do (localized)."""

    key: str
    keyword: str
    message: str


def validate_fields(
    definition: FormDefinition,
    fields: Sequence[FieldDef],
    data: Mapping[str, Any],
    translate: Translate,
    lang: str,
) -> list[FieldError]:
    """Errors for `fields` (in their order) given typed `data`; empty when all is well.

    Only `fields` are checked, and only they can be required: pass the fields shown.
    """
    wanted = {f.key for f in fields}
    schema = {
        "type": "object",
        "properties": {f.key: dict(f.schema) for f in fields},
        "required": [f.key for f in fields if f.required],
    }
    instance = {k: v for k, v in data.items() if k in wanted and v is not None}
    validator = Draft202012Validator(schema, format_checker=format_checker)
    found: dict[str, list[str]] = {}
    for error in validator.iter_errors(instance):
        for key in _keys_of(error, instance):
            found.setdefault(key, []).append(str(error.validator))
    result = []
    for f in fields:
        if f.key in found:
            keyword = min(found[f.key], key=_rank)
            result.append(
                FieldError(f.key, keyword, message_for(definition, f, keyword, translate, lang))
            )
    return result


def _rank(keyword: str) -> int:
    return _PRIORITY.index(keyword) if keyword in _PRIORITY else len(_PRIORITY)


def _keys_of(error: ValidationError, instance: Mapping[str, Any]) -> Iterable[str]:
    if error.validator == "required":
        return [k for k in error.validator_value if k not in instance]
    path = list(error.absolute_path)
    return [str(path[0])] if path else []


def message_for(
    definition: FormDefinition, field: FieldDef, keyword: str, translate: Translate, lang: str
) -> str:
    """The form's own message for this field and rule in `lang`, else a generic one."""
    own = definition.message(lang, f"{field.key}.error.{keyword}")
    if own:
        return own
    text, values = _generic(field, keyword)
    message = translate(text)
    for name, value in values.items():
        message = message.replace("{" + name + "}", value)
    return message


def _number_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _generic(field: FieldDef, keyword: str) -> tuple[str, dict[str, str]]:
    kind = field.kind
    bounds = {"min": _number_text(field.minimum), "max": _number_text(field.maximum)}
    lengths = {"min": str(field.min_length or 0), "max": str(field.max_length or 0)}
    if kind is FieldKind.CONSENT:
        return messages.CONSENT, {}
    if kind in (FieldKind.CHOICE, FieldKind.STREET, FieldKind.YES_NO):
        return messages.CHOOSE_ONE, {}
    if kind is FieldKind.MULTI_CHOICE:
        if keyword in ("minItems", "required"):
            return messages.CHOOSE_AT_LEAST, {"min": str(max(field.min_length or 1, 1))}
        if keyword == "maxItems":
            return messages.CHOOSE_AT_MOST, lengths
        return messages.CHOOSE_ONE, {}
    if keyword == "required":
        return (messages.ENTER_DATE if kind is FieldKind.DATE else messages.ENTER_ANSWER), {}
    if kind is FieldKind.PERSONAL_ID and keyword in ("pattern", "format", "minLength", "maxLength"):
        return messages.PERSONAL_ID, {}
    if kind is FieldKind.DATE:
        return messages.REAL_DATE, {}
    if kind is FieldKind.EMAIL and keyword in ("format", "pattern"):
        return messages.EMAIL, {}
    if kind is FieldKind.PHONE and keyword in ("format", "pattern", "minLength", "maxLength"):
        return messages.PHONE, {}
    if keyword == "minLength":
        return messages.TOO_SHORT, lengths
    if keyword == "maxLength":
        return messages.TOO_LONG, lengths
    if kind is FieldKind.NUMBER:
        return _number_message(field, keyword), bounds
    return messages.NOT_EXPECTED_FORM, {}


def _number_message(field: FieldDef, keyword: str) -> str:
    if keyword == "type":
        return messages.WHOLE_NUMBER if field.integer else messages.NUMBER
    exclusive_min = "exclusiveMinimum" in field.schema
    if field.minimum is not None and field.maximum is not None and not exclusive_min:
        return messages.NUMBER_RANGE
    if field.minimum is not None and keyword in ("minimum", "exclusiveMinimum"):
        return messages.NUMBER_ABOVE if exclusive_min else messages.NUMBER_AT_LEAST
    if field.maximum is not None:
        return messages.NUMBER_AT_MOST
    return messages.NUMBER
