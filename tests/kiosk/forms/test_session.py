"""One person's walk through a form: errors, Back, Change, rules, ID card, what is sent."""

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from kiosk.forms.loader import load_form
from kiosk.forms.session import FormSession
from portal.form_validation import format_checker as portal_format_checker
from portal.form_validation import validate_form_data
from tests.kiosk.forms.demo import demo_form


def english(text: str) -> str:
    return text


CARD = {"given_names": "Maria Elena", "surname": "Popescu", "personal_id": "1630615123457"}


def _session(code: str) -> FormSession:
    return FormSession(load_form(demo_form(code)))


def _continue(form: FormSession) -> list[str]:
    return [e.key for e in form.continue_(english, "en")]


def _fill(form: FormSession, values: dict[str, Any]) -> None:
    for key, value in values.items():
        form.set_value(key, value)


STREET_ADDRESS: list[dict[str, Any]] = [
    {"given_names": "Maria Elena", "surname": "Popescu", "cnp": "1630 615 123457"},
    {"street": "Bulevardul Decebal", "house_number": "12A"},
    {"property_type": "land", "property_street": "Aleea Moților", "cadastral_number": "61234"},
    {"purpose": "notary"},
    {"phone": "0722 123 456"},
    {"consent": True},
]


def test_continue_lists_exactly_the_missing_answers_and_stays() -> None:
    form = _session("ro-street-address-certificate")
    assert _continue(form) == ["given_names", "surname", "cnp"]
    assert form.current_step.name == "you"
    form.set_value("given_names", "Maria")
    assert _continue(form) == ["surname", "cnp"]


def test_a_full_walk_ends_at_check_answers_with_every_shown_answer() -> None:
    form = _session("ro-street-address-certificate")
    for step_values in STREET_ADDRESS:
        assert not form.at_check_answers
        _fill(form, step_values)
        assert _continue(form) == []
    assert form.at_check_answers
    rows = {row.key: row for row in form.answers("ro", english)}
    romanian = demo_form("ro-street-address-certificate")["i18n"]["ro"]
    assert rows["street"].value == "Bulevardul Decebal"
    assert rows["property_type"].label == romanian["property_type.label"]
    # The option's words in the person's language, not its code.
    assert rows["property_type"].value == romanian["property_type.options.land"] != "land"
    assert rows["consent"].value == "Yes"
    assert rows["apartment"].value == ""
    assert rows["cnp"].value == "1630615123457"  # in full: the person checks their own
    assert rows["given_names"].step_label == "Despre dumneavoastră"


def test_back_keeps_what_was_typed() -> None:
    form = _session("ro-street-address-certificate")
    _fill(form, STREET_ADDRESS[0])
    _continue(form)
    form.set_value("street", "Aleea Streiului")
    assert form.back() is True
    assert form.current_step.name == "you"
    assert form.values["surname"] == "Popescu"
    assert form.back() is False  # the first step: the screen leaves the form
    _continue(form)
    assert form.values["street"] == "Aleea Streiului"


def test_change_from_check_answers_comes_straight_back() -> None:
    form = _session("ro-street-address-certificate")
    for step_values in STREET_ADDRESS:
        _fill(form, step_values)
        _continue(form)
    form.change("street")
    assert form.current_step.name == "address" and not form.at_check_answers
    form.set_value("house_number", "")
    assert _continue(form) == ["house_number"]
    form.set_value("house_number", "7")
    assert _continue(form) == []
    assert form.at_check_answers
    assert {r.key: r.value for r in form.answers("en", english)}["house_number"] == "7"


def test_a_show_rule_hides_a_field_its_errors_and_its_answer() -> None:
    form = _session("ro-petition")
    _fill(form, {"petition_type": "report", "topic": "roads"})
    form.set_value("description", "The street light on my corner is broken.")
    _continue(form)
    _fill(form, {"given_names": "Ion", "surname": "Rusu"})
    _continue(form)
    assert form.current_step.name == "contact"
    assert [f.key for f in form.visible_fields()] == ["reply_by", "phone"]
    form.set_value("postal_address", "x")  # typed earlier, now hidden: not checked
    form.set_value("reply_by", "email")
    assert [f.key for f in form.visible_fields()] == ["reply_by", "email", "phone"]
    form.set_value("email", "ion@example")
    assert _continue(form) == ["email"]
    form.set_value("reply_by", "post")
    assert [f.key for f in form.visible_fields()] == ["reply_by", "postal_address", "phone"]
    assert _continue(form) == ["postal_address"]
    form.set_value("postal_address", "Str. Mare 1, Deva")
    assert _continue(form) == []
    form.set_value("consent", True)
    assert _continue(form) == []
    data = form.submission_data()
    assert "email" not in data and data["postal_address"] == "Str. Mare 1, Deva"
    assert "email" not in {row.key for row in form.answers("en", english)}
    form.change("reply_by")
    form.set_value("reply_by", "email")
    assert form.values["email"] == "ion@example"  # kept while hidden


def test_the_id_card_fills_empty_fields_and_never_overwrites_typed_ones() -> None:
    form = _session("ro-street-address-certificate")
    form.set_value("surname", "Popescu-Ionescu")
    assert form.apply_prefill(CARD, "chip") == ["given_names", "cnp"]
    assert form.values["surname"] == "Popescu-Ionescu"
    assert form.prefilled == {"given_names", "cnp"}
    form.set_value("given_names", "Maria")
    assert form.prefilled == {"cnp"}
    second = {**CARD, "personal_id": "2630615123452", "given_names": "Ana"}
    form.apply_prefill(second, "mrz")
    assert form.values["cnp"] == "2630615123452"  # still as read: a newer card replaces it
    assert form.values["given_names"] == "Maria"


def test_the_applicant_comes_from_the_card_until_an_identity_answer_is_edited() -> None:
    form = _session("md-criminal-record-certificate")
    card = {**CARD, "personal_id": "1008600038413", "birth_date": "1963-06-15"}
    form.apply_prefill(card, "chip")
    applicant = form.applicant()
    assert applicant is not None
    assert (applicant.given_names, applicant.personal_id) == ("Maria Elena", "1008600038413")
    assert (applicant.birth_date, applicant.id_format, applicant.source) == (
        "1963-06-15",
        "md-idnp",
        "chip",
    )
    assert "Maria" not in repr(applicant) and "1008600038413" not in repr(applicant)
    form.set_value("surname", "Rusu")
    applicant = form.applicant()
    assert applicant is not None and applicant.source == "typed"


def test_answers_are_sent_typed_and_normalised() -> None:
    form = _session("ro-new-building-tax-declaration")
    _fill(form, {"phone": "0722 123 456", "built_area_m2": "1 250,5"})
    _fill(form, {"utilities": ["heating", "water"], "completion_date": "2025-11-03"})
    data = form.submission_data()
    assert data["phone"] == "+40722123456"
    assert data["built_area_m2"] == 1250.5
    assert data["utilities"] == ["water", "heating"]
    rows = {row.key: row.value for row in form.answers("en", english)}
    assert rows["completion_date"] == "03.11.2025"
    assert form.contact() == {"phone": "+40722123456"}


COMPLETE: dict[str, dict[str, Any]] = {
    "ro-street-address-certificate": {k: v for step in STREET_ADDRESS for k, v in step.items()},
    "ua-pension-insurance-statement": {
        "given_names": "Olena",
        "surname": "Koval",
        "rnokpp": "1759013776",
        "birth_date": "1948-02-29",
        "statement_form": "ok5",
        "year_from": "2004",
        "delivery": "counter",
        "phone": "067 123 45 67",
        "consent": True,
    },
    "ro-agricultural-register-certificate": {
        **{k: v for k, v in STREET_ADDRESS[0].items()},
        **STREET_ADDRESS[1],
        "purpose": "apia",
        "copies": "2",
        "email": "maria@example.com",
        "consent": True,
    },
}


@pytest.mark.parametrize("code", COMPLETE)
def test_what_is_sent_passes_the_portals_own_validation(code: str) -> None:
    document = demo_form(code)
    form = FormSession(load_form(document))
    _fill(form, COMPLETE[code])
    while not form.at_check_answers:
        assert _continue(form) == []
    data = form.submission_data()
    Draft202012Validator(document["schema"], format_checker=portal_format_checker).validate(data)
    assert validate_form_data(document["schema"], data, document["i18n"], "en") == {}


def test_the_pension_form_sends_the_year_only_when_it_is_asked() -> None:
    form = _session("ua-pension-insurance-statement")
    _fill(form, COMPLETE["ua-pension-insurance-statement"])
    assert form.submission_data()["year_from"] == 2004
    assert form.submission_data()["phone"] == "+380671234567"
    form.set_value("statement_form", "ok7")
    assert "year_from" not in form.submission_data()


def test_wipe_forgets_everything() -> None:
    form = _session("ro-street-address-certificate")
    form.apply_prefill(CARD, "chip")
    _continue(form)
    form.wipe()
    assert (form.values, form.prefilled, form.step_index) == ({}, set(), 0)
    assert form.applicant() is None and form.submission_data() == {}
    assert "Popescu" not in repr(form)


def test_a_change_that_reveals_a_question_on_another_step_leads_there_first() -> None:
    document = demo_form("ro-petition")
    you = document["uischema"]["elements"][1]["elements"]
    you[0]["rule"] = {  # given names asked only when the answer comes by post
        "effect": "SHOW",
        "condition": {"scope": "#/properties/reply_by", "schema": {"const": "post"}},
    }
    form = FormSession(load_form(document))
    _fill(form, {"petition_type": "report", "topic": "roads"})
    _fill(form, {"description": "The street light on my corner is broken.", "surname": "Rusu"})
    _fill(form, {"reply_by": "email", "consent": True})
    while not form.at_check_answers:
        assert _continue(form) == []
    form.change("reply_by")
    _fill(form, {"reply_by": "post", "postal_address": "Str. Mare 1, Deva"})
    assert _continue(form) == ["given_names"]
    assert form.current_step.name == "you" and not form.at_check_answers
    form.set_value("given_names", "Ion")
    assert _continue(form) == []
    assert form.at_check_answers
