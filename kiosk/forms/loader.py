"""Turn a portal form document into a FormDefinition, or refuse it with FormUnsupported.

The document is `{service_code, version, schema, uischema, i18n, prefill}`. Only a
conservative subset of JSON Schema 2020-12 and JSON Forms is accepted: anything the kiosk
cannot show and check exactly as the portal will is refused, so a person is never asked
a question the kiosk does not understand. Missing translations are not an error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import SchemaError  # type: ignore[import-untyped]

from kiosk.forms.definition import (
    FALLBACK_LANGUAGE,
    FieldDef,
    FieldKind,
    FormDefinition,
    Option,
    ShowRule,
    StepDef,
)
from kiosk.forms.kinds import infer_kind
from kiosk.forms.limits import (
    MAX_ENUM_VALUES,
    MAX_FIELDS,
    MAX_PATTERN_CHARS,
    MAX_STEPS,
    LimitExceeded,
    check_limits,
)
from kiosk.forms.personal_ids import ID_FORMATS

DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
_DOCUMENT_KEYS: Final = ("service_code", "version", "schema", "uischema", "i18n", "prefill")
_ROOT_KEYWORDS: Final = frozenset(
    {"$schema", "$id", "type", "properties", "required", "additionalProperties", "title"}
    | {"description"}
)
_COMMON: Final = frozenset({"type", "title", "description"})
_KEYWORDS_BY_TYPE: Final[Mapping[str, frozenset[str]]] = {
    "string": _COMMON | {"enum", "oneOf", "pattern", "format", "minLength", "maxLength"},
    "number": _COMMON | {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"},
    "integer": _COMMON | {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"},
    "boolean": _COMMON | {"const"},
    "array": _COMMON | {"items", "uniqueItems", "minItems", "maxItems"},
}
_FORMATS: Final = frozenset({"email", "date", *ID_FORMATS})
_KEY: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_SCOPE: Final = re.compile(r"#/properties/([A-Za-z_][A-Za-z0-9_]{0,63})")
_POINTER: Final = re.compile(r"/([A-Za-z_][A-Za-z0-9_]{0,63})")


class FormUnsupported(ValueError):
    """The kiosk cannot offer this form. `reason` is short technical English for the log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _require(condition: bool, reason: str) -> None:
    if not condition:
        raise FormUnsupported(reason)


def load_form(document: Mapping[str, Any]) -> FormDefinition:
    """Check `document` and build its definition; raise FormUnsupported if it cannot be used."""
    _require(isinstance(document, Mapping), "document is not an object")
    try:
        check_limits(dict(document))
    except LimitExceeded as exc:
        raise FormUnsupported(str(exc)) from None
    for key in _DOCUMENT_KEYS:
        _require(key in document, f"missing {key}")
    service_code, version = document["service_code"], document["version"]
    _require(isinstance(service_code, str) and service_code != "", "bad service_code")
    _require(isinstance(version, str) and version != "", "bad version")
    schema = document["schema"]
    properties = _check_schema(schema)
    i18n = _check_i18n(document["i18n"])
    prefill = _check_prefill(document["prefill"], properties)
    sources = {key: source for source, key in prefill.items()}
    steps = _steps(document["uischema"], schema, properties, i18n, sources)
    return FormDefinition(service_code, version, steps, schema, i18n, prefill)


# --- JSON Schema ----------------------------------------------------------------------------


def _check_schema(schema: Any) -> dict[str, Any]:
    _require(isinstance(schema, dict), "schema is not an object")
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError:
        raise FormUnsupported("schema is not valid JSON Schema 2020-12") from None
    unknown = sorted(set(schema) - _ROOT_KEYWORDS)
    _require(not unknown, f"unsupported schema keyword {unknown[:1]}")
    _require(schema.get("$schema", DIALECT) == DIALECT, "schema dialect is not 2020-12")
    _require(schema.get("type") == "object", "schema type is not object")
    _require(schema.get("additionalProperties", False) is False, "additionalProperties allowed")
    properties = schema.get("properties", {})
    _require(isinstance(properties, dict) and properties != {}, "schema has no properties")
    _require(len(properties) <= MAX_FIELDS, "too many fields")
    for key, prop in properties.items():
        _require(_KEY.fullmatch(key) is not None, "unsupported field key")
        _check_property(prop)
    for key in schema.get("required", []):
        _require(key in properties, "required field is not a property")
    return dict(properties)


def _check_property(prop: Any) -> None:
    _require(isinstance(prop, dict), "property is not an object")
    json_type = prop.get("type")
    _require(isinstance(json_type, str), "property without a single type")
    allowed = _KEYWORDS_BY_TYPE.get(json_type)
    _require(allowed is not None, f"unsupported type {json_type}")
    assert allowed is not None
    unknown = sorted(set(prop) - allowed)
    _require(not unknown, f"unsupported keyword {unknown[:1]} for {json_type}")
    for word in ("title", "description"):
        _require(isinstance(prop.get(word, ""), str), f"{word} is not text")
    if json_type == "string":
        _check_string(prop)
    elif json_type == "boolean":
        _require(prop.get("const", True) is True, "boolean const other than true")
    elif json_type == "array":
        items = prop.get("items")
        _require(isinstance(items, dict), "array without items")
        _require(set(items) == {"type", "enum"}, "array items are not a string enum")
        _require(items["type"] == "string", "array items are not strings")
        _check_values(items["enum"])


def _check_string(prop: dict[str, Any]) -> None:
    _require(not ("enum" in prop and "oneOf" in prop), "both enum and oneOf")
    if "enum" in prop:
        _check_values(prop["enum"])
    if "oneOf" in prop:
        choices = prop["oneOf"]
        for choice in choices:
            _require(isinstance(choice, dict), "oneOf entry is not an object")
            _require(set(choice) <= {"const", "title", "description"}, "oneOf is not const")
            _require("const" in choice, "oneOf entry without const")
            _require(isinstance(choice.get("title", ""), str), "oneOf title is not text")
        _check_values([choice["const"] for choice in choices])
    fmt = prop.get("format")
    _require(fmt is None or fmt in _FORMATS, "unsupported format")
    pattern = prop.get("pattern")
    if pattern is not None:
        _require(len(pattern) <= MAX_PATTERN_CHARS, "pattern too long")
        try:
            re.compile(pattern)
        except (re.error, RecursionError, OverflowError):
            raise FormUnsupported("pattern does not compile") from None


def _check_values(values: Any) -> None:
    _require(isinstance(values, list) and values != [], "empty list of options")
    _require(len(values) <= MAX_ENUM_VALUES, "too many options")
    _require(all(isinstance(v, str) and v != "" for v in values), "option value is not text")
    _require(len(set(values)) == len(values), "duplicate option")


# --- i18n and prefill -----------------------------------------------------------------------


def _check_i18n(i18n: Any) -> dict[str, dict[str, str]]:
    _require(isinstance(i18n, dict), "i18n is not an object")
    for messages in i18n.values():
        _require(isinstance(messages, dict), "i18n language is not an object")
        _require(all(isinstance(t, str) for t in messages.values()), "i18n text is not text")
    return {str(lang): dict(messages) for lang, messages in i18n.items()}


def _check_prefill(prefill: Any, properties: Mapping[str, Any]) -> dict[str, str]:
    _require(isinstance(prefill, dict), "prefill is not an object")
    result: dict[str, str] = {}
    for source, pointer in prefill.items():
        match = _POINTER.fullmatch(pointer) if isinstance(pointer, str) else None
        _require(match is not None, "prefill target is not a field pointer")
        assert match is not None
        _require(match[1] in properties, "prefill target is not a field")
        result[source] = match[1]
    return result


# --- UI schema ------------------------------------------------------------------------------


def _list(value: Any, reason: str) -> list[Any]:
    _require(isinstance(value, list), reason)
    return list(value)


def _element(value: Any, expected: str) -> dict[str, Any]:
    _require(isinstance(value, dict), "UI element is not an object")
    kind = value.get("type")
    # The type is named in the reason only when it looks like one (never free text).
    named = kind if isinstance(kind, str) and re.fullmatch(r"[A-Za-z]{1,30}", kind) else "?"
    _require(kind == expected, f"unsupported UI element {named}")
    return dict(value)


def _texts(i18n: Mapping[str, Mapping[str, str]], key: str, english: object) -> dict[str, str]:
    texts = {lang: msgs[key] for lang, msgs in i18n.items() if msgs.get(key)}
    if FALLBACK_LANGUAGE not in texts and isinstance(english, str) and english:
        texts[FALLBACK_LANGUAGE] = english
    return texts


def _scope_key(scope: Any, properties: Mapping[str, Any], reason: str) -> str:
    match = _SCOPE.fullmatch(scope) if isinstance(scope, str) else None
    _require(match is not None and match[1] in properties, reason)
    assert match is not None
    return match[1]


def _steps(
    uischema: Any,
    schema: Mapping[str, Any],
    properties: Mapping[str, Any],
    i18n: Mapping[str, Mapping[str, str]],
    sources: Mapping[str, str],
) -> tuple[StepDef, ...]:
    root = _element(uischema, "Categorization")
    categories = _list(root.get("elements"), "Categorization without elements")
    _require(categories != [], "form has no steps")
    _require(len(categories) <= MAX_STEPS, "too many steps")
    required = set(schema.get("required", []))
    shown: set[str] = set()
    steps: list[StepDef] = []
    for index, raw in enumerate(categories):
        category = _element(raw, "Category")
        prefix = category.get("i18n")
        _require(prefix is None or isinstance(prefix, str), "Category i18n is not text")
        name = f"step{index + 1}"
        if isinstance(prefix, str) and prefix:
            name = prefix.removeprefix("steps.")
        labels = _texts(i18n, f"{prefix}.label", category.get("label")) if prefix else {}
        if not labels and isinstance(category.get("label"), str):
            labels = {FALLBACK_LANGUAGE: category["label"]}
        controls = _list(category.get("elements"), "Category without elements")
        _require(controls != [], "empty step")
        fields: list[FieldDef] = []
        for raw_control in controls:
            control = _element(raw_control, "Control")
            key = _scope_key(control.get("scope"), properties, "Control scope is not a field")
            _require(key not in shown, "field shown twice")
            shown.add(key)
            fields.append(_field(key, properties, control, key in required, i18n, sources))
        steps.append(StepDef(name, labels, tuple(fields)))
    _require(required <= shown, "a required field is on no step")
    _require(len({step.name for step in steps}) == len(steps), "two steps with one name")
    _check_rule_cycles(steps, properties)
    return tuple(steps)


def _field(
    key: str,
    properties: Mapping[str, Any],
    control: Mapping[str, Any],
    required: bool,
    i18n: Mapping[str, Mapping[str, str]],
    sources: Mapping[str, str],
) -> FieldDef:
    prop = properties[key]
    options = control.get("options", {})
    _require(isinstance(options, dict), "Control options is not an object")
    kind = infer_kind(key, prop, options)
    if prop["type"] == "array":
        values = [(v, None) for v in prop["items"]["enum"]]
    else:
        values = [(v, None) for v in prop.get("enum", [])]
        values += [(c["const"], c.get("title")) for c in prop.get("oneOf", [])]
    return FieldDef(
        key=key,
        kind=kind,
        required=required,
        labels=_texts(i18n, f"{key}.label", prop.get("title")),
        help=_texts(i18n, f"{key}.description", prop.get("description")),
        options=tuple(
            Option(value, _texts(i18n, f"{key}.options.{value}", title)) for value, title in values
        ),
        id_format=prop.get("format") if kind is FieldKind.PERSONAL_ID else None,
        min_length=prop.get("minLength", prop.get("minItems")),
        max_length=prop.get("maxLength", prop.get("maxItems")),
        minimum=_bound(prop, "minimum", "exclusiveMinimum"),
        maximum=_bound(prop, "maximum", "exclusiveMaximum"),
        integer=prop["type"] == "integer",
        rule=_rule(control.get("rule"), properties),
        prefill_source=sources.get(key),
        schema=prop,
    )


def _bound(prop: Mapping[str, Any], inclusive: str, exclusive: str) -> float | None:
    value = prop.get(inclusive, prop.get(exclusive))
    return None if value is None else float(value)


def _rule(rule: Any, properties: Mapping[str, Any]) -> ShowRule | None:
    if rule is None:
        return None
    _require(isinstance(rule, dict), "rule is not an object")
    effect = rule.get("effect")
    _require(effect in ("SHOW", "HIDE"), "unsupported rule effect")
    condition = rule.get("condition")
    _require(isinstance(condition, dict), "rule without condition")
    key = _scope_key(condition.get("scope"), properties, "rule refers to an unknown field")
    test = condition.get("schema")
    _require(isinstance(test, dict) and len(test) == 1, "rule condition is not const or enum")
    if "const" in test:
        values: tuple[Any, ...] = (test["const"],)
    else:
        enum = test.get("enum")
        _require(isinstance(enum, list) and enum != [], "rule condition is not const or enum")
        values = tuple(enum)
    return ShowRule(show=effect == "SHOW", key=key, values=values)


def _check_rule_cycles(steps: list[StepDef], properties: Mapping[str, Any]) -> None:
    depends = {f.key: f.rule.key for step in steps for f in step.fields if f.rule is not None}
    for start in depends:
        seen = {start}
        key = depends[start]
        while key in depends:
            _require(key not in seen, "rules depend on each other in a circle")
            seen.add(key)
            key = depends[key]
        _require(key in properties, "rule refers to an unknown field")
