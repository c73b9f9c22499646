"""Phone numbers as people type them ("0722 123 456") into international form (+40722123456)."""

from __future__ import annotations

from typing import Final

# Country calling codes of the kiosk's countries; all four use a trunk "0" at home.
CALLING_CODES: Final = {"RO": "40", "MD": "373", "BG": "359", "UA": "380"}
_SEPARATORS: Final = str.maketrans("", "", " -./()\u00a0")


def normalize_phone(raw: str, country: str | None) -> str:
    """Drop spaces and separators; "00…" becomes "+…"; a national "0…" gets the country code.

    Anything that is not a phone number is returned without separators, for the
    form's own pattern to reject.
    """
    number = raw.strip().translate(_SEPARATORS)
    if number.startswith("00"):
        return "+" + number[2:]
    code = CALLING_CODES.get((country or "").upper())
    if code is not None and number.startswith("0"):
        return f"+{code}{number[1:]}"
    return number
