"""Loading portal forms: every demo form loads; unknown constructs are refused clearly."""

from collections.abc import Callable
from typing import Any

import pytest

from kiosk.forms.definition import FieldKind
from kiosk.forms.loader import FormUnsupported, load_form
from tests.kiosk.forms.demo import DEMO_CODES, demo_form


@pytest.mark.parametrize("code", DEMO_CODES)
def test_every_demo_form_loads_with_every_field_on_a_step(code: str) -> None:
    document = demo_form(code)
    definition = load_form(document)
    keys = [f.key for f in definition.all_fields()]
    assert definition.service_code == code
    assert set(document["schema"]["required"]) <= set(keys)
    for field in definition.all_fields():
        assert field.label("en") != field.key
        assert field.label("ro") != field.label("en") or field.key == "consent"


def test_street_address_certificate_asks_what_a_person_expects() -> None:
    definition = load_form(demo_form("ro-street-address-certificate"))
    assert [s.name for s in definition.steps] == [
        "you",
        "address",
        "property",
        "request",
        "contact",
        "consent",
    ]
    kinds = {f.key: f.kind for f in definition.all_fields()}
    assert kinds["cnp"] is FieldKind.PERSONAL_ID
    assert kinds["street"] is FieldKind.STREET
    assert kinds["property_type"] is FieldKind.CHOICE
    assert kinds["phone"] is FieldKind.PHONE
    assert kinds["email"] is FieldKind.EMAIL
    assert kinds["consent"] is FieldKind.CONSENT
    street = definition.field("street")
    assert len(street.options) > 12 and street.required
    assert definition.field("apartment").required is False
    assert definition.field("cnp").id_format == "ro-cnp"
    assert definition.steps[0].label("ro") == "Despre dumneavoastră"
    assert definition.prefill["personal_id"] == "cnp"


def test_criminal_record_certificate_has_an_idnp_and_a_birth_date() -> None:
    definition = load_form(demo_form("md-criminal-record-certificate"))
    idnp = definition.field("idnp")
    assert idnp.kind is FieldKind.PERSONAL_ID and idnp.id_format == "md-idnp"
    assert idnp.prefill_source == "personal_id"
    assert definition.field("birth_date").kind is FieldKind.DATE


def test_other_kinds_are_recognised() -> None:
    tax = load_form(demo_form("ro-tax-certificate"))
    assert tax.field("assets").kind is FieldKind.MULTI_CHOICE
    assert tax.field("assets").option("land") is not None
    urbanism = load_form(demo_form("ro-urbanism-certificate"))
    assert urbanism.field("plot_area_m2").kind is FieldKind.NUMBER
    assert urbanism.field("works_description").kind is FieldKind.LONG_TEXT
    assert urbanism.field("works_description").rule is not None
    copies = load_form(demo_form("ro-agricultural-register-certificate")).field("copies")
    assert copies.integer and (copies.minimum, copies.maximum) == (1, 5)


def test_a_kind_hint_wins_when_it_fits_the_schema() -> None:
    document = demo_form("ro-petition")
    control = document["uischema"]["elements"][0]["elements"][2]  # location
    control["options"] = {"kind": "long_text"}
    assert load_form(document).field("location").kind is FieldKind.LONG_TEXT
    control["options"] = {"kind": "consent"}  # a text cannot be a tick box: hint ignored
    assert load_form(document).field("location").kind is FieldKind.SHORT_TEXT


def test_a_missing_language_falls_back_to_english_then_the_schema_title() -> None:
    document = demo_form("ro-petition")
    del document["i18n"]["hu"]
    document["schema"]["properties"]["topic"]["title"] = "Topic"
    del document["i18n"]["en"]["topic.label"]
    definition = load_form(document)
    assert definition.field("surname").label("hu") == "Surname"
    assert definition.field("topic").label("hu") == "Topic"
    assert definition.field("topic").label("ro") == document["i18n"]["ro"]["topic.label"]


def test_the_ui_can_name_a_field_type_of_its_own_kind() -> None:
    document = demo_form("ro-petition")
    document["schema"]["properties"]["kiosk_phone"] = {"type": "string", "pattern": r"^\+?\d+$"}
    document["uischema"]["elements"][2]["elements"].append(
        {"type": "Control", "scope": "#/properties/kiosk_phone"}
    )
    assert load_form(document).field("kiosk_phone").kind is FieldKind.PHONE


Mutation = Callable[[dict[str, Any]], object]
PROPS = ("schema", "properties")


def _prop(document: dict[str, Any], key: str) -> dict[str, Any]:
    result: dict[str, Any] = document["schema"]["properties"][key]
    return result


def _first_control(document: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = document["uischema"]["elements"][0]["elements"][0]
    return result


UNSUPPORTED: dict[str, tuple[Mutation, str]] = {
    "missing keys": (lambda d: d.pop("service_code"), "missing service_code"),
    "$ref": (lambda d: _prop(d, "surname").update({"$ref": "#/x"}), "unsupported keyword"),
    "allOf": (lambda d: d["schema"].update({"allOf": [{}]}), "unsupported schema keyword"),
    "if": (lambda d: _prop(d, "surname").update({"if": {}}), "unsupported keyword"),
    "patternProperties": (
        lambda d: d["schema"].update({"patternProperties": {}}),
        "unsupported schema keyword",
    ),
    "nested object": (
        lambda d: _prop(d, "surname").update({"type": "object"}),
        "unsupported type",
    ),
    "type list": (
        lambda d: _prop(d, "surname").update({"type": ["string", "null"]}),
        "single type",
    ),
    "invalid schema": (
        lambda d: _prop(d, "surname").update({"minLength": -1}),
        "not valid JSON Schema",
    ),
    "missing property": (
        lambda d: _first_control(d).update({"scope": "#/properties/nobody"}),
        "Control scope is not a field",
    ),
    "required on no step": (
        lambda d: d["uischema"]["elements"][0]["elements"].pop(0),
        "required field is on no step",
    ),
    "unknown element": (
        lambda d: d["uischema"]["elements"][0]["elements"].append({"type": "Group"}),
        "unsupported UI element",
    ),
    "unknown root": (lambda d: d["uischema"].update({"type": "Wizard"}), "unsupported UI"),
    "rule on unknown field": (
        lambda d: _first_control(d).update(
            {
                "rule": {
                    "effect": "SHOW",
                    "condition": {"scope": "#/properties/ghost", "schema": {"const": 1}},
                }
            }
        ),
        "rule refers to an unknown field",
    ),
    "ENABLE rule": (
        lambda d: _first_control(d).update(
            {"rule": {"effect": "ENABLE", "condition": {"scope": "#/properties/surname"}}}
        ),
        "unsupported rule effect",
    ),
    "bad pattern": (
        lambda d: _prop(d, "surname").update({"pattern": "([a-z"}),
        "not valid JSON Schema",
    ),
    "long pattern": (
        lambda d: _prop(d, "surname").update({"pattern": "a" * 501}),
        "pattern too long",
    ),
    "unknown format": (
        lambda d: _prop(d, "surname").update({"format": "iban"}),
        "unsupported format",
    ),
    "huge document": (
        lambda d: d["i18n"]["en"].update({f"k{i}": "x" * 19_000 for i in range(60)}),
        "larger than 1 MB",
    ),
    "long string": (lambda d: d.update({"version": "v" * 20_001}), "string too long"),
    "too many fields": (
        lambda d: _prop(d, "surname")
        and d["schema"]["properties"].update({f"f{i}": {"type": "string"} for i in range(200)}),
        "too many fields",
    ),
    "too many steps": (
        lambda d: d["uischema"]["elements"].extend([{"type": "Category", "elements": []}] * 40),
        "too many steps",
    ),
    "too many options": (
        lambda d: _prop(d, "street").update({"enum": [f"s{i}" for i in range(2001)]}),
        "too many options",
    ),
    "deep nesting": (
        lambda d: d["i18n"].update({"en": {"a": [[[[[[[[[[[["deep"]]]]]]]]]]]]}}),
        "nested too deeply",
    ),
    "additional properties": (
        lambda d: d["schema"].update({"additionalProperties": True}),
        "additionalProperties",
    ),
    "prefill to nowhere": (lambda d: d["prefill"].update({"x": "/ghost"}), "prefill target"),
    "not a number": (lambda d: d.update({"version": float("nan")}), "not finite"),
}


@pytest.mark.parametrize("case", UNSUPPORTED)
def test_unsupported_constructs_are_refused_with_a_telling_reason(case: str) -> None:
    mutate, reason = UNSUPPORTED[case]
    document = demo_form("ro-street-address-certificate")
    mutate(document)
    with pytest.raises(FormUnsupported) as raised:
        load_form(document)
    assert reason in raised.value.reason


def test_rules_depending_on_each_other_in_a_circle_are_refused() -> None:
    document = demo_form("ro-petition")
    contact = document["uischema"]["elements"][2]["elements"]
    contact[0]["rule"] = {
        "effect": "HIDE",
        "condition": {"scope": "#/properties/email", "schema": {"const": "x@y.z"}},
    }
    with pytest.raises(FormUnsupported, match="circle"):
        load_form(document)


def test_a_reason_never_carries_the_documents_text() -> None:
    document = demo_form("ro-petition")
    document["uischema"]["elements"][0]["elements"][0]["type"] = "Ion Popescu 1800101200017" * 3
    with pytest.raises(FormUnsupported) as raised:
        load_form(document)
    assert raised.value.reason == "unsupported UI element ?"


@pytest.mark.parametrize("document", [None, [], "form", 42])
def test_a_document_that_is_not_an_object_is_refused(document: Any) -> None:
    with pytest.raises(FormUnsupported, match="not an object"):
        load_form(document)
