"""Validate form `data` against a form's JSON Schema (Draft 2020-12).

Errors are keyed by JSON pointer into the request body (`/data/cnp`) and worded in the
person's language: the form's own `i18n` message (`<field>.error.<keyword>`) when it has
one, otherwise a generic message. Messages never echo the submitted value.
"""

from __future__ import annotations

import re
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from portal.languages import pick
from portal.personal_ids import is_valid_cnp, is_valid_idnp, is_valid_rnokpp

format_checker = FormatChecker()
format_checker.checks("ro-cnp")(is_valid_cnp)
format_checker.checks("md-idnp")(is_valid_idnp)
format_checker.checks("ua-rnokpp")(is_valid_rnokpp)


@format_checker.checks("email")
def _is_email(value: object) -> bool:
    # Deliberately simple: one @, a dot in the domain, no spaces.
    return not isinstance(value, str) or bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value))


GENERIC_MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "ro": "Completați acest câmp.",
        "ru": "Заполните это поле.",
        "uk": "Заповніть це поле.",
        "bg": "Попълнете това поле.",
        "hu": "Töltse ki ezt a mezőt.",
        "en": "Fill in this field.",
    },
    "choice": {
        "ro": "Alegeți una dintre variante.",
        "ru": "Выберите один из вариантов.",
        "uk": "Виберіть один із варіантів.",
        "bg": "Изберете един от вариантите.",
        "hu": "Válasszon a lehetőségek közül.",
        "en": "Choose one of the options.",
    },
    "format": {
        "ro": "Verificați ce ați scris: formatul nu este corect.",
        "ru": "Проверьте написанное: формат неверный.",
        "uk": "Перевірте написане: формат неправильний.",
        "bg": "Проверете написаното: форматът не е верен.",
        "hu": "Ellenőrizze a beírtakat: a formátum nem megfelelő.",
        "en": "Check what you typed: the format is not right.",
    },
    "too_short": {
        "ro": "Textul este prea scurt.",
        "ru": "Текст слишком короткий.",
        "uk": "Текст занадто короткий.",
        "bg": "Текстът е твърде кратък.",
        "hu": "A szöveg túl rövid.",
        "en": "This is too short.",
    },
    "too_long": {
        "ro": "Textul este prea lung.",
        "ru": "Текст слишком длинный.",
        "uk": "Текст занадто довгий.",
        "bg": "Текстът е твърде дълъг.",
        "hu": "A szöveg túl hosszú.",
        "en": "This is too long.",
    },
    "out_of_range": {
        "ro": "Valoarea nu este în intervalul permis.",
        "ru": "Значение вне допустимого диапазона.",
        "uk": "Значення поза допустимим діапазоном.",
        "bg": "Стойността е извън допустимите граници.",
        "hu": "Az érték a megengedett tartományon kívül esik.",
        "en": "The value is outside the allowed range.",
    },
    "consent": {
        "ro": "Fără acordul dumneavoastră cererea nu poate fi trimisă.",
        "ru": "Без вашего согласия заявление отправить нельзя.",
        "uk": "Без вашої згоди заяву надіслати не можна.",
        "bg": "Без вашето съгласие заявлението не може да бъде изпратено.",
        "hu": "Hozzájárulása nélkül a kérelem nem küldhető el.",
        "en": "The request cannot be sent without your consent.",
    },
    "unexpected": {
        "ro": "Acest câmp nu face parte din formular.",
        "ru": "Этого поля нет в форме.",
        "uk": "Цього поля немає у формі.",
        "bg": "Това поле не е част от формуляра.",
        "hu": "Ez a mező nem része az űrlapnak.",
        "en": "This field is not part of the form.",
    },
}

_KEYWORD_MESSAGE = {
    "required": "required",
    "enum": "choice",
    "oneOf": "choice",
    "anyOf": "choice",
    "const": "consent",
    "type": "format",
    "pattern": "format",
    "format": "format",
    "minLength": "too_short",
    "maxLength": "too_long",
    "minItems": "too_short",
    "maxItems": "too_long",
    "uniqueItems": "choice",
    "minimum": "out_of_range",
    "maximum": "out_of_range",
    "exclusiveMinimum": "out_of_range",
    "exclusiveMaximum": "out_of_range",
    "additionalProperties": "unexpected",
}


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _field_paths(error: ValidationError) -> list[list[str]]:
    """Data paths an error is about (for `required`/`additionalProperties`, the named keys)."""
    base = [str(part) for part in error.absolute_path]
    instance = error.instance
    if error.validator == "required" and isinstance(instance, dict):
        return [[*base, name] for name in error.validator_value if name not in instance]
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        allowed = set(error.schema.get("properties", {}))
        return [[*base, name] for name in instance if name not in allowed]
    return [base]


def validate_form_data(
    schema: dict[str, Any],
    data: Any,
    i18n: dict[str, dict[str, str]],
    language: str,
    pointer_prefix: str = "/data",
) -> dict[str, list[str]]:
    """Return {json_pointer: [messages]}; empty when `data` is valid."""
    validator = Draft202012Validator(schema, format_checker=format_checker)
    return localized_errors(validator, data, i18n, language, pointer_prefix)


def localized_errors(
    validator: Draft202012Validator,
    instance: Any,
    i18n: dict[str, dict[str, str]],
    language: str,
    pointer_prefix: str = "",
) -> dict[str, list[str]]:
    """Run `validator` and word its errors for people, keyed by JSON pointer."""
    messages = i18n.get(language) or i18n.get("en") or {}
    errors: dict[str, list[str]] = {}
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
        keyword = str(error.validator)
        generic = GENERIC_MESSAGES[_KEYWORD_MESSAGE.get(keyword, "format")]
        for path in _field_paths(error):
            field_key = ".".join(part for part in path if not part.isdigit())
            text = messages.get(f"{field_key}.error.{keyword}") or pick(generic, language)
            pointer = pointer_prefix + "".join("/" + _escape(part) for part in path)
            bucket = errors.setdefault(pointer, [])
            if text not in bucket:
                bucket.append(text)
    return errors


def check_schema(schema: dict[str, Any]) -> None:
    """Raise if `schema` is not a valid Draft 2020-12 schema."""
    Draft202012Validator.check_schema(schema)
