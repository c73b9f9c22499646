"""Assemble a form document `{schema, uischema, i18n, prefill}` from fields and steps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from portal.demo.fields import Field
from portal.demo.step_explanations import STEP_WHY
from portal.languages import LANGUAGES

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class Shown:
    """A field shown (and only then asked) when another field has a given value."""

    field: Field
    when_key: str
    when_value: Any


Placement = Field | Shown


@dataclass(frozen=True)
class Step:
    name: str
    label: dict[str, str]
    fields: tuple[Placement, ...]


def _field_of(placement: Placement) -> Field:
    return placement.field if isinstance(placement, Shown) else placement


def _control(placement: Placement) -> dict[str, Any]:
    field = _field_of(placement)
    control: dict[str, Any] = {"type": "Control", "scope": f"#/properties/{field.key}"}
    if field.ui_options:
        control["options"] = dict(field.ui_options)
    if field.schema.get("type") == "array":
        control.setdefault("options", {})["multi"] = True
    if isinstance(placement, Shown):
        control["rule"] = {
            "effect": "SHOW",
            "condition": {
                "scope": f"#/properties/{placement.when_key}",
                "schema": {"const": placement.when_value},
            },
        }
    return control


def build_form(
    service_code: str,
    version: str,
    steps: list[Step],
    *,
    on_behalf_consent: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The form document. `on_behalf_consent`: the service's own consent statement for
    staff submitting on someone's behalf (guided mode; `guided.on_behalf_consent`)."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    i18n: dict[str, dict[str, str]] = {language: {} for language in LANGUAGES}
    prefill: dict[str, str] = {}
    categories: list[dict[str, Any]] = []
    for step in steps:
        for language in LANGUAGES:
            i18n[language][f"steps.{step.name}.label"] = step.label[language]
            if step.name in STEP_WHY:
                # Why the step is asked, for guided sessions (an extra i18n key: old
                # clients ignore it).
                i18n[language][f"steps.{step.name}.why"] = STEP_WHY[step.name][language]
        for placement in step.fields:
            field = _field_of(placement)
            properties[field.key] = field.schema
            if field.required and not isinstance(placement, Shown):
                required.append(field.key)
            if field.prefill_from is not None:
                prefill[field.prefill_from] = f"/{field.key}"
            for language in LANGUAGES:
                messages = i18n[language]
                messages[f"{field.key}.label"] = field.label[language]
                messages[f"{field.key}.description"] = field.help[language]
                for value, text in field.options:
                    messages[f"{field.key}.options.{value}"] = text[language]
                for keyword, text in field.errors.items():
                    messages[f"{field.key}.error.{keyword}"] = text[language]
        categories.append(
            {
                "type": "Category",
                "label": step.label["en"],
                "i18n": f"steps.{step.name}",
                "elements": [_control(placement) for placement in step.fields],
            }
        )
    if on_behalf_consent is not None:
        for language in LANGUAGES:
            i18n[language]["guided.on_behalf_consent"] = on_behalf_consent[language]
    schema = {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": f"urn:portal:form:{service_code}:{version}",
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    return {
        "service_code": service_code,
        "version": version,
        "schema": schema,
        "uischema": {"type": "Categorization", "elements": categories},
        "i18n": i18n,
        "prefill": prefill,
    }
