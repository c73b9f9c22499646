"""Who the appointment is for: the typed details and the plain-words checks on them."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.forms.personal_ids import ID_FORMAT_BY_COUNTRY, is_valid_personal_id
from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.portal.submissions import Applicant

# Translated in the "Appointments" context where Qt is available.
ENTER_GIVEN_NAMES = QT_TRANSLATE_NOOP("Appointments", "Enter your first name")
ENTER_SURNAME = QT_TRANSLATE_NOOP("Appointments", "Enter your surname")
ENTER_PERSONAL_ID = QT_TRANSLATE_NOOP("Appointments", "Enter your personal identification number")
CHECK_PERSONAL_ID = QT_TRANSLATE_NOOP(
    "Appointments",
    "This personal identification number is not right. Check each digit on your ID card.",
)

GIVEN_NAMES, SURNAME, PERSONAL_ID = "givenNames", "surname", "personalId"


@dataclass(frozen=True)
class PersonDetails:
    """What was typed, kept as typed (trimmed) so nothing is lost after a mistake."""

    given_names: str = ""
    surname: str = ""
    personal_id: str = ""

    def __repr__(self) -> str:
        return "PersonDetails(<personal data hidden>)"

    @classmethod
    def typed(cls, given_names: str, surname: str, personal_id: str) -> PersonDetails:
        # People type IDs with spaces to keep their place; the number has none.
        compact_id = "".join(personal_id.split())
        return cls(" ".join(given_names.split()), " ".join(surname.split()), compact_id)

    def problems(self, country: str) -> dict[str, str]:
        """English source messages by field name; empty when everything is fine."""
        found: dict[str, str] = {}
        if not self.given_names:
            found[GIVEN_NAMES] = ENTER_GIVEN_NAMES
        if not self.surname:
            found[SURNAME] = ENTER_SURNAME
        if not self.personal_id:
            found[PERSONAL_ID] = ENTER_PERSONAL_ID
        else:
            id_format = ID_FORMAT_BY_COUNTRY.get(country, "")
            if not is_valid_personal_id(id_format, self.personal_id):
                found[PERSONAL_ID] = CHECK_PERSONAL_ID
        return found

    def applicant(self) -> Applicant:
        return Applicant(
            given_names=self.given_names,
            surname=self.surname,
            personal_id=self.personal_id,
            source="typed",
        )

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surname}".strip()
