"""The personal ID typed on the taxes screen: cleaned, and checked before it is sent.

The check digit catches most typos while the person is still at the screen; the
messages say which number is meant and what to look at, in the country's own
name for it (CNP, IDNP, EGN, RNOKPP).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.forms.personal_ids import ID_FORMAT_BY_COUNTRY, is_valid_personal_id
from kiosk.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "TaxesLookup"


@dataclass(frozen=True)
class PersonalIdKind:
    label: str  # English source text, context "TaxesLookup"
    short_name: str  # the abbreviation people know; not translated
    digits: int


KINDS: dict[str, PersonalIdKind] = {
    "RO": PersonalIdKind(
        QT_TRANSLATE_NOOP("TaxesLookup", "Personal numeric code (CNP)"), "CNP", 13
    ),
    "MD": PersonalIdKind(
        QT_TRANSLATE_NOOP("TaxesLookup", "Personal identification number (IDNP)"), "IDNP", 13
    ),
    "BG": PersonalIdKind(QT_TRANSLATE_NOOP("TaxesLookup", "Personal number (EGN)"), "EGN", 10),
    "UA": PersonalIdKind(
        QT_TRANSLATE_NOOP("TaxesLookup", "Taxpayer number (RNOKPP)"), "RNOKPP", 10
    ),
}

# %1 is the number's short name (CNP), %2 how many digits it has, %3 how many were typed.
ID_MISSING = QT_TRANSLATE_NOOP("TaxesLookup", "Enter your %1. It is on your identity card.")
ID_NOT_DIGITS = QT_TRANSLATE_NOOP("TaxesLookup", "Your %1 has only digits. Type just the digits.")
ID_WRONG_LENGTH = QT_TRANSLATE_NOOP("TaxesLookup", "Your %1 has %2 digits. You typed %3.")
ID_NOT_VALID = QT_TRANSLATE_NOOP(
    "TaxesLookup", "This %1 is not right. Check each digit against your identity card."
)


@dataclass(frozen=True)
class PersonalIdCheck:
    value: str  # cleaned: spaces removed
    error: str  # English source text with %1-%3 placeholders, or "" when valid
    typed_digits: int

    def __repr__(self) -> str:
        return f"PersonalIdCheck(error={self.error!r})"

    @property
    def valid(self) -> bool:
        return not self.error


def id_kind(country: str) -> PersonalIdKind:
    return KINDS.get(country.upper(), KINDS["RO"])


def check_personal_id(typed: str, *, country: str = "RO") -> PersonalIdCheck:
    value = "".join(typed.split())
    kind = id_kind(country)
    if not value:
        error = ID_MISSING
    elif not (value.isascii() and value.isdigit()):
        error = ID_NOT_DIGITS
    elif len(value) != kind.digits:
        error = ID_WRONG_LENGTH
    elif not is_valid_personal_id(ID_FORMAT_BY_COUNTRY[_known(country)], value):
        error = ID_NOT_VALID
    else:
        error = ""
    return PersonalIdCheck(value, error, len(value))


def _known(country: str) -> str:
    return country.upper() if country.upper() in KINDS else "RO"
