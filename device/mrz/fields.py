"""The fields read from an MRZ, as the kiosk's forms use them.

:class:`MrzFields` holds personal data: its ``repr`` shows the document code and the
issuing state only. :meth:`MrzFields.card` gives the portal's prefill source names
(``given_names``, ``surname``, ``personal_id``, …); :meth:`MrzFields.as_json` everything,
for the command-line tool. The date helpers put two-digit years in their century.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

FILLER = "<"


def _yymmdd(text: str, year_base: int) -> date | None:
    if len(text) != 6 or not text.isdigit():
        return None
    try:
        return date(year_base + int(text[:2]), int(text[2:4]), int(text[4:6]))
    except ValueError:
        return None


def birth_date_from(
    yymmdd: str, today: date | None = None, century: int | None = None
) -> date | None:
    """A birth date: 20yy unless that is in the future, then 19yy; ``century`` overrides."""
    if century is not None:
        return _yymmdd(yymmdd, century)
    today = today or date.today()
    recent = _yymmdd(yymmdd, 2000)
    if recent is not None and recent <= today:
        return recent
    return _yymmdd(yymmdd, 1900)


def expiry_date_from(yymmdd: str) -> date | None:
    """An expiry date: always 20yy (documents in use today expire in this century)."""
    return _yymmdd(yymmdd, 2000)


def is_real_yymmdd(yymmdd: str) -> bool:
    """Six digits naming a real calendar day in 19yy or 20yy."""
    return _yymmdd(yymmdd, 2000) is not None or _yymmdd(yymmdd, 1900) is not None


def strip_fillers(text: str) -> str:
    """Drop trailing fillers; a '<' inside the text is a space."""
    return " ".join(text.replace(FILLER, " ").split())


def split_name(field: str) -> tuple[str, str]:
    """(surname, given names) from a name field: '<<' separates them, '<' is a space."""
    surname, _, given = field.partition(FILLER * 2)
    return strip_fillers(surname), strip_fillers(given)


@dataclass(frozen=True, repr=False)
class MrzFields:
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: date | None
    sex: str  # "M", "F" or "X" (unspecified)
    expiry_date: date | None
    optional_data: tuple[str, ...]
    personal_number: str | None

    def __repr__(self) -> str:
        return (
            f"MrzFields(document_code={self.document_code!r}, "
            f"issuing_state={self.issuing_state!r}, <personal data hidden>)"
        )

    def as_json(self) -> dict[str, Any]:
        """Every field, JSON-able (ISO dates, lists)."""
        return {
            "document_code": self.document_code,
            "issuing_state": self.issuing_state,
            "surname": self.surname,
            "given_names": self.given_names,
            "document_number": self.document_number,
            "nationality": self.nationality,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex,
            "expiry_date": self.expiry_date.isoformat() if self.expiry_date else None,
            "optional_data": list(self.optional_data),
            "personal_number": self.personal_number,
        }

    def card(self) -> dict[str, str]:
        """The portal's prefill sources that are known, named as the portal names them."""
        values = {
            "given_names": self.given_names,
            "surname": self.surname,
            "personal_id": self.personal_number or "",
            "document_number": self.document_number,
            "birth_date": self.birth_date.isoformat() if self.birth_date else "",
            "sex": self.sex,
            "nationality": self.nationality,
            "expiry_date": self.expiry_date.isoformat() if self.expiry_date else "",
        }
        return {key: value for key, value in values.items() if value}
