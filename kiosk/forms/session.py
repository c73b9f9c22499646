"""One person filling one form: answers, current step, "check your answers", the ID card.

Only this object holds the answers; `wipe()` forgets them. Fields hidden by a rule keep
their answer (in case they are shown again) but are not checked, listed or sent.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.forms.definition import FieldDef, FieldKind, FormDefinition, StepDef
from kiosk.forms.personal_ids import ID_FORMAT_BY_COUNTRY
from kiosk.forms.validation import FieldError, validate_fields
from kiosk.forms.values import day_month_year, display_value, typed_value

Translate = Callable[[str], str]


@dataclass(frozen=True)
class AnswerRow:
    """One line of "Check your answers"."""

    step_name: str
    step_label: str
    key: str
    label: str
    value: str

    def __repr__(self) -> str:
        return f"AnswerRow(step_name={self.step_name!r}, key={self.key!r}, value=<hidden>)"

    def as_map(self) -> dict[str, str]:
        """For QML: stepName, stepLabel, key, label, value."""
        return {
            "stepName": self.step_name,
            "stepLabel": self.step_label,
            "key": self.key,
            "label": self.label,
            "value": self.value,
        }


@dataclass(frozen=True)
class Applicant:
    """Who is applying, as typed in the form (for receipts and the submission envelope)."""

    given_names: str | None
    surname: str | None
    personal_id: str | None
    id_format: str | None
    birth_date: str | None  # ISO 8601
    # "mrz" or "chip" when every identity answer is still as read from the card, else "typed".
    source: str

    def __repr__(self) -> str:
        return f"Applicant(<hidden>, id_format={self.id_format!r}, source={self.source!r})"


def country_of(service_code: str) -> str | None:
    """ "ro-petition" -> "RO" when the prefix is one of the kiosk's countries."""
    prefix = service_code.split("-", 1)[0].upper()
    return prefix if prefix in ID_FORMAT_BY_COUNTRY else None


class FormSession:
    def __init__(self, definition: FormDefinition, country: str | None = None) -> None:
        self.definition = definition
        # Phone numbers typed with a leading 0 get this country's calling code.
        self.country = country or country_of(definition.service_code)
        self.values: dict[str, Any] = {}
        self.prefilled: set[str] = set()
        # Where the prefilled values came from ("mrz", "chip"), for the applicant's `source`.
        self.prefill_source: str | None = None
        self.step_index = 0
        self.at_check_answers = False
        self._return_to_check = False

    def __repr__(self) -> str:
        return (
            f"FormSession({self.definition.service_code!r}, step={self.step_index}, "
            f"answers={len(self.values)}, check={self.at_check_answers})"
        )

    # --- what is shown ------------------------------------------------------------------

    def typed_values(self) -> dict[str, Any]:
        fields = self.definition.all_fields()
        return {f.key: typed_value(f, self.values.get(f.key), self.country) for f in fields}

    def _visible(self) -> frozenset[str]:
        return self.definition.visible_keys(self.typed_values())

    @property
    def current_step(self) -> StepDef:
        return self.definition.steps[self.step_index]

    @property
    def returning_to_check_answers(self) -> bool:
        """True while changing one answer from "Check your answers"."""
        return self._return_to_check

    def visible_fields(self, step: StepDef | None = None) -> list[FieldDef]:
        visible = self._visible()
        return [f for f in (step or self.current_step).fields if f.key in visible]

    def visible_steps(self) -> list[StepDef]:
        visible = self._visible()
        return [s for s in self.definition.steps if any(f.key in visible for f in s.fields)]

    def _visible_indexes(self) -> list[int]:
        visible = self._visible()
        steps = self.definition.steps
        return [i for i, s in enumerate(steps) if any(f.key in visible for f in s.fields)]

    @property
    def step_position(self) -> int:
        """0-based position of the current step among the shown steps ("Step n+1 of m")."""
        return max(sum(1 for i in self._visible_indexes() if i < self.step_index), 0)

    # --- answering ----------------------------------------------------------------------

    def set_value(self, key: str, value: Any) -> None:
        """Store what the person entered; editing a value filled from the ID card unmarks it."""
        self.definition.field(key)  # KeyError for a field the form does not have
        if key in self.prefilled and self.values.get(key) != value:
            self.prefilled.discard(key)
        if value is None or value == "" or value == []:
            self.values.pop(key, None)
        else:
            self.values[key] = value

    def apply_prefill(self, card: Mapping[str, str], source: str) -> list[str]:
        """Fill fields from ID-card data (MRZ or chip); returns the keys filled.

        Only empty fields, or ones still holding an earlier card value, are filled: what
        the person typed is never overwritten. `source` ("mrz", "chip") becomes the
        applicant's source while the identity answers stay as read.
        """
        filled = []
        for card_field, key in self.definition.prefill.items():
            value = card.get(card_field)
            if not isinstance(value, str) or value.strip() == "":
                continue
            if key in self.values and key not in self.prefilled:
                continue
            field = self.definition.field(key)
            if field.options and field.option(value) is None:
                continue
            self.values[key] = value.strip()
            self.prefilled.add(key)
            filled.append(key)
        if filled:
            self.prefill_source = source
        return filled

    # --- moving between steps -------------------------------------------------------------

    def errors(
        self, translate: Translate, lang: str, step: StepDef | None = None
    ) -> list[FieldError]:
        """Problems with the shown answers of `step` (default: the current step)."""
        fields = self.visible_fields(step)
        return validate_fields(self.definition, fields, self.typed_values(), translate, lang)

    def continue_(self, translate: Translate, lang: str) -> list[FieldError]:
        """Check the current step; when it is fine, move on. Returned errors are always
        about `current_step` (which may be an earlier step a rule has just revealed)."""
        if self.at_check_answers:
            return self._go_to_check_answers(translate, lang)
        problems = self.errors(translate, lang)
        if problems:
            return problems
        later = [i for i in self._visible_indexes() if i > self.step_index]
        if self._return_to_check or not later:
            return self._go_to_check_answers(translate, lang)
        self.step_index = later[0]
        return []

    def _go_to_check_answers(self, translate: Translate, lang: str) -> list[FieldError]:
        for index in self._visible_indexes():
            problems = self.errors(translate, lang, self.definition.steps[index])
            if problems:
                self.step_index = index
                self.at_check_answers = False
                return problems
        self.at_check_answers = True
        self._return_to_check = False
        return []

    def back(self) -> bool:
        """Go to the previous step (answers kept). False when already at the first step."""
        if self.at_check_answers:
            self.leave_check_answers()
            return True
        if self._return_to_check:
            self._return_to_check = False
            self.at_check_answers = True
            return True
        earlier = [i for i in self._visible_indexes() if i < self.step_index]
        if not earlier:
            return False
        self.step_index = earlier[-1]
        return True

    def leave_check_answers(self) -> None:
        """Back from "Check your answers" to the last shown step."""
        indexes = self._visible_indexes()
        self.at_check_answers = False
        self._return_to_check = False
        self.step_index = indexes[-1] if indexes else 0

    def change(self, key: str) -> None:
        """From "Check your answers", open the step asking `key`; Continue comes back."""
        self.step_index = self.definition.step_of(key)
        self.at_check_answers = False
        self._return_to_check = True

    # --- results ----------------------------------------------------------------------------

    def answers(
        self,
        lang: str,
        translate: Translate,
        format_date: Callable[[_dt.date], str] = day_month_year,
    ) -> list[AnswerRow]:
        """Every shown question with its answer in words ("" when not answered).

        Dates are shown with `format_date` (default dd.mm.yyyy); the personal ID in full:
        this is the person checking their own answers on screen.
        """
        typed = self.typed_values()
        visible = self.definition.visible_keys(typed)
        rows = []
        for step in self.definition.steps:
            for field in step.fields:
                if field.key in visible:
                    value = display_value(field, typed[field.key], lang, translate, format_date)
                    rows.append(
                        AnswerRow(step.name, step.label(lang), field.key, field.label(lang), value)
                    )
        return rows

    def submission_data(self) -> dict[str, Any]:
        """The shown, answered fields as typed JSON values, ready for the portal."""
        typed = self.typed_values()
        visible = self.definition.visible_keys(typed)
        return {k: v for k, v in typed.items() if k in visible and v is not None}

    def applicant(self) -> Applicant | None:
        """Names, personal ID and birth date when the form asks for them (else None)."""
        data = self.submission_data()
        roles = ("given_names", "surname", "personal_id", "birth_date")
        found: dict[str, str] = {}
        keys: list[str] = []
        id_format = None
        for field in self.definition.all_fields():
            role = field.prefill_source if field.prefill_source in roles else field.key
            if field.kind is FieldKind.PERSONAL_ID:
                role = "personal_id"
            value = data.get(field.key)
            if role in roles and role not in found and isinstance(value, str):
                found[role] = value
                keys.append(field.key)
                if role == "personal_id":
                    id_format = field.id_format
        if not found.keys() & {"given_names", "surname", "personal_id"}:
            return None
        from_card = self.prefill_source is not None and all(k in self.prefilled for k in keys)
        return Applicant(
            given_names=found.get("given_names"),
            surname=found.get("surname"),
            personal_id=found.get("personal_id"),
            id_format=id_format,
            birth_date=found.get("birth_date"),
            source=self.prefill_source if from_card and self.prefill_source else "typed",
        )

    def contact(self) -> dict[str, str]:
        """The shown phone and e-mail answers ({"phone": …, "email": …}), for the envelope."""
        data = self.submission_data()
        result: dict[str, str] = {}
        for field in self.definition.all_fields():
            name = {FieldKind.PHONE: "phone", FieldKind.EMAIL: "email"}.get(field.kind)
            value = data.get(field.key)
            if name is not None and name not in result and isinstance(value, str):
                result[name] = value
        return result

    def wipe(self) -> None:
        """Forget every answer and start again at the first step."""
        self.values.clear()
        self.prefilled.clear()
        self.prefill_source = None
        self.step_index = 0
        self.at_check_answers = False
        self._return_to_check = False
