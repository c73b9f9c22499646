"""The petition form built from each Open311 server is a valid form document that round-trips."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import jsonschema
import pytest

from kiosk.forms.loader import load_form
from kiosk.i18n.languages import LANGUAGE_CODES
from kiosk.petitions.open311_catalogue import fetch_petition_form
from kiosk.petitions.open311_client import Open311Client
from kiosk.petitions.open311_form import (
    FIELD_TEXTS,
    STEPS,
    agreement_key,
    attribute_key,
    build_petition_form,
    draft_from_form_data,
)
from kiosk.petitions.open311_models import Open311Attribute, Open311Service, Open311Value
from kiosk.petitions.open311_settings import Open311Settings
from kiosk.portal.embedded import EmbeddedPortal
from tests.kiosk.petitions.tiny_open311 import API_KEY, JURISDICTION, TinyOpen311


def _tiny_form(server: TinyOpen311) -> dict[str, Any]:
    settings = Open311Settings(url=server.url, api_key=API_KEY, jurisdiction_id=JURISDICTION)

    async def fetch() -> dict[str, Any]:
        async with Open311Client(settings) as client:
            return await fetch_petition_form(client)

    return asyncio.run(fetch())


class _Checker:
    """Checks answers the way the kiosk's form engine does: only the fields shown count."""

    def __init__(self, form: dict[str, Any]) -> None:
        jsonschema.Draft202012Validator.check_schema(form["schema"])
        load_form(form)  # the kiosk's form engine accepts the document
        self.schema = form["schema"]
        self.controls = [c for step in form["uischema"]["elements"] for c in step["elements"]]

    def iter_errors(self, answers: dict[str, Any]) -> list[jsonschema.ValidationError]:
        shown = []
        for control in self.controls:
            rule = control.get("rule")
            key = control["scope"].removeprefix("#/properties/")
            if rule is None or answers.get("service_code") == rule["condition"]["schema"]["const"]:
                shown.append(key)
        schema = {
            **self.schema,
            "properties": {k: self.schema["properties"][k] for k in shown},
            "required": [k for k in self.schema["required"] if k in shown],
        }
        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        return list(validator.iter_errors({k: v for k, v in answers.items() if k in shown}))


def _validator(form: dict[str, Any]) -> _Checker:
    return _Checker(form)


def _controls(form: dict[str, Any], step: str) -> list[dict[str, Any]]:
    category = next(c for c in form["uischema"]["elements"] if c["i18n"] == f"steps.{step}")
    return list(category["elements"])


def test_the_tiny_servers_form_is_a_valid_document(
    tiny_open311: TinyOpen311, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="kiosk.petitions.form"):
        form = _tiny_form(tiny_open311)
    validator = _validator(form)
    assert set(form) == {"service_code", "version", "schema", "uischema", "i18n", "prefill"}
    assert [c["i18n"] for c in form["uischema"]["elements"]] == [
        "steps.category",
        "steps.details",
        "steps.place",
        "steps.contact",
        "steps.consent",
    ]
    # The photo-only service cannot be asked on the kiosk: left out, with a log line.
    choices = form["schema"]["properties"]["service_code"]["oneOf"]
    assert [c["const"] for c in choices] == ["101", "202"]
    assert any(r.getMessage() == "open311.service_left_out" for r in caplog.records)
    # Service names are the same text in every language.
    assert {form["i18n"][lang]["service_code.options.101"] for lang in LANGUAGE_CODES} == {
        "Pothole"
    }
    # The pothole's questions are shown only for a pothole.
    hazard = attribute_key("101", "hazard")
    control = next(c for c in _controls(form, "details") if c["scope"].endswith(hazard))
    assert control["rule"]["condition"]["schema"] == {"const": "101"}
    assert form["i18n"]["hu"][f"{hazard}.options.2"] == "Someone fell or was hurt"
    # Not shown: the non-variable note.
    assert attribute_key("101", "info") not in form["schema"]["properties"]

    answers = {
        "service_code": "101",
        "description": "Deep pothole in front of the school.",
        "address_string": "Str. Horea 12",
        hazard: "2",
        attribute_key("101", "lanes"): ["right"],
        attribute_key("101", "width"): 1.5,
        attribute_key("101", "crew.note"): "Near the bus stop",
        "first_name": "Ioana",
        "email": "ioana@example.org",
        "consent": True,
    }
    assert validator.iter_errors(answers) == []
    without_hazard = {k: v for k, v in answers.items() if k != hazard}
    assert [e.validator for e in validator.iter_errors(without_hazard)] == ["required"]
    bin_answers = {
        "service_code": "202",
        "description": "The bin has not been emptied for a week.",
        "address_string": "Piața Victoriei",
        "consent": True,
    }
    assert validator.iter_errors(bin_answers) == []

    draft = draft_from_form_data(answers)
    assert draft.service_code == "101"
    assert draft.attributes == {
        "hazard": "2",
        "lanes": ["right"],
        "width": 1.5,
        "crew.note": "Near the bus stop",
    }
    assert (draft.first_name, draft.last_name, draft.email) == ("Ioana", None, "ioana@example.org")
    assert draft_from_form_data(bin_answers).attributes == {}


@pytest.mark.parametrize(
    ("service", "code"),
    [("ua-mayor-internet-reception", "postal_address"), ("4fd3.b1", "crew.note"), ("7", "ț/ş")],
)
def test_field_names_carry_any_codes_back(service: str, code: str) -> None:
    key = attribute_key(service, code)
    assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,63}", key)
    draft = draft_from_form_data(
        {"service_code": service, "description": "x" * 12, "address_string": "Main", key: "v"}
    )
    assert draft.attributes == {code: "v"}


def test_only_the_chosen_services_answers_are_sent() -> None:
    services = [Open311Service("a", "A"), Open311Service("b", "B")]
    question = Open311Attribute("colour", "string", "Which colour?")
    build_petition_form(services, {"a": [question], "b": [question]})
    draft = draft_from_form_data(
        {
            "service_code": "b",
            "description": "Something happened here.",
            "address_string": "Main street",
            attribute_key("a", "colour"): "red",
            attribute_key("b", "colour"): "blue",
        }
    )
    assert draft.attributes == {"colour": "blue"}


def test_the_reference_portals_form_is_a_valid_document(open311_portal: EmbeddedPortal) -> None:
    settings = Open311Settings(url=open311_portal.url + "/open311/v2", api_key=open311_portal.token)

    async def fetch() -> dict[str, Any]:
        async with Open311Client(settings) as client:
            return await fetch_petition_form(client)

    form = asyncio.run(fetch())
    validator = _validator(form)
    codes = [c["const"] for c in form["schema"]["properties"]["service_code"]["oneOf"]]
    assert "ro-petition" in codes
    # The portal's one-value consent list is asked as a tick box and sent as its value.
    agree = agreement_key("ro-petition", "consent", "true")
    assert form["schema"]["properties"][agree] == {"type": "boolean", "const": True}
    answers = {
        "service_code": "ro-petition",
        "description": "Street lights out on Str. Horea for a week.",
        "address_string": "Str. Horea 12",
        attribute_key("ro-petition", "petition_type"): "report",
        attribute_key("ro-petition", "topic"): "lighting",
        attribute_key("ro-petition", "reply_by"): "email",
        agree: True,
        "first_name": "Ioana",
        "last_name": "Popescu",
        "email": "ioana@example.org",
        "consent": True,
    }
    assert validator.iter_errors(answers) == []
    draft = draft_from_form_data(answers)
    assert draft.attributes == {
        "petition_type": "report",
        "topic": "lighting",
        "reply_by": "email",
        "consent": "true",
    }


def test_every_kiosk_text_exists_in_every_language() -> None:
    texts = [*STEPS.values()]
    for label, help_text, errors in FIELD_TEXTS.values():
        texts += [label, help_text, *errors.values()]
    for text in texts:
        assert set(text) == set(LANGUAGE_CODES)
        assert all(value.strip() for value in text.values())
        # Romanian with comma-below ș ț, never the cedilla ş ţ.
        assert not set(text["ro"]) & set("şţŞŢ")


def test_a_server_with_nothing_askable_is_a_clear_error() -> None:
    photo = Open311Attribute("photo", "image", "Photo", required=True)
    with pytest.raises(ValueError, match="no service"):
        build_petition_form([Open311Service("x", "X", metadata=True)], {"x": [photo]})


def test_the_version_changes_when_the_servers_list_changes() -> None:
    one = build_petition_form([Open311Service("a", "A")], {})
    choice = Open311Attribute(
        "size", "singlevaluelist", "Size?", values=(Open311Value("s", "Small"),)
    )
    two = build_petition_form([Open311Service("a", "A")], {"a": [choice]})
    assert one["version"] != two["version"]
    assert one["version"] == build_petition_form([Open311Service("a", "A")], {})["version"]
