"""The demo content: valid Draft 2020-12 forms, complete six-language catalogues, the
catalogue file's shape, and typography (Romanian comma-below letters, no mixed scripts)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from portal.api_contract import component_validator
from portal.demo.forms import DEMO_FORMS
from portal.demo.seed import DEFAULT_CATALOGUE
from portal.languages import LANGUAGES

CATALOGUE: dict[str, Any] = json.loads(DEFAULT_CATALOGUE.read_text(encoding="utf-8"))
MRZ_FIELDS = {
    "given_names",
    "surname",
    "personal_id",
    "document_number",
    "birth_date",
    "sex",
    "nationality",
    "expiry_date",
}
# Keywords the conservative subset allows (plus annotations).
ALLOWED_KEYWORDS = {
    "$schema",
    "$id",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "enum",
    "oneOf",
    "const",
    "title",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "minLength",
    "maxLength",
    "items",
    "uniqueItems",
    "minItems",
    "maxItems",
}


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


def _keywords(schema: Any) -> set[str]:
    if isinstance(schema, list):
        return {k for item in schema for k in _keywords(item)}
    if not isinstance(schema, dict):
        return set()
    found = set(schema)
    for key, value in schema.items():
        if key == "properties":
            found |= {k for sub in value.values() for k in _keywords(sub)}
        elif key in ("items", "oneOf"):
            found |= _keywords(value)
    return found


def test_catalogue_file_has_the_agreed_shape() -> None:
    errors = list(component_validator("Catalogue").iter_errors(CATALOGUE))
    assert not errors, errors[0].message
    assert set(CATALOGUE) == {"groups", "services"}
    groups = {g["code"] for g in CATALOGUE["groups"]}
    assert {s["group"] for s in CATALOGUE["services"]} <= groups
    assert {s["jurisdiction"] for s in CATALOGUE["services"]} == {"RO", "MD", "UA"}
    assert {s["kind"] for s in CATALOGUE["services"]} == {
        "form",
        "petition",
        "appointment",
        "payment",
    }


def test_every_service_has_keywords_in_every_language() -> None:
    for service in CATALOGUE["services"]:
        for language in LANGUAGES:
            assert service["keywords"][language], (service["code"], language)
            assert service["documents"][language], (service["code"], language)


def test_cazier_is_findable_by_common_spellings() -> None:
    cazier = next(s for s in CATALOGUE["services"] if s["code"] == "md-criminal-record-certificate")
    words = {w for language in LANGUAGES for w in cazier["keywords"][language]}
    assert {"cazier", "kazier", "казиер", "справка о несудимости"} <= words


def test_form_services_and_forms_match() -> None:
    with_forms = {s["code"] for s in CATALOGUE["services"] if s["form_version"] is not None}
    assert with_forms == set(DEMO_FORMS)
    for service in CATALOGUE["services"]:
        has_form = service["kind"] in ("form", "petition")
        assert (service["form_version"] is not None) == has_form, service["code"]


@pytest.mark.parametrize("code", sorted(DEMO_FORMS))
def test_form_schema_is_valid_draft_2020_12_in_the_subset(code: str) -> None:
    form = DEMO_FORMS[code]()
    Draft202012Validator.check_schema(form["schema"])
    assert _keywords(form["schema"]) <= ALLOWED_KEYWORDS
    errors = list(component_validator("Form").iter_errors(form))
    assert not errors, errors[0].message


@pytest.mark.parametrize("code", sorted(DEMO_FORMS))
def test_form_i18n_is_complete_in_six_languages(code: str) -> None:
    form = DEMO_FORMS[code]()
    catalogues = form["i18n"]
    assert set(catalogues) == set(LANGUAGES)
    keys = set(catalogues["en"])
    for language in LANGUAGES:
        assert set(catalogues[language]) == keys, language
        assert all(text.strip() for text in catalogues[language].values()), language
    for field, schema in form["schema"]["properties"].items():
        assert f"{field}.label" in keys and f"{field}.description" in keys
        for option in schema.get("oneOf", []):
            assert f"{field}.options.{option['const']}" in keys
        for value in schema.get("items", {}).get("enum", []):
            assert f"{field}.options.{value}" in keys


@pytest.mark.parametrize("code", sorted(DEMO_FORMS))
def test_uischema_and_prefill_point_at_real_fields(code: str) -> None:
    form = DEMO_FORMS[code]()
    properties = form["schema"]["properties"]
    controls = [
        element for category in form["uischema"]["elements"] for element in category["elements"]
    ]
    scoped = {c["scope"].removeprefix("#/properties/") for c in controls}
    assert scoped == set(properties)
    for category in form["uischema"]["elements"]:
        assert f"{category['i18n']}.label" in form["i18n"]["ro"]
    for control in controls:
        if "rule" in control:
            assert control["rule"]["condition"]["scope"].removeprefix("#/properties/") in properties
    assert set(form["prefill"]) <= MRZ_FIELDS
    for pointer in form["prefill"].values():
        assert pointer.removeprefix("/") in properties


def _all_texts() -> list[str]:
    texts = _strings(CATALOGUE)
    for build in DEMO_FORMS.values():
        texts += _strings(build()["i18n"])
    return texts


def test_romanian_uses_comma_below_letters() -> None:
    cedilla = [t for t in _all_texts() if re.search("[şţŞŢ]", t)]
    assert not cedilla


def test_no_word_mixes_latin_and_cyrillic_letters() -> None:
    mixed = [
        word
        for text in _all_texts()
        for word in re.findall(r"\w+", text)
        if re.search("[A-Za-z]", word) and re.search("[\u0400-\u04ff]", word)
    ]
    assert not mixed
