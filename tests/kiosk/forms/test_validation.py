"""Error messages: the form's own words in the person's language, else plain generic ones."""

from typing import Any

import pytest

from kiosk.forms import messages
from kiosk.forms.definition import FormDefinition
from kiosk.forms.loader import load_form
from kiosk.forms.validation import FieldError, validate_fields
from tests.kiosk.forms.demo import demo_form

ROMANIAN = {
    messages.TOO_LONG: "Este prea lung: cel mult {max} caractere.",
    messages.ENTER_ANSWER: "Scrieți răspunsul aici.",
}


def english(text: str) -> str:
    return text


def romanian(text: str) -> str:
    return ROMANIAN.get(text, text)


def _errors(
    definition: FormDefinition, data: dict[str, Any], lang: str = "en", translate: Any = english
) -> dict[str, FieldError]:
    errors = validate_fields(definition, definition.all_fields(), data, translate, lang)
    return {e.key: e for e in errors}


@pytest.fixture
def petition() -> FormDefinition:
    return load_form(demo_form("ro-petition"))


@pytest.fixture
def urbanism() -> FormDefinition:
    return load_form(demo_form("ro-urbanism-certificate"))


def test_the_forms_own_message_is_used_in_the_persons_language(urbanism: FormDefinition) -> None:
    data = {"cnp": "1630615123458", "phone": "call me"}
    ro = _errors(urbanism, data, "ro")
    en = _errors(urbanism, data, "en")
    assert (
        ro["cnp"].message == "CNP-ul nu este corect; verificați cifrele din cartea de identitate."
    )
    assert en["cnp"].message == "This CNP is not valid; check the digits on your identity card."
    assert (ro["cnp"].keyword, en["phone"].keyword) == ("format", "pattern")
    assert ro["phone"].message == "Scrieți numărul doar cu cifre, de exemplu 0722 123 456."
    assert en["phone"].message == "Use digits only, for example +40 722 123 456."


def test_a_too_short_cnp_is_explained_by_its_length_first(urbanism: FormDefinition) -> None:
    assert _errors(urbanism, {"cnp": "16306151"})["cnp"].message == (
        "The CNP has exactly 13 digits."
    )


def test_generic_messages_say_what_to_do(urbanism: FormDefinition) -> None:
    errors = _errors(
        urbanism,
        {"plot_area_m2": 2_000_000, "consent": False, "email": "maria.example.com"},
    )
    assert errors["given_names"].message == "Enter your answer here."
    assert errors["street"].message == "Choose one of the options."
    assert errors["purpose"].message == "Choose one of the options."
    assert errors["consent"].message == "Tick the box to agree before you continue."
    assert errors["plot_area_m2"].message == "Enter a number of 1000000 or less."
    assert errors["email"].message == "The email address should look like name@example.com."
    assert set(errors) == set(urbanism.schema["required"]) | {"email"}


def test_without_the_forms_message_in_that_language_the_generic_one_is_used() -> None:
    document = demo_form("ro-urbanism-certificate")
    del document["i18n"]["hu"]
    definition = load_form(document)
    errors = _errors(definition, {"email": "maria.example.com", "cnp": "1630615123458"}, "hu")
    assert errors["email"].message == "Enter an e-mail address like name@example.com."
    assert errors["cnp"].message == (
        "This number is not valid. Check the digits on your identity card."
    )


def test_generic_messages_are_translated_and_then_filled_in(petition: FormDefinition) -> None:
    errors = _errors(petition, {"location": "x" * 301}, "ro", romanian)
    assert errors["location"].message == "Este prea lung: cel mult 300 caractere."
    assert errors["surname"].message == "Scrieți răspunsul aici."


def test_numbers_dates_and_personal_ids() -> None:
    agricultural = load_form(demo_form("ro-agricultural-register-certificate"))
    assert _errors(agricultural, {"copies": 9})["copies"].message == ("Enter a number from 1 to 5.")
    assert _errors(agricultural, {"copies": "three"})["copies"].message == (
        "Enter a whole number, like 3."
    )
    criminal = load_form(demo_form("md-criminal-record-certificate"))
    errors = _errors(criminal, {"birth_date": "1990-02-30", "idnp": "1008600038412"})
    assert errors["birth_date"].message == "Enter a real date."
    assert errors["idnp"].message == (
        "This number is not valid. Check the digits on your identity card."
    )
    assert "birth_date" not in _errors(criminal, {"birth_date": "1990-02-28"})
    assert "idnp" not in _errors(criminal, {"idnp": "1008600038413"})


def test_one_message_per_field_and_only_for_the_fields_asked(urbanism: FormDefinition) -> None:
    step = urbanism.steps[0]
    errors = validate_fields(urbanism, step.fields, {"cnp": "12"}, english, "en")
    assert [e.key for e in errors] == ["given_names", "surname", "cnp"]
