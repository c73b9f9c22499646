"""What a loaded form is: its steps and fields, typed and frozen (built by `loader.load_form`).

A definition holds no answers: `session.FormSession` holds one person's values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

FALLBACK_LANGUAGE = "en"


class FieldKind(StrEnum):
    """How a field is asked on screen."""

    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    YES_NO = "yes_no"
    EMAIL = "email"
    PHONE = "phone"
    PERSONAL_ID = "personal_id"
    STREET = "street"
    CONSENT = "consent"


# Kinds whose answer is typed on the keyboard (the rest are picked or ticked).
TYPED_KINDS = frozenset(
    {
        FieldKind.SHORT_TEXT,
        FieldKind.LONG_TEXT,
        FieldKind.NUMBER,
        FieldKind.EMAIL,
        FieldKind.PHONE,
        FieldKind.PERSONAL_ID,
    }
)


def _pick(texts: Mapping[str, str], lang: str, default: str) -> str:
    return texts.get(lang) or texts.get(FALLBACK_LANGUAGE) or default


@dataclass(frozen=True)
class Option:
    """One answer of a choice: the value sent to the portal and its label per language."""

    value: str
    labels: Mapping[str, str]

    def label(self, lang: str) -> str:
        return _pick(self.labels, lang, self.value)


@dataclass(frozen=True)
class ShowRule:
    """Show (or hide) a field while another field's answer is one of `values`."""

    show: bool
    key: str
    values: tuple[Any, ...]


@dataclass(frozen=True)
class FieldDef:
    key: str
    kind: FieldKind
    required: bool
    labels: Mapping[str, str]
    help: Mapping[str, str] = field(default_factory=dict)
    options: tuple[Option, ...] = ()
    id_format: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    rule: ShowRule | None = None
    # ID-card field (given_names, surname, personal_id, birth_date, …) that can fill this one.
    prefill_source: str | None = None
    # The field's own JSON Schema, used for validation.
    schema: Mapping[str, Any] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return _pick(self.labels, lang, self.key)

    def help_text(self, lang: str) -> str:
        return _pick(self.help, lang, "")

    def option(self, value: object) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class StepDef:
    name: str
    labels: Mapping[str, str]
    fields: tuple[FieldDef, ...]

    def label(self, lang: str) -> str:
        return _pick(self.labels, lang, self.name)


@dataclass(frozen=True)
class FormDefinition:
    service_code: str
    version: str
    steps: tuple[StepDef, ...]
    schema: Mapping[str, Any]
    i18n: Mapping[str, Mapping[str, str]]
    # ID-card field name -> field key.
    prefill: Mapping[str, str]

    def all_fields(self) -> tuple[FieldDef, ...]:
        """Every field of every step, in order."""
        return tuple(f for step in self.steps for f in step.fields)

    def field(self, key: str) -> FieldDef:
        for candidate in self.all_fields():
            if candidate.key == key:
                return candidate
        raise KeyError(key)

    def step_of(self, key: str) -> int:
        for index, step in enumerate(self.steps):
            if any(f.key == key for f in step.fields):
                return index
        raise KeyError(key)

    def message(self, lang: str, key: str) -> str | None:
        """The form's own text `key` in `lang` only (no fallback), or None."""
        return self.i18n.get(lang, {}).get(key)

    def visible_keys(self, values: Mapping[str, Any]) -> frozenset[str]:
        """Fields shown for these (typed) answers. A hidden field counts as unanswered."""
        by_key = {f.key: f for f in self.all_fields()}
        memo: dict[str, bool] = {}

        def visible(key: str) -> bool:
            if key not in memo:
                rule = by_key[key].rule
                if rule is None:
                    memo[key] = True
                else:  # the loader rejects rule cycles, so this terminates
                    met = visible(rule.key) and _matches(values.get(rule.key), rule.values)
                    memo[key] = met == rule.show
            return memo[key]

        return frozenset(key for key in by_key if visible(key))


def _matches(value: Any, wanted: tuple[Any, ...]) -> bool:
    if value is None:
        return False
    # JSON equality: True is not 1.
    return any(type(value) is type(w) and value == w for w in wanted) or any(
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and isinstance(w, int | float)
        and not isinstance(w, bool)
        and value == w
        for w in wanted
    )
