"""What guided mode adds to a form step: explanations, "show me", the on-behalf consent.

* Explanations: why the step is asked (the form's ``steps.<name>.why`` text, when the
  portal gives one) and, for each question, the form's own help text, which says why it
  is asked and in which document the person finds it. In the UI language, from the
  portal's form definition (no separate source of truth on the kiosk).
* "Show me": the control to touch next — the first shown question without an answer
  (or with an error), else Continue.
* On behalf: the consent statement the service requires when staff submit for a person
  who is not present (the form's ``guided.on_behalf_consent``, else the kiosk's default).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from kiosk.forms.definition import FieldKind, FormDefinition, StepDef
from kiosk.forms.session import FormSession
from kiosk.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "GuidedForm"
DEFAULT_ON_BEHALF_CONSENT = QT_TRANSLATE_NOOP(
    "GuidedForm",
    "I confirm that the person named in this request asked me to send it for them and "
    "agreed that their details are used for it.",
)
CONTINUE = "continue"


def step_why(definition: FormDefinition, step: StepDef, lang: str) -> str:
    key = f"steps.{step.name}.why"
    return definition.message(lang, key) or definition.message("en", key) or ""


def explanations(form: FormSession, lang: str) -> dict[str, Any]:
    """``{why, fields: [{key, label, text}]}`` for the current step."""
    step = form.current_step
    fields = [
        {"key": f.key, "label": f.label(lang), "text": f.help_text(lang)}
        for f in form.visible_fields()
        if f.help_text(lang)
    ]
    return {"why": step_why(form.definition, step, lang), "fields": fields}


def _answered(value: Any, kind: FieldKind) -> bool:
    if value is None or value == "" or value == []:
        return False
    return not (kind is FieldKind.CONSENT and value is not True)


def show_me_target(form: FormSession, errors: Collection[str]) -> str:
    """The key of the question to touch next, or "continue"."""
    for field in form.visible_fields():
        if field.key in errors:
            return field.key
    for field in form.visible_fields():
        if field.required and not _answered(form.values.get(field.key), field.kind):
            return field.key
    return CONTINUE


def on_behalf_consent(
    definition: FormDefinition | None, lang: str, translate: Callable[[str], str]
) -> str:
    if definition is not None:
        text = definition.message(lang, "guided.on_behalf_consent")
        if text:
            return text
    return translate(DEFAULT_ON_BEHALF_CONSENT)
