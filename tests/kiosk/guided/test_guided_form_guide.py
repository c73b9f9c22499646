"""Guided explanations, "show me" and the on-behalf consent, from the portal's demo forms."""

from __future__ import annotations

import pytest

from kiosk.forms.loader import load_form
from kiosk.forms.session import FormSession
from kiosk.guided import form_guide
from kiosk.i18n.languages import LANGUAGE_CODES
from tests.kiosk.forms.demo import DEMO_CODES, demo_form


def _english(text: str) -> str:
    return text


@pytest.mark.parametrize("code", DEMO_CODES)
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_guided_every_demo_step_says_why_in_every_language(code: str, lang: str) -> None:
    definition = load_form(demo_form(code))
    english = {s.name: form_guide.step_why(definition, s, "en") for s in definition.steps}
    for step in definition.steps:
        why = form_guide.step_why(definition, step, lang)
        assert why, f"{code}: step {step.name} has no explanation"
        assert lang == "en" or why != english[step.name], f"{code}/{step.name} not in {lang}"
        for field in step.fields:
            assert field.help_text(lang), f"{code}: {field.key} has no help in {lang}"


def test_guided_show_me_goes_to_the_first_unanswered_question_then_continue() -> None:
    form = FormSession(load_form(demo_form("ro-street-address-certificate")), country="RO")
    assert form_guide.show_me_target(form, ()) == "given_names"
    form.set_value("given_names", "Maria")
    assert form_guide.show_me_target(form, ()) == "surname"
    # A question with an error comes first, even when it has an answer.
    assert form_guide.show_me_target(form, ("given_names",)) == "given_names"
    form.set_value("surname", "Popescu")
    form.set_value("cnp", "1800101200017")
    assert form_guide.show_me_target(form, ()) == "continue"
    explained = form_guide.explanations(form, "ro")
    assert "Instituția" in explained["why"]
    assert [f["key"] for f in explained["fields"]] == ["given_names", "surname", "cnp"]


def test_guided_on_behalf_consent_is_the_service_own_statement_or_the_default() -> None:
    record = load_form(demo_form("md-criminal-record-certificate"))
    own = form_guide.on_behalf_consent(record, "ro", _english)
    assert "procura" in own
    other = load_form(demo_form("ro-street-address-certificate"))
    assert form_guide.on_behalf_consent(other, "ro", _english) == (
        form_guide.DEFAULT_ON_BEHALF_CONSENT
    )
