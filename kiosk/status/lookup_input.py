"""What the person typed on the status lookup screen: cleaned up, and checked before sending.

People copy numbers from paper: they add spaces, type a dash for the slash, or leave
the slash out. The reference portal numbers requests ``2026/000123``; anything that
looks like that is put in that form. Other portals may number differently, so any
other non-empty number is sent as typed and the portal answers whether it exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.i18n.noop import QT_TRANSLATE_NOOP

_YEAR_AND_SEQUENCE = re.compile(r"(\d{4})[/-]?(\d{6})")
_ALLOWED = re.compile(r"[0-9A-Za-z/-]+")

NUMBER_MISSING = QT_TRANSLATE_NOOP(
    "StatusLookup", "Enter the registration number from your receipt."
)
NUMBER_UNREADABLE = QT_TRANSLATE_NOOP(
    "StatusLookup",
    "A registration number has only digits and a slash, like 2026/000123. "
    "Check it on your receipt.",
)
CODE_MISSING = QT_TRANSLATE_NOOP("StatusLookup", "Enter the access code from your receipt.")


def canonical_registration_number(text: str) -> str | None:
    """``2026/000123`` for anything that reads as the reference portal's numbers, else None."""
    match = _YEAR_AND_SEQUENCE.fullmatch("".join(text.split()))
    return None if match is None else f"{match.group(1)}/{match.group(2)}"


def clean_registration_number(typed: str) -> str:
    """Spaces dropped; ``2026-000123`` and ``2026000123`` become ``2026/000123``."""
    return canonical_registration_number(typed) or "".join(typed.split())


def clean_access_code(typed: str) -> str:
    """Codes are printed in capitals, sometimes in groups: case, spaces and dashes are noise."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


@dataclass(frozen=True)
class LookupInput:
    """A checked lookup: either both values are usable, or the messages say what to fix."""

    registration_number: str
    access_code: str
    number_error: str = ""  # English source text, context "StatusLookup"
    code_error: str = ""

    def __repr__(self) -> str:
        # An access code opens a person's request: keep it out of logs and tracebacks.
        return f"LookupInput(valid={self.valid})"

    @property
    def valid(self) -> bool:
        return not self.number_error and not self.code_error


def check_lookup(number_typed: str, code_typed: str) -> LookupInput:
    number = clean_registration_number(number_typed)
    code = clean_access_code(code_typed)
    number_error = ""
    if not number:
        number_error = NUMBER_MISSING
    elif not _ALLOWED.fullmatch(number) or not any(ch.isdigit() for ch in number):
        number_error = NUMBER_UNREADABLE
    return LookupInput(number, code, number_error, "" if code else CODE_MISSING)
